/**
 * Server-side trust for editor states: the server never believes the browser. Nothing a
 * browser sends is stored until it passes here:
 *
 * 1. a size check on the JSON (2 MB);
 * 2. a structural walk — iterative, so a 10,000-level tree cannot exhaust the
 *    stack, and total, so hostile input is refused rather than thrown on —
 *    that allows only the node types of the story's kind, in the places they
 *    may appear, with exactly the attributes each type has (a whitelist per
 *    type, checked for type and range), safe links, described photos and
 *    replaced sensitive details;
 * 3. a parse with the headless editor and the same node registry as the
 *    browser, as the final proof; the state returned is what that editor
 *    exports, so what is stored is always Lexical's own canonical form.
 *
 * Messages are plain words for the writer: the browser shows them and keeps
 * the draft, because nothing a writer types is ever lost.
 */
import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedEditorState } from 'lexical';
import { hasUnstorableCharacters } from '#src/domain/text.ts';
import { countWords } from '#src/domain/words.ts';
import { safeLinkUrl } from './links.ts';
import { BLOCK_NODE_TYPES, EDITOR_NODES, HEADING_TAGS, LIST_TYPES } from './nodes.ts';
import type { StoryKind } from './nodes.ts';
import { UUID_PATTERN } from '#src/editor/nodes/PhotoNode.ts';
import { SCREENPLAY_ELEMENTS } from '#src/editor/nodes/ScreenplayNode.ts';
import {
  MAX_REPLACEMENT_LENGTH,
  SENSITIVE_DETAIL_KINDS,
} from '#src/editor/nodes/SensitiveDetailNode.ts';
import { extractPlainText } from './plain-text.ts';

/** The limits a saved story must keep within. */
export const EDITOR_LIMITS = {
  /** UTF-8 bytes of the state's JSON. */
  maxJsonBytes: 2 * 1024 * 1024,
  /** Characters of story text. */
  maxTextCharacters: 200_000,
  /** Nodes in the tree: the smallest node takes ~20 bytes of JSON, so 2 MB holds about this many. */
  maxNodes: 100_000,
  /** Levels of nesting, counting the root as 1 (lists within lists use two each). */
  maxDepth: 32,
  maxAltTextLength: 1_000,
  maxCaptionLength: 2_000,
  maxReplacementLength: MAX_REPLACEMENT_LENGTH,
  /** Inline style strings Lexical may carry from a paste; never rendered. */
  maxStyleLength: 1_000,
  maxLinkAttributeLength: 200,
  maxIndent: 20,
  maxPhotoDimension: 20_000,
} as const;

/** The outcome of validating an editor state. */
export type EditorStateValidation =
  | {
      readonly ok: true;
      /** The state as the headless editor exports it: store this, not the input. */
      readonly state: SerializedEditorState;
      /** The author's full text (sensitive details as written). */
      readonly plainText: string;
      readonly wordCount: number;
    }
  | { readonly ok: false; readonly message: string };

/** What the writer is told for each kind of refusal. */
export const VALIDATION_MESSAGES = {
  notAState: 'This story could not be read, so nothing was saved. Your writing is still here.',
  damaged:
    'Part of this story is damaged, so it could not be saved. Your writing is still here: copy it somewhere safe, reload the page and paste it back.',
  tooLarge: `This story is too large to save: the limit is 2 MB. Try splitting it into two stories, or removing some pasted formatting.`,
  tooLong: `This story is too long to save: the limit is ${EDITOR_LIMITS.maxTextCharacters.toLocaleString('en-GB')} characters. Try splitting it into two stories.`,
  tooDeep:
    'This story has too many lists inside lists to save. Please move some items out to the left.',
  unknownPart: 'This story contains something the editor does not know, so it could not be saved.',
  scriptInLifeStory: 'This is a life story, so it cannot contain parts of a film script.',
  lifeStoryInScript:
    'This is a film script, so it can only contain script parts: scene headings, action, characters, parentheticals, dialogue and transitions.',
  badLink:
    'A link in this story is not a web or email address, so it could not be saved. Links must start with http://, https:// or mailto:.',
  photoWithoutAlt:
    'Every photo needs a short description for people who cannot see it. Please describe each photo and save again.',
  photoTooLongAlt: `A photo description can be at most ${EDITOR_LIMITS.maxAltTextLength.toLocaleString('en-GB')} characters.`,
  photoUnknown:
    'A photo in this story could not be found, so it could not be saved. Try removing it and adding it again.',
  detailWithoutReplacement:
    'Every marked detail needs words to show instead (for example “my brother” or “a town in Wales”).',
  unstorableCharacter:
    'This story has an invisible character in it that cannot be saved (a control character, or half of an emoji), perhaps from something pasted. Your writing is kept on this device: delete the last thing you pasted and type it again, and it will save.',
  detailReplacementTooLong: `The words shown instead of a marked detail can be at most ${MAX_REPLACEMENT_LENGTH} characters.`,
} as const;

