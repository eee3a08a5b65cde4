/**
 * Scale: the public pages at 1,000 and at 1,000,000 stories.
 * Creates its own PostgreSQL database, migrates it, seeds it with set-based SQL
 * (never one story at a time), serves the built app against it and measures
 * `/`, a story page, a theme page and two searches with autocannon at each size.
 * Goal: p99 at 1M ≤ 1.5 × p99 at 1k. Explains the queries of any page that
 * misses, prints the figures, appends them to bench/RESULTS.md and drops the
 * database, also on failure or Ctrl+C.
 *
 *   node bench/scale.ts
 *   BENCH_SCALE_SIZES=1000,20000 BENCH_SECONDS=3 BENCH_NO_RECORD=1 node bench/scale.ts   (a try)
 *
 * BENCH_POSTGRES_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, statfsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { themeSlug } from '#src/domain/slug.ts';
import { openDatabase, type Db } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';
import { PAGE_SIZE } from '#src/server/publishing/public-lists.ts';
import {
  findPublicThemeName,
  listPublicThemes,
  listPublishedStories,
  listPublishedStoriesByTheme,
  searchPublishedStories,
} from '#src/server/publishing/publications.repository.ts';
import { findRevision } from '#src/server/writing/stories.repository.ts';
import type { Database } from '#src/server/platform/schema.ts';
import { loadStoryPage } from '#src/server/publishing/story-page.ts';

// The ledger is keyed with a secret the app never keeps in the database; this run makes its own.
process.env['HEARD_LEDGER_KEY'] ??= randomBytes(32).toString('hex');

const ADMIN_URL =
  process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env['BENCH_SCALE_SIZES'] ?? '1000,1000000')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0)
  .sort((a, b) => a - b);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;
/** Stories per INSERT … SELECT, so memory stays bounded however many there are. */
const BATCH = 100_000;
const PEOPLE = 300;
const GOAL_RATIO = 1.5;
/** BENCH_NO_RECORD=1 for a trial run that leaves bench/RESULTS.md alone. */
const RECORD = process.env['BENCH_NO_RECORD'] !== '1';

const THEMES = [
  'Family',
  'Home',
  'Work',
  'School days',
  'War and peace',
  'Migration',
  'Love',
  'Loss and grief',
  'Friendship',
  'Caring',
  'Health',
  'Faith',
  'Music',
  'Food',
  'Childhood',
  'Growing older',
  'Neighbours',
  'Sport',
  'Travel',
  'Money',
  'Housing',
  'Nature',
  'Animals',
  'Celebrations',
  'Community',
  'Hope',
  'Courage',
  'Learning',
  'Change',
  'Belonging',
];

/** Real words first, roughly most common first: the sampling favours low positions. */
const REAL_WORDS = `home family mother father school work house children friends years garden
war street town church money food brother sister kitchen morning evening winter summer
river village mill factory shop market bread tea letter photograph wedding baby daughter son
grandmother grandfather uncle aunt cousin neighbour teacher doctor nurse hospital bus train
station road field farm sea beach boat holiday christmas birthday music dance song radio
television car bicycle dog cat horse chickens apples bedroom window door stairs fire coal
snow rain sunshine night dream memory story voice laugh tears hands shoes coat dress hat
ring watch clock book library chapel pub football cricket park bench bridge canal harbour
ship soldier army navy uniform ration queue coupon evacuee shelter siren bomb peace victory
parade flag band choir piano guitar fiddle record dancehall cinema film picture camera
newspaper postman milkman coalman baker butcher grocer tailor miner steelworks shipyard
office typewriter wages pension rent landlord council flat estate tower lift balcony
allotment vegetables potatoes carrots onions roses daffodils bluebells trees woods hills
mountain valley lake island city london cardiff glasgow belfast leeds manchester
liverpool bristol journey suitcase passport ticket airport arrival welcome stranger
language accent english welsh gaelic punjabi urdu polish patois jamaica india pakistan
ireland poland nigeria kenya caring carer medicine appointment wheelchair hearing glasses
homework exam college apprentice job interview boss shift overtime strike union redundancy
courage fear hope pride shame anger kindness help support group meeting cup biscuit sofa
blanket pillow quilt knitting sewing needle thread button pocket purse coins savings
bank loan debt struggle hunger warmth comfort faith prayer mosque temple gurdwara
synagogue festival diwali eid christening funeral grave flowers candle lantern moon stars
sky clouds storm wind leaves autumn spring harvest orchard bees honey jam cake pudding
sunday dinner roast gravy chips fish sausages eggs porridge toast butter milk sugar`
  .split(/\s+/)
  .filter(Boolean);

