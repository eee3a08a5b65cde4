/**
 * Reading HTML form posts with zod: every problem becomes a plain sentence next to
 * the field it is about, in the words of the person who sent the form.
 */
import { z } from 'zod';
import { removeUnstorableCharacters } from '#src/domain/text.ts';
import { CATALOGUES, type MessageKey } from '#src/i18n/messages/index.ts';
import type { MessageValues } from '#src/i18n/translator.ts';
import { requestWords } from './request-language.ts';

/**
 * A form problem's words: a message key, with its values if it has any
 * (`{ key: 'sharing.pseudonym.tooLong', values: { max: 60 } }`), put in the
 * language of the request when the form is checked; or words already written
 * (English from a service whose words are not yet in the catalogues).
 *
 * Schemas are made once, when their module loads, outside any request: a key
 * waits until the form is checked to become words.
 */
export type FormWords =
  | MessageKey
  | { readonly key: MessageKey; readonly values: MessageValues }
  | (string & Record<never, never>);

/** Whether `text` names a message in the catalogues. */
function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(CATALOGUES.en, text);
}

/** A form problem's words in the language of the request being answered. */
export function formWords(words: FormWords): string {
  if (typeof words !== 'string') return requestWords().t(words.key, words.values);
  return isMessageKey(words) ? requestWords().t(words) : words;
}

/**
 * A zod check's problem as `FormWords`, made into words when the form is
 * checked: `z.string().max(200, problem('my.title.tooLong'))`.
 */
export function problem(words: FormWords): { readonly error: () => string } {
  return { error: () => formWords(words) };
}

export type FormResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The form data of a request, or an empty form if the body cannot be read.
 * Text fields come back without control characters or lone surrogates
 * (`removeUnstorableCharacters`): no form here needs them, and PostgreSQL
 * cannot store a NUL, so they would otherwise fail deep inside a save.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new FormData();
  }
  const cleaned = new FormData();
  for (const [name, value] of form) {
    cleaned.append(
      removeUnstorableCharacters(name),
      typeof value === 'string' ? removeUnstorableCharacters(value) : value,
    );
  }
  return cleaned;
}

/**
 * Validates form fields against a schema; the first message per field wins.
 * A message that is a key (`.max(200, 'my.title.tooLong')`) comes back in
 * the words of the request's language.
 */
export function parseForm<T>(schema: z.ZodType<T>, fields: Record<string, unknown>): FormResult<T> {
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= formWords(issue.message);
  }
  return { ok: false, errors };
}

/** A text field's value ('' when absent). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Several text fields' values by name ('' for any absent), to show a form again as sent. */
export function textFields<K extends string>(
  form: FormData,
  names: readonly K[],
): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, textField(form, name)])) as Record<
    K,
    string
  >;
}

/** A trimmed text field of at most `max` characters, which may be left empty. */
export function textUpTo(max: number, tooLong: FormWords): z.ZodString {
  return z.string().trim().max(max, problem(tooLong));
}

/** A trimmed text field of at most `max` characters, which must not be left empty. */
export function requiredText(missing: FormWords, max: number, tooLong: FormWords): z.ZodString {
  return textUpTo(max, tooLong).min(1, problem(missing));
}

/**
 * A field that must be one of a page's choices, read by `parse`; anything
 * else (nothing chosen, a forged value) is refused with `message`.
 */
export function choiceField<T>(parse: (value: string) => T | undefined, message: FormWords) {
  return z.string().transform((value, ctx) => {
    const choice = parse(value);
    if (choice === undefined) {
      ctx.addIssue({ code: 'custom', message: formWords(message) });
      return z.NEVER;
    }
    return choice;
  });
}