type Problem = keyof typeof VALIDATION_MESSAGES;

/** A check of one attribute value: the problem, or null when the value is fine. */
type AttributeCheck = (value: unknown) => Problem | null;

interface NodeSpec {
  readonly attributes: Readonly<Record<string, AttributeCheck>>;
  /** Attributes that must be present (the rest may be left out, as Lexical's compact form does). */
  readonly required: readonly string[];
  /** Child types allowed, or null for a leaf (which must have no children at all). */
  readonly children: ((kind: StoryKind) => ReadonlySet<string>) | null;
}

const isInteger =
  (min: number, max: number): AttributeCheck =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : 'damaged';

const isString =
  (maxLength: number): AttributeCheck =>
  (value) =>
    typeof value === 'string' && value.length <= maxLength ? null : 'damaged';

const isOneOf =
  (allowed: readonly unknown[]): AttributeCheck =>
  (value) =>
    allowed.includes(value) ? null : 'damaged';

const isBoolean: AttributeCheck = (value) => (typeof value === 'boolean' ? null : 'damaged');

const isNullOr =
  (check: AttributeCheck): AttributeCheck =>
  (value) =>
    value === null ? null : check(value);

// Bold, italic, strikethrough, underline, code, subscript, superscript,
// highlight and three letter-case flags: what Lexical can set, including from a
// paste. Readers see only bold, italic and underline; the rest is kept, not
// refused, so a pasted paragraph never makes a story unsaveable.
const MAX_TEXT_FORMAT = 2 ** 11 - 1;

const ELEMENT_ATTRIBUTES: Readonly<Record<string, AttributeCheck>> = {
  version: isInteger(0, 1_000),
  direction: isOneOf([null, 'ltr', 'rtl']),
  format: isOneOf(['', 'left', 'start', 'center', 'right', 'end', 'justify']),
  indent: isInteger(0, EDITOR_LIMITS.maxIndent),
  textFormat: isInteger(0, MAX_TEXT_FORMAT),
  textStyle: isString(EDITOR_LIMITS.maxStyleLength),
};

const TEXT_ATTRIBUTES: Readonly<Record<string, AttributeCheck>> = {
  version: isInteger(0, 1_000),
  text: (value) => {
    if (typeof value !== 'string') return 'damaged';
    return value.length > EDITOR_LIMITS.maxTextCharacters ? 'tooLong' : null;
  },
  format: isInteger(0, MAX_TEXT_FORMAT),
  detail: isInteger(0, 3),
  mode: isOneOf(['normal', 'token', 'segmented']),
  style: isString(EDITOR_LIMITS.maxStyleLength),
};

const checkLinkUrl: AttributeCheck = (value) =>
  typeof value === 'string' && safeLinkUrl(value) !== null ? null : 'badLink';

const checkAltText: AttributeCheck = (value) => {
  if (typeof value !== 'string' || value.trim() === '') return 'photoWithoutAlt';
  return value.length > EDITOR_LIMITS.maxAltTextLength ? 'photoTooLongAlt' : null;
};

const checkMediaId: AttributeCheck = (value) =>
  typeof value === 'string' && UUID_PATTERN.test(value) ? null : 'photoUnknown';

const checkReplacement: AttributeCheck = (value) => {
  if (typeof value !== 'string' || value.trim() === '') return 'detailWithoutReplacement';
  return value.length > MAX_REPLACEMENT_LENGTH ? 'detailReplacementTooLong' : null;
};

const INLINE_IN_LIFE_STORY = new Set(['text', 'tab', 'linebreak', 'link', 'sensitive-detail']);
const INLINE_IN_SCRIPT = new Set(['text', 'tab', 'linebreak', 'sensitive-detail']);
const inlineFor = (kind: StoryKind): ReadonlySet<string> =>
  kind === 'life_story' ? INLINE_IN_LIFE_STORY : INLINE_IN_SCRIPT;

const BLOCKS: Readonly<Record<StoryKind, ReadonlySet<string>>> = {
  life_story: new Set(BLOCK_NODE_TYPES.life_story),
  film_script: new Set(BLOCK_NODE_TYPES.film_script),
};
const LIST_ITEM_CHILDREN = new Set([...INLINE_IN_LIFE_STORY, 'list']);
const LINK_CHILDREN = new Set(['text', 'tab', 'linebreak', 'sensitive-detail']);
const DETAIL_CHILDREN = new Set(['text', 'tab', 'linebreak']);
const ONLY_LIST_ITEMS = new Set(['listitem']);