/** Filler words readers type and PostgreSQL drops ('english' stop words). */
const STOP_WORDS = `the and a to of in was we my i it that he she with for on at but had her his
they were as me our from when there all so then would be is by not this`
  .split(/\s+/)
  .filter(Boolean);

/** In a handful of stories only (one in 100,000): the "rare word" search. */
const RARE_WORD = 'quillwort';
const VOCABULARY_SIZE = 2000;

/** ~2,000 words: the real ones above, then pronounceable made-up ones, fixed by a seed. */
function buildVocabulary(): string[] {
  const words = new Set(REAL_WORDS);
  const consonants = 'bcdfghjklmnprstvwz';
  const vowels = 'aeiou';
  let seed = 20_261_123;
  const next = (modulo: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % modulo;
  };
  while (words.size < VOCABULARY_SIZE) {
    let word = '';
    const syllables = 2 + next(2);
    for (let s = 0; s < syllables; s += 1) {
      word += consonants[next(consonants.length)] ?? 'b';
      word += vowels[next(vowels.length)] ?? 'a';
    }
    if (next(2) === 0) word += consonants[next(consonants.length)] ?? 'n';
    if (word !== RARE_WORD && !STOP_WORDS.includes(word)) words.add(word);
  }
  return [...words];
}

const VOCABULARY = buildVocabulary();
/** A common word: about one story in ten contains it (the script prints exactly how many). */
const COMMON_WORD = VOCABULARY[10] ?? 'garden';
/** A middling word: in under one story in a hundred, too many to fetch cheaply, too few to stumble on. */
const MIDDLING_WORD = VOCABULARY[1500] ?? 'bozuta';
const SEARCH_WORDS = [COMMON_WORD, MIDDLING_WORD, RARE_WORD];
const ENTRY = 'dist/server/entry.mjs';

const FIRST_NAMES =
  `Margaret Arthur Edna Kayla Jay Donna Priya Sam Alex Rose Fatima Tomasz Grace Kwame
Siobhan Dafydd Anjali Winston Irene Mohammed Bernard Agnieszka Precious Hamish Joyce Imran
Olu Bridget Derek Nia`
    .split(/\s+/)
    .filter(Boolean);
const LAST_NAMES = `Jones Patel Evans Kowalski Okafor Murphy Singh Campbell Williams Hussain`.split(
  /\s+/,
);

interface Measurement {
  readonly p50: number;
  readonly p99: number;
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly failures: number;
}

interface PageTarget {
  readonly name: string;
  /** One path, or several the connections take in turn. */
  readonly paths: readonly string[];
  /** The queries the page runs, through the app's own repository functions. */
  readonly runQueries: (db: Db, now: Date) => Promise<unknown>;
}

