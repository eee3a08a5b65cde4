/**
 * Voice recordings, checked and re-encoded like photos
 * (docs/decisions/027-voice-recordings.md): what arrives is sniffed, probed by
 * ffprobe as the format its first bytes claim, and re-encoded by ffmpeg into
 * one format (Opus in Ogg, mono) with every tag, chapter and cover picture
 * left behind. Nothing of the uploaded bytes survives. ffmpeg runs without a
 * shell, with one thread, a memory limit (prlimit) and a time limit.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { requestWords } from '#src/server/http/request-language.ts';

/** The longest recording Heard takes. */
export const MAX_RECORDING_SECONDS = 60 * 60;
/** Half a second of grace: an hour on a phone's clock is 3,600.3 seconds in its file. */
const LENGTH_GRACE_SECONDS = 0.5;
/** The largest upload: an hour of CD-quality stereo WAV, with room to spare. */
export const MAX_RECORDING_BYTES = 700 * 1024 * 1024;

/** The containers a recording may arrive in, named as ffmpeg names their demuxers. */
export const AUDIO_CONTAINERS = ['ogg', 'wav', 'matroska', 'mp3', 'mov'] as const;
export type AudioContainer = (typeof AUDIO_CONTAINERS)[number];

/** The programs that do the work, found like Chromium is. */
export interface AudioTools {
  readonly ffmpeg: string;
  readonly ffprobe: string;
  /** util-linux `prlimit`, to bound ffmpeg's memory; without it only time is bounded. */
  readonly prlimit: string | undefined;
}

/** Where Debian installs them; `HEARD_FFMPEG`/`HEARD_FFPROBE` name others. */
export function findAudioTools(env: NodeJS.ProcessEnv = process.env): AudioTools | undefined {
  const ffmpeg = env['HEARD_FFMPEG']?.trim() || '/usr/bin/ffmpeg';
  const ffprobe = env['HEARD_FFPROBE']?.trim() || '/usr/bin/ffprobe';
  if (!existsSync(ffmpeg) || !existsSync(ffprobe)) return undefined;
  return {
    ffmpeg,
    ffprobe,
    prlimit: existsSync('/usr/bin/prlimit') ? '/usr/bin/prlimit' : undefined,
  };
}

/**
 * Why a recording was not taken: its message's key (what a recording's row
 * keeps, so whoever opens the editor later reads it in their own language)
 * and the words for the person sending it now (the request's language).
 */
export interface AudioRefusal {
  readonly ok: false;
  readonly status: 413 | 415 | 422 | 503;
  readonly reason:
    | 'too-large'
    | 'too-long'
    | 'not-audio'
    | 'video'
    | 'damaged'
    | 'cut-short'
    | 'too-slow'
    | 'no-ffmpeg';
  readonly messageKey: MessageKey;
  readonly message: string;
}

const REFUSALS: Readonly<
  Record<AudioRefusal['reason'], Pick<AudioRefusal, 'status' | 'messageKey'>>
> = {
  'too-large': { status: 413, messageKey: 'editor.audio.tooLarge' },
  'too-long': { status: 413, messageKey: 'editor.audio.tooLong' },
  'not-audio': { status: 415, messageKey: 'editor.audio.notAudio' },
  video: { status: 415, messageKey: 'editor.audio.video' },
  damaged: { status: 422, messageKey: 'editor.audio.damaged' },
  'cut-short': { status: 422, messageKey: 'editor.audio.cutShort' },
  'too-slow': { status: 422, messageKey: 'editor.audio.tooSlow' },
  'no-ffmpeg': { status: 503, messageKey: 'editor.audio.noFfmpeg' },
};

/** The refusal for `reason`, with its status, its message's key and its sentence. */
export function audioRefusal(reason: AudioRefusal['reason']): AudioRefusal {
  const { status, messageKey } = REFUSALS[reason];
  return { ok: false, reason, status, messageKey, message: requestWords().t(messageKey) };
}

/** The container a file's first bytes claim, or undefined if they claim none Heard takes. */
export function sniffAudioContainer(head: Uint8Array): AudioContainer | undefined {
  const ascii = (from: number, to: number): string =>
    String.fromCharCode(...head.subarray(from, to));
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return 'matroska';
  }
  if (ascii(4, 8) === 'ftyp') return 'mov';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame: eleven set sync bits, then layer III.
  if (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xe6) === 0xe2) return 'mp3';
  return undefined;
}

/** What ffprobe says about a recording that passed the first checks. */
export interface ProbedAudio {
  readonly ok: true;
  readonly container: AudioContainer;
  /** The length the file declares, when it declares one (a browser's WebM often does not). */
  readonly declaredSeconds: number | undefined;
}

interface ProbeJson {
  readonly format?: { readonly duration?: string };
  readonly streams?: readonly {
    readonly codec_type?: string;
    readonly disposition?: { readonly attached_pic?: number };
  }[];
}

/**
 * Checks an uploaded file: its size, the container its first bytes claim, and
 * (read as that container, so a file that is two things at once is only ever
 * read as the one it starts as) one sound track, no moving pictures, and a
 * length of at most an hour.
 */
