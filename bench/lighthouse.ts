/**
 * Lighthouse: performance, accessibility, best practices and SEO of `/` and a
 * story page, with Lighthouse's mobile default and its desktop preset, in the
 * system Chromium. Goal: 100 for performance and accessibility. Starts the
 * built app on a fresh embedded database with the demo, scores a bare page in
 * the same run as the baseline (what the machine itself costs), and, with
 * LIGHTHOUSE_BEFORE naming another built copy of Heard (e.g. the main branch),
 * scores that one in the same run too, so before and after meet the same
 * machine. Each page is scored BENCH_RUNS times (default 3) and the median
 * kept, since one run on a shared machine is noisy. From each median run's
 * trace it lists the main thread's longest tasks and what filled them (where
 * blocking time goes), prints the scores and every audit that costs points,
 * and appends them to bench/RESULTS.md.
 *
 *   node bench/lighthouse.ts            (BENCH_NO_RECORD=1 leaves RESULTS.md alone)
 *   LIGHTHOUSE_BEFORE=/tmp/heard-main LIGHTHOUSE_BEFORE_LABEL="main at abc1234" node bench/lighthouse.ts
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_FLAGS } from '#src/server/platform/chromium.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories whose goal is 100. */
const GOAL_CATEGORIES = new Set<string>(['performance', 'accessibility']);
const RECORD = process.env['BENCH_NO_RECORD'] !== '1';
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const BEFORE = process.env['LIGHTHOUSE_BEFORE'];
/** What the "before" build is, in words, for the record (e.g. "main at 76ca18d"). */
const BEFORE_LABEL = process.env['LIGHTHOUSE_BEFORE_LABEL'] ?? BEFORE;

interface Run {
  readonly page: string;
  readonly formFactor: 'mobile' | 'desktop';
  readonly scores: Readonly<Record<string, number | null>>;
  /** Total Blocking Time and First Contentful Paint, in ms, and bytes sent. */
  readonly tbt: number;
  readonly fcp: number;
  readonly bytes: number;
  /** Audits that cost points, per category. */
  readonly problems: readonly { category: string; line: string }[];
  /** The page's longest main-thread tasks in the trace, and what filled them. */
  readonly longTasks: readonly string[];
}

/** The row name of the bare page every run is compared against. */
const BASELINE = 'baseline: bare page';

/** A bare, valid HTML page on a free port: what the machine scores with nothing to load. */
async function startBaselineServer(): Promise<{ url: string; close: () => void }> {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="description" content="A bare page to compare against.">' +
    // No favicon request, so no 404 in the console.
    '<link rel="icon" href="data:,">' +
    '<title>Baseline</title></head><body><main><h1>Baseline</h1>' +
    '<p>A plain page with one paragraph and nothing else to load.</p></main></body></html>';
  const http = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => http.close() };
}

interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** The built app on a fresh embedded database with the demo, on a free port. */
async function startServer(dataDir: string, cwd = process.cwd()): Promise<RunningServer> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
    cwd,
    env: {
      ...process.env,
      HEARD_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: '',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
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
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The first sentence of an audit's description, without its Markdown links. */
function explanation(description: string): string {
  const plain = description.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim();
  const end = plain.search(/\.\s/);
  return end > 0 ? plain.slice(0, end + 1) : plain;
}

/** Every audit in a category that is scored and not perfect, with what it found. */
function problemsOf(lhr: Result): { category: string; line: string }[] {
  const problems: { category: string; line: string }[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      // Performance lists its metrics (weighted) and its insights (weight 0, advice only).
      const kind = ref.weight > 0 ? `weight ${ref.weight}` : 'advice';
      const found = audit.displayValue ? ` — ${audit.displayValue}` : '';
      const items =
        audit.details && 'items' in audit.details && Array.isArray(audit.details.items)
          ? describeItems(audit.details.items as unknown[])
          : '';
      problems.push({
        category: id,
        line: `${audit.title} (\`${audit.id}\`, score ${Math.round(audit.score * 100)}, ${kind})${found}: ${explanation(audit.description)}${items}`,
      });
    }
  }
  return problems;
}

