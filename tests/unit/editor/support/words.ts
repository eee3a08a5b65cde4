/**
 * The editor island's words for tests, as the page hands them over
 * (src/editor/island-words.ts): English, Welsh, and a way to draw a component
 * with them.
 */
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { islandMessages } from '#src/editor/island-words.ts';
import { editorWords } from '#src/editor/words.ts';
import type { Say } from '#src/editor/words.ts';
import { WordsProvider } from '#src/editor/Words.tsx';
import { translatorFor } from '#src/i18n/translator.ts';

export const english = editorWords(islandMessages('en'), 'en-GB');
export const welsh = editorWords(islandMessages('cy'), 'cy');

/** Every editor message in English, the server's refusals too, as the server says them. */
export const englishOnServer: Say = (key, values) => translatorFor('en').t(key, values);

/** A component drawn inside the island's English words. */
export function inEnglish(element: ReactElement): ReactElement {
  return createElement(WordsProvider, { value: english }, element);
}
