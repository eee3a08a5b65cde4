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
 * Messages are plain words for the writer, in the language of the `t` given
 * (the request's, on a save): the browser shows them and keeps the draft,
 * because nothing a writer types is ever lost.
 */
import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedEditorState } from 'lexical';
import { hasUnstorableCharacters } from '#src/domain/text.ts';
import { countWords } from '#src/domain/words.ts';
import { LIFE_STORY_ONLY_TYPES, NODE_SPECS, SCRIPT_TYPES } from './node-specs.ts';
import { EDITOR_NODES } from './nodes.ts';
import type { StoryKind } from './nodes.ts';
import { extractPlainText } from './plain-text.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { EDITOR_LIMITS, validationMessage } from './refusals.ts';
import type { ValidationProblem } from './refusals.ts';
import type { Say } from './words.ts';

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

// Callers that show no refusal (a page opening a stored state) need no words of their own.
const english: Say = (key, values) => translatorFor('en').t(key, values);

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
function checkSize(json: object): ValidationProblem | null {
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
function checkStructure(json: Record<string, unknown>, kind: StoryKind): ValidationProblem | null {
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
        if (type === 'recording' && key === 'recordingId') return 'recordingUnknown';
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

/**
 * Checks an editor state sent by a browser; the stored state is the one
 * returned. A refusal is said with `t` (English when none is given).
 */
export function validateEditorState(
  json: unknown,
  kind: StoryKind,
  t: Say = english,
): EditorStateValidation {
  const refuse = (problem: ValidationProblem): EditorStateValidation => ({
    ok: false,
    message: validationMessage(problem, t),
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
