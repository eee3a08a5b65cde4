/**
 * Several instances behind a load balancer, and a database restart, measured
 * (README "Running several instances"; tests/integration/scale-out.test.ts
 * holds the same scenarios to account). Three instances of the built app
 * (`node scripts/serve.ts`) share one PostgreSQL database behind HAProxy,
 * configured as the README says:
 *
 * - public story pages read on 50 connections through HAProxy, against one
 *   instance read directly on the same 50 connections (the baseline, in the
 *   same run);
 * - stories withdrawn through one instance while readers come through
 *   HAProxy: stale responses (a page shown by a request that started after
 *   its withdrawal committed);
 * - a photo uploaded to one instance, read from the others;
 * - one instance stopped with SIGTERM, then another killed with SIGKILL,
 *   while people read and save: failed requests, how soon HAProxy marked it
 *   down, acknowledged saves lost;
 * - on a PostgreSQL server of its own, two instances while the server
 *   restarts: how soon they are ready again, as it comes and when the app's
 *   role is held off for a while (a story withdrawn meanwhile).
 *
 * Prints the figures and appends them to bench/RESULTS.md; exits 1 if any
 * response was stale or an acknowledged save was lost.
 *
 *   npm run build && npm run bench:scale-out
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), where it creates its own
 * database and drops it afterwards, and `haproxy` on PATH. The restart needs
 * the PostgreSQL server programs (initdb, pg_ctl; run as the postgres user
 * when this is root); without them that part is left out, and says so.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { makePhoto } from '../tests/fixtures/images/make-images.ts';
import { runDatabaseRestart, type Outage } from '../tests/integration/support/database-restart.ts';
import { findHaproxy } from '../tests/integration/support/haproxy.ts';
import {
  countByInstance,
  during,
  startReaders,
  type ReadableStory,
} from '../tests/integration/support/load.ts';
import {
  findPostgresPrograms,
  startPrivateCluster,
} from '../tests/integration/support/private-postgres.ts';
import {
  createFleetDatabase,
  makeWriters,
  publishStories,
  runStop,
  runTakedown,
  startFleet,
  uploadThroughOne,
  type StopRun,
} from '../tests/integration/support/scale-out.ts';
import type { Instance } from '../tests/integration/support/instances.ts';

// The ledger is keyed with a secret the app never keeps in the database; this run makes its own.
process.env['HEARD_LEDGER_KEY'] ??= randomBytes(32).toString('hex');

const ADMIN_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = 50;
const WARM_UP_MS = 2_000;
const MEASURE_MS = 8_000;
const STORIES = 40;
const WITHDRAWN = 10;
const WRITERS = 8;

interface Throughput {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
  readonly byInstance: { readonly [instance: string]: number };
}

/** Story pages read on `CONNECTIONS` connections from `base` for `MEASURE_MS`, after a warm-up. */
async function measureReads(base: string, stories: readonly ReadableStory[]): Promise<Throughput> {
  await during(startReaders({ connections: CONNECTIONS, base: () => base, stories }), () =>
    sleep(WARM_UP_MS),
  );
  const began = performance.now();
  const { requests } = await during(
    startReaders({ connections: CONNECTIONS, base: () => base, stories }),
    () => sleep(MEASURE_MS),
  );
  const seconds = (performance.now() - began) / 1000;
  const times = requests.map((read) => read.endedAt - read.startedAt).sort((a, b) => a - b);
  const at = (share: number): number => times[Math.floor(share * (times.length - 1))] ?? 0;
  return {
    requests: requests.length,
    perSecond: requests.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    failed: requests.filter((read) => read.status !== 200).length,
    byInstance: countByInstance(requests),
  };
}

