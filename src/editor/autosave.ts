/**
 * Saving without loss: nothing a writer types is ever lost, and a save never
 * silently overwrites someone else's (a stale save gets 409).
 *
 * - Saves 2 seconds after the last keystroke, one request at a time; edits made
 *   while a save is in flight are saved next, based on the revision it made.
 * - Keeps the draft in the browser (localStorage, keyed by story id) from the
 *   first keystroke until the server confirms it, so a closed tab, a crash or a
 *   lost connection loses nothing.
 * - Offline: says so, keeps the draft, and sends it when the browser's
 *   `online` event fires (and, since that event is unreliable, retries now and
 *   then anyway).
 * - A save based on a stale revision gets 409: both versions are kept and the
 *   writer chooses; nothing is overwritten silently.
 *
 * The machine takes everything it touches as arguments (the save function,
 * storage, connectivity, clock) so it runs in tests with fake timers and a
 * fake fetch. It knows nothing of Lexical: what it saves is opaque JSON.
 *
 * How saves reach the server is in save-transport.ts, the kept draft in
 * kept-draft.ts and the status line's words in save-status.ts.
 */
import { draftStorageKey, readKeptDraft } from './kept-draft.ts';
import type { DraftStorage, KeptDraft } from './kept-draft.ts';
import type { ScriptNameMap } from './script-names.ts';

/** What the status line shows. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'conflict' | 'error';

/**
 * What one save sends: the editor state and, for a film script, the name map
 * kept beside it (script-names.ts).
 */
export interface StoryContent {
  readonly state: unknown;
  readonly scriptNames?: ScriptNameMap;
}

/** The outcome of one save request. */
export type SaveResult =
  | { readonly kind: 'saved'; readonly revision: number }
  | { readonly kind: 'conflict'; readonly revision: number; readonly content: StoryContent }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'limited'; readonly message: string; readonly retryAfterMs: number }
  | { readonly kind: 'offline' }
  | { readonly kind: 'failed'; readonly message: string };

/** Sends one version of the story, based on a revision (null for a story's first save). */
export type SaveFunction = (content: StoryContent, basedOn: number | null) => Promise<SaveResult>;

