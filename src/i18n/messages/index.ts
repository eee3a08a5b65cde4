/**
 * Every message catalogue, by language. English is the source: its keys are
 * the list of messages; every other language must have exactly the same keys
 * (the compiler checks, through `Catalogue`, and so does
 * tests/unit/i18n/catalogues.test.ts, which also checks each translation's
 * placeholders and Welsh plural forms).
 *
 * Catalogues are split by area, one file per area in each language's folder,
 * keys prefixed with the area ("sharing.title"); the folder's index.ts names
 * its areas, and `catalogueOf` puts them together, the same way for every
 * language.
 */
import type { Language } from '../languages.ts';
import * as englishAreas from './en/index.ts';
import * as welshAreas from './cy/index.ts';

/** One area's messages, by key. */
type Area = Readonly<Record<string, string>>;

/** Every key of every area. */
type KeyOfAreas<Areas> = { [Name in keyof Areas]: keyof Areas[Name] }[keyof Areas];

export type MessageKey = KeyOfAreas<typeof englishAreas>;

/** A translation of the English catalogue: the same keys, each with its words. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * A language's catalogue: all its areas' messages in one record. No two
 * areas share a key (each key starts with its area's name), so none is lost.
 */
function catalogueOf<Areas extends Readonly<Record<string, Area>>>(
  areas: Areas,
): Readonly<Record<KeyOfAreas<Areas>, string>> {
  // Object.fromEntries types its keys as any string; they are exactly the areas' keys.
  return Object.fromEntries(
    Object.values(areas).flatMap((area) => Object.entries(area)),
  ) as Readonly<Record<KeyOfAreas<Areas>, string>>;
}

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: catalogueOf(englishAreas),
  cy: catalogueOf(welshAreas),
};
