/**
 * Reading HTML form posts with zod: every problem becomes a plain sentence next to
 * the field it is about.
 */
import { z } from 'zod';
import { removeUnstorableCharacters } from '#src/domain/text.ts';

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

/** Validates form fields against a schema; the first message per field wins. */
export function parseForm<T>(schema: z.ZodType<T>, fields: Record<string, unknown>): FormResult<T> {
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
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
export function textUpTo(max: number, tooLong: string): z.ZodString {
  return z.string().trim().max(max, { message: tooLong });
}

/** A trimmed text field of at most `max` characters, which must not be left empty. */
export function requiredText(missing: string, max: number, tooLong: string): z.ZodString {
  return textUpTo(max, tooLong).min(1, { message: missing });
}

/**
 * A field that must be one of a page's choices, read by `parse`; anything
 * else (nothing chosen, a forged value) is refused with `message`.
 */
export function choiceField<T>(parse: (value: string) => T | undefined, message: string) {
  return z.string().transform((value, ctx) => {
    const choice = parse(value);
    if (choice === undefined) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return choice;
  });
}
