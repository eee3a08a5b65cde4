/**
 * Marking a story's own words with the language it is written in (WCAG 2.2,
 * 3.1.2, language of parts), so a screen reader reads a Welsh story in Welsh
 * on an English page, and an English one in English on a Welsh page.
 */
import type { Language } from '#src/i18n/languages.ts';

/**
 * The `lang` for a story's title, excerpt or text on a page in `pageLanguage`:
 * the story's tag when it is written in another language, otherwise none (the
 * page's own `lang` already says it).
 */
export function storyLang(storyLanguage: string, pageLanguage: Language): string | undefined {
  return storyLanguage.split('-')[0] === pageLanguage ? undefined : storyLanguage;
}
