/**
 * Throughput of the public story page: the app served
 * by `createHeardServer` on PostgreSQL — fast path with shared consent reads
 * (the default), fast path with one read per request, and fast path off —
 * against a plain `node:http` server sending the same bytes from memory (the
 * baseline, measured in the same run). 50 connections for 10 seconds each,
 * after a warm-up. Prints the figures and appends them to bench/RESULTS.md.
 *
 *   npm run build && node bench/story-page.ts
 *   npm run build && node bench/story-page.ts --before c7096bf
 *
 * With `--before REV`, the same page is also measured on an earlier revision
 * of the app (checked out into a temporary git worktree and built there), in
 * the same run and against the same baseline, so a change's effect on the read
 * path is measured rather than remembered.
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * it creates its own database and drops it afterwards.
 *
 * Each server runs in a child process of its own (this file, started with
 * `--child`), so the load generator here never shares an event loop with the
 * server it measures, and the baseline is measured exactly the same way.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';

// The ledger is keyed with a secret the app never keeps in the database; this run makes its own.
process.env['HEARD_LEDGER_KEY'] ??= randomBytes(32).toString('hex');

const ADMIN_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 3;

/** The app's configurations measured. */
type AppRole = 'fast' | 'fast-unshared' | 'astro';

/** What a child server tells its parent. */
type ChildMessage =
  | { readonly kind: 'listening'; readonly port: number }
  | { readonly kind: 'stats'; readonly hits: number; readonly stores: number };

/** What the parent tells a child server. */
type ParentMessage =
  | { readonly kind: 'stats' }
  | {
      readonly kind: 'serve';
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: string;
    };

if (process.argv[2] === '--child') await runChild(process.argv[3] ?? '');
else await runBenchmark();

/** A child process: the app (fast path on or off) or the plain baseline server. */
async function runChild(role: string): Promise<void> {
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  if (role === 'plain') {
    const page = await new Promise<Extract<ParentMessage, { kind: 'serve' }>>((done) => {
      process.once('message', (message: ParentMessage) => {
        if (message.kind === 'serve') done(message);
      });
    });
    const body = Buffer.from(page.body, 'base64');
    const headers: OutgoingHttpHeaders = { ...page.headers, 'content-length': body.length };
    const server = createServer((_req, res) => {
      res.writeHead(page.status, headers);
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') send({ kind: 'listening', port: address.port });
    });
    return;
  }
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  process.env['ASTRO_NODE_LOGGING'] = 'disabled';
  const { createHeardServer } = await import('#src/server/http/server.ts');
  const { storyCache: pageCache } = await import('#src/server/publishing/story-cache.ts');
  const { getDatabase } = await import('#src/server/platform/db.ts');
  await getDatabase();
  const entry = (await import(
    pathToFileURL(resolve('dist/server/entry.mjs')).href
  )) as import('#src/server/http/server.ts').AstroEntry;
  const server = createHeardServer(entry, {
    fastPath: role !== 'astro',
    shareLookups: role !== 'fast-unshared',
  });
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'stats') {
      send({ kind: 'stats', hits: pageCache.hits, stores: pageCache.stores });
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') send({ kind: 'listening', port: address.port });
  });
}

interface Measured {
  readonly label: string;
  readonly warmUpTotal: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly total: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function measure(label: string, url: string): Promise<Measured> {
  const warm = await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_S });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    label,
    warmUpTotal: warm.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

interface Child {
  readonly process: ChildProcess;
  readonly port: number;
  request(message: ParentMessage): void;
  nextMessage(): Promise<ChildMessage>;
  stop(): Promise<void>;
}

