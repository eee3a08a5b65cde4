/**
 * A byline from the names an audience sees: "Ann", "Ann and Bo", "Ann, Bo
 * and Cy" ("Ann, Bo a Cy"), in the language's own list and plural rules, so
 * it goes through the translator. Kept apart from the naming rules
 * (anonymity.ts), which the editor's island also runs. Pure.
 */
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { anonymousName } from './anonymity.ts';

/** Joins author names for a byline: "Ann", "Ann and Bo", "Ann, Bo and Cy" ("Ann, Bo a Cy"). */
export function joinAuthorNames(names: readonly string[], language: Language = 'en'): string {
  // Several anonymous authors collapse into one phrase: "Anonymous, Anonymous
  // and Ann" reads as a glitch, and listing each adds nothing a reader can use.
  const i18n = translatorFor(asLanguage(language));
  const anonymous = anonymousName(language);
  const shown = names.map((n) => n.trim()).filter((n) => n !== '');
  const named = shown.filter((n) => n !== anonymous);
  const anonymousCount = shown.length - named.length;
  if (named.length === 0) return anonymousCount > 0 ? anonymous : '';
  const parts =
    anonymousCount === 0
      ? named
      : [...named, i18n.t('names.anonymousCoAuthors', { count: anonymousCount })];
  return i18n.list(parts);
}
