/**
 * The language a reader's browser asks for (its Accept-Language header), among
 * the ones Heard is written in.
 */
import Negotiator from 'negotiator';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './languages.ts';

/** The best of our languages for an Accept-Language header; English when none fits. */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([
    ...LANGUAGES,
  ]);
  return isLanguage(best) ? best : DEFAULT_LANGUAGE;
}
