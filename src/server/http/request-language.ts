/**
 * The language of the request being answered, for server code that writes
 * words for the person making it (a refusal, a form's error) without a page's
 * `Astro.locals` to hand: the middleware runs every request inside
 * `answerInLanguage`, and `requestWords()` gives that request's translator.
 *
 * Words for someone else (an email to a co-author, a reminder) are never in
 * the request's language: they use `translatorFor(recipient's language)`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';

const requestLanguage = new AsyncLocalStorage<Language>();

/** Runs the answering of a request in its language. */
export function answerInLanguage<T>(language: Language, answer: () => T): T {
  return requestLanguage.run(language, answer);
}

/** The language of the request being answered; English outside any request (jobs, scripts). */
export function currentLanguage(): Language {
  return requestLanguage.getStore() ?? DEFAULT_LANGUAGE;
}

/** Words in the language of the request being answered. */
export function requestWords(): Translator {
  return translatorFor(currentLanguage());
}
