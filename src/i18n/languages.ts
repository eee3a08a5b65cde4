/**
 * The languages Heard's own words are written in. Welsh sits beside English
 * because the organisations Heard is for work in Wales as well as England,
 * where services are offered in both (Welsh Language (Wales) Measure 2011), and
 * ISO/IEC 29184 asks that a consent notice be in the person's language.
 *
 * Adding a language: add its code here, a catalogue in src/i18n/messages/<code>/
 * (the compiler and tests/unit/i18n-catalogues.test.ts say what is missing),
 * and its text-search configuration in src/domain/story-language.ts.
 */

/** Every language the interface is written in, English first (the default). */
export const LANGUAGES = ['en', 'cy'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language a page is in when nothing says otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name, written in that language: what a switch link says. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  cy: 'Cymraeg',
};

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  cy: 'cy',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A page's path in a language: English pages keep their plain paths, every
 * other language's sit under its code ("/cy/stories/…").
 */
export function pathInLanguage(language: Language, path: string): string {
  const plain = path.startsWith('/') ? path : `/${path}`;
  if (language === DEFAULT_LANGUAGE) return plain;
  return plain === '/' ? `/${language}` : `/${language}${plain}`;
}

/**
 * Splits a language's prefix off a path: "/cy/stories/x" is the Welsh
 * "/stories/x". A path with no prefix has no language of its own.
 */
export function splitLanguagePrefix(path: string): {
  readonly language: Language | undefined;
  readonly path: string;
} {
  for (const language of LANGUAGES) {
    if (language === DEFAULT_LANGUAGE) continue;
    const prefix = `/${language}`;
    if (path === prefix) return { language, path: '/' };
    if (path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) {
      const rest = path.slice(prefix.length);
      return { language, path: rest.startsWith('?') ? `/${rest}` : rest };
    }
  }
  return { language: undefined, path };
}

/** A stored language code as one we write in; English for anything else. */
export function asLanguage(value: string | null | undefined): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}
