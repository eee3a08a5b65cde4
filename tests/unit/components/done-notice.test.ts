import { describe, expect, it } from 'vitest';
import { doneNoticeOf } from '#src/components/done-notice.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';

const words: Record<'replied' | 'hidden', MessageKey> = {
  replied: 'groups.story.replied',
  hidden: 'groups.story.hidden',
};
const at = (query: string) => new URL(`https://heard.test/groups/g/stories/s${query}`);

describe('doneNoticeOf', () => {
  it.each([
    ['?done=replied', 'groups.story.replied'],
    ['?done=hidden', 'groups.story.hidden'],
    ['', undefined],
    ['?done=', undefined],
    ['?done=nonsense', undefined],
    ['?done=toString', undefined],
    ['?done=constructor', undefined],
    ['?done=__proto__', undefined],
    ['?done=hasOwnProperty', undefined],
    ['?done=Replied', undefined],
  ])('%s gives %s', (query, expected) => {
    expect(doneNoticeOf(at(query), words)).toBe(expected);
  });
});
