/**
 * The draft kept in the browser: from the first keystroke until the server
 * confirms it, the writer's words wait in localStorage under the story's id,
 * so a closed tab, a crash or a lost connection loses nothing. A kept draft
 * that cannot be read is removed rather than trusted.
 */
import type { StoryContent } from './autosave.ts';

/** The part of `localStorage` the draft needs. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The localStorage key for a story's unsaved draft. */
export function draftStorageKey(storyId: string): string {
  return `heard:draft:${storyId}`;
}

/** A draft kept in the browser until the server confirms it. */
export interface KeptDraft {
  readonly content: StoryContent;
  readonly basedOn: number | null;
  readonly keptAt: string;
}

function isKeptDraft(value: unknown): value is KeptDraft {
  if (value === null || typeof value !== 'object') return false;
  const { content, basedOn, keptAt } = value as Partial<Record<keyof KeptDraft, unknown>>;
  return (
    content !== null &&
    typeof content === 'object' &&
    (content as { state?: unknown }).state !== undefined &&
    (basedOn === null || (typeof basedOn === 'number' && Number.isInteger(basedOn))) &&
    typeof keptAt === 'string'
  );
}

/** The kept draft for a story, or null (a damaged one is removed). */
export function readKeptDraft(storage: DraftStorage | null, storyId: string): KeptDraft | null {
  if (storage === null) return null;
  const key = draftStorageKey(storyId);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isKeptDraft(parsed)) return parsed;
  } catch {
    // Fall through: a draft that cannot be read is of no use to anyone.
  }
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do.
  }
  return null;
}
