/**
 * The language a story is written in: chosen by its writer in the editor,
 * marked on its text with `lang` (WCAG 2.2 success criterion 3.1.2, language
 * of parts), and deciding how it is searched.
 */

/** The languages the editor offers, each named in itself; "another" is any other tag. */
export const STORY_LANGUAGES: readonly { readonly tag: string; readonly name: string }[] = [
  { tag: 'en', name: 'English' },
  { tag: 'cy', name: 'Cymraeg' },
  { tag: 'ga', name: 'Gaeilge' },
  { tag: 'gd', name: 'Gàidhlig' },
  { tag: 'pl', name: 'Polski' },
  { tag: 'ro', name: 'Română' },
  { tag: 'pa', name: 'ਪੰਜਾਬੀ' },
  { tag: 'ur', name: 'اردو' },
  { tag: 'bn', name: 'বাংলা' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'so', name: 'Soomaali' },
  { tag: 'pt', name: 'Português' },
  { tag: 'es', name: 'Español' },
  { tag: 'uk', name: 'Українська' },
];

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Whether a value is a language tag a story may carry (BCP 47 shape, at most 35 characters). */
export function isStoryLanguage(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 35 && TAG.test(value);
}

/** The language's name in itself, or its tag when Heard does not know it. */
export function storyLanguageName(tag: string): string {
  return STORY_LANGUAGES.find((language) => language.tag === tag)?.name ?? tag;
}

/**
 * The PostgreSQL text-search configuration for a story's language: English
 * words are stemmed ("walked" finds "walking"); every other language, Welsh
 * included, is matched word for word with `simple`, because PostgreSQL has no
 * Welsh stemmer and an English one would cut Welsh words wrongly. The same
 * rule is written into the publications table's search document
 * (db/migrations/0019_languages.ts).
 */
export function searchConfigurationFor(tag: string): 'english' | 'simple' {
  return tag === 'en' ? 'english' : 'simple';
}
