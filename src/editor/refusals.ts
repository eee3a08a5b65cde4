/**
 * What a saved story may hold and what the writer is told when it does not:
 * the size, length, depth and attribute limits, and a plain-words message for
 * every kind of refusal. The browser shows these messages and keeps the draft.
 */
import { MAX_REPLACEMENT_LENGTH } from '#src/editor/nodes/SensitiveDetailNode.ts';

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
  recordingUnknown:
    'A recording in this story could not be found, so it could not be saved. Try removing it and adding it again.',
  detailWithoutReplacement:
    'Every marked detail needs words to show instead (for example “my brother” or “a town in Wales”).',
  unstorableCharacter:
    'This story has an invisible character in it that cannot be saved (a control character, or half of an emoji), perhaps from something pasted. Your writing is kept on this device: delete the last thing you pasted and type it again, and it will save.',
  detailReplacementTooLong: `The words shown instead of a marked detail can be at most ${MAX_REPLACEMENT_LENGTH} characters.`,
} as const;

/** A kind of refusal: the key of its message. */
export type ValidationProblem = keyof typeof VALIDATION_MESSAGES;
