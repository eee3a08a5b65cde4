/**
 * Reading HTML form posts with zod: every problem becomes a plain sentence next to
 * the field it is about.
 */
import type { z } from 'zod';
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
