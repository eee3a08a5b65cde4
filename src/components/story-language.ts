/**
 * Marking a story's own words with the language it is written in (WCAG 2.2,
 * 3.1.2, language of parts), so a screen reader reads a Welsh story in Welsh
 * on an English page, and an English one in English on a Welsh page.
 */
import type { Language } from '#src/i18n/languages.ts';
import { escapeHtml, type TagHtml } from '#src/i18n/translator.ts';

/**
 * The `lang` for a story's title, excerpt or text on a page in `pageLanguage`:
 * the story's tag when it is written in another language, otherwise none (the
 * page's own `lang` already says it).
 */
export function storyLang(storyLanguage: string, pageLanguage: Language): string | undefined {
  return storyLanguage.split('-')[0] === pageLanguage ? undefined : storyLanguage;
}

/**
 * The `story` tag for `i18n.html`, for a sentence of ours holding a story's
 * title: the title is the writers' own words, marked with the story's
 * language where it is not the page's.
 */
export function storyTitleTag(
  storyLanguage: string,
  pageLanguage: Language,
): { readonly story: TagHtml } {
  const lang = storyLang(storyLanguage, pageLanguage);
  return {
    story: (words) =>
      lang === undefined ? words : `<span lang="${escapeHtml(lang)}">${words}</span>`,
  };
}
