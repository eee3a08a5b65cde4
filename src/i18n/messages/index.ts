/**
 * Every message catalogue, by language. English is the source: its keys are
 * the list of messages; every other language must have exactly the same keys
 * (the compiler checks, through `Catalogue`, and so does
 * tests/unit/i18n-catalogues.test.ts, which also checks each translation's
 * placeholders and Welsh plural forms).
 *
 * Catalogues are split by area, one file per area in each language's folder,
 * keys prefixed with the area ("sharing.title").
 */
import type { Language } from '../languages.ts';
import en from './en/index.ts';
import cy from './cy/index.ts';

export type MessageKey = keyof typeof en;

/** A translation of the English catalogue: the same keys, each with its words. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy };
