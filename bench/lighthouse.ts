/**
 * Lighthouse (issue 6 item 5): performance, accessibility, best practices and
 * SEO of `/` and a story page, with Lighthouse's mobile default and its desktop
 * preset, in the system Chromium. Goal: 100 for performance and accessibility.
 * Starts the built app on a fresh embedded database with the demo, scores a bare
 * page in the same run as the baseline (what the machine itself costs), prints
 * the scores and every audit that costs points, and appends them to
 * bench/RESULTS.md.
 *
 *   node bench/lighthouse.ts            (BENCH_NO_RECORD=1 leaves RESULTS.md alone)
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
import { CHROMIUM_FLAGS } from '../src/server/chromium.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories whose goal is 100. */
const GOAL_CATEGORIES = new Set<string>(['performance', 'accessibility']);
const RECORD = process.env['BENCH_NO_RECORD'] !== '1';

interface Run {
  readonly page: string;
  readonly formFactor: 'mobile' | 'desktop';
  readonly scores: Readonly<Record<string, number | null>>;
  /** Audits that cost points, per category. */
  readonly problems: readonly { category: string; line: string }[];
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
async function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
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

async function main(): Promise<void> {
  if (!existsSync('dist/server/entry.mjs')) {
    throw new Error('No build found: run `ASTRO_TELEMETRY_DISABLED=1 npx astro build` first.');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-'));
  const reportDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-reports-'));
  const server = await startServer(dataDir);
  const baseline = await startBaselineServer();
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS] });
  const runs: Run[] = [];
  try {
    const home = await (await fetch(`${server.url}/`)).text();
    const story = /href="(\/stories\/[^"?#]+)"/.exec(home)?.[1];
    if (!story) throw new Error('No story linked from / (is the demo seeded?).');
    const targets = [
      { page: BASELINE, url: baseline.url, file: 'baseline' },
      { page: '/', url: `${server.url}/`, file: 'home' },
      { page: story, url: server.url + story, file: 'story' },
    ];
    // One request each first, so the server's caches are as a reader would find them.
    for (const target of targets) await fetch(target.url);
    for (const target of targets) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          target.url,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'html',
            onlyCategories: [...CATEGORIES],
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${target.page}.`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${target.page}: ${lhr.runtimeError.message}`);
        const name = `${target.file}-${formFactor}`;
        writeFileSync(join(reportDir, `${name}.html`), String(result.report));
        writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(lhr));
        const scores: Record<string, number | null> = {};
        for (const id of CATEGORIES) {
          const score = lhr.categories[id]?.score;
          scores[id] = score === null || score === undefined ? null : Math.round(score * 100);
        }
        runs.push({ page: target.page, formFactor, scores, problems: problemsOf(lhr) });
        console.log(
          `${target.page} (${formFactor}): ${CATEGORIES.map((id) => `${id} ${scores[id] ?? '–'}`).join(', ')}`,
        );
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
    baseline.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const table = [
    `| page | form factor | ${CATEGORIES.join(' | ')} |`,
    `|${' --- |'.repeat(CATEGORIES.length + 2)}`,
    ...runs.map(
      (run) =>
        `| ${run.page} | ${run.formFactor} | ${CATEGORIES.map((id) => {
          const score = run.scores[id];
          const short = GOAL_CATEGORIES.has(id) && score !== 100 ? ' (goal 100)' : '';
          return `${score ?? '–'}${short}`;
        }).join(' | ')} |`,
    ),
  ];
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
      `\n## lighthouse — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${machine})\n\nThe built app on embedded PGlite with the demo; \`/\` and the first story it links (${runs.find((run) => run.page.startsWith('/stories/'))?.page ?? '?'}); Lighthouse's default (mobile, simulated throttling) and desktop preset. The baseline is a bare HTML page (a heading and a paragraph, no CSS, no headers) served by the script itself: what this machine and Chromium score with nothing to load.\n\n${report}\n`,
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