export async function probeAudio(
  tools: AudioTools,
  path: string,
  timeoutMs = 30_000,
): Promise<ProbedAudio | AudioRefusal> {
  const size = (await stat(path)).size;
  if (size > MAX_RECORDING_BYTES) return audioRefusal('too-large');
  const container = sniffAudioContainer(await readHead(path, 16));
  if (!container) return audioRefusal('not-audio');
  const probe = await run(
    [
      tools.ffprobe,
      '-v',
      'error',
      '-f',
      container,
      '-show_entries',
      'format=duration:stream=codec_type:stream_disposition=attached_pic',
      '-of',
      'json',
      path,
    ],
    { timeoutMs },
  );
  if (probe.timedOut) return audioRefusal('too-slow');
  if (probe.code !== 0) return audioRefusal('damaged');
  let parsed: ProbeJson;
  try {
    parsed = JSON.parse(probe.stdout) as ProbeJson;
  } catch {
    return audioRefusal('damaged');
  }
  const streams = parsed.streams ?? [];
  // A cover picture in an mp3 or m4a is a still, not a video; it is dropped anyway.
  const moving = streams.some(
    (stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1,
  );
  if (moving) return audioRefusal('video');
  if (!streams.some((stream) => stream.codec_type === 'audio')) return audioRefusal('not-audio');
  const declared = Number(parsed.format?.duration);
  const declaredSeconds = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  if (
    declaredSeconds !== undefined &&
    declaredSeconds > MAX_RECORDING_SECONDS + LENGTH_GRACE_SECONDS
  ) {
    return audioRefusal('too-long');
  }
  return { ok: true, container, declaredSeconds };
}

/** A recording ready to keep. */
export interface EncodedAudio {
  readonly ok: true;
  readonly durationMs: number;
}

export interface EncodeOptions {
  /** Told the share done, 0 to 1, as ffmpeg reports it. */
  readonly onProgress?: (done: number) => void;
  /** How long ffmpeg may take before it is stopped and the recording refused. */
  readonly timeoutMs?: number;
  /** How much memory ffmpeg may map (with prlimit). */
  readonly memoryBytes?: number;
}

/**
 * Re-encodes the first sound track of `inputPath` into Opus in Ogg at
 * `outputPath`: mono, 48 kHz, 32 kbit/s (clear speech at about 14 MB an hour),
 * with no metadata, chapters or pictures. Stops at just over an hour, so a
 * file that lies about its length cannot make ffmpeg work for ten.
 */
export async function encodeAudio(
  tools: AudioTools,
  probed: ProbedAudio,
  inputPath: string,
  outputPath: string,
  options: EncodeOptions = {},
): Promise<EncodedAudio | AudioRefusal> {
  const limit = MAX_RECORDING_SECONDS + 1;
  const ffmpegArgs = [
    tools.ffmpeg,
    '-nostdin',
    '-hide_banner',
    '-v',
    'error',
    '-xerror',
    '-threads',
    '1',
    '-f',
    probed.container,
    '-i',
    inputPath,
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-ac',
    '1',
    '-ar',
    '48000',
    '-c:a',
    'libopus',
    '-b:a',
    '32k',
    '-application',
    'voip',
    '-t',
    String(limit),
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-progress',
    'pipe:1',
    '-nostats',
    '-y',
    '-f',
    'ogg',
    outputPath,
  ];
  const memory = options.memoryBytes ?? 1024 * 1024 * 1024;
  const argv = tools.prlimit ? [tools.prlimit, `--as=${memory}`, '--', ...ffmpegArgs] : ffmpegArgs;
  let encodedSeconds = 0;
  const result = await run(argv, {
    timeoutMs: options.timeoutMs ?? 10 * 60_000,
    onLine(line) {
      // `-progress` prints key=value lines; out_time_us is how far it has got.
      const match = /^out_time_us=(\d+)$/.exec(line);
      if (!match) return;
      encodedSeconds = Number(match[1]) / 1e6;
      if (probed.declaredSeconds) {
        options.onProgress?.(Math.min(1, encodedSeconds / probed.declaredSeconds));
      }
    },
  });
  if (result.timedOut) return audioRefusal('too-slow');
  if (result.code !== 0) return audioRefusal('damaged');
  if (encodedSeconds > MAX_RECORDING_SECONDS + LENGTH_GRACE_SECONDS) {
    return audioRefusal('too-long');
  }
  if (encodedSeconds <= 0) return audioRefusal('damaged');
  // A file whose header promises more than its body holds was cut short (an
  // upload that stopped halfway); a second of slack for rounding in headers.
  if (probed.declaredSeconds !== undefined && encodedSeconds < probed.declaredSeconds * 0.98 - 1) {
    return audioRefusal('cut-short');
  }
  options.onProgress?.(1);
  return { ok: true, durationMs: Math.round(encodedSeconds * 1000) };
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly timedOut: boolean;
}

/** Runs a program without a shell, keeping at most 1 MB of what it prints. */
function run(
  argv: readonly string[],
  options: { readonly timeoutMs: number; readonly onLine?: (line: string) => void },
): Promise<RunResult> {
  const [command, ...args] = argv;
  if (!command) throw new Error('Nothing to run.');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let stdout = '';
    let pending = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < 1024 * 1024) stdout += chunk;
      if (!options.onLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line.trim());
    });
    // ffmpeg's complaints are about the uploaded file; they are not shown to anyone.
    child.stderr.resume();
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending && options.onLine) options.onLine(pending.trim());
      resolve({ code, stdout, timedOut });
    });
  });
}