async function startChild(
  role: AppRole | 'plain',
  env: NodeJS.ProcessEnv,
  appDir?: string,
): Promise<Child> {
  const script = appDir ? join(appDir, 'bench', 'story-page.ts') : fileURLToPath(import.meta.url);
  const child = fork(script, ['--child', role], {
    env,
    ...(appDir ? { cwd: appDir } : {}),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: ChildMessage[] = [];
  const waiting: ((message: ChildMessage) => void)[] = [];
  child.on('message', (message: ChildMessage) => {
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const nextMessage = (): Promise<ChildMessage> =>
    new Promise((done, fail) => {
      const queued = messages.shift();
      if (queued) return done(queued);
      waiting.push(done);
      child.once('exit', (code) => fail(new Error(`The ${role} server exited (${code}).`)));
    });
  const request = (message: ParentMessage): void => {
    child.send(message);
  };
  if (role === 'plain') return { process: child, port: 0, request, nextMessage, stop };
  const listening = await nextMessage();
  if (listening.kind !== 'listening') throw new Error('The server did not start.');
  return { process: child, port: listening.port, request, nextMessage, stop };

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * An earlier revision of the app, checked out beside this one and built, for
 * `--before REV`; its own bench/story-page.ts serves as the child there (the
 * child protocol has not changed). Removed again by `remove`.
 */
function checkOutBefore(revision: string): {
  readonly dir: string;
  /** The names of the migrations that revision has. */
  readonly migrations: readonly string[];
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'heard-before-'));
  const run = (command: string, args: readonly string[], cwd: string) => {
    const done = spawnSync(command, args, { cwd, stdio: 'inherit' });
    if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}.`);
  };
  run('git', ['worktree', 'add', '--detach', dir, revision], process.cwd());
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  run('npx', ['astro', 'build'], dir);
  const listed = spawnSync('git', ['ls-tree', '-r', '--name-only', revision], {
    encoding: 'utf8',
  });
  const migrations = listed.stdout
    .split('\n')
    .filter((path) => /migrations\/\d{4}_[^/]+\.ts$/.test(path))
    .map((path) => path.replace(/^.*\//, '').replace(/\.ts$/, ''));
  return {
    dir,
    migrations,
    remove() {
      spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'inherit' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The CPU time (user and system, in seconds) a process has used, from
 * /proc/<pid>/stat: what one server spends on its responses, whatever else
 * the machine is doing (throughput on a shared machine is not).
 */
function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces) in parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  // Linux's USER_HZ: /proc counts CPU time in hundredths of a second.
  return ticks / 100;
}

async function runBenchmark(): Promise<void> {
  if (!existsSync('dist/server/entry.mjs')) {
    console.error('No build found: run `npm run build` first.');
    process.exit(1);
  }
  const beforeAt = process.argv.indexOf('--before');
  const beforeRevision = beforeAt >= 0 ? process.argv[beforeAt + 1] : undefined;
  const before = beforeRevision ? checkOutBefore(beforeRevision) : undefined;
  const { openDatabase } = await import('#src/server/platform/db.ts');
  const { migrateToLatest } = await import('#src/server/platform/migrate.ts');
  const admin = await openDatabase({ kind: 'postgres', url: ADMIN_URL });
  const name = `heard_bench_${randomBytes(4).toString('hex')}`;
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const target = new URL(ADMIN_URL);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  const children: Child[] = [];
  try {
    const handle = await openDatabase({ kind: 'postgres', url: databaseUrl });
    let slug: string;
    try {
      await migrateToLatest(handle.db);
      slug = await seedStory(handle.db);
    } finally {
      await handle.close();
    }
    // The earlier revision gets a copy of the same database, with the record of
    // the migrations it does not know taken out: their tables stay, unused by
    // it, and its own migrator finds nothing to do.
    const beforeName = `${name}_before`;
    const beforeTarget = new URL(target);
    beforeTarget.pathname = `/${beforeName}`;
    if (before) {
      await sql`create database ${sql.id(beforeName)} template ${sql.id(name)}`.execute(admin.db);
      const copy = await openDatabase({ kind: 'postgres', url: beforeTarget.toString() });
      try {
        await sql`delete from kysely_migration where not (name = any(${before.migrations}))`.execute(
          copy.db,
        );
      } finally {
        await copy.close();
      }
    }
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HEARD_DATA_DIR: dataDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const path = `/stories/${slug}`;

    // The page as readers get it, for the baseline to send byte for byte.
    const first = await startChild('fast', env);
    children.push(first);
    const page = await fetch(`http://127.0.0.1:${first.port}${path}`);
    const body = Buffer.from(await page.arrayBuffer());
    if (page.status !== 200) throw new Error(`The story page answered ${page.status}.`);
    await first.stop();
    const headers: Record<string, string> = {};
    const framing = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];
    for (const [header, value] of page.headers) {
      if (!framing.includes(header)) headers[header] = value;
    }

    const plain = await startChild('plain', env);
    children.push(plain);
    plain.request({ kind: 'serve', status: 200, headers, body: body.toString('base64') });
    const plainListening = await plain.nextMessage();
    if (plainListening.kind !== 'listening') throw new Error('The plain server did not start.');
    const plainResult = await measure(
      'plain node:http, same bytes from memory',
      `http://127.0.0.1:${plainListening.port}${path}`,
    );
    await plain.stop();

    const statements = async (database: string): Promise<number> => {
      // PostgreSQL publishes a backend's counts when it goes idle, within a second.
      await sleep(1500);
      const row = await sql<{ count: number }>`
        select xact_commit as count from pg_stat_database where datname = ${database}`.execute(
        admin.db,
      );
      return Number(row.rows[0]?.count ?? 0);
    };
    const runApp = async (role: AppRole, label: string, appDir?: string) => {
      const database = appDir ? beforeName : name;
      const appEnv = appDir ? { ...env, DATABASE_URL: beforeTarget.toString() } : env;
      const app = await startChild(role, appEnv, appDir);
      children.push(app);
      const before = await statements(database);
      const cpuBefore = cpuSecondsOf(app.process.pid);
      const result = await measure(label, `http://127.0.0.1:${app.port}${path}`);
      const cpu = cpuSecondsOf(app.process.pid) - cpuBefore;
      const used = (await statements(database)) - before;
      app.request({ kind: 'stats' });
      const stats = await app.nextMessage();
      await app.stop();
      const served = result.warmUpTotal + result.total;
      return {
        ...result,
        cpuMicrosPerResponse: (cpu * 1e6) / served,
        note:
          `${((cpu * 1e6) / served).toFixed(0)} µs of the server's CPU per response, ` +
          `${(used / served).toFixed(2)} database statements per response` +
          (role === 'astro'
            ? ''
            : `, ${stats.kind === 'stats' ? stats.hits : 0} pages served from memory ` +
              `(autocannon counted ${served} responses, warm-up included)`),
      };
    };
    const loadBefore = loadavg()[0] ?? 0;
    // With --before, the two revisions take turns, mode by mode, so a change
    // in what else the machine is doing falls on both alike.
    const modes = [
      ['fast', 'fast path on (concurrent reads of a story shared)', 'fast path on, shared reads'],
      ['fast-unshared', 'fast path on, one read per request', 'one read per request'],
      ['astro', 'fast path off (Astro renders every request)', 'fast path off'],
    ] as const;
    const current: Awaited<ReturnType<typeof runApp>>[] = [];
    const earlier: Awaited<ReturnType<typeof runApp>>[] = [];
    for (const [role, label, short] of modes) {
      current.push(await runApp(role, label));
      if (before)
        earlier.push(await runApp(role, `before (${beforeRevision}): ${short}`, before.dir));
    }
    const [shared, unshared, astro] = current as [
      (typeof current)[number],
      (typeof current)[number],
      (typeof current)[number],
    ];

    const ratio = (result: Measured) => result.requestsPerSecond / plainResult.requestsPerSecond;
    const line = (result: Measured & { readonly note?: string }) =>
      `${result.label}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms` +
      (result === plainResult ? '' : `, ratio ${ratio(result).toFixed(2)}`) +
      (result.non2xx || result.errors
        ? ` (${result.non2xx} non-2xx, ${result.errors} errors)`
        : '') +
      (result.note ? ` — ${result.note}` : '');
    const verdict = (result: Measured) =>
      `ratio ≥ 0.25 ${ratio(result) >= 0.25 ? 'met' : 'NOT met'}, p99 < 25 ms ${result.p99 < 25 ? 'met' : 'NOT met'}`;
    const lines = [
      `Page: ${path} (${(body.length / 1024).toFixed(1)} KB of HTML; one published story with one theme ` +
        `and a photo; a consent read is its publication and its related stories, 2 statements)`,
      line(plainResult),
      line(shared),
      line(unshared),
      line(astro),
      ...earlier.map(line),
      ...(earlier.length === current.length
        ? [
            `Server CPU per response, this revision against ${beforeRevision}: ` +
              current
                .map(
                  (now, index) =>
                    `${modes[index]?.[2] ?? ''} ${now.cpuMicrosPerResponse.toFixed(0)} µs against ` +
                    `${earlier[index]?.cpuMicrosPerResponse.toFixed(0) ?? '?'} µs ` +
                    `(×${(now.cpuMicrosPerResponse / (earlier[index]?.cpuMicrosPerResponse ?? 1)).toFixed(2)})`,
                )
                .join('; '),
          ]
        : []),
      `Targets, fast path with shared reads: ${verdict(shared)}; with one read per request: ${verdict(unshared)}`,
      `Machine load (1-minute average) ${loadBefore.toFixed(1)} before the app runs, ` +
        `${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cpus().length} cores shared with PostgreSQL ` +
        `and the load generator; other work on the machine shows up in the tails`,
    ];
    console.log(lines.join('\n'));
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
    appendFileSync(
      'bench/RESULTS.md',
      `\n## story-page — ${new Date().toISOString().slice(0, 10)} (${machine}, PostgreSQL, ` +
        `${CONNECTIONS} connections × ${DURATION_S} s after ${WARM_UP_S} s warm-up)\n\n` +
        `${lines.map((text) => `- ${text}`).join('\n')}\n`,
    );
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await sql`drop database if exists ${sql.id(`${name}_before`)} with (force)`.execute(admin.db);
    await admin.close();
    rmSync(dataDir, { recursive: true, force: true });
    before?.remove();
  }
}

/** One published story, through the repositories as the tests make them; returns its slug. */
async function seedStory(db: import('#src/server/platform/db.ts').Db): Promise<string> {
  const { makePerson } = await import('../tests/integration/support/fixtures.ts');
  const { makePhoto } = await import('../tests/fixtures/images/make-images.ts');
  const { countWords } = await import('#src/domain/words.ts');
  const { validateEditorState } = await import('#src/editor/validate.ts');
  const { createDatabaseMediaStore } = await import('#src/server/media/database-store.ts');
  const { storeUploadedPhoto } = await import('#src/server/media/photos.ts');
  const { appendConsentEvent } = await import('#src/server/consent/consent.repository.ts');
  const { insertRevision, insertStory } = await import('#src/server/writing/stories.repository.ts');

  const author = await makePerson(db, { name: 'Margaret Ellis' });
  const story = await insertStory(db, {
    title: 'The harbour at the end of our street',
    kind: 'life_story',
    authorIds: [author],
    themes: ['Family'],
    now: new Date(),
  });
  const photo = await storeUploadedPhoto(db, createDatabaseMediaStore(db), {
    storyId: story.id,
    uploadedBy: author,
    bytes: await makePhoto(640, 480, 'jpeg'),
    altText: 'The harbour at dawn',
    showsIdentifiablePeople: false,
  });
  if (!photo.ok) throw new Error(photo.message);
  // About 900 words: a typical life story.
  const paragraph =
    'We lived three doors from the harbour, and every morning my father walked down to see ' +
    'which boats had come in. I went with him when I could, before school, and he told me the ' +
    'name of every boat and who had built it, and which ones had been lost, and when. ';
  const state = {
    root: {
      type: 'root',
      children: [
        ...Array.from({ length: 6 }, (_, index) => ({
          type: 'paragraph',
          children: [
            { type: 'text', text: paragraph.repeat(3) },
            ...(index === 0
              ? [
                  {
                    type: 'sensitive-detail',
                    detailKind: 'place',
                    replacement: 'a town in Wales',
                    children: [{ type: 'text', text: 'Aberystwyth' }],
                  },
                ]
              : []),
          ],
        })),
        {
          type: 'photo',
          mediaId: photo.media.id,
          altText: 'The harbour at dawn',
          showsIdentifiablePeople: false,
        },
      ],
    },
  };
  const valid = validateEditorState(state, 'life_story');
  if (!valid.ok) throw new Error(valid.message);
  const saved = await insertRevision(db, {
    storyId: story.id,
    editorState: valid.state,
    plainText: valid.plainText,
    wordCount: countWords(valid.plainText),
    authorId: author,
    basedOn: null,
    now: new Date(),
  });
  if (!saved.ok) throw new Error('Could not save the story.');
  const granted = await appendConsentEvent(
    db,
    story.id,
    {
      kind: 'grant',
      actorId: author,
      subjectId: author,
      scope: 'public_site',
      anonymity: 'first_name',
      revisionNumber: 1,
    },
    { now: new Date() },
  );
  if (!granted.ok) throw new Error(`Could not publish the story: ${granted.reason}.`);
  return story.slug;
}