/** The elements an accessibility or SEO audit flagged, briefly. */
function describeItems(items: unknown[]): string {
  const nodes = items
    .map((item) => {
      if (typeof item !== 'object' || item === null || !('node' in item)) return undefined;
      const node = (item as { node?: { snippet?: string; explanation?: string } }).node;
      const snippet = node?.snippet?.replace(/\s+/g, ' ').slice(0, 120);
      const why = node?.explanation?.split('\n').slice(0, 2).join(' ').trim();
      return snippet ? `\`${snippet}\`${why ? ` (${why})` : ''}` : undefined;
    })
    .filter((line): line is string => line !== undefined);
  return nodes.length > 0 ? ` Elements: ${nodes.slice(0, 5).join('; ')}` : '';
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * The page's main-thread tasks of at least `minMs` as Chromium ran them (not
 * simulated), longest first, each with the three events that took most of it.
 * The page's thread is the renderer main thread that parsed HTML.
 */
function longTasksOf(trace: { traceEvents: readonly TraceEvent[] }, minMs = 8): string[] {
  const events = trace.traceEvents;
  const parsing = new Map<string, number>();
  const threadNames = new Map<string, string>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph === 'M' && event.name === 'thread_name')
      threadNames.set(thread, event.args?.name ?? '');
    if (event.name === 'ParseHTML') parsing.set(thread, (parsing.get(thread) ?? 0) + 1);
  }
  const main = [...parsing]
    .filter(([thread]) => threadNames.get(thread) === 'CrRendererMain')
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X');
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' && (event.dur ?? 0) >= minMs * 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const event of onMain) {
      if (event === task || event.ts < task.ts || event.ts >= end) continue;
      // Only the task's direct parts, not the parts of parts.
      const parent = onMain.find(
        (other) =>
          other !== task &&
          other !== event &&
          other.ts <= event.ts &&
          other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) &&
          other.ts >= task.ts &&
          (other.dur ?? 0) > (event.dur ?? 0),
      );
      if (parent) continue;
      inside.set(event.name, (inside.get(event.name) ?? 0) + (event.dur ?? 0));
    }
    const parts = [...inside]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, micros]) => `${name} ${(micros / 1000).toFixed(1)} ms`)
      .join(', ');
    return `${((task.dur ?? 0) / 1000).toFixed(1)} ms task: ${parts || 'nothing recorded inside'}`;
  });
}

/** The run whose performance score (then TBT) is the median of the runs. */
function medianRun(runs: readonly Run[]): Run {
  const sorted = [...runs].sort(
    (a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0) || b.tbt - a.tbt,
  );
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('No runs');
  return middle;
}