interface SizeResult {
  readonly size: number;
  readonly seedSeconds: number;
  readonly databaseBytes: number;
  /** Stories matching each of SEARCH_WORDS. */
  readonly matches: ReadonlyMap<string, number>;
  /** Whether the build changed while this size was measured (someone rebuilt). */
  readonly rebuilt: boolean;
  /** Per page: under load (CONNECTIONS at once) and one request at a time. */
  readonly pages: ReadonlyMap<string, { loaded: Measurement; single: Measurement }>;
  readonly targets: readonly PageTarget[];
  /** The machine's 1-minute load average while measuring (it may be shared). */
  readonly load: number;
}

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** People and the word lists the seeding statements draw from, in tables of the bench database. */
async function seedPeople(db: Db): Promise<void> {
  await sql`
    create unlogged table bench_people (n int primary key, id uuid not null, display_name text not null)`.execute(
    db,
  );
  await sql`
    insert into bench_people
    select n, gen_random_uuid(),
      (${FIRST_NAMES}::text[])[1 + n % ${FIRST_NAMES.length}::int] || ' ' ||
      (${LAST_NAMES}::text[])[1 + (n / ${FIRST_NAMES.length}::int) % ${LAST_NAMES.length}::int]
    from generate_series(0, ${PEOPLE - 1}::int) n`.execute(db);
  await sql`
    insert into "User" (id, name, email)
    select id, display_name, 'person-' || n || '@bench.heard.test' from bench_people`.execute(db);
  await sql`
    insert into people (id, display_name, first_name, roles)
    select id, display_name, split_part(display_name, ' ', 1), '{contributor}' from bench_people`.execute(
    db,
  );
  await sql`
    create unlogged table bench_batch (
      i bigint primary key, id uuid not null, person_id uuid not null, author_name text not null,
      title text not null, slug text not null, body text not null, word_count int not null,
      themes text[] not null, theme_slugs text[] not null, content_notes text[] not null,
      published_at timestamptz not null, expires_at timestamptz not null)`.execute(db);
}

/**
 * Stories `from`..`to` (inclusive), each with one author, one revision of 30–80
 * words, a publication and its theme rows, written by six set-based statements
 * in one transaction. Words are drawn with a skew (low vocabulary positions far
 * more often), so word frequencies look like text rather than noise.
 */
