/**
 * The group space rules: who sees a group, who posts prompts, replies,
 * the book's chapter order, and what changed since the last PDF.
 */
import { describe, expect, it } from 'vitest';
import {
  canPostPrompt,
  canSeeGroup,
  chaptersChangedSince,
  checkReply,
  MAX_REPLY_LENGTH,
  moveChapter,
  orderChapters,
  type GroupPeople,
} from '#src/domain/groups.ts';
import type { Role } from '#src/domain/roles.ts';
import { translatorFor } from '#src/i18n/translator.ts';

const english = translatorFor('en');

const group: GroupPeople = {
  memberIds: ['mem'],
  facilitatorIds: ['fac'],
  membersMayPostPrompts: false,
};
const as = (id: string, roles: Role[] = ['contributor']) => ({ id, roles });

describe('who sees a group', () => {
  it.each([
    ['a member', as('mem'), true],
    ['a facilitator', as('fac', ['facilitator']), true],
    ['an admin who is not in it', as('adm', ['admin']), false],
    ['comms', as('com', ['comms']), false],
    ['a facilitator of another group', as('other', ['facilitator']), false],
    ['nobody', undefined, false],
  ] as const)('%s: %s', (_who, viewer, allowed) => {
    expect(canSeeGroup(viewer, group)).toBe(allowed);
  });
});

describe('who posts prompts', () => {
  it('facilitators always; members only when the group allows; outsiders never', () => {
    expect(canPostPrompt(as('fac'), group)).toBe(true);
    expect(canPostPrompt(as('mem'), group)).toBe(false);
    expect(canPostPrompt(as('mem'), { ...group, membersMayPostPrompts: true })).toBe(true);
    expect(canPostPrompt(as('adm', ['admin']), { ...group, membersMayPostPrompts: true })).toBe(
      false,
    );
    expect(canPostPrompt(undefined, group)).toBe(false);
  });
});

describe('replies', () => {
  it('keeps plain words, trimmed', () => {
    expect(checkReply('  Lovely, thank you.  ', english)).toEqual({
      ok: true,
      text: 'Lovely, thank you.',
    });
  });
  it('refuses empty and too-long replies in plain words', () => {
    expect(checkReply('   ', english)).toEqual({ ok: false, message: 'Write a few words first.' });
    expect(checkReply('a'.repeat(MAX_REPLY_LENGTH), english).ok).toBe(true);
    expect(checkReply('a'.repeat(MAX_REPLY_LENGTH + 1), english)).toEqual({
      ok: false,
      message: 'Keep your reply to 1,000 characters or fewer.',
    });
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkReply('😊'.repeat(MAX_REPLY_LENGTH), english).ok).toBe(true);
  });
});

describe('the book’s order', () => {
  it('keeps the chosen order, drops chapters that left, adds new ones after', () => {
    expect(orderChapters(['b', 'gone', 'a'], ['c', 'a', 'b'])).toEqual(['b', 'a', 'c']);
    expect(orderChapters([], ['c', 'a'])).toEqual(['c', 'a']);
    expect(orderChapters(['a', 'a'], ['a'])).toEqual(['a']);
  });
  it('moves a chapter one place, and not past either end', () => {
    expect(moveChapter(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveChapter(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveChapter(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveChapter(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveChapter(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });
});

describe('changes since the last PDF', () => {
  const chapter = (storyId: string, revisionNumber = 1, byline = 'Margaret') => ({
    storyId,
    title: `Story ${storyId}`,
    revisionNumber,
    byline,
  });
  it('says nothing before the first PDF', () => {
    expect(chaptersChangedSince(null, [chapter('a')])).toEqual([]);
  });
  it('lists added, changed (text or name) and removed chapters; a removed one has no title', () => {
    expect(
      chaptersChangedSince(
        [chapter('a'), chapter('b'), chapter('c')],
        [chapter('a', 2), chapter('b', 1, 'Anonymous'), chapter('d')],
      ),
    ).toEqual([
      { title: 'Story a', change: 'changed' },
      { title: 'Story b', change: 'changed' },
      { title: 'Story d', change: 'added' },
      { title: null, change: 'removed' },
    ]);
  });
  it('a renamed chapter has changed', () => {
    expect(
      chaptersChangedSince([chapter('a')], [{ ...chapter('a'), title: 'A new title' }]),
    ).toEqual([{ title: 'A new title', change: 'changed' }]);
  });
  it('says nothing when the book is as it was', () => {
    expect(chaptersChangedSince([chapter('a')], [chapter('a')])).toEqual([]);
  });
});
