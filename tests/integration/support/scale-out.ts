/**
 * Several instances of the built app on one PostgreSQL database, behind HAProxy
 * or not, and what happens to them under load: stories withdrawn through one
 * instance while readers come through the balancer, a photo uploaded to one
 * and read from the others, one instance stopped (gracefully, or killed
 * outright) while people write (the database restarting under them is in ./database-restart.ts).
 * tests/integration/scale-out.test.ts holds these to account;
 * bench/scale-out.ts measures them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { openDatabase, type Db, type DatabaseHandle } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';
import { DEFAULT_APP_ROLE, ensureAppRole } from '#src/server/platform/app-role.ts';
import { sessionCookieFor } from './app.ts';
import { makePerson, makeStory } from './fixtures.ts';
import { grantPublic, makeMarkedStory } from './published.ts';
import { startBalancer, type Balancer } from './haproxy.ts';
import { freePort, startInstance, type Instance } from './instances.ts';
import {
  during,
  missingSaves,
  staleReads,
  startReaders,
  startWriters,
  type Read,
  type ReadableStory,
  type Save,
  type WriterAccount,
} from './load.ts';

/** A database of the run's own on a PostgreSQL server, migrated, with the app's role. */
export interface FleetDatabase {
  /** The owner's address: the instances migrate (nothing to do) and drop to the app's role. */
  readonly url: string;
  /** The owner's connection, for building and checking. */
  readonly db: Db;
  /** Closes the connection and drops the database. */
  drop(): Promise<void>;
}

/** Creates a fresh database on the server at `adminUrl`, migrates it and grants the app's role. */
export async function createFleetDatabase(adminUrl: string): Promise<FleetDatabase> {
  const name = `heard_scale_${randomBytes(4).toString('hex')}`;
  // A connection of its own each time: the server may have been restarted in between.
  const asAdmin = async (statement: ReturnType<typeof sql>): Promise<void> => {
    const admin = await openDatabase({ kind: 'postgres', url: adminUrl });
    try {
      await statement.execute(admin.db);
    } finally {
      await admin.close();
    }
  };
  await asAdmin(sql`create database ${sql.id(name)}`);
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  let owner: DatabaseHandle | undefined;
  const drop = async (): Promise<void> => {
    await owner?.close().catch(() => undefined);
    await asAdmin(sql`drop database if exists ${sql.id(name)} with (force)`);
  };
  try {
    owner = await openDatabase({ kind: 'postgres', url: target.toString() });
    await migrateToLatest(owner.db);
    const role = await ensureAppRole(owner.db, DEFAULT_APP_ROLE, undefined);
    if (!role.ok) throw new Error(`The database user cannot create the ${DEFAULT_APP_ROLE} role.`);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: target.toString(), db: owner.db, drop };
}

/** `count` public stories on one theme (so each page lists others), each title with its own marker. */
export async function publishStories(db: Db, count: number): Promise<ReadableStory[]> {
  const stories: ReadableStory[] = [];
  for (let index = 0; index < count; index += 1) {
    const marker = `Zq${randomBytes(5).toString('hex')}`;
    const made = await makeMarkedStory(db, {
      title: `Story ${marker}`,
      authorName: `Author ${index}`,
      themes: ['Family'],
      photos: false,
    });
    await grantPublic(db, made.storyId, made.author, 1);
    stories.push({ storyId: made.storyId, slug: made.slug, author: made.author, marker });
  }
  return stories;
}

/** `count` writers, each with a draft story of their own and a live session. */
export async function makeWriters(db: Db, count: number): Promise<WriterAccount[]> {
  const accounts: WriterAccount[] = [];
  for (let index = 0; index < count; index += 1) {
    const personId = await makePerson(db, { name: `Writer ${index}` });
    const story = await makeStory(db, [personId], { title: `Draft ${index}` });
    accounts.push({
      personId,
      storyId: story.id,
      cookie: await sessionCookieFor(db, personId),
      latest: 1,
    });
  }
  return accounts;
}

/** Several instances on one database, and the balancer in front of them when asked for. */
export interface Fleet {
  readonly instances: readonly Instance[];
  readonly balancer: Balancer | undefined;
  /** Where people reach the site: the balancer, or else the first instance. */
  readonly publicUrl: string;
  /** The `Origin` a page of ours sends to `instance` (the public address when there is one). */
  originFor(instance: Instance): string;
  /** Stops the balancer and every instance still running (SIGTERM), and removes their folder. */
  stop(): Promise<void>;
}

/**
 * Starts `count` instances on `databaseUrl` at once and, when `balanced`,
 * HAProxy in front: HEARD_PUBLIC_URL is then the balancer's address and the
 * balancer (on loopback) is a trusted proxy, as the README says to set them.
 */