/** Whether the browser thinks it is online, and a way to hear when it comes back. */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` when the connection returns; returns a function that stops listening. */
  onOnline(listener: () => void): () => void;
}

/** Two versions of the story, when someone saved first. */
export interface SaveConflict {
  /** What this writer has in the editor. */
  readonly mine: StoryContent;
  /** What the server holds now. */
  readonly saved: StoryContent;
  readonly savedRevision: number;
}

/** Everything the editor shows about saving. */
export interface AutosaveSnapshot {
  readonly status: SaveStatus;
  /** The server revision the editor's content is based on. */
  readonly revision: number | null;
  /** When this page last saved. */
  readonly savedAt: Date | null;
  /** Why saving failed, in plain words (status 'error'). */
  readonly message: string | null;
  readonly conflict: SaveConflict | null;
  /** Whether unsaved words are safely kept in this browser. */
  readonly keptOnDevice: boolean;
}

/** How to build an autosave. */
export interface AutosaveOptions {
  readonly storyId: string;
  /** What the server sent with the page: the latest revision and its content. */
  readonly initialRevision: number | null;
  readonly initialContent: StoryContent;
  readonly save: SaveFunction;
  /** null when the browser gives no storage (some private modes). */
  readonly storage: DraftStorage | null;
  readonly connectivity: Connectivity;
  readonly onChange: (snapshot: AutosaveSnapshot) => void;
  readonly now?: () => Date;
  /** Quiet time after the last keystroke before saving. */
  readonly debounceMs?: number;
  /** Waits between retries after a failure; the last repeats. */
  readonly retryDelaysMs?: readonly number[];
}

/** A running autosave for one story. */
export interface Autosave {
  /** What to open the editor with: a kept draft newer than the server's, or the server's. */
  readonly startingContent: StoryContent;
  /** Records an edit: kept on the device at once, saved after the quiet time. */
  edit(content: StoryContent): void;
  /** Saves now (leaving the page, pressing a Save button). */
  saveNow(): void;
  /** Resolves a conflict by taking the server's version; the editor shows `conflict.saved`. */
  keepSavedVersion(): void;
  /** Resolves a conflict by saving `content` (mine, or both merged) on top of the server's. */
  keepVersion(content: StoryContent): void;
  snapshot(): AutosaveSnapshot;
  /** Stops timers and listeners; the kept draft stays on the device. */
  dispose(): void;
}

/** The quiet time after the last keystroke before saving (a draft is saved within 2 seconds). */
export const AUTOSAVE_DEBOUNCE_MS = 2_000;

const DEFAULT_RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000] as const;

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Starts autosaving one story. */
export function createAutosave(options: AutosaveOptions): Autosave {
  const now = options.now ?? (() => new Date());
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const key = draftStorageKey(options.storyId);

  let status: SaveStatus = 'saved';
  let revision = options.initialRevision;
  let savedAt: Date | null = null;
  let message: string | null = null;
  let conflict: SaveConflict | null = null;
  let keptOnDevice = true;
  /** The newest content, and whether the server has it yet. */
  let latest: StoryContent = options.initialContent;
  let dirty = false;
  let inFlight = false;
  let disposed = false;
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryCount = 0;

  const snapshot = (): AutosaveSnapshot => ({
    status,
    revision,
    savedAt,
    message,
    conflict,
    keptOnDevice,
  });
  const emit = (): void => {
    if (!disposed) options.onChange(snapshot());
  };

  const keepDraft = (content: StoryContent): void => {
    if (options.storage === null) {
      keptOnDevice = false;
      return;
    }
    try {
      const draft: KeptDraft = { content, basedOn: revision, keptAt: now().toISOString() };
      options.storage.setItem(key, JSON.stringify(draft));
      keptOnDevice = true;
    } catch {
      // Storage full or refused: saving still works, but the status line must
      // not promise a copy on this device.
      keptOnDevice = false;
    }
  };
  const dropDraft = (): void => {
    try {
      options.storage?.removeItem(key);
    } catch {
      // The next confirmed save tries again.
    }
  };

  const clearTimer = (timer: ReturnType<typeof setTimeout> | null): null => {
    if (timer !== null) clearTimeout(timer);
    return null;
  };

  const scheduleRetry = (): void => {
    retryTimer = clearTimer(retryTimer);
    const delay = retryDelays[Math.min(retryCount, retryDelays.length - 1)] ?? 60_000;
    retryCount++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      attemptSave();
    }, delay);
  };

  const handle = (result: SaveResult, sent: StoryContent): void => {
    inFlight = false;
    if (disposed) return;
    switch (result.kind) {
      case 'saved':
        revision = result.revision;
        savedAt = now();
        message = null;
        retryCount = 0;
        if (dirty) {
          // Typed while the save was in flight: keep the newer words, now
          // based on the revision just made, and save them next.
          keepDraft(latest);
          status = 'saving';
          if (debounceTimer === null) attemptSave();
        } else {
          dropDraft();
          status = 'saved';
        }
        break;
      case 'conflict':
        // Saving stops until the writer chooses; both versions stay.
        conflict = {
          mine: dirty ? latest : sent,
          saved: result.content,
          savedRevision: result.revision,
        };
        dirty = true;
        status = 'conflict';
        break;
      case 'refused':
        // The same words would be refused again: wait for the next edit.
        dirty = true;
        status = 'error';
        message = result.message;
        break;
      case 'limited':
        dirty = true;
        status = 'error';
        message = result.message;
        retryTimer = clearTimer(retryTimer);
        retryTimer = setTimeout(() => {
          retryTimer = null;
          attemptSave();
        }, result.retryAfterMs);
        break;
      case 'offline':
        dirty = true;
        status = 'offline';
        scheduleRetry();
        break;
      case 'failed':
        dirty = true;
        status = 'error';
        message = result.message;
        scheduleRetry();
        break;
    }
    emit();
  };

  const attemptSave = (): void => {
    if (disposed || inFlight || conflict !== null || !dirty) return;
    debounceTimer = clearTimer(debounceTimer);
    retryTimer = clearTimer(retryTimer);
    if (!options.connectivity.isOnline()) {
      status = 'offline';
      emit();
      return;
    }
    inFlight = true;
    dirty = false;
    status = 'saving';
    emit();
    const sent = latest;
    let request: Promise<SaveResult>;
    try {
      request = options.save(sent, revision);
    } catch {
      request = Promise.resolve({ kind: 'offline' });
    }
    request.then(
      (result) => handle(result, sent),
      () => handle({ kind: 'offline' }, sent),
    );
  };

  const schedule = (delay: number): void => {
    debounceTimer = clearTimer(debounceTimer);
    debounceTimer = setTimeout(() => {
      debounceTimer = null;
      attemptSave();
    }, delay);
  };

  const stopListening = options.connectivity.onOnline(() => {
    if (dirty) attemptSave();
  });

  // A draft left on this device by an earlier visit that the server never
  // confirmed: newer words than the server's, or a conflict if the story has
  // moved on since.
  let startingContent = options.initialContent;
  const kept = readKeptDraft(options.storage, options.storyId);
  if (kept !== null && !sameJson(kept.content, options.initialContent)) {
    startingContent = kept.content;
    latest = kept.content;
    dirty = true;
    if (kept.basedOn === options.initialRevision || options.initialRevision === null) {
      status = 'saving';
      schedule(0);
    } else {
      status = 'conflict';
      conflict = {
        mine: kept.content,
        saved: options.initialContent,
        savedRevision: options.initialRevision,
      };
    }
  } else if (kept !== null) {
    dropDraft();
  }

  return {
    startingContent,
    edit(content) {
      if (disposed) return;
      latest = content;
      dirty = true;
      keepDraft(content);
      if (conflict !== null) {
        conflict = { ...conflict, mine: content };
        emit();
        return;
      }
      if (status !== 'offline') status = 'saving';
      schedule(debounceMs);
      emit();
    },
    saveNow() {
      attemptSave();
    },
    keepSavedVersion() {
      if (conflict === null) return;
      revision = conflict.savedRevision;
      latest = conflict.saved;
      conflict = null;
      dirty = false;
      status = 'saved';
      message = null;
      dropDraft();
      emit();
    },
    keepVersion(content) {
      if (conflict === null) return;
      revision = conflict.savedRevision;
      conflict = null;
      latest = content;
      dirty = true;
      keepDraft(content);
      attemptSave();
    },
    snapshot,
    dispose() {
      disposed = true;
      debounceTimer = clearTimer(debounceTimer);
      retryTimer = clearTimer(retryTimer);
      stopListening();
    },
  };
}
