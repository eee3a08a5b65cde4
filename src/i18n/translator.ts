/**
 * Words for people, from the message catalogues (src/i18n/messages/), through
 * FormatJS: ICU MessageFormat with each language's own plural rules (Welsh has
 * six forms: zero, one, two, few, many, other), and Intl for numbers and lists.
 * docs/decisions/028-languages.md says why FormatJS.
 *
 * The same translator serves pages, emails, receipts and jobs: a page takes
 * it from `Astro.locals.i18n`; anything else asks `translatorFor(language)`.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { CATALOGUES, type MessageKey } from './messages/index.ts';
import { LANGUAGE_TAGS, type Language } from './languages.ts';

/** What a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number | Date | null | undefined>>;

/** Wraps the (already escaped) HTML of a tag's contents, e.g. `<link>…</link>`. */
export type TagHtml = (contents: string) => string;

export interface Translator {
  readonly language: Language;
  /** The BCP 47 tag for `lang` attributes. */
  readonly tag: string;
  /** A message's words, its placeholders filled in. */
  t(key: MessageKey, values?: MessageValues): string;
  /**
   * A message holding tags (`Read <link>how consent works</link>`) as HTML:
   * the message's own words and every value are escaped; each tag's HTML
   * comes from `tags`, which are ours.
   */
  html(key: MessageKey, values: MessageValues, tags: Readonly<Record<string, TagHtml>>): string;
  /** A number as the language writes it. */
  number(value: number): string;
  /** "a, b and c" / "a, b a c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const cache = createIntlCache();
const translators = new Map<Language, Translator>();

/** The translator for a language (made once, then kept). */
export function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

function createTranslator(language: Language): Translator {
  const intl: IntlShape<string> = createIntl(
    {
      locale: LANGUAGE_TAGS[language],
      defaultLocale: LANGUAGE_TAGS.en,
      messages: CATALOGUES[language],
      onError: (error) => {
        // A missing or broken message is a bug the catalogue test catches; in
        // production the page still renders (FormatJS falls back to English).
        console.error(`Message catalogue (${language}): ${error.message}`);
      },
    },
    cache,
  );
  return {
    language,
    tag: LANGUAGE_TAGS[language],
    t: (key, values) => intl.formatMessage({ id: key }, values),
    html: (key, values, tags) => {
      // Every part FormatJS hands back is either our own HTML (a tag's, marked
      // as Html) or words, escaped here: the message's own and the values. The
      // values go in as they are, so a plural or select still reads its number
      // or word ("{count, plural, …}"); only a date is written out first.
      const filled: Record<
        string,
        string | number | Html | ((chunks: readonly (string | Html)[]) => Html)
      > = {};
      for (const [name, value] of Object.entries(values)) {
        filled[name] = typeof value === 'number' ? value : formatValue(intl, value);
      }
      for (const [name, wrap] of Object.entries(tags)) {
        filled[name] = (chunks) => ({ html: wrap(toHtml(chunks)) });
      }
      // With object values FormatJS hands back its parts as an array.
      const format = intl.formatMessage as unknown as (
        descriptor: { id: string },
        values: typeof filled,
      ) => string | Html | readonly (string | Html)[];
      const parts = format({ id: key }, filled);
      return toHtml(isParts(parts) ? parts : [parts]);
    },
    number: (value) => intl.formatNumber(value),
    list: (items, type = 'conjunction') =>
      language === 'cy' && type === 'conjunction' && items.length > 1
        ? welshList(items)
        : intl.formatList(items, { type }),
  };
}

/**
 * "Arthur, Edna ac Eira": CLDR's Welsh list writes "a(c)", leaving the reader
 * to choose; Welsh says "ac" before a vowel and "a" before anything else.
 */
function welshList(items: readonly string[]): string {
  const last = items[items.length - 1] ?? '';
  const and = /^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/i.test(last) ? 'ac' : 'a';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

function formatValue(intl: IntlShape<string>, value: MessageValues[string]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return intl.formatNumber(value);
  if (value instanceof Date) return intl.formatDate(value);
  return value;
}

/** HTML we built ourselves, kept apart from words that still need escaping. */
interface Html {
  readonly html: string;
}

function isParts(value: unknown): value is readonly (string | Html)[] {
  return Array.isArray(value);
}

function toHtml(parts: readonly (string | Html)[]): string {
  return parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : part.html)).join('');
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
