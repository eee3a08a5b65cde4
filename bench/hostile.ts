/**
 * Hostile load against the demo server, each part against an idle baseline
 * measured in the same run:
 *
 * 1. Bodies: three anonymous 400 MB posts to /signin at once (chunked, and with
 *    the length declared), while /healthz is asked again and again and the
 *    server's memory is sampled. Goals: memory within 100 MB of idle, /healthz
 *    under 100 ms.
 * 2. Photos: someone's ordinary 4 KB photo is uploaded while another person has
 *    six hostile uploads in flight: 1 × 39,000,000-pixel PNGs (refused from
 *    their header), then six large real photos (processed, one at a time for
 *    that person). Goal: the ordinary photo stored in under 2 s.
 *
 *   npm run build && node bench/hostile.ts
 *
 * Prints the figures and appends them to bench/RESULTS.md.
 */
import { appendFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { makeNeedlePng, makePhoto } from '../tests/fixtures/images/make-images.ts';
import {
  residentMegabytes,
  signInAsDemoPerson,
  startDemoServer,
  type DemoServer,
} from './support/demo-server.ts';

const BODY_BYTES = 400 * 1024 * 1024;
const ATTACK_MS = 15_000;
const CHUNK = Buffer.alloc(1024 * 1024);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function healthzOnce(base: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/healthz`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** Asks /healthz and samples memory until `until` resolves. */
async function watch(server: DemoServer, until: Promise<unknown>) {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  const memory: number[] = [];
  const sampler = (async () => {
    while (!done) {
      memory.push(await residentMegabytes(server.pid));
      await sleep(50);
    }
  })();
  while (!done) {
    latencies.push(await healthzOnce(server.url));
    await sleep(20);
  }
  await sampler;
  return { latencies, memory };
}

/** Streams `BODY_BYTES` of zeros to /signin as fast as the server takes them. */
function hugePost(base: string, declareLength: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    const target = new URL(`${base}/signin`);
    let sent = 0;
    let status = 0;
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          origin: base,
          'content-type': 'application/x-www-form-urlencoded',
          ...(declareLength
            ? { 'content-length': BODY_BYTES }
            : { 'transfer-encoding': 'chunked' }),
        },
      },
      (res) => {
        status = res.statusCode ?? 0;
        res.resume();
        res.on('end', () => finish());
      },
    );
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      req.destroy();
      resolve({ status, sent });
    };
    req.on('error', finish);
    req.on('close', finish);
    const pump = (): void => {
      while (sent < BODY_BYTES && !finished) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!finished) req.end();
    };
    pump();
  });
}

async function uploadPhoto(
  base: string,
  cookie: string,
  storyId: string,
  bytes: Buffer,
  name: string,
): Promise<{ status: number; ms: number }> {
  const body = new FormData();
  body.append('file', new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
  body.append('altText', 'A photo');
  const started = performance.now();
  const response = await fetch(`${base}/api/stories/${storyId}/media`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function storyIdOf(base: string, cookie: string): Promise<string> {
  const home = await (await fetch(`${base}/my`, { headers: { cookie } })).text();
  const id = /\/my\/stories\/([0-9a-f-]{36})/.exec(home)?.[1];
  if (!id) throw new Error('No story on /my.');
  return id;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());

const server = await startDemoServer();
const lines: string[] = [];
try {
  // --- 1. Bodies -------------------------------------------------------------
  await sleep(1000);
  const idle = await watch(server, sleep(3000));
  const idleMemory = percentile(idle.memory, 50);
  // Three attackers, each sending one 400 MB post after another for the whole phase.
  const attackUntil = performance.now() + ATTACK_MS;
  const attacker = async (declareLength: boolean) => {
    const results: Array<{ status: number; sent: number }> = [];
    while (performance.now() < attackUntil) results.push(await hugePost(server.url, declareLength));
    return results;
  };
  const attacks = Promise.all([attacker(false), attacker(false), attacker(true)]);
  const during = await watch(server, attacks);
  const answers = (await attacks).flat();
  const sentMegabytes = answers.reduce((sum, a) => sum + a.sent, 0) / 1024 / 1024;
  const peak = Math.max(...during.memory);
  lines.push(
    '| | /healthz p50 | /healthz p99 | /healthz max | server memory |',
    '| --- | --- | --- | --- | --- |',
    `| idle | ${fmt(percentile(idle.latencies, 50))} ms | ${fmt(percentile(idle.latencies, 99))} ms | ${fmt(Math.max(...idle.latencies))} ms | ${idleMemory.toFixed(0)} MB |`,
    `| three 400 MB posts | ${fmt(percentile(during.latencies, 50))} ms | ${fmt(percentile(during.latencies, 99))} ms | ${fmt(Math.max(...during.latencies))} ms | peak ${peak.toFixed(0)} MB (+${(peak - idleMemory).toFixed(0)} MB) |`,
    '',
    `- For ${ATTACK_MS / 1000} s, three clients each sent one 400 MB post after another (two chunked, one with its length declared): ${answers.length} posts, answered ${[...new Set(answers.map((a) => a.status))].join(' or ')} (0: the connection was closed before an answer was read), after ${sentMegabytes.toFixed(0)} MB written in all (a client writes until the server closes the connection). ${during.latencies.length} /healthz requests were made meanwhile.`,
    `- Goals: memory within 100 MB of idle (${peak - idleMemory <= 100 ? 'pass' : 'MISS'}), /healthz under 100 ms (${Math.max(...during.latencies) < 100 ? 'pass' : 'MISS'}, max).`,
  );

  // --- 2. Photos -------------------------------------------------------------
  const hostile = await signInAsDemoPerson(server.url, 'margaret@demo.heard.test');
  const ordinary = await signInAsDemoPerson(server.url, 'arthur@demo.heard.test');
  const hostileStory = await storyIdOf(server.url, hostile);
  const ordinaryStory = await storyIdOf(server.url, ordinary);
  const small = await sharp({
    create: { width: 48, height: 36, channels: 3, background: { r: 120, g: 160, b: 90 } },
  })
    .jpeg()
    .toBuffer();
  const alone: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    alone.push((await uploadPhoto(server.url, ordinary, ordinaryStory, small, 'small.jpg')).ms);
  }
  const needle = makeNeedlePng(39_000_000);
  const large = await makePhoto(6000, 4000, 'jpeg', { noise: true });
  const scenario = async (bytes: Buffer, name: string) => {
    const six = Array.from({ length: 6 }, () =>
      uploadPhoto(server.url, hostile, hostileStory, bytes, name),
    );
    await sleep(100);
    const mine = await uploadPhoto(server.url, ordinary, ordinaryStory, small, 'small.jpg');
    const theirs = await Promise.all(six);
    return { mine, theirs };
  };
  const needles = await scenario(needle, 'needle.png');
  const heavy = await scenario(large, 'large.jpg');
  lines.push(
    '',
    '| an ordinary 4 KB photo is stored in | time | the six other uploads |',
    '| --- | --- | --- |',
    `| alone (median of 5) | ${fmt(percentile(alone, 50))} ms | — |`,
    `| during six 1 × 39,000,000 PNGs (${Math.round(needle.length / 1024)} KB each) | ${fmt(needles.mine.ms)} ms | ${needles.theirs.map((t) => t.status).join(', ')} in ${fmt(Math.max(...needles.theirs.map((t) => t.ms)))} ms at most |`,
    `| during six 6000 × 4000 photos (${(large.length / 1024 / 1024).toFixed(1)} MB each) | ${fmt(heavy.mine.ms)} ms | ${heavy.theirs.map((t) => t.status).join(', ')} in ${fmt(Math.max(...heavy.theirs.map((t) => t.ms)))} ms at most |`,
    '',
    `- Goal: the ordinary photo stored in under 2 s with six hostile uploads in flight (${Math.max(needles.mine.ms, heavy.mine.ms) < 2000 ? 'pass' : 'MISS'}).`,
  );
} finally {
  await server.stop();
}

console.log(lines.join('\n'));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
appendFileSync(
  'bench/RESULTS.md',
  `\n## hostile — ${new Date().toISOString().slice(0, 10)} (${machine})\n\n${lines.join('\n')}\n`,
);
