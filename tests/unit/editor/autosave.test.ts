import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DEBOUNCE_MS, createAutosave } from '#src/editor/autosave.ts';
import { createFetchSave } from '#src/editor/save-transport.ts';
import { draftStorageKey, readKeptDraft } from '#src/editor/kept-draft.ts';
import { saveStatusLabel } from '#src/editor/save-status.ts';
import type {
  AutosaveOptions,
  AutosaveSnapshot,
  SaveResult,
  StoryContent,
} from '#src/editor/autosave.ts';
import type { DraftStorage } from '#src/editor/kept-draft.ts';
import { english } from './support/words.ts';

const STORY = 'story-1';
const KEY = draftStorageKey(STORY);

/** localStorage stand-in; `full` makes every write fail as a full quota would. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** navigator.onLine and the `online` event, under the test's control. */
class FakeConnectivity {
  online = true;
  readonly listeners = new Set<() => void>();
  isOnline(): boolean {
    return this.online;
  }
  onOnline(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  comeBack(): void {
    this.online = true;
    for (const listener of this.listeners) listener();
  }
}

interface Call {
  readonly content: StoryContent;
  readonly basedOn: number | null;
  readonly answer: (result: SaveResult) => void;
}

/** A save function whose answers the test gives, one call at a time. */
function fakeSave() {
  const calls: Call[] = [];
  const save = (content: StoryContent, basedOn: number | null): Promise<SaveResult> =>
    new Promise((resolve) => calls.push({ content, basedOn, answer: resolve }));
  return { calls, save };
}

const text = (words: string): StoryContent => ({ state: { root: { words } } });

function setUp(overrides: Partial<AutosaveOptions> = {}) {
  const storage = new MemoryStorage();
  const connectivity = new FakeConnectivity();
  const { calls, save } = fakeSave();
  const snapshots: AutosaveSnapshot[] = [];
  const autosave = createAutosave({
    storyId: STORY,
    initialRevision: 3,
    initialContent: text('saved'),
    save,
    storage,
    connectivity,
    onChange: (snapshot) => snapshots.push(snapshot),
    now: () => new Date(Date.now()),
    ...overrides,
  });
  const last = (): AutosaveSnapshot => autosave.snapshot();
  return { autosave, storage, connectivity, calls, snapshots, last };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T10:42:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosave: saving 2 seconds after the last keystroke', () => {
  it('waits for a quiet 2 seconds, then saves the newest words once', async () => {
    const { autosave, calls, last } = setUp();
    autosave.edit(text('a'));
    expect(last().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(1_500);
    autosave.edit(text('ab'));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ content: text('ab'), basedOn: 3 });
  });

