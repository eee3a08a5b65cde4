/**
 * The whitelist of a stored editor state: for each node type a story may
 * contain, the attributes it may carry (each checked for type and range), the
 * ones it must carry, and the children it may hold in each kind of story. A
 * type missing here is unknown; an attribute missing from its entry is refused.
 */
import { isUuid } from '#src/domain/ids.ts';
import { safeLinkUrl } from './links.ts';
import { BLOCK_NODE_TYPES, HEADING_TAGS, LIST_TYPES } from './nodes.ts';
import type { StoryKind } from './nodes.ts';
import { SCREENPLAY_ELEMENTS } from '#src/editor/nodes/ScreenplayNode.ts';
import { MAX_TRANSCRIPT_START_MS } from '#src/editor/nodes/TranscriptLineNode.ts';
import {
  MAX_REPLACEMENT_LENGTH,
  SENSITIVE_DETAIL_KINDS,
} from '#src/editor/nodes/SensitiveDetailNode.ts';
import { EDITOR_LIMITS } from './refusals.ts';
import type { ValidationProblem } from './refusals.ts';

/** A check of one attribute value: the problem, or null when the value is fine. */
type AttributeCheck = (value: unknown) => ValidationProblem | null;

export interface NodeSpec {
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

const checkMediaId: AttributeCheck = (value) => (isUuid(value) ? null : 'photoUnknown');

const checkRecordingId: AttributeCheck = (value) => (isUuid(value) ? null : 'recordingUnknown');

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
const ONLY_TRANSCRIPT_LINES = new Set(['transcript-line']);

/** A block of text (a paragraph, a heading, a script element), with any attribute it must carry. */
const textBlock = (required: Readonly<Record<string, AttributeCheck>> = {}): NodeSpec => ({
  attributes: { ...ELEMENT_ATTRIBUTES, ...required },
  required: Object.keys(required),
  children: inlineFor,
});

// The whitelist. A type missing here is unknown; an attribute missing from
// its entry is refused.
export const NODE_SPECS: Readonly<Record<string, NodeSpec>> = {
  root: { attributes: ELEMENT_ATTRIBUTES, required: [], children: (kind) => BLOCKS[kind] },
  paragraph: textBlock(),
  heading: textBlock({ tag: isOneOf(HEADING_TAGS) }),
  quote: textBlock(),
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
  screenplay: textBlock({ element: isOneOf(SCREENPLAY_ELEMENTS) }),
  // A recording holds its transcript's lines and nothing else; the sound is
  // named by id only, and the save checks the id is one of this story's.
  recording: {
    attributes: { ...ELEMENT_ATTRIBUTES, recordingId: checkRecordingId },
    required: ['recordingId'],
    children: () => ONLY_TRANSCRIPT_LINES,
  },
  'transcript-line': {
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      startMs: isNullOr(isInteger(0, MAX_TRANSCRIPT_START_MS)),
    },
    required: [],
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

export const SCRIPT_TYPES = new Set(['screenplay']);
export const LIFE_STORY_ONLY_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'photo',
  'recording',
  'transcript-line',
]);