async function main(): Promise<void> {
  if (!existsSync('dist/server/entry.mjs')) {
    throw new Error('No build found: run `ASTRO_TELEMETRY_DISABLED=1 npx astro build` first.');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-'));
  const reportDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-reports-'));
  const server = await startServer(dataDir);
  const beforeDataDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-before-'));
  const before = BEFORE ? await startServer(beforeDataDir, BEFORE) : undefined;
  const baseline = await startBaselineServer();
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS] });
  const runs: Run[] = [];
  const failedRuns: string[] = [];
  try {
    const targets = [{ page: BASELINE, url: baseline.url, file: 'baseline' }];
    for (const [label, running] of [
      ['before: ', before],
      ['', server],
    ] as const) {
      if (!running) continue;
      const home = await (await fetch(`${running.url}/`)).text();
      // The first film script's page: the one with the most layout to do.
      const story = /href="(\/stories\/saturday-shift[^"?#]*)"/.exec(home)?.[1];
      if (!story) throw new Error('No demo script linked from / (is the demo seeded?).');
      const file = label === '' ? '' : 'before-';
      targets.push(
        { page: `${label}/`, url: `${running.url}/`, file: `${file}home` },
        {
          page: `${label}${story.replace(/-[0-9a-f]+$/, '-…')}`,
          url: running.url + story,
          file: `${file}story`,
        },
      );
    }
    // One request each first, so the server's caches are as a reader would find them.
    for (const target of targets) await fetch(target.url);
    const all: Run[] = [];
    // Rounds go through every page before repeating, so a busy moment on the
    // machine falls on all of them alike.
    for (let round = 0; round < RUNS; round++)
      for (const target of targets) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          // A run whose trace Chromium could not record (NO_NAVSTART, seen when a
          // page's headers make the browser swap processes mid-navigation) is
          // counted and run again, up to twice.
          let result: Awaited<ReturnType<typeof lighthouse>>;
          for (let attempt = 0; ; attempt++) {
            result = await lighthouse(
              target.url,
              {
                port: chrome.port,
                logLevel: 'error',
                output: 'html',
                onlyCategories: [...CATEGORIES],
              },
              formFactor === 'desktop' ? desktopConfig : undefined,
            );
            const error = result?.lhr.runtimeError;
            if (!error) break;
            failedRuns.push(`${target.page} (${formFactor}): ${error.code}`);
            if (attempt === 2) throw new Error(`${target.page}: ${error.message}`);
          }
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.page}.`);
          const { lhr } = result;
          const name = `${target.file}-${formFactor}-${round}`;
          writeFileSync(join(reportDir, `${name}.html`), String(result.report));
          writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(lhr));
          const trace = result.artifacts.Trace as unknown as { traceEvents: TraceEvent[] };
          writeFileSync(join(reportDir, `${name}.trace.json`), JSON.stringify(trace));
          const scores: Record<string, number | null> = {};
          for (const id of CATEGORIES) {
            const score = lhr.categories[id]?.score;
            scores[id] = score === null || score === undefined ? null : Math.round(score * 100);
          }
          const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
          all.push({
            page: target.page,
            formFactor,
            scores,
            tbt: metric('total-blocking-time'),
            fcp: metric('first-contentful-paint'),
            bytes: metric('total-byte-weight'),
            problems: problemsOf(lhr),
            longTasks: longTasksOf(trace),
          });
          console.log(
            `${target.page} (${formFactor}, run ${round + 1}): ${CATEGORIES.map((id) => `${id} ${scores[id] ?? '–'}`).join(', ')}; TBT ${metric('total-blocking-time')} ms`,
          );
        }
      }
    for (const target of targets) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        runs.push(
          medianRun(all.filter((run) => run.page === target.page && run.formFactor === formFactor)),
        );
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
    await before?.stop();
    baseline.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(beforeDataDir, { recursive: true, force: true });
  }

  const table = [
    `| page | form factor | ${CATEGORIES.join(' | ')} | TBT | FCP | bytes |`,
    `|${' --- |'.repeat(CATEGORIES.length + 5)}`,
    ...runs.map(
      (run) =>
        `| ${run.page} | ${run.formFactor} | ${CATEGORIES.map((id) => {
          const score = run.scores[id];
          const short = GOAL_CATEGORIES.has(id) && score !== 100 ? ' (goal 100)' : '';
          return `${score ?? '–'}${short}`;
        }).join(' | ')} | ${run.tbt} ms | ${run.fcp} ms | ${run.bytes} |`,
    ),
  ];
  const traces = runs
    .filter((run) => run.formFactor === 'mobile')
    .map(
      (run) =>
        `- ${run.page} (mobile): ${run.longTasks.length === 0 ? 'no task of 8 ms or more' : run.longTasks.join('; ')}`,
    );
  const findings = runs
    .filter((run) => run.page !== BASELINE)
    .flatMap((run) =>
      run.problems.map(
        (problem) => `${run.page} (${run.formFactor}), ${problem.category}: ${problem.line}`,
      ),
    );
  const report = [
    ...table,
    '',
    `Where the main thread's time went (the median mobile run's trace, as Chromium ran it; Lighthouse's mobile preset counts each task about 4 times longer, and blocking time is what a task takes beyond 50 ms after that):`,
    '',
    ...traces,
    '',
    ...(failedRuns.length === 0
      ? []
      : [`Runs Lighthouse could not record and ran again: ${failedRuns.join('; ')}.`, '']),
    findings.length > 0 ? 'Audits that are not perfect:' : 'Every scored audit passed.',
    '',
    ...findings.map((line) => `- ${line}`),
  ].join('\n');
  console.log(`\n${report}\n\nFull reports: ${reportDir}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, Lighthouse ${lighthouseVersion()}, ${await chromiumVersion()}`;
  if (RECORD) {
    // Appended, never rewritten: other benchmarks write here too.
    appendFileSync(
      'bench/RESULTS.md',
      `\n## lighthouse — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${machine})\n\nThe built app on embedded PGlite with the demo; \`/\` and the demo's film script page; Lighthouse's default (mobile, simulated throttling) and desktop preset; the median of ${RUNS} runs each, in rounds.${BEFORE ? ` Rows marked "before:" are ${BEFORE_LABEL ?? 'another build'}, scored in the same run.` : ''} The baseline is a bare HTML page (a heading and a paragraph, no CSS, no headers) served by the script itself: what this machine and Chromium score with nothing to load.\n\n${report}\n`,
    );
  }
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '?';
}

async function chromiumVersion(): Promise<string> {
  const child = spawn(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  return output.trim() || 'Chromium';
}

await main();
