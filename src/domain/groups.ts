/**
 * The group space: who may see a group's space, its prompts and its
 * book (its members and facilitators only: no role reaches in, not admin, not
 * comms), who may post prompts, kind replies, and the book's chapter order.
 * Pure: no I/O.
 */
import type { Translator } from '#src/i18n/translator.ts';
import type { Viewer } from './permissions.ts';

/** Who is in a group, as the rules need it. */
export interface GroupPeople {
  readonly memberIds: readonly string[];
  readonly facilitatorIds: readonly string[];
  /** Whether members (not only facilitators) may post writing prompts. */
  readonly membersMayPostPrompts: boolean;
}

/** Only a group's members and facilitators see its space, prompts and book. */
export function canSeeGroup(viewer: Viewer | undefined, group: GroupPeople): boolean {
  if (!viewer) return false;
  return group.memberIds.includes(viewer.id) || group.facilitatorIds.includes(viewer.id);
}

/** Facilitators post prompts; members too when the group allows it. */
export function canPostPrompt(viewer: Viewer | undefined, group: GroupPeople): boolean {
  if (!viewer) return false;
  if (group.facilitatorIds.includes(viewer.id)) return true;
  return group.membersMayPostPrompts && group.memberIds.includes(viewer.id);
}

/** The longest reply, in characters: a few kind sentences, not an essay. */
export const MAX_REPLY_LENGTH = 1000;

/** Checks a reply's text: plain words, not empty, not too long; refusals in `words`' language. */
export function checkReply(
  text: string,
  words: Translator,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: words.t('groups.reply.empty') };
  if ([...trimmed].length > MAX_REPLY_LENGTH) {
    return {
      ok: false,
      message: words.t('groups.reply.tooLong', { max: words.number(MAX_REPLY_LENGTH) }),
    };
  }
  return { ok: true, text: trimmed };
}

/**
 * The book's chapters in the group's chosen order: the saved order first (only
 * chapters still in the book), then any others in the order given (newest first).
 */
export function orderChapters(saved: readonly string[], chapters: readonly string[]): string[] {
  const present = new Set(chapters);
  const ordered = [...new Set(saved)].filter((id) => present.has(id));
  const placed = new Set(ordered);
  return [...ordered, ...chapters.filter((id) => !placed.has(id))];
}

/** Moves one chapter a place up or down; the order is unchanged at either end or for an unknown id. */
export function moveChapter(
  order: readonly string[],
  storyId: string,
  direction: 'up' | 'down',
): string[] {
  const next = [...order];
  const at = next.indexOf(storyId);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= next.length) return next;
  [next[at], next[to]] = [next[to] as string, next[at] as string];
  return next;
}

/** One chapter as the book shows it and as a PDF records it. */
export interface ChapterSnapshot {
  readonly storyId: string;
  readonly title: string;
  readonly revisionNumber: number;
  readonly byline: string;
}

/**
 * How one chapter differs from the last PDF. A chapter taken out has no title:
 * its author may have withdrawn it, and then its title is not ours to show.
 */
export interface ChapterChange {
  readonly title: string | null;
  readonly change: 'added' | 'removed' | 'changed';
}

/** Which chapters were added, removed or changed (text, title or name) since the last PDF. */
export function chaptersChangedSince(
  lastPdf: readonly ChapterSnapshot[] | null,
  now: readonly ChapterSnapshot[],
): ChapterChange[] {
  if (lastPdf === null) return [];
  const before = new Map(lastPdf.map((chapter) => [chapter.storyId, chapter]));
  const after = new Map(now.map((chapter) => [chapter.storyId, chapter]));
  const changes: ChapterChange[] = [];
  for (const chapter of now) {
    const old = before.get(chapter.storyId);
    if (!old) changes.push({ title: chapter.title, change: 'added' });
    else if (
      old.revisionNumber !== chapter.revisionNumber ||
      old.byline !== chapter.byline ||
      old.title !== chapter.title
    ) {
      changes.push({ title: chapter.title, change: 'changed' });
    }
  }
  for (const chapter of lastPdf) {
    if (!after.has(chapter.storyId)) changes.push({ title: null, change: 'removed' });
  }
  return changes;
}
