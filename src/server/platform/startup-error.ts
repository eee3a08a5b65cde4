/**
 * What stops start-up: a configuration problem told in one plain sentence, and
 * the short description of an underlying error that such a sentence quotes. Kept
 * apart from the connection so modules that only check settings do not load it.
 */

/**
 * A configuration problem that stops start-up. Its message is one plain sentence
 * saying what is wrong and how to fix it; start-up prints it and nothing else.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The useful part of an error for a one-sentence message: its text and code. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeError(error.errors[0]);
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}