// The whitelist. A type missing here is unknown; an attribute missing from
// its entry is refused.
const NODE_SPECS: Readonly<Record<string, NodeSpec>> = {
  root: { attributes: ELEMENT_ATTRIBUTES, required: [], children: (kind) => BLOCKS[kind] },
  paragraph: { attributes: ELEMENT_ATTRIBUTES, required: [], children: inlineFor },
  heading: {
    attributes: { ...ELEMENT_ATTRIBUTES, tag: isOneOf(HEADING_TAGS) },
    required: ['tag'],
    children: inlineFor,
  },
  quote: { attributes: ELEMENT_ATTRIBUTES, required: [], children: inlineFor },
  list: {
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      listType: isOneOf(LIST_TYPES),
      start: isInteger(0, 1_000_000),
      tag: isOneOf(['ul', 'ol']),
    },
    required: ['listType'],
    children: () => ONLY_LIST_ITEMS,
  },
  listitem: {
    attributes: { ...ELEMENT_ATTRIBUTES, value: isInteger(0, 1_000_000) },
    required: [],
    children: () => LIST_ITEM_CHILDREN,
  },
  link: {
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      url: checkLinkUrl,
      rel: isNullOr(isString(EDITOR_LIMITS.maxLinkAttributeLength)),
      target: isNullOr(isString(EDITOR_LIMITS.maxLinkAttributeLength)),
      title: isNullOr(isString(EDITOR_LIMITS.maxLinkAttributeLength)),
    },
    required: ['url'],
    children: () => LINK_CHILDREN,
  },
  'sensitive-detail': {
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      detailKind: isOneOf(SENSITIVE_DETAIL_KINDS),
      replacement: checkReplacement,
    },
    required: ['detailKind', 'replacement'],
    children: () => DETAIL_CHILDREN,
  },
  screenplay: {
    attributes: { ...ELEMENT_ATTRIBUTES, element: isOneOf(SCREENPLAY_ELEMENTS) },
    required: ['element'],
    children: inlineFor,
  },
  text: { attributes: TEXT_ATTRIBUTES, required: [], children: null },
  tab: {
    attributes: { ...TEXT_ATTRIBUTES, text: isOneOf(['\t']) },
    required: [],
    children: null,
  },
  linebreak: { attributes: { version: isInteger(0, 1_000) }, required: [], children: null },
  photo: {
    attributes: {
      version: isInteger(0, 1_000),
      mediaId: checkMediaId,
      altText: checkAltText,
      showsIdentifiablePeople: isBoolean,
      caption: isString(EDITOR_LIMITS.maxCaptionLength),
      width: isNullOr(isInteger(1, EDITOR_LIMITS.maxPhotoDimension)),
      height: isNullOr(isInteger(1, EDITOR_LIMITS.maxPhotoDimension)),
    },
    // A missing flag must not read as "shows nobody": it would reveal faces.
    required: ['mediaId', 'altText', 'showsIdentifiablePeople'],
    children: null,
  },
};

/** Every node type a stored state may contain (the whitelist's keys). */
export const VALIDATED_NODE_TYPES: readonly string[] = Object.keys(NODE_SPECS);

const SCRIPT_TYPES = new Set(['screenplay']);
const LIFE_STORY_ONLY_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'photo',
]);

/** A plain JSON object: not an array, not a class instance, no accessors or symbols. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The value of an own data property, or a problem (accessors could answer differently each time). */
function ownDataValue(record: object, key: string): { value: unknown } | null {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  return descriptor !== undefined && 'value' in descriptor ? { value: descriptor.value } : null;
}

/** The number of bytes `text` takes in UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The size check: refuses what is too big, or what cannot even be turned into
 * JSON, and any text PostgreSQL cannot store (a NUL, a lone surrogate).
 */
function checkSize(json: object): Problem | null {
  let text: string;
  let unstorable = false;
  try {
    // Throws on getters that throw or values JSON cannot hold (BigInt): a
    // refusal, not a crash. The replacer sees every key and string once.
    text = JSON.stringify(json, (key, value: unknown) => {
      if (
        hasUnstorableCharacters(key) ||
        (typeof value === 'string' && hasUnstorableCharacters(value))
      ) {
        unstorable = true;
      }
      return value;
    });
  } catch {
    return 'notAState';
  }
  if (unstorable) return 'unstorableCharacter';
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is
  // refused before it is measured.
  if (text.length > EDITOR_LIMITS.maxJsonBytes) return 'tooLarge';
  return utf8Length(text) > EDITOR_LIMITS.maxJsonBytes ? 'tooLarge' : null;
}

interface Pending {
  readonly node: unknown;
  readonly depth: number;
  /** Child types the parent allows here. */
  readonly allowed: ReadonlySet<string>;
}

