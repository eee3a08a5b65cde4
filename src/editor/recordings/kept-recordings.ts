/**
 * Recordings kept on this device (IndexedDB) from the moment someone keeps
 * one until the server says it is ready, so a reload, a closed tab or a lost
 * connection never loses a voice: the editor finds them again and offers to
 * send them. A recording the server refused is kept too, until the person
 * sends another or lets it go.
 */

/** A recording kept on the device for one story. */
export interface KeptRecording {
  /** Our own id for it (also the resumable upload's fingerprint). */
  readonly id: string;
  readonly storyId: string;
  readonly blob: Blob;
  /** The file's name as sent (a recording made here is named by its time). */
  readonly name: string;
  /** When it was kept (ms since 1970). */
  readonly keptAt: number;
  /** The upload's address once it has one, so its status can be found after a reload. */
  readonly uploadUrl?: string;
  /** The recording's id once the server has all of it. */
  readonly recordingId?: string;
}

const DATABASE = 'heard-recordings';
const STORE = 'kept';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open.'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB gave up.'));
    });
  } finally {
    database.close();
  }
}

/** Keeps a recording on the device; false when the device would not keep it (private mode, full). */
export async function keepRecording(recording: KeptRecording): Promise<boolean> {
  try {
    await run('readwrite', (store) => store.put(recording));
    return true;
  } catch {
    return false;
  }
}

/** The recordings kept for one story, oldest first; none when the device keeps nothing. */
export async function listKeptRecordings(storyId: string): Promise<KeptRecording[]> {
  try {
    const all = await run<KeptRecording[]>(
      'readonly',
      (store) => store.getAll() as IDBRequest<KeptRecording[]>,
    );
    return all.filter((kept) => kept.storyId === storyId).sort((a, b) => a.keptAt - b.keptAt);
  } catch {
    return [];
  }
}

/** Notes what the server said about a kept recording (its address, then its id). */
export async function updateKeptRecording(
  id: string,
  changes: Pick<KeptRecording, 'uploadUrl'> | Pick<KeptRecording, 'recordingId'>,
): Promise<void> {
  try {
    const current = await run<KeptRecording | undefined>(
      'readonly',
      (store) => store.get(id) as IDBRequest<KeptRecording | undefined>,
    );
    if (current) await run('readwrite', (store) => store.put({ ...current, ...changes }));
  } catch {
    // Only a hint for after a reload: the recording itself is still kept.
  }
}

/** Forgets a kept recording (it is ready on the server, or the person let it go). */
export async function forgetKeptRecording(id: string): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(id));
  } catch {
    // Nothing more to do: a recording left behind is offered again, never lost.
  }
}
