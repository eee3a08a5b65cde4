/**
 * The notice a page shows after a change that redirected back to it with
 * `?done=…` (POST, then GET): the page's own words for what was done. The
 * address is anyone's to type, so only the table's own entries count; a name
 * every object inherits (`toString`, `constructor`) is no notice at all.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';

/** The words for this address's `done`, or undefined when it names nothing the page did. */
export function doneNoticeOf<Done extends string>(
  url: URL,
  words: Readonly<Record<Done, MessageKey>>,
): MessageKey | undefined {
  const done = url.searchParams.get('done');
  return done !== null && Object.hasOwn(words, done) ? words[done as Done] : undefined;
}
