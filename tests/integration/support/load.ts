/**
 * Load from outside, as readers and writers make it: readers fetching public
 * story pages over many connections, writers saving revisions as the editor
 * does. Every request keeps when it started (this process's monotonic clock),
 * its answer and which instance answered, so a test can tell a stale page (one
 * whose request started after the story's withdrawal committed) from a
 * current one, and an acknowledged save from one that was lost.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { editorStateFromParagraphs } from '#src/editor/plain-text.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A published story the readers may ask for. */
export interface ReadableStory {
  readonly storyId: string;
  readonly slug: string;
  readonly author: string;
  /** A word only this story's title holds, to find its card on other stories' pages. */
  readonly marker: string;
}

/** One reader's request and its answer (status 0: no answer, the connection failed). */
export interface Read {
  readonly story: ReadableStory;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly status: number;
  /** The instance that answered, as the balancer names it, or the address read directly. */
  readonly instance: string;
  /** Stories whose cards (or text) the page showed. */
  readonly shown: readonly ReadableStory[];
}

/** Load that runs until stopped. */
export interface Running<T> {
  /** Stops starting requests, waits for those in flight, and returns every one. */
  stop(): Promise<T[]>;
}

/** The same number of sockets for every run, kept open between requests as browsers do. */
function connectionPool(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections });
}

const REQUEST_TIMEOUT_MS = 20_000;

interface Answer {
  readonly status: number;
  readonly headers: { readonly [name: string]: string | string[] | undefined };
  readonly body: string;
}

/** One HTTP request on `agent`; rejects when the connection fails before a whole answer. */
function send(
  agent: Agent,
  url: string,
  init: {
    readonly method?: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { agent, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          if (!res.complete) return reject(new Error('The answer was cut off.'));
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          });
        });
      },
    );
    outgoing.on('error', reject);
    // An answer that never comes is a failure too, not a test that hangs.
    outgoing.setTimeout(REQUEST_TIMEOUT_MS, () =>
      outgoing.destroy(new Error('No answer in time.')),
    );
    outgoing.end(init.body);
  });
}

/**
 * `connections` readers, each asking for one story page after another
 * (`pick` chooses which) from `base(i)`, the address reader `i` uses.
 */
export function startReaders(options: {
  readonly connections: number;
  readonly base: (reader: number) => string;
  readonly stories: readonly ReadableStory[];
  readonly pick?: () => ReadableStory;
}): Running<Read> {
  const { connections, base, stories } = options;
  const pick =
    options.pick ?? (() => stories[Math.floor(Math.random() * stories.length)] as ReadableStory);
  const agent = connectionPool(connections);
  const reads: Read[] = [];
  let running = true;
  const reader = async (index: number): Promise<void> => {
    const from = base(index);
    while (running) {
      const story = pick();
      const startedAt = performance.now();
      let status = 0;
      let instance = from;
      let shown: ReadableStory[] = [];
      try {
        const answer = await send(agent, `${from}/stories/${story.slug}`);
        status = answer.status;
        instance = String(answer.headers['x-heard-instance'] ?? from);
        if (status === 200) shown = stories.filter((other) => answer.body.includes(other.marker));
      } catch {
        // No answer at all: the balancer or the instance cut the connection.
      }
      reads.push({ story, startedAt, endedAt: performance.now(), status, instance, shown });
    }
  };
  const all = Array.from({ length: connections }, (_, index) => reader(index));
  return {
    stop: async () => {
      running = false;
      await Promise.all(all);
      agent.destroy();
      return reads;
    },
  };
}

/** A person with a story of their own to write in, and the cookie of their session. */
export interface WriterAccount {
  readonly personId: string;
  readonly storyId: string;
  readonly cookie: string;
  /** The story's newest revision when writing starts. */
  readonly latest: number;
}

/** One save and its answer (status 0: no answer). */
export interface Save {
  readonly storyId: string;
  readonly text: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly status: number;
  /** The revision the app said it saved (status 200). */
  readonly revision: number | undefined;
}

