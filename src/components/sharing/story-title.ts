/**
 * A sentence of ours holding a story's title, as HTML: the sentence in the
 * page's language, the title marked with the story's own (WCAG 2.2 success
 * criterion 3.1.2, language of parts), so a screen reader reads each right.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { escapeHtml, type MessageValues, type Translator } from '#src/i18n/translator.ts';

/** Stands in for the title while the message is filled in: a private-use character no message holds. */
const TITLE = '\uE000';

/** The message `key` (which has a `{title}`) as HTML, the title in a `<span lang>`. */
export function withStoryTitle(
  i18n: Translator,
  key: MessageKey,
  values: MessageValues,
  story: { readonly title: string; readonly language: string },
): string {
  return escapeHtml(i18n.t(key, { ...values, title: TITLE })).replace(
    TITLE,
    `<span lang="${escapeHtml(story.language)}">${escapeHtml(story.title)}</span>`,
  );
}
