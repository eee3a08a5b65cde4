/**
 * Size budget: the editor island's JavaScript (≤ 150 KB gzip), and the JavaScript on
 * reader pages (none: reader pages ship no script). Reads the built client files (run
 * `npm run build` first), follows the island's imports, and fetches reader pages from
 * a real server to count their scripts. Prints the figures and appends them to
 * bench/RESULTS.md.
 *
 *   node bench/bundle.ts
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CLIENT_DIR = 'dist/client/_astro';
const BUDGET_GZIP = 150 * 1024;

function importsOf(file: string): string[] {
  const code = readFileSync(join(CLIENT_DIR, file), 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    if (match[1]) found.add(match[1]);
  }
  for (const match of code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop();
    if (!file || seen.has(file) || !existsSync(join(CLIENT_DIR, file))) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return [...seen].sort();
}

function measure(files: string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(CLIENT_DIR, file));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzip };
}

async function readerPageScripts(): Promise<{ page: string; scripts: number; bytes: number }[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
  const child = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
    env: {
      ...process.env,
      HEARD_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const pages = ['/', '/signin', '/how-consent-works'];
    const home = await (await fetch(`${url}/`)).text();
    const story = /href="(\/stories\/[^"]+)"/.exec(home)?.[1];
    if (story) pages.push(story);
    const results = [];
    for (const page of pages) {
      const response = await fetch(url + page);
      if (response.status !== 200) continue;
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
      let bytes = 0;
      for (const script of scripts) {
        bytes += Buffer.byteLength(script[1] ?? '');
        const src = /src="([^"]+)"/.exec(script[0])?.[1];
        if (src) bytes += (await (await fetch(new URL(src, url))).arrayBuffer()).byteLength;
      }
      results.push({ page, scripts: scripts.length, bytes });
    }
    return results;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!existsSync(CLIENT_DIR)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync(CLIENT_DIR).filter((file) => file.endsWith('.js'));
const islandEntries = files.filter((file) => /^StoryEditor\./.test(file));
const rendererEntries = files.filter((file) => /^client\./.test(file));
if (islandEntries.length === 0) {
  console.error('The editor island was not found in the build (expected StoryEditor.*.js).');
  process.exit(1);
}
const island = closure([...islandEntries, ...rendererEntries]);
const islandSize = measure(island);
const readers = await readerPageScripts();
const readerBytes = readers.reduce((sum, page) => sum + page.bytes, 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  `Editor island (${island.length} files, incl. React renderer): ${kb(islandSize.bytes)} raw, ${kb(islandSize.gzip)} gzip (budget ${kb(BUDGET_GZIP)} gzip: ${islandSize.gzip <= BUDGET_GZIP ? 'within' : 'OVER'})`,
  ...readers.map(
    (page) =>
      `Reader page ${page.page}: ${page.scripts} scripts, ${page.bytes} bytes of JavaScript`,
  ),
];
console.log(lines.join('\n'));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
appendFileSync(
  'bench/RESULTS.md',
  `\n## bundle — ${new Date().toISOString().slice(0, 10)} (${machine})\n\n${lines.map((line) => `- ${line}`).join('\n')}\n- Reader pages total: ${readerBytes} bytes of JavaScript\n`,
);
