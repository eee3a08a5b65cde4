/**
 * The editor island's words: the page hands the island its `editor.*`
 * messages in the writer's language (island-words.ts picks them), and they
 * are formatted here in the browser with intl-messageformat, the ICU
 * MessageFormat of the server's translator (src/i18n/translator.ts) without
 * the rest of FormatJS, so the island stays small. Welsh plurals come from the
 * browser's own Intl.PluralRules.
 *
 * Code outside React takes a `Say` (what `t` is); components read the words
 * from context (Words.tsx).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from '#src/i18n/messages/index.ts';

/** A key of the editor's messages. */
export type EditorKey = Extract<MessageKey, `editor.${string}`>;

/** The editor's messages in one language, as the page passes them. */
export type EditorMessages = Readonly<Partial<Record<EditorKey, string>>>;

/** What a message's placeholders take. */
export type WordValues = Readonly<Record<string, string | number>>;

/** A message's words, its placeholders filled in. */
export type Say = (key: EditorKey, values?: WordValues) => string;

/** Wraps a tag's contents (`<mark>…</mark>` in a message) as the caller draws it. */
export type WrapTag<T> = (contents: readonly (string | T)[]) => T;

/** The island's words in one language. */
export interface EditorWords {
  /** The BCP 47 tag of the language (for Intl and `lang`). */
  readonly tag: string;
  readonly t: Say;
  /**
   * A message holding tags (`<mark>{original}</mark> shows as …`): its words
   * and values as strings, each tag's contents wrapped by `tags`.
   */
  rich<T>(
    key: EditorKey,
    values: WordValues,
    tags: Readonly<Record<string, WrapTag<T>>>,
  ): readonly (string | T)[];
}

/**
 * Words from `messages`, formatted for `tag`. A message that is missing or
 * will not format shows its key rather than breaking the editor (the
 * catalogue test keeps every message whole).
 */
export function editorWords(messages: EditorMessages, tag: string): EditorWords {
  const formats = new Map<EditorKey, IntlMessageFormat | null>();
  const formatOf = (key: EditorKey): IntlMessageFormat | null => {
    if (!formats.has(key)) {
      const message = messages[key];
      let format: IntlMessageFormat | null = null;
      try {
        if (message !== undefined) format = new IntlMessageFormat(message, tag);
      } catch {
        format = null;
      }
      formats.set(key, format);
    }
    return formats.get(key) ?? null;
  };
  const parts = <T>(key: EditorKey, values?: Readonly<Record<string, unknown>>): (string | T)[] => {
    const format = formatOf(key);
    if (format === null) return [key];
    try {
      const formatted = format.format<T>(values as Parameters<typeof format.format<T>>[0]);
      return Array.isArray(formatted) ? formatted : [formatted];
    } catch {
      return [key];
    }
  };
  return {
    tag,
    t: (key, values) => parts<string>(key, values).join(''),
    rich: (key, values, tags) => parts(key, { ...values, ...tags }),
  };
}