async function seedStories(db: Db, from: number, to: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`
      with w as (
        select ${VOCABULARY}::text[] as vocab, ${STOP_WORDS}::text[] as stop,
          ${THEMES}::text[] as theme_names, ${THEMES.map(themeSlug)}::text[] as theme_slugs
      )
      insert into bench_batch
      select s.i, gen_random_uuid(), p.id, p.display_name,
        initcap(t.words),
        replace(t.words, ' ', '-') || '-' || s.i,
        upper(left(b.body, 1)) || substr(b.body, 2) ||
          case when s.i % 100000 = 17 then ' ' || ${RARE_WORD} else '' end || '.',
        b.n + case when s.i % 100000 = 17 then 1 else 0 end,
        th.names, th.slugs,
        case when s.i % 10 = 5 then array['Grief'] else '{}'::text[] end,
        now() - interval '730 days' * ((hashint8extended(s.i, 7) & 4294967295)::float8 / 4294967296),
        now() + interval '365 days'
      from w
      cross join generate_series(${from}::bigint, ${to}::bigint) s(i)
      join bench_people p on p.n = s.i % ${PEOPLE}
      cross join lateral (
        select string_agg(w.vocab[(1 + floor(${VOCABULARY.length} * power(x.r, 2)))::int], ' ' order by x.k) as words
        from (
          select k, (hashint8extended(s.i * 16 + k, 11) & 4294967295)::float8 / 4294967296 as r
          from generate_series(1, 2 + s.i % 3) k
        ) x
      ) t
      cross join lateral (
        select count(*)::int as n, string_agg(
          case when x.h & 1 = 0
            then w.stop[(1 + ((x.h >> 1) & 65535) % ${STOP_WORDS.length})::int]
            else w.vocab[(1 + floor(${VOCABULARY.length} * power(((x.h >> 17) & 4294967295)::float8 / 4294967296, 2)))::int]
          end, ' ' order by x.k) as body
        from (
          select k, hashint8extended(s.i * 128 + k, 13) as h
          from generate_series(1, 30 + (hashint8extended(s.i, 17) & 65535) % 51) k
        ) x
      ) b
      cross join lateral (
        select array_agg(w.theme_names[(1 + (z.t0 + 11 * j) % ${THEMES.length})::int] order by j) as names,
          array_agg(w.theme_slugs[(1 + (z.t0 + 11 * j) % ${THEMES.length})::int] order by j) as slugs
        from (select hashint8extended(s.i, 19) & 65535 as t0) z, generate_series(0, s.i % 3) j
      ) th`.execute(trx);
    await sql`
      insert into stories (id, slug, kind, title, themes, content_notes, latest_revision,
        created_by, created_at, updated_at, first_published_at)
      select id, slug, 'life_story', title, themes, content_notes, 1,
        person_id, published_at, published_at, published_at
      from bench_batch`.execute(trx);
    await sql`
      insert into story_authors (story_id, person_id, position, status)
      select id, person_id, 0, 'active' from bench_batch`.execute(trx);
    await sql`
      insert into revisions (story_id, number, editor_state, plain_text, word_count, author_id, created_at)
      select id, 1,
        jsonb_build_object('root', jsonb_build_object('type', 'root', 'children', jsonb_build_array(
          jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(
            jsonb_build_object('type', 'text', 'text', body)))))),
        body, word_count, person_id, published_at
      from bench_batch`.execute(trx);
    await sql`
      insert into publications (story_id, slug, title, kind, revision_number, author_names,
        anonymity, themes, content_notes, published_at, expires_at, version, search_text,
        excerpt, word_count)
      select id, slug, title, 'life_story', 1, author_name, '{named}', themes, content_notes,
        published_at, expires_at, nextval('publication_versions'), body,
        case when length(body) <= 280 then body
          else regexp_replace(left(body, 281), '[[:space:]]+[^[:space:]]*$', '') || '…' end,
        word_count
      from bench_batch`.execute(trx);
    await sql`
      insert into publication_themes (theme_slug, theme, published_at, story_id, expires_at)
      select u.slug, u.name, b.published_at, b.id, b.expires_at
      from bench_batch b cross join lateral unnest(b.theme_slugs, b.themes) as u(slug, name)`.execute(
      trx,
    );
    await sql`truncate bench_batch`.execute(trx);
  });
}

/** Grows the database to `size` stories, BATCH at a time. */
async function growTo(db: Db, from: number, size: number): Promise<void> {
  for (let start = from + 1; start <= size; start += BATCH) {
    const end = Math.min(size, start + BATCH - 1);
    await seedStories(db, start, end);
    if (size - from > BATCH) log(`  seeded stories ${start}–${end}`);
  }
  // Statistics and the visibility map, as autovacuum would leave a steady database.
  await sql`vacuum (analyze)`.execute(db);
  // Flush the bulk load now, so the checkpointer's writes don't land in the first page measured.
  await sql`checkpoint`.execute(db);
}

interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** The built app (scripts/serve.ts) against the bench database, on a free port. */
async function startServer(url: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      PORT: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}):\n${output}`));
    });
  });
  return {
    url: base,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function measure(
  base: string,
  paths: readonly string[],
  seconds: number,
  connections: number,
): Promise<Measurement> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

async function fetchPage(base: string, path: string): Promise<string> {
  const response = await fetch(base + path);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return html;
}

/** The pages to measure at this size, each checked once to show what it should. */
async function choosePages(db: Db, base: string): Promise<PageTarget[]> {
  // The newest and the oldest story without content notes, so the text is on the page.
  const newest = await db
    .selectFrom('publications')
    .select(['slug', 'search_text'])
    .where('content_notes', '=', sql<string[]>`'{}'`)
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const oldest = await db
    .selectFrom('publications')
    .select(['slug', 'search_text'])
    .where('content_notes', '=', sql<string[]>`'{}'`)
    .orderBy('published_at', 'asc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const theme = themeSlug(THEMES[0] ?? 'Family');
  const limit = PAGE_SIZE + 1;
  const targets: PageTarget[] = [
    {
      name: '/',
      paths: ['/'],
      runQueries: async (qdb, now) => {
        await listPublishedStories(qdb, { now, limit });
        await listPublicThemes(qdb, { now, limit: 50 });
      },
    },
    {
      name: 'story page',
      paths: [`/stories/${newest.slug}`, `/stories/${oldest.slug}`],
      runQueries: async (qdb, now) => {
        const content = await loadStoryPage(qdb, oldest.slug, now);
        if (content) await findRevision(qdb, content.publication.story_id, 1);
      },
    },
    {
      name: `/themes/${theme}`,
      paths: [`/themes/${theme}`],
      runQueries: async (qdb, now) => {
        await findPublicThemeName(qdb, theme, now);
        await listPublishedStoriesByTheme(qdb, { themeSlug: theme, now, limit });
      },
    },
    ...SEARCH_WORDS.map((word): PageTarget => ({
      name: `/search?q=${word}`,
      paths: [`/search?q=${word}`],
      runQueries: (qdb, now) => searchPublishedStories(qdb, { query: word, now, limit }),
    })),
  ];
  for (const story of [newest, oldest]) {
    const html = await fetchPage(base, `/stories/${story.slug}`);
    const opening = story.search_text.split(' ').slice(1, 6).join(' ');
    if (!html.includes(opening)) {
      throw new Error(`/stories/${story.slug} does not show its text ("${opening}")`);
    }
  }
  for (const target of targets) {
    for (const path of target.paths) await fetchPage(base, path);
  }
  const rare = await fetchPage(base, `/search?q=${RARE_WORD}`);
  if (!rare.includes('/stories/')) throw new Error(`/search?q=${RARE_WORD} found nothing`);
  return targets;
}

async function countMatches(db: Db, word: string): Promise<number> {
  const row = await sql<{ count: number }>`
    select count(*)::int as count from publications
    where search_document @@ websearch_to_tsquery('english', ${word})`.execute(db);
  return row.rows[0]?.count ?? 0;
}

/**
 * `explain (analyze, buffers)` of every query a page runs: the page's own
 * repository functions run once on a Kysely that records each statement.
 */
async function explainPage(url: string, target: PageTarget): Promise<string> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const recorded: CompiledQuery[] = [];
  const recorder = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') recorded.push(event.query);
    },
  });
  try {
    await target.runQueries(recorder, new Date());
    const plans: string[] = [];
    for (const query of recorded) {
      const result = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${query.sql}`,
        [...query.parameters],
      );
      plans.push(
        [query.sql.replace(/\s+/g, ' '), ...result.rows.map((row) => row['QUERY PLAN'])].join('\n'),
      );
    }
    return plans.join('\n\n');
  } finally {
    await recorder.destroy();
  }
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function main(): Promise<void> {
  if (SIZES.length < 2) throw new Error('BENCH_SCALE_SIZES needs two sizes or more.');
  if (!existsSync(ENTRY)) {
    throw new Error('No build found: run `ASTRO_TELEMETRY_DISABLED=1 npx astro build` first.');
  }
  const disk = statfsSync('.');
  log(`Free disk here: ${((disk.bavail * disk.bsize) / 1024 ** 3).toFixed(1)} GB`);
  const name = `heard_scale_${Date.now()}`;
  const url = databaseUrl(name);
  const machine = await withAdminClient(async (client) => {
    await client.query(`create database "${name}"`);
    const settings = await client.query<{ version: string; shared_buffers: string }>(
      `select current_setting('server_version') as version, current_setting('shared_buffers') as shared_buffers`,
    );
    const row = settings.rows[0];
    return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, PostgreSQL ${row?.version ?? '?'} (shared_buffers ${row?.shared_buffers ?? '?'})`;
  });
  log(`Created database ${name}. Machine: ${machine}`);
  let dropped = false;
  const dropDatabase = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await withAdminClient((client) =>
      client.query(`drop database if exists "${name}" with (force)`),
    );
    log(`Dropped database ${name}.`);
  };
  let server: RunningServer | undefined;
  const onSignal = (): void => {
    void (server?.stop() ?? Promise.resolve()).then(dropDatabase).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const handle = await openDatabase({ kind: 'postgres', url });
  const results: SizeResult[] = [];
  try {
    await migrateToLatest(handle.db);
    await seedPeople(handle.db);
    let seeded = 0;
    for (const size of SIZES) {
      log(`Seeding ${size.toLocaleString('en-GB')} stories…`);
      const started = performance.now();
      await growTo(handle.db, seeded, size);
      seeded = size;
      const seedSeconds = (performance.now() - started) / 1000;
      const bytes = await sql<{
        bytes: number;
      }>`select pg_database_size(current_database())::float8 as bytes`.execute(handle.db);
      const databaseBytes = bytes.rows[0]?.bytes ?? 0;
      log(`  ${seedSeconds.toFixed(0)} s; database ${(databaseBytes / 1024 ** 3).toFixed(2)} GB`);
      const matches = new Map<string, number>();
      for (const word of SEARCH_WORDS) matches.set(word, await countMatches(handle.db, word));
      const builtAt = statSync(ENTRY).mtimeMs;
      server = await startServer(url);
      const pages = new Map<string, { loaded: Measurement; single: Measurement }>();
      let targets: PageTarget[];
      const loads: number[] = [];
      try {
        targets = await choosePages(handle.db, server.url);
        for (const target of targets) {
          await measure(server.url, target.paths, WARM_UP_SECONDS, CONNECTIONS);
          loads.push(loadavg()[0] ?? 0);
          const loaded = await measure(server.url, target.paths, SECONDS, CONNECTIONS);
          const single = await measure(server.url, target.paths, SECONDS, 1);
          pages.set(target.name, { loaded, single });
          log(
            `  ${target.name.padEnd(22)} ${CONNECTIONS} conns: p50 ${ms(loaded.p50).padStart(7)} p99 ${ms(loaded.p99).padStart(7)} ${loaded.requestsPerSecond.toFixed(0).padStart(5)} req/s | 1 conn: p50 ${ms(single.p50).padStart(7)} p99 ${ms(single.p99).padStart(7)}${loaded.failures + single.failures > 0 ? `  ${loaded.failures + single.failures} FAILED` : ''}`,
          );
        }
      } finally {
        await server.stop();
        server = undefined;
      }
      const load = loads.reduce((sum, value) => sum + value, 0) / Math.max(1, loads.length);
      const rebuilt = !existsSync(ENTRY) || statSync(ENTRY).mtimeMs !== builtAt;
      if (rebuilt)
        log('  WARNING: the build changed while measuring; these figures mix two versions.');
      results.push({ size, seedSeconds, databaseBytes, matches, pages, targets, load, rebuilt });
    }

    const first = results[0];
    const last = results.at(-1);
    if (!first || !last) throw new Error('No results.');
    const sizeLabel = (size: number): string =>
      size >= 1_000_000 ? `${size / 1_000_000}M` : size >= 1000 ? `${size / 1000}k` : `${size}`;
    const ratioLabel = `p99 ${sizeLabel(last.size)}/${sizeLabel(first.size)}`;
    const missed = new Set<PageTarget>();
    const table = (kind: 'loaded' | 'single', withRate: boolean): string[] => {
      const rows = [
        `| page | ${results.map((r) => `p50 / p99${withRate ? ' / req/s' : ''} at ${sizeLabel(r.size)}`).join(' | ')} | ${ratioLabel} | goal ≤ ${GOAL_RATIO} |`,
        `|${' --- |'.repeat(results.length + 3)}`,
      ];
      for (const target of last.targets) {
        const before = first.pages.get(target.name)?.[kind];
        const after = last.pages.get(target.name)?.[kind];
        if (!before || !after) continue;
        const ratio = after.p99 / before.p99;
        const pass = ratio <= GOAL_RATIO && after.failures === 0;
        if (!pass) missed.add(target);
        const cells = results.map((r) => {
          const m = r.pages.get(target.name)?.[kind];
          if (!m) return '–';
          return `${ms(m.p50)} / ${ms(m.p99)}${withRate ? ` / ${m.requestsPerSecond.toFixed(0)}` : ''}`;
        });
        rows.push(
          `| ${target.name} | ${cells.join(' | ')} | ${ratio.toFixed(2)} | ${pass ? 'pass' : 'MISS'} |`,
        );
      }
      return rows;
    };
    const loadedTable = table('loaded', true);
    const singleTable = table('single', false);
    const plans: string[] = [];
    for (const target of missed) {
      log(`Explaining ${target.name} at ${sizeLabel(last.size)}…`);
      plans.push(`${target.name}:\n${await explainPage(url, target)}`);
    }
    const notes = [
      `Database: its own, created and dropped by the run; ${results.map((r) => `${sizeLabel(r.size)} stories ${(r.databaseBytes / 1024 ** 3).toFixed(2)} GB (seeded in ${r.seedSeconds.toFixed(0)} s)`).join(', ')}; ${PEOPLE} people, one author and one revision of 30–80 words per story (2,000-word vocabulary, skewed), 1–3 of ${THEMES.length} themes, published over 2 years, consent a year ahead; \`vacuum analyze\` after seeding.`,
      `Search words (stories matching): ${SEARCH_WORDS.map((word) => `"${word}" ${results.map((r) => `${(r.matches.get(word) ?? 0).toLocaleString('en-GB')} at ${sizeLabel(r.size)}`).join(', ')}`).join('; ')}.`,
      ...(results.some((r) => r.rebuilt)
        ? ['WARNING: the app was rebuilt while it was being measured; figures mix two versions.']
        : []),
      `Load: autocannon, ${SECONDS} s per page and mode after ${WARM_UP_SECONDS} s warm-up, against one app instance (the built server via scripts/serve.ts, pool of 10) with PostgreSQL on the same machine. The story page alternates the newest and the oldest story (the fast path serves it after reading its publication).`,
      `Machine load (1-minute average while measuring): ${results.map((r) => `${r.load.toFixed(1)} at ${sizeLabel(r.size)}`).join(', ')} on ${cpus().length} cores; other work on the machine shows up in the tails.`,
      'No consent ledger rows are seeded: the public pages read only the publications read model, which is written directly here.',
    ];
    const report = [
      `Under load (${CONNECTIONS} connections):`,
      '',
      ...loadedTable,
      '',
      'One request at a time (1 connection):',
      '',
      ...singleTable,
      '',
      ...notes.map((note) => `- ${note}`),
    ].join('\n');
    console.log(`\n${report}`);
    if (plans.length > 0) {
      console.log(`\nQuery plans at ${sizeLabel(last.size)}:\n\n${plans.join('\n\n')}`);
    }
    // Appended, never rewritten: other benchmarks write here too.
    if (RECORD) {
      appendFileSync(
        'bench/RESULTS.md',
        `\n## scale — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${machine})\n\n${report}\n${
          plans.length > 0
            ? `\nQuery plans (\`explain (analyze, buffers)\`) of the pages that missed, at ${sizeLabel(last.size)}:\n\n\`\`\`text\n${plans.join('\n\n')}\n\`\`\`\n`
            : ''
        }`,
      );
    }
  } finally {
    await server?.stop();
    await handle.close();
    await dropDatabase();
  }
}

await main();