/**
 * One writer per account, each saving a new revision of their story after
 * another, every save with words of its own, to `base` (with `origin`, as
 * the editor's page sends it). A save whose answer was lost may still have
 * been kept: the next one is then refused as based on an old revision (409),
 * and the writer carries on from the newer one, as the editor does.
 */
export function startWriters(options: {
  readonly base: string;
  readonly origin: string;
  readonly accounts: readonly WriterAccount[];
}): Running<Save> {
  const { base, origin, accounts } = options;
  const agent = connectionPool(accounts.length);
  const saves: Save[] = [];
  let running = true;
  const writer = async (account: WriterAccount, index: number): Promise<void> => {
    let basedOn = account.latest;
    for (let n = 1; running; n += 1) {
      const text = `Writer ${index} save ${n} ${performance.now().toFixed(3)}`;
      const startedAt = performance.now();
      let status = 0;
      let revision: number | undefined;
      try {
        const answer = await send(agent, `${base}/api/stories/${account.storyId}/revisions`, {
          method: 'POST',
          headers: { cookie: account.cookie, origin, 'content-type': 'application/json' },
          body: JSON.stringify({ state: editorStateFromParagraphs([text]), basedOn }),
        });
        status = answer.status;
        const saved = parseJson(answer.body) as {
          revision?: number;
          latest?: { revision?: number };
        };
        if (status === 200) revision = saved.revision;
        basedOn = revision ?? saved.latest?.revision ?? basedOn;
      } catch {
        // No answer: the save may or may not have been kept.
      }
      saves.push({
        storyId: account.storyId,
        text,
        startedAt,
        endedAt: performance.now(),
        status,
        revision,
      });
    }
  };
  const all = accounts.map((account, index) => writer(account, index));
  return {
    stop: async () => {
      running = false;
      await Promise.all(all);
      agent.destroy();
      return saves;
    },
  };
}

/** The acknowledged saves (200) that the database does not hold exactly as acknowledged. */
export async function missingSaves(db: Db, saves: readonly Save[]): Promise<Save[]> {
  const acknowledged = saves.filter((save) => save.status === 200);
  const storyIds = [...new Set(acknowledged.map((save) => save.storyId))];
  if (storyIds.length === 0) return [];
  const rows = await db
    .selectFrom('revisions')
    .select(['story_id', 'number', 'plain_text'])
    .where('story_id', 'in', storyIds)
    .execute();
  const held = new Map(rows.map((row) => [`${row.story_id} ${row.number}`, row.plain_text]));
  return acknowledged.filter(
    (save) => !held.get(`${save.storyId} ${save.revision ?? 0}`)?.includes(save.text),
  );
}

/**
 * The stale reads: a page answered 200 for a story, or showing a story's
 * card, when the request started after that story's withdrawal committed.
 */
export function staleReads(
  reads: readonly Read[],
  withdrawnAt: ReadonlyMap<string, number>,
): { readonly read: Read; readonly why: string }[] {
  const after = (story: ReadableStory, read: Read): boolean =>
    read.startedAt > (withdrawnAt.get(story.storyId) ?? Number.POSITIVE_INFINITY);
  const stale: { read: Read; why: string }[] = [];
  for (const read of reads) {
    if (read.status !== 200) continue;
    if (after(read.story, read)) stale.push({ read, why: `${read.story.slug} answered 200` });
    for (const other of read.shown) {
      if (other !== read.story && after(other, read)) {
        stale.push({ read, why: `${other.slug} shown on ${read.story.slug}` });
      }
    }
  }
  return stale;
}

/** How many requests each instance answered. */
export function countByInstance(reads: readonly { readonly instance: string }[]): {
  [instance: string]: number;
} {
  const counts: { [instance: string]: number } = {};
  for (const read of reads) counts[read.instance] = (counts[read.instance] ?? 0) + 1;
  return counts;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

/**
 * Runs `body` while `load` runs, then stops the load, also when `body` throws;
 * returns what `body` returned and every request the load made.
 */
export async function during<T, R>(
  load: Running<T>,
  body: () => Promise<R>,
): Promise<{ readonly result: R; readonly requests: T[] }> {
  let result: R;
  try {
    result = await body();
  } catch (error) {
    await load.stop();
    throw error;
  }
  return { result, requests: await load.stop() };
}