const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(0)} ms`;
const list = (values: readonly number[]): string => values.map((value) => ms(value)).join(', ');
const shares = (counts: { readonly [instance: string]: number }): string =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([instance, count]) => `${instance} ${count}`)
    .join(', ');

/** One instance stopped under load, in a sentence. */
function describeStop(run: StopRun): string {
  const acknowledged = run.saves.filter((save) => save.status === 200).length;
  const failures = [...run.failedReads, ...run.failedSaves];
  const lastFailure = Math.max(...failures.map((request) => request.endedAt));
  return (
    `${run.reads.length} reads, ${run.saves.length} saves (${acknowledged} acknowledged) in ${run.seconds.toFixed(1)} s; ` +
    `ended after ${ms(run.exitMs)}, marked down after ${ms((run.downAt ?? Number.NaN) - run.stoppedAt)}; ` +
    `${failures.length} failed (${run.failedReads.length} reads, ${run.failedSaves.length} saves)` +
    `${failures.length > 0 ? `, the last ending ${ms(lastFailure - run.stoppedAt)} after the signal` : ''}; ` +
    `${run.failedAfterDown} failed after it was marked down; **${run.missing.length} acknowledged saves lost**`
  );
}

/** The balanced part: three instances behind HAProxy. Returns the table's rows. */
async function balanced(): Promise<{ rows: string[][]; failed: boolean }> {
  const database = await createFleetDatabase(ADMIN_URL);
  try {
    const stories = await publishStories(database.db, STORIES);
    const writers = await makeWriters(database.db, WRITERS);
    const fleet = await startFleet({ databaseUrl: database.url, count: 3, balanced: true });
    try {
      const [first, second, third] = fleet.instances;
      const balancer = fleet.balancer?.url ?? '';
      if (!first || !second || !third || !writers[0]) {
        throw new Error('The instances did not start.');
      }
      console.log('Reading one instance directly (the baseline), then through HAProxy…');
      const direct = await measureReads(first.url, stories);
      const through = await measureReads(balancer, stories);

      console.log('Withdrawing stories through one instance while reading through HAProxy…');
      const takedown = await runTakedown({
        fleet,
        db: database.db,
        stories,
        withdraw: stories.slice(0, WITHDRAWN),
        through: first,
        readFrom: () => balancer,
        connections: CONNECTIONS,
        warmUpMs: 1000,
        pauseMs: 200,
        afterMs: 1000,
      });

      console.log('Uploading a photo to one instance and reading it from the others…');
      const upload = await uploadThroughOne({
        fleet,
        through: first,
        writer: writers[0],
        photo: await makePhoto(1600, 1200, 'jpeg', { noise: true }),
      });
      const [own, ...elsewhere] = upload.answers;
      const sameBytes =
        own !== undefined &&
        elsewhere.every((answer) => answer.status === 200 && answer.bytes.equals(own.bytes));

      const stopUnderLoad = (victim: Instance, signal: 'SIGTERM' | 'SIGKILL') =>
        runStop({
          fleet,
          db: database.db,
          stories: stories.slice(WITHDRAWN),
          writers,
          readConnections: CONNECTIONS - WRITERS,
          victim,
          signal,
          beforeStopMs: 3000,
          afterDownMs: 3000,
        });
      console.log('Stopping one instance with SIGTERM while reading and saving through HAProxy…');
      const term = await stopUnderLoad(second, 'SIGTERM');
      console.log('Killing another with SIGKILL while reading and saving through HAProxy…');
      const kill = await stopUnderLoad(third, 'SIGKILL');

      const stale = takedown.stale.length;
      return {
        failed: stale > 0 || term.missing.length > 0 || kill.missing.length > 0,
        rows: [
          [
            `one instance directly (baseline), ${CONNECTIONS} connections, ${MEASURE_MS / 1000} s`,
            `${direct.requests} requests, ${direct.perSecond.toFixed(0)} req/s, p50 ${ms(direct.p50)}, p99 ${ms(direct.p99)}, ${direct.failed} failed`,
          ],
          [
            `three instances through HAProxy, same load`,
            `${through.requests} requests, ${through.perSecond.toFixed(0)} req/s (×${(through.perSecond / direct.perSecond).toFixed(2)}), ` +
              `p50 ${ms(through.p50)}, p99 ${ms(through.p99)}, ${through.failed} failed; by instance: ${shares(through.byInstance)}`,
          ],
          [
            `${WITHDRAWN} of ${STORIES} stories withdrawn through one instance, read through HAProxy`,
            `${takedown.reads.length} reads in ${takedown.seconds.toFixed(1)} s (${shares(countByInstance(takedown.reads))}); ` +
              `**${stale} stale**; ${takedown.reads.filter((read) => read.status !== 200 && read.status !== 410).length} failed`,
          ],
          [
            'photo uploaded to one instance, read from the other two',
            `upload ${upload.status}; others ${elsewhere.map((answer) => answer.status).join(', ')}, ` +
              `${sameBytes ? 'the same bytes' : 'DIFFERENT BYTES'} (${own?.bytes.length ?? 0} bytes)`,
          ],
          [
            `one of three stopped with SIGTERM under ${CONNECTIONS - WRITERS} readers and ${WRITERS} writers`,
            describeStop(term),
          ],
          [`another killed with SIGKILL under the same load`, describeStop(kill)],
        ],
      };
    } finally {
      await fleet.stop();
    }
  } finally {
    await database.drop();
  }
}

/** The restart part: two instances on a PostgreSQL server of their own. */
async function restarted(): Promise<{ rows: string[][]; failed: boolean }> {
  const cluster = await startPrivateCluster();
  try {
    const database = await createFleetDatabase(cluster.url);
    const stories = await publishStories(database.db, 12);
    const fleet = await startFleet({ databaseUrl: database.url, count: 2, balanced: false });
    try {
      const [whileDown, whenReady, whileHeldOff, whenReadyAgain] = stories;
      if (!whileDown || !whenReady || !whileHeldOff || !whenReadyAgain)
        throw new Error('No stories.');
      console.log('Restarting the database server under two instances…');
      const run = await runDatabaseRestart({
        instances: fleet.instances,
        databaseUrl: database.url,
        restart: () => cluster.restart(),
        stories,
        withdraw: { whileDown, whenReady, whileHeldOff, whenReadyAgain },
        connections: 20,
        warmUpMs: 2000,
        heldOffMs: 3000,
        afterMs: 2000,
      });
      const describe = (outage: Outage): string =>
        `ready after ${list(outage.readyMs)}; ${outage.listenersDownAtWithdrawal} of ${fleet.instances.length} ` +
        `not listening when a story was withdrawn; next answers ${outage.nextAfterWithdrawal.join(', ')} ` +
        `then ${outage.cutStoryWhenReady.join(', ')} once ready; LISTEN connections after: ${outage.listening}`;
      return {
        failed: run.stale.length > 0,
        rows: [
          [
            'database restart (`pg_ctl restart -m fast`) under 20 readers on two instances',
            `server back after ${ms(run.asItComes.restartMs)}; instances ${describe(run.asItComes)}`,
          ],
          [
            'the same, the app role kept out for 3 s after it',
            `instances ${describe(run.heldOff)} (times from access given back)`,
          ],
          [
            'reads across both restarts',
            `${run.reads.length} reads; **${run.stale.length} stale**; ${run.failedReads} failed while cut off, ` +
              `${run.failedWhenReady.length} once ready`,
          ],
        ],
      };
    } finally {
      await fleet.stop();
      await database.drop().catch(() => undefined);
    }
  } finally {
    await cluster.stop();
  }
}

if (!existsSync('dist/server/entry.mjs')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const haproxy = findHaproxy();
if (!haproxy) {
  console.error('haproxy is not installed (apt-get install haproxy).');
  process.exit(1);
}
const haproxyVersion =
  /version (\S+)/.exec(spawnSync(haproxy, ['-v'], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, HAProxy ${haproxyVersion}`;
const startedLoad = loadavg()[0] ?? 0;

const results = [await balanced()];
if (await findPostgresPrograms()) results.push(await restarted());
else
  console.warn('No PostgreSQL server programs (initdb, pg_ctl): the database restart is left out.');

const rows = results.flatMap((result) => result.rows);
const table = [
  '| scenario | figures |',
  '| --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];
console.log(`\n${table.join('\n')}`);
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
appendFileSync(
  'bench/RESULTS.md',
  `\n## scale-out — ${when} UTC (${machine})\n\n` +
    'Three instances of the built app on one PostgreSQL database behind HAProxy (configured as the ' +
    'README\'s "Running several instances" says: round robin, `/readyz` checked every 200 ms, two ' +
    'failures to mark one down, a GET retried elsewhere). The instances, HAProxy, PostgreSQL and the ' +
    `load generator share this machine's ${cpus().length} CPUs (load average ${startedLoad.toFixed(1)} ` +
    'at the start), so the throughput ratio shows what the balancer costs here, not what more ' +
    'machines would add. Stale: a page shown by a request that started after its withdrawal had ' +
    'committed.\n\n' +
    `${table.join('\n')}\n`,
);
if (results.some((result) => result.failed)) process.exitCode = 1;