export async function startFleet(options: {
  readonly databaseUrl: string;
  readonly count: number;
  readonly balanced: boolean;
}): Promise<Fleet> {
  const ledgerKey = process.env['HEARD_LEDGER_KEY']?.trim();
  if (!ledgerKey) throw new Error('Set HEARD_LEDGER_KEY: every instance must share the key.');
  const balancerPort = options.balanced ? await freePort() : undefined;
  const publicUrl = balancerPort === undefined ? '' : `http://127.0.0.1:${balancerPort}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'heard-fleet-'));
  const env = {
    DATABASE_URL: options.databaseUrl,
    HEARD_DATA_DIR: dataDir,
    HEARD_LEDGER_KEY: ledgerKey,
    HEARD_PUBLIC_URL: publicUrl,
    HEARD_TRUSTED_PROXIES: options.balanced ? 'loopback' : '',
    // The defaults an operator gets: photos in the database, no mail worker, no CDN.
    HEARD_MEDIA_STORE: '',
    HEARD_S3_BUCKET: '',
    HEARD_PURGE_URL: '',
    SMTP_URL: '',
  };
  const started = await Promise.allSettled(
    Array.from({ length: options.count }, (_, index) => startInstance(`heard${index + 1}`, env)),
  );
  const instances = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  let balancer: Balancer | undefined;
  const stop = async (): Promise<void> => {
    await balancer?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (balancerPort !== undefined) {
      balancer = await startBalancer({
        port: balancerPort,
        servers: instances.map((instance) => ({ name: instance.name, port: instance.port })),
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    instances,
    balancer,
    publicUrl: publicUrl || (instances[0]?.url ?? ''),
    originFor: (instance) => publicUrl || instance.url,
    stop,
  };
}

/** `/readyz` of an instance: its status and whether its listener is connected (0: no answer). */
export async function readiness(url: string): Promise<{ status: number; listener: boolean }> {
  try {
    const response = await fetch(`${url}/readyz`);
    const body = (await response.json()) as { listener?: boolean };
    return { status: response.status, listener: body.listener === true };
  } catch {
    return { status: 0, listener: false };
  }
}

/** The status of one anonymous request for a story page, on `url` (0: no answer). */
export async function pageStatus(url: string, story: ReadableStory): Promise<number> {
  try {
    const response = await fetch(`${url}/stories/${story.slug}`, { redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** The author stops sharing on the website, on the sharing page of `instance`; resolves to its status. */
async function stopSharingThrough(
  fleet: Fleet,
  instance: Instance,
  story: ReadableStory,
  cookie: string,
): Promise<number> {
  const response = await fetch(
    `${instance.url}/my/stories/${story.storyId}/sharing?stop=public_site`,
    {
      method: 'POST',
      headers: { cookie, origin: fleet.originFor(instance) },
      body: new URLSearchParams({ intent: 'stop', scope: 'public_site' }),
      redirect: 'manual',
    },
  );
  await response.arrayBuffer();
  return response.status;
}

/** What `runTakedown` saw. */
export interface TakedownRun {
  readonly reads: readonly Read[];
  readonly stale: ReturnType<typeof staleReads>;
  /** Each withdrawal's answer (303 when it was made). */
  readonly withdrawals: readonly { readonly story: ReadableStory; readonly status: number }[];
  readonly seconds: number;
}

/**
 * Readers on `connections` connections through `readFrom` while the authors
 * of `withdraw` stop sharing one after another on `through`'s sharing page.
 * A withdrawal has committed once its answer arrived; every request that
 * started after that and still showed the story is stale.
 */
export async function runTakedown(options: {
  readonly fleet: Fleet;
  readonly db: Db;
  readonly stories: readonly ReadableStory[];
  readonly withdraw: readonly ReadableStory[];
  readonly through: Instance;
  readonly readFrom: (reader: number) => string;
  readonly connections: number;
  readonly warmUpMs: number;
  readonly pauseMs: number;
  readonly afterMs: number;
}): Promise<TakedownRun> {
  const cookies = new Map<string, string>();
  for (const story of options.withdraw) {
    cookies.set(story.storyId, await sessionCookieFor(options.db, story.author));
  }
  const withdrawnAt = new Map<string, number>();
  const withdrawals: { story: ReadableStory; status: number }[] = [];
  const began = performance.now();
  const readers = startReaders({
    connections: options.connections,
    base: options.readFrom,
    stories: options.stories,
  });
  const { requests: reads } = await during(readers, async () => {
    await sleep(options.warmUpMs);
    for (const story of options.withdraw) {
      const cookie = cookies.get(story.storyId) ?? '';
      const status = await stopSharingThrough(options.fleet, options.through, story, cookie);
      withdrawnAt.set(story.storyId, performance.now());
      withdrawals.push({ story, status });
      await sleep(options.pauseMs);
    }
    await sleep(options.afterMs);
  });
  return {
    reads,
    stale: staleReads(reads, withdrawnAt),
    withdrawals,
    seconds: (performance.now() - began) / 1000,
  };
}

/** What `uploadThroughOne` saw: the upload's answer, then each instance's answer for the photo. */
export interface UploadRun {
  readonly status: number;
  readonly mediaId: string;
  readonly answers: readonly {
    readonly instance: string;
    readonly status: number;
    readonly type: string | null;
    readonly bytes: Buffer;
  }[];
}

/** The writer uploads `photo` into their story on `through`; then every instance is asked for it. */
export async function uploadThroughOne(options: {
  readonly fleet: Fleet;
  readonly through: Instance;
  readonly writer: WriterAccount;
  readonly photo: Buffer;
}): Promise<UploadRun> {
  const { fleet, through, writer } = options;
  const form = new FormData();
  form.append(
    'file',
    new File([new Uint8Array(options.photo)], 'harbour.jpg', { type: 'image/jpeg' }),
  );
  form.append('altText', 'The harbour at dawn');
  const uploaded = await fetch(`${through.url}/api/stories/${writer.storyId}/media`, {
    method: 'POST',
    headers: { cookie: writer.cookie, origin: fleet.originFor(through) },
    body: form,
  });
  const { id } = (await uploaded.json()) as { id?: string };
  const mediaId = id ?? '';
  const answers = [];
  for (const instance of fleet.instances) {
    const response = await fetch(`${instance.url}/media/${mediaId}/large`, {
      headers: { cookie: writer.cookie },
    });
    answers.push({
      instance: instance.name,
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    });
  }
  return { status: uploaded.status, mediaId, answers };
}

/** What `runStop` saw. Times are this process's monotonic clock (ms). */
export interface StopRun {
  readonly reads: readonly Read[];
  readonly saves: readonly Save[];
  /** Acknowledged saves the database does not hold. */
  readonly missing: readonly Save[];
  /** Reads without a 200, saves with neither 200 nor 409 (a save whose answer was lost, kept). */
  readonly failedReads: readonly Read[];
  readonly failedSaves: readonly Save[];
  /** When the signal was sent. */
  readonly stoppedAt: number;
  /** How long the instance took to end after the signal. */
  readonly exitMs: number;
  /** When HAProxy had marked the instance down; undefined if it never did. */
  readonly downAt: number | undefined;
  /** Failed requests that started after the instance was marked down. */
  readonly failedAfterDown: number;
  readonly seconds: number;
}

/**
 * Readers and writers through the balancer; after `beforeStopMs` the `victim`
 * is stopped, with SIGTERM as an orchestrator stops it or with SIGKILL (no
 * graceful stop at all); load goes on until `afterDownMs` after HAProxy
 * marked it down. Then every acknowledged save is looked for.
 */
export async function runStop(options: {
  readonly fleet: Fleet;
  readonly db: Db;
  readonly stories: readonly ReadableStory[];
  readonly writers: readonly WriterAccount[];
  readonly readConnections: number;
  readonly victim: Instance;
  readonly signal: 'SIGTERM' | 'SIGKILL';
  readonly beforeStopMs: number;
  readonly afterDownMs: number;
}): Promise<StopRun> {
  const { fleet, victim } = options;
  const balancer = fleet.balancer;
  if (!balancer) throw new Error('Stopping an instance under load needs the balancer in front.');
  const began = performance.now();
  const readers = startReaders({
    connections: options.readConnections,
    base: () => balancer.url,
    stories: options.stories,
  });
  const writers = startWriters({
    base: balancer.url,
    origin: fleet.publicUrl,
    accounts: options.writers,
  });
  const {
    requests: reads,
    result: { requests: saves, result: times },
  } = await during(readers, () =>
    during(writers, async () => {
      await sleep(options.beforeStopMs);
      const stoppedAt = performance.now();
      const ended = (options.signal === 'SIGKILL' ? victim.kill() : victim.stop()).then(
        () => performance.now() - stoppedAt,
      );
      let downAt: number | undefined;
      while (downAt === undefined && performance.now() - stoppedAt < 15_000) {
        const status = (await balancer.serverStatus()).get(victim.name) ?? '';
        if (status.startsWith('DOWN')) downAt = performance.now();
        else await sleep(20);
      }
      const exitMs = await ended;
      await sleep(options.afterDownMs);
      return { stoppedAt, exitMs, downAt };
    }),
  );
  const failedReads = reads.filter((read) => read.status !== 200);
  const failedSaves = saves.filter((save) => save.status !== 200 && save.status !== 409);
  const after = (startedAt: number): boolean =>
    times.downAt !== undefined && startedAt > times.downAt;
  return {
    ...times,
    reads,
    saves,
    missing: await missingSaves(options.db, saves),
    failedReads,
    failedSaves,
    failedAfterDown:
      failedReads.filter((read) => after(read.startedAt)).length +
      failedSaves.filter((save) => after(save.startedAt)).length,
    seconds: (performance.now() - began) / 1000,
  };
}
