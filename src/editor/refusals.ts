/**
 * What a saved story may hold and what the writer is told when it does not:
 * the size, length, depth and attribute limits, and a plain-words message for
 * every kind of refusal (`editor.invalid.*` in the catalogue). The browser
 * shows these messages and keeps the draft.
 */
import { MAX_REPLACEMENT_LENGTH } from '#src/editor/nodes/SensitiveDetailNode.ts';
import type { EditorKey, Say, WordValues } from './words.ts';

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

/** The message the writer is told for each kind of refusal. */
export const VALIDATION_MESSAGES = {
  notAState: 'editor.invalid.notAState',
  damaged: 'editor.invalid.damaged',
  tooLarge: 'editor.invalid.tooLarge',
  tooLong: 'editor.invalid.tooLong',
  tooDeep: 'editor.invalid.tooDeep',
  unknownPart: 'editor.invalid.unknownPart',
  scriptInLifeStory: 'editor.invalid.scriptInLifeStory',
  lifeStoryInScript: 'editor.invalid.lifeStoryInScript',
  badLink: 'editor.invalid.badLink',
  photoWithoutAlt: 'editor.invalid.photoWithoutAlt',
  photoTooLongAlt: 'editor.invalid.photoTooLongAlt',
  photoUnknown: 'editor.invalid.photoUnknown',
  recordingUnknown: 'editor.invalid.recordingUnknown',
  detailWithoutReplacement: 'editor.invalid.detailWithoutReplacement',
  unstorableCharacter: 'editor.invalid.unstorableCharacter',
  detailReplacementTooLong: 'editor.invalid.detailReplacementTooLong',
} as const satisfies Readonly<Record<string, EditorKey>>;

/** A kind of refusal: the key of its message. */
export type ValidationProblem = keyof typeof VALIDATION_MESSAGES;

/** The limits some refusals name. */
const VALIDATION_VALUES: Partial<Record<ValidationProblem, WordValues>> = {
  tooLong: { limit: EDITOR_LIMITS.maxTextCharacters },
  photoTooLongAlt: { limit: EDITOR_LIMITS.maxAltTextLength },
  detailReplacementTooLong: { limit: MAX_REPLACEMENT_LENGTH },
};

/** What the writer is told about `problem`, in the words of `t`. */
export function validationMessage(problem: ValidationProblem, t: Say): string {
  return t(VALIDATION_MESSAGES[problem], VALIDATION_VALUES[problem]);
}
