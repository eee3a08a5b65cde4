/**
 * Instances living through their database server restarting under load
 * (`pg_ctl restart -m fast` cuts every connection, LISTEN included), in two
 * rounds, readers on every instance all along:
 *
 * 1. As it comes: the server restarts and the instances reconnect by
 *    themselves. A story is withdrawn the moment the server is back (before
 *    the instances listen again, when we are quicker than they are), another
 *    once they are ready.
 * 2. Held off: the app's role may not connect for a while after the restart,
 *    so a story is certainly withdrawn while no instance is listening; then
 *    the role may connect again and the instances must find their own way back.
 *
 * Each withdrawal must show on each instance's very next request, and no read
 * that started after a withdrawal committed may show the story.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '#src/server/platform/db.ts';
import { DEFAULT_APP_ROLE } from '#src/server/platform/app-role.ts';
import { withdrawPublic } from './published.ts';
import type { Instance } from './instances.ts';
import { during, staleReads, startReaders, type Read, type ReadableStory } from './load.ts';
import { pageStatus, readiness } from './scale-out.ts';

/** One round: times in ms from the restart command (or, held off, from access given back). */
export interface Outage {
  /** How long `pg_ctl restart -m fast` took, until the server accepted connections again. */
  readonly restartMs: number;
  /** When each instance's `/readyz` answered 200 again. */
  readonly readyMs: readonly number[];
  /** How many instances reported their listener down just after the withdrawal committed. */
  readonly listenersDownAtWithdrawal: number;
  /** Each instance's next answer for the story withdrawn while they were cut off. */
  readonly nextAfterWithdrawal: readonly number[];
  /** Each instance's answer for that story once it was ready again. */
  readonly cutStoryWhenReady: readonly number[];
  /** Each instance's next answer for a story withdrawn once they were ready again. */
  readonly nextWhenReady: readonly number[];
  /** LISTEN connections on the database once they were ready (one per instance). */
  readonly listening: number;
}

/** What `runDatabaseRestart` saw. */
export interface RestartRun {
  readonly asItComes: Outage;
  readonly heldOff: Outage;
  readonly reads: readonly Read[];
  readonly stale: ReturnType<typeof staleReads>;
  /** Reads answered neither 200 nor 410 (a withdrawn story), or not at all. */
  readonly failedReads: number;
  /** Of those, the ones an instance was asked when it was not cut off (its status, when it started). */
  readonly failedWhenReady: readonly string[];
}

/** The stories each round withdraws. */
export interface RestartStories {
  readonly whileDown: ReadableStory;
  readonly whenReady: ReadableStory;
  readonly whileHeldOff: ReadableStory;
  readonly whenReadyAgain: ReadableStory;
}

export async function runDatabaseRestart(options: {
  readonly instances: readonly Instance[];
  /** The database the instances use, as its owner (a superuser: it may always connect). */
  readonly databaseUrl: string;
  readonly restart: () => Promise<void>;
  readonly stories: readonly ReadableStory[];
  readonly withdraw: RestartStories;
  readonly connections: number;
  readonly warmUpMs: number;
  readonly heldOffMs: number;
  readonly afterMs: number;
}): Promise<RestartRun> {
  const { instances, withdraw } = options;
  const withdrawnAt = new Map<string, number>();
  // When each instance was cut off and when it was ready again, per round.
  const outages: { from: number; readyAt: readonly number[] }[] = [];

  const withdrawNow = async (db: DatabaseHandle, story: ReadableStory): Promise<void> => {
    await withdrawPublic(db.db, story.storyId, story.author);
    withdrawnAt.set(story.storyId, performance.now());
  };
  const nextAnswers = (story: ReadableStory) =>
    Promise.all(instances.map((one) => pageStatus(one.url, story)));
  const readyAgain = (since: number) =>
    Promise.all(
      instances.map(async (one) => {
        while (performance.now() - since < 60_000) {
          if ((await readiness(one.url)).status === 200) break;
          await sleep(25);
        }
        return performance.now();
      }),
    );

  /** One restart; with `holdOffMs`, the app's role may not connect for that long after it. */
  const round = async (
    whileCut: ReadableStory,
    whenReady: ReadableStory,
    holdOffMs: number | undefined,
  ): Promise<Outage> => {
    const from = performance.now();
    if (holdOffMs !== undefined) await allowAppRole(options.databaseUrl, false);
    await options.restart();
    const restartMs = performance.now() - from;
    const db = await openDatabase({ kind: 'postgres', url: options.databaseUrl });
    try {
      await withdrawNow(db, whileCut);
      const atWithdrawal = await Promise.all(instances.map((one) => readiness(one.url)));
      const nextAfterWithdrawal = await nextAnswers(whileCut);
      let since = from;
      if (holdOffMs !== undefined) {
        await sleep(holdOffMs);
        await allowAppRole(options.databaseUrl, true);
        since = performance.now();
      }
      const readyAt = await readyAgain(since);
      outages.push({ from, readyAt });
      const cutStoryWhenReady = await nextAnswers(whileCut);
      const listening = await sql<{ count: number }>`
        select count(*)::int as count from pg_stat_activity
        where datname = current_database() and query ilike 'listen %'`.execute(db.db);
      await withdrawNow(db, whenReady);
      return {
        restartMs,
        readyMs: readyAt.map((at) => at - since),
        listenersDownAtWithdrawal: atWithdrawal.filter((state) => !state.listener).length,
        nextAfterWithdrawal,
        cutStoryWhenReady,
        nextWhenReady: await nextAnswers(whenReady),
        listening: listening.rows[0]?.count ?? 0,
      };
    } finally {
      await db.close();
    }
  };

  const readers = startReaders({
    connections: options.connections,
    base: (reader) => instances[reader % instances.length]?.url ?? '',
    stories: options.stories,
  });
  const { requests: reads, result } = await during(readers, async () => {
    await sleep(options.warmUpMs);
    const asItComes = await round(withdraw.whileDown, withdraw.whenReady, undefined);
    await sleep(options.afterMs);
    const heldOff = await round(withdraw.whileHeldOff, withdraw.whenReadyAgain, options.heldOffMs);
    await sleep(options.afterMs);
    return { asItComes, heldOff };
  });
  // 410 is the right answer for a withdrawn story; anything else but 200 failed.
  const failed = reads.filter((read) => read.status !== 200 && read.status !== 410);
  // In flight at any moment from the restart until that instance was ready again.
  const cutOff = (read: Read): boolean => {
    const index = instances.findIndex((one) => one.url === read.instance);
    return outages.some(
      (outage) =>
        read.endedAt >= outage.from &&
        read.startedAt <= (outage.readyAt[index] ?? Number.POSITIVE_INFINITY),
    );
  };
  return {
    ...result,
    reads,
    stale: staleReads(reads, withdrawnAt),
    failedReads: failed.length,
    failedWhenReady: failed
      .filter((read) => !cutOff(read))
      .map((read) => `${read.status} from ${read.instance} at ${read.startedAt.toFixed(0)} ms`),
  };
}

/** Lets the app's role connect to the database again, or not (those connected stay connected). */
async function allowAppRole(ownerUrl: string, allowed: boolean): Promise<void> {
  const owner = await openDatabase({ kind: 'postgres', url: ownerUrl });
  try {
    const database = sql.id(decodeURIComponent(new URL(ownerUrl).pathname.slice(1)));
    const role = sql.id(DEFAULT_APP_ROLE);
    await (
      allowed
        ? sql`grant connect on database ${database} to public, ${role}`
        : sql`revoke connect on database ${database} from public, ${role}`
    ).execute(owner.db);
  } finally {
    await owner.close();
  }
}