  it('says when it saved, and bases the next save on the new revision', async () => {
    const { autosave, calls, last } = setUp();
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]?.answer({ kind: 'saved', revision: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ status: 'saved', revision: 4 });
    expect(saveStatusLabel(last(), english, () => '10:42')).toBe('Saved at 10:42');
    autosave.edit(text('ab'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(calls[1]?.basedOn).toBe(4);
  });

  it('keeps the draft on the device from the first keystroke until the server confirms', async () => {
    const { autosave, storage, calls } = setUp();
    autosave.edit(text('a'));
    expect(readKeptDraft(storage, STORY)).toMatchObject({ content: text('a'), basedOn: 3 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(storage.items.has(KEY)).toBe(true);
    calls[0]?.answer({ kind: 'saved', revision: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('saves words typed during a save next, based on the revision that save made', async () => {
    const { autosave, storage, calls, last } = setUp();
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    autosave.edit(text('ab'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS); // quiet again, but a save is in flight
    expect(calls).toHaveLength(1);
    calls[0]?.answer({ kind: 'saved', revision: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ content: text('ab'), basedOn: 4 });
    expect(last().status).toBe('saving');
    expect(readKeptDraft(storage, STORY)).toMatchObject({ content: text('ab'), basedOn: 4 });
    calls[1]?.answer({ kind: 'saved', revision: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ status: 'saved', revision: 5 });
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('saves at once when asked (leaving the page)', async () => {
    const { autosave, calls } = setUp();
    autosave.edit(text('a'));
    autosave.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
  });

  it('does nothing after dispose, and keeps the draft', async () => {
    const { autosave, storage, calls } = setUp();
    autosave.edit(text('a'));
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(0);
    expect(storage.items.has(KEY)).toBe(true);
  });
});

describe('createAutosave: offline', () => {
  it('says so, keeps the draft, and sends it when the connection comes back', async () => {
    const { autosave, connectivity, storage, calls, last } = setUp();
    connectivity.online = false;
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(0);
    expect(saveStatusLabel(last(), english)).toBe('Offline — kept on this device');
    autosave.edit(text('ab'));
    expect(last().status).toBe('offline');
    expect(readKeptDraft(storage, STORY)?.content).toEqual(text('ab'));
    connectivity.comeBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.content).toEqual(text('ab'));
  });

  it('retries when the request fails for want of a network, even without an online event', async () => {
    const { autosave, calls, last } = setUp({ retryDelaysMs: [5_000, 15_000] });
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]?.answer({ kind: 'offline' });
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe('offline');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    calls[1]?.answer({ kind: 'offline' });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toHaveLength(3);
  });

  it('treats a save function that rejects as offline', async () => {
    const { last, autosave } = setUp({ save: () => Promise.reject(new TypeError('fetch failed')) });
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(last().status).toBe('offline');
  });

  it('does not promise a copy on the device when storage is full', async () => {
    const { autosave, storage, connectivity, last } = setUp();
    storage.full = true;
    connectivity.online = false;
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(last().keptOnDevice).toBe(false);
    expect(saveStatusLabel(last(), english)).toBe(
      'Offline — please keep this page open until the connection comes back',
    );
  });
});

describe('createAutosave: someone saved first (409)', () => {
  async function inConflict() {
    const setup = setUp();
    setup.autosave.edit(text('mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    setup.calls[0]?.answer({ kind: 'conflict', revision: 7, content: text('theirs') });
    await vi.advanceTimersByTimeAsync(0);
    return setup;
  }

  it('keeps both versions and stops saving until the writer chooses', async () => {
    const { autosave, calls, storage, last } = await inConflict();
    expect(last()).toMatchObject({
      status: 'conflict',
      conflict: { mine: text('mine'), saved: text('theirs'), savedRevision: 7 },
    });
    autosave.edit(text('mine, more'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(last().conflict?.mine).toEqual(text('mine, more'));
    expect(readKeptDraft(storage, STORY)?.content).toEqual(text('mine, more'));
  });

  it('keeping mine (or both) saves it on top of the saved revision', async () => {
    const { autosave, calls, last } = await inConflict();
    autosave.keepVersion(text('theirs + mine'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toMatchObject({ content: text('theirs + mine'), basedOn: 7 });
    calls[1]?.answer({ kind: 'saved', revision: 8 });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ status: 'saved', revision: 8, conflict: null });
  });

  it('keeping the saved one drops the draft and saves nothing', async () => {
    const { autosave, calls, storage, last } = await inConflict();
    autosave.keepSavedVersion();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(storage.items.has(KEY)).toBe(false);
    expect(last()).toMatchObject({ status: 'saved', revision: 7, conflict: null });
  });
});

describe('createAutosave: refusals and failures', () => {
  it('shows a refusal in plain words and waits for the next edit', async () => {
    const { autosave, calls, last } = setUp();
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]?.answer({ kind: 'refused', message: 'This story is too long to save.' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(saveStatusLabel(last(), english)).toBe(
      'This story is too long to save. Your writing is kept on this device.',
    );
    autosave.edit(text('shorter'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
  });

  it('retries a server failure with growing waits', async () => {
    const { autosave, calls, last } = setUp({ retryDelaysMs: [1_000, 2_000] });
    autosave.edit(text('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]?.answer({ kind: 'failed', message: 'The server could not save just now.' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last().status).toBe('saving');
    calls[1]?.answer({ kind: 'failed', message: 'The server could not save just now.' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
  });
});

describe('createAutosave: a draft left on the device by an earlier visit', () => {
  function keep(storage: MemoryStorage, content: StoryContent, basedOn: number | null): void {
    storage.setItem(KEY, JSON.stringify({ content, basedOn, keptAt: '2026-03-01T10:00:00Z' }));
  }

  it.each([
    ['based on the current revision: opened and saved', 3, 'saving'],
    ['based on an older revision: both versions shown', 2, 'conflict'],
  ] as const)('%s', async (_name, basedOn, status) => {
    const storage = new MemoryStorage();
    keep(storage, text('unsent'), basedOn);
    const { autosave, calls, last } = setUp({ storage });
    expect(autosave.startingContent).toEqual(text('unsent'));
    expect(last().status).toBe(status);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(status === 'saving' ? 1 : 0);
    if (status === 'conflict') {
      expect(last().conflict).toEqual({
        mine: text('unsent'),
        saved: text('saved'),
        savedRevision: 3,
      });
    }
  });

  it('drops a draft identical to the saved version', () => {
    const storage = new MemoryStorage();
    keep(storage, text('saved'), 3);
    const { autosave } = setUp({ storage });
    expect(autosave.startingContent).toEqual(text('saved'));
    expect(storage.items.has(KEY)).toBe(false);
  });

  it.each(['not json', '{"content":{}}', '{"content":{"state":1},"basedOn":"x","keptAt":""}'])(
    'removes a damaged draft: %s',
    (raw) => {
      const storage = new MemoryStorage();
      storage.setItem(KEY, raw);
      expect(readKeptDraft(storage, STORY)).toBeNull();
      expect(storage.items.has(KEY)).toBe(false);
    },
  );
});

describe('saveStatusLabel', () => {
  const base: AutosaveSnapshot = {
    status: 'saved',
    revision: 3,
    savedAt: null,
    message: null,
    conflict: null,
    keptOnDevice: true,
  };
  it.each<[Partial<AutosaveSnapshot>, string]>([
    [{ status: 'saving' }, 'Saving…'],
    [{ status: 'saved', savedAt: new Date('2026-03-01T10:42:00Z') }, 'Saved at 10:42'],
    [{ status: 'saved' }, 'Saved'],
    [{ status: 'saved', revision: null }, 'Not saved yet'],
    [{ status: 'offline' }, 'Offline — kept on this device'],
    [
      { status: 'conflict' },
      'This story was changed somewhere else. Choose which version to keep.',
    ],
    [{ status: 'error' }, 'Could not save just now. Your writing is kept on this device.'],
    [
      { status: 'error', message: 'Too long. Your writing is still here.' },
      'Too long. Your writing is still here.',
    ],
  ])('%o → %s', (overrides, label) => {
    expect(saveStatusLabel({ ...base, ...overrides }, english, () => '10:42')).toBe(label);
  });
});

describe('createFetchSave: the save route’s answers', () => {
  const json = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it.each<[string, Response, SaveResult]>([
    ['200', json(200, { status: 200, revision: 4, savedAt: 'x' }), { kind: 'saved', revision: 4 }],
    [
      '409 with the newer version',
      json(409, {
        status: 409,
        message: 'changed',
        latest: { revision: 7, state: { root: 'theirs' }, scriptNames: { Sharon: 'Mum', bad: 1 } },
      }),
      {
        kind: 'conflict',
        revision: 7,
        content: { state: { root: 'theirs' }, scriptNames: { Sharon: 'Mum' } },
      },
    ],
    ['400', json(400, { message: 'Too long.' }), { kind: 'refused', message: 'Too long.' }],
    [
      '404',
      json(404, { message: 'We could not find that story.' }),
      { kind: 'refused', message: 'We could not find that story.' },
    ],
    [
      '413 without a body',
      new Response('', { status: 413 }),
      {
        kind: 'refused',
        message: 'This story could not be saved as it is. Your writing is kept on this device.',
      },
    ],
    [
      '500',
      new Response('<html>oops</html>', { status: 500 }),
      { kind: 'failed', message: 'The server could not save just now. It will try again.' },
    ],
    [
      '200 without a revision',
      json(200, {}),
      { kind: 'failed', message: 'The server could not save just now. It will try again.' },
    ],
  ])('%s', async (_name, response, expected) => {
    const save = createFetchSave({
      t: english.t,
      fetch: () => Promise.resolve(response),
      url: '/api/stories/x/revisions',
    });
    await expect(save(text('a'), 3)).resolves.toEqual(expected);
  });

  it('posts the state, the revision it is based on and the name map as JSON', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const save = createFetchSave({
      t: english.t,
      fetch: (url, init) => {
        requests.push({ url: typeof url === 'string' ? url : 'not a string', init });
        return Promise.resolve(json(200, { revision: 2 }));
      },
      url: '/api/stories/x/revisions',
    });
    await save({ state: { root: 1 }, scriptNames: { Sharon: 'Mum' } }, 1);
    expect(requests[0]?.url).toBe('/api/stories/x/revisions');
    expect(requests[0]?.init?.method).toBe('POST');
    const body = requests[0]?.init?.body;
    expect(JSON.parse(typeof body === 'string' ? body : '')).toEqual({
      state: { root: 1 },
      basedOn: 1,
      scriptNames: { Sharon: 'Mum' },
    });
  });

  it('answers offline when fetch rejects', async () => {
    const save = createFetchSave({
      t: english.t,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      url: '/x',
    });
    await expect(save(text('a'), null)).resolves.toEqual({ kind: 'offline' });
  });
});