/** The structural walk. Never throws; iterative so depth cannot exhaust the stack. */
function checkStructure(json: Record<string, unknown>, kind: StoryKind): Problem | null {
  const keys = Reflect.ownKeys(json);
  if (keys.length !== 1 || keys[0] !== 'root') return 'notAState';
  const root = ownDataValue(json, 'root');
  if (root === null) return 'notAState';

  let textCharacters = 0;
  let nodes = 0;
  const stack: Pending[] = [{ node: root.value, depth: 1, allowed: new Set(['root']) }];
  while (stack.length > 0) {
    const { node, depth, allowed } = stack.pop() as Pending;
    // No real story comes near this; it bounds the walk before the size check.
    if (++nodes > EDITOR_LIMITS.maxNodes) return 'tooLarge';
    if (depth > EDITOR_LIMITS.maxDepth) return 'tooDeep';
    if (!isPlainRecord(node)) return 'damaged';

    const typeValue = ownDataValue(node, 'type');
    const type = typeValue?.value;
    if (typeof type !== 'string') return 'damaged';
    const spec = Object.hasOwn(NODE_SPECS, type) ? NODE_SPECS[type] : undefined;
    if (spec === undefined) return 'unknownPart';
    if (!allowed.has(type)) {
      if (kind === 'life_story' && SCRIPT_TYPES.has(type)) return 'scriptInLifeStory';
      if (kind === 'film_script' && LIFE_STORY_ONLY_TYPES.has(type)) return 'lifeStoryInScript';
      return 'damaged';
    }

    let children: unknown = undefined;
    for (const key of Reflect.ownKeys(node)) {
      if (typeof key !== 'string') return 'damaged';
      if (key === 'type') continue;
      const entry = ownDataValue(node, key);
      if (entry === null) return 'damaged';
      // Lexical's own export leaves some attributes as `undefined` (textFormat
      // on elements with text); JSON drops them, and so does this check.
      if (entry.value === undefined) continue;
      if (key === 'children') {
        if (spec.children === null) return 'damaged';
        children = entry.value;
        continue;
      }
      const check = Object.hasOwn(spec.attributes, key) ? spec.attributes[key] : undefined;
      if (check === undefined) return 'damaged';
      const problem = check(entry.value);
      if (problem !== null) return problem;
    }
    for (const key of spec.required) {
      if (node[key] === undefined) {
        if (type === 'photo' && key === 'altText') return 'photoWithoutAlt';
        if (type === 'photo' && key === 'mediaId') return 'photoUnknown';
        if (type === 'sensitive-detail' && key === 'replacement') return 'detailWithoutReplacement';
        if (type === 'link') return 'badLink';
        return 'damaged';
      }
    }
    if (type === 'list') {
      // Lexical derives the tag from the list type; a mismatch is not its output.
      const tag = node['tag'];
      if (tag !== undefined && tag !== (node['listType'] === 'bullet' ? 'ul' : 'ol'))
        return 'damaged';
    }
    if (type === 'text' || type === 'tab') {
      const text = node['text'];
      textCharacters += typeof text === 'string' ? text.length : 0;
      if (textCharacters > EDITOR_LIMITS.maxTextCharacters) return 'tooLong';
    }

    if (spec.children !== null && children !== undefined) {
      if (!Array.isArray(children) || Object.getPrototypeOf(children) !== Array.prototype) {
        return 'damaged';
      }
      if (depth + 1 > EDITOR_LIMITS.maxDepth && children.length > 0) return 'tooDeep';
      const childAllowed = spec.children(kind);
      // Reverse, so the walk meets nodes in document order (first problem first).
      for (let i = children.length - 1; i >= 0; i--) {
        if (!Object.hasOwn(children, i)) return 'damaged';
        stack.push({ node: children[i] as unknown, depth: depth + 1, allowed: childAllowed });
      }
    }
  }
  return null;
}

/** Checks an editor state sent by a browser; the stored state is the one returned. */
export function validateEditorState(json: unknown, kind: StoryKind): EditorStateValidation {
  const refuse = (problem: Problem): EditorStateValidation => ({
    ok: false,
    message: VALIDATION_MESSAGES[problem],
  });
  if (!isPlainRecord(json)) return refuse('notAState');
  // The walk first: it is bounded (depth, node count, text length), so it
  // names the real problem of a 10,000-level tree, which the JSON serializer
  // would only fail on.
  const structureProblem = checkStructure(json, kind);
  if (structureProblem !== null) return refuse(structureProblem);
  const sizeProblem = checkSize(json);
  if (sizeProblem !== null) return refuse(sizeProblem);

  let state: SerializedEditorState;
  try {
    const editor = createHeadlessEditor({
      namespace: 'heard-validate',
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    state = editor.parseEditorState(json as unknown as SerializedEditorState).toJSON();
  } catch {
    return refuse('damaged');
  }
  const plainText = extractPlainText(state);
  return { ok: true, state, plainText, wordCount: countWords(plainText) };
}
