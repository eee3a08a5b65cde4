/**
 * Processing a 60-minute recording: how long it takes and how much memory it
 * needs, for Heard's whole job (src/server/voice/recordings.ts: probe, checked
 * re-encode to mono Opus with time and memory limits, progress written to the
 * database, the file stored) beside a baseline measured in the same run: one
 * plain `ffmpeg -i in -c:a libopus` of the same file, the least any server
 * could do. Peak memory is sampled from /proc every 50 ms for ffmpeg and for
 * this Node process.
 *
 *   node bench/voice.ts
 *
 * The upload is an hour of a phone's WAV (44.1 kHz, 16-bit, mono: 318 MB),
 * pink noise under a changing tone, made here by ffmpeg. The database is an
 * embedded PGlite in a temporary folder with the local media store, as
 * `npm start` runs.
 * Prints the figures and appends them to bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS, wrapPglite } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';
import { findAudioTools } from '#src/server/media/audio.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { processRecording } from '#src/server/voice/recordings.ts';
import { insertWaitingRecording } from '#src/server/voice/recordings.repository.ts';
import { makePerson, makeStory } from '../tests/integration/support/fixtures.ts';

const MINUTES = 60;

const tools = findAudioTools();
if (!tools) {
  console.error('ffmpeg and ffprobe are needed (apt-get install ffmpeg).');
  process.exit(1);
}

/** Runs a program to the end; rejects if it fails. */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ended ${code}`)),
    );
  });
}

/** The resident memory (kB) of every running ffmpeg, summed. */
function ffmpegResidentKb(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (!/^Name:\s+ffmpeg$/m.test(status)) continue;
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Runs `work`, sampling peak memory of ffmpeg and of this process. */
async function measure(work: () => Promise<unknown>) {
  let done = false;
  let ffmpegPeakKb = 0;
  let nodePeakBytes = process.memoryUsage().rss;
  const sampler = (async () => {
    while (!done) {
      ffmpegPeakKb = Math.max(ffmpegPeakKb, ffmpegResidentKb());
      nodePeakBytes = Math.max(nodePeakBytes, process.memoryUsage().rss);
      await sleep(50);
    }
  })();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    await work();
  } finally {
    done = true;
    await sampler;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: (performance.now() - started) / 1000,
    ffmpegPeakMb: ffmpegPeakKb / 1024,
    nodePeakMb: nodePeakBytes / 1024 / 1024,
    nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

const folder = mkdtempSync(join(tmpdir(), 'heard-bench-voice-'));
try {
  const input = join(folder, 'an-hour.wav');
  console.log(`Making ${MINUTES} minutes of audio...`);
  await run(tools.ffmpeg, [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `anoisesrc=color=pink:amplitude=0.05:duration=${MINUTES * 60}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=220:beep_factor=3:duration=${MINUTES * 60}`,
    '-filter_complex',
    'amix=inputs=2',
    '-ac',
    '1',
    '-ar',
    '44100',
    '-c:a',
    'pcm_s16le',
    input,
  ]);
  const inputMb = statSync(input).size / 1024 / 1024;

  const plainFfmpeg = () =>
    run(tools.ffmpeg, [
      '-v',
      'error',
      '-y',
      '-i',
      input,
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      '-ac',
      '1',
      join(folder, 'baseline.opus'),
    ]);
  console.log('Baseline: plain ffmpeg to Opus...');
  // Measured before and after Heard's job, so neither gains from a warm disk cache.
  const baselineBefore = await measure(plainFfmpeg);

  console.log("Heard's job...");
  const pglite = await PGlite.create(`file://${join(folder, 'pglite')}`, PGLITE_OPTIONS);
  const { db } = wrapPglite(pglite);
  await migrateToLatest(db);
  const author = await makePerson(db, { name: 'Edna Price' });
  const story = await makeStory(db, [author], { title: 'An hour of it' });
  const { recording } = await insertWaitingRecording(db, {
    storyId: story.id,
    uploadedBy: author,
    uploadId: 'b'.repeat(32),
  });
  const nodeBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  const progressSeen: number[] = [];
  const poller = setInterval(() => {
    void db
      .selectFrom('recordings')
      .select('progress')
      .where('id', '=', recording.id)
      .executeTakeFirst()
      .then((row) => {
        if (row) progressSeen.push(row.progress);
      });
  }, 1000);
  let outcome: Awaited<ReturnType<typeof processRecording>> | undefined;
  const heard = await measure(async () => {
    outcome = await processRecording(
      { db, store: createLocalMediaStore(join(folder, 'media')), tools },
      recording.id,
      input,
    );
  });
  clearInterval(poller);
  await pglite.close();
  console.log('Baseline again...');
  const baselineAfter = await measure(plainFfmpeg);
  const baselineSeconds = (baselineBefore.seconds + baselineAfter.seconds) / 2;
  if (!outcome?.ok) throw new Error(`The recording was refused: ${JSON.stringify(outcome)}`);
  const { durationMs, bytes } = outcome.recording;
  const distinctProgress = new Set(progressSeen.map((p) => p.toFixed(2))).size;

  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}, Node ${process.version}, ffmpeg from ${tools.ffmpeg}`;
  const lines = [
    '',
    `## voice — ${when} UTC (${machine})`,
    '',
    `A ${MINUTES}-minute upload (WAV, 44.1 kHz, 16-bit, mono: ${inputMb.toFixed(0)} MB) processed into mono Opus at 32 kbit/s. The baseline is one plain \`ffmpeg -i in -c:a libopus -b:a 32k -ac 1\` of the same file in the same run; Heard's job adds the probe, one thread, the memory limit, progress written to the database and the stored file. Load average at the start ${loadavg()[0]?.toFixed(1)}.`,
    '',
    '| run | time | peak memory |',
    '| --- | --- | --- |',
    `| baseline: plain ffmpeg, before | ${baselineBefore.seconds.toFixed(1)} s | ffmpeg ${baselineBefore.ffmpegPeakMb.toFixed(0)} MB |`,
    `| baseline: plain ffmpeg, after | ${baselineAfter.seconds.toFixed(1)} s | ffmpeg ${baselineAfter.ffmpegPeakMb.toFixed(0)} MB |`,
    `| Heard's job | ${heard.seconds.toFixed(1)} s (×${(heard.seconds / baselineSeconds).toFixed(2)} of the baselines' mean) | ffmpeg ${heard.ffmpegPeakMb.toFixed(0)} MB; the Node process ${heard.nodePeakMb.toFixed(0)} MB at its peak, ${(heard.nodePeakMb - nodeBeforeMb).toFixed(0)} MB more than before the job (it holds the embedded database too), ${heard.nodeCpuSeconds.toFixed(1)} s of its CPU |`,
    '',
    `Result: ${(durationMs ?? 0) / 1000} s of sound in ${((bytes ?? 0) / 1024 / 1024).toFixed(1)} MB; progress was seen at ${distinctProgress} different values while it ran (polled every second).`,
  ];
  console.log(lines.join('\n'));
  appendFileSync(new URL('./RESULTS.md', import.meta.url), `${lines.join('\n')}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
