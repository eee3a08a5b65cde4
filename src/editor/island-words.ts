/**
 * The messages the editor page hands its island (the island formats them with
 * words.ts): every `editor.*` message but the page's own and the refusals only
 * the server writes, so the page carries no more words than the island shows.
 * Server-side only: it reads the whole catalogue.
 */
import type { Language } from '#src/i18n/languages.ts';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import type { EditorKey, EditorMessages } from './words.ts';

/** Prefixes of the `editor.*` messages the island never shows itself. */
const NOT_FOR_THE_ISLAND = [
  'editor.page.',
  'editor.save.',
  'editor.invalid.',
  'editor.photo.',
  'editor.audio.',
] as const;

/** Whether the island shows this message. */
export function isIslandKey(key: string): key is EditorKey {
  return key.startsWith('editor.') && !NOT_FOR_THE_ISLAND.some((prefix) => key.startsWith(prefix));
}

/** The island's messages in `language`. */
export function islandMessages(language: Language): EditorMessages {
  return Object.fromEntries(
    Object.entries(CATALOGUES[language]).filter(([key]) => isIslandKey(key)),
  );
}
