/**
 * The pure rules of voice stories in the editor: which files are sent and
 * what people are told when one is not, how progress reads, the recording
 * clock, which transcript line is playing, and which line a mark goes on.
 */
import { describe, expect, it } from 'vitest';
import {
  clockTime,
  currentLineIndex,
  levelWords,
  lineExcerpt,
  lineToMark,
  MAX_RECORDING_FILE_BYTES,
  MAX_RECORDING_MS,
  recordingFileProblem,
  recordingStatusWords,
  sendingWords,
  uploadIdOf,
} from '#src/editor/recordings/rules.ts';
import { recordingFileName } from '#src/editor/recordings/microphone.ts';
import { microphoneProblem } from '#src/editor/recordings/microphone.ts';
import { sendingProblem } from '#src/editor/recordings/upload.ts';
import { english } from './support/words.ts';

const { t } = english;

const MB = 1024 * 1024;

describe('a file chosen to upload', () => {
  it.each(['voice.m4a', 'Voice.MP3', 'song.wav', 'memo.ogg', 'chrome.webm', 'a.opus', 'b.oga'])(
    'takes %s',
    (name) => {
      expect(recordingFileProblem({ name, size: 5 * MB, durationMs: 60_000 }, t)).toBeNull();
    },
  );

  it('refuses other endings before sending, naming the ones it takes', () => {
    expect(recordingFileProblem({ name: 'photo.jpg', size: MB, durationMs: null }, t)).toBe(
      'Heard takes recordings ending in .m4a, .mp3, .wav, .ogg or .webm. Please choose one of those.',
    );
    expect(recordingFileProblem({ name: 'mp3', size: MB, durationMs: null }, t)).not.toBeNull();
  });

  it('refuses an empty file', () => {
    expect(recordingFileProblem({ name: 'a.mp3', size: 0, durationMs: null }, t)).toMatch(/empty/);
  });

  it('takes exactly 700 MB and refuses a byte more', () => {
    const file = { name: 'long.wav', durationMs: null };
    expect(recordingFileProblem({ ...file, size: MAX_RECORDING_FILE_BYTES }, t)).toBeNull();
    expect(recordingFileProblem({ ...file, size: MAX_RECORDING_FILE_BYTES + 1 }, t)).toMatch(
      /bigger than 700 MB/,
    );
  });

  it('takes an hour (and a phone clock’s half second) and refuses longer', () => {
    const file = { name: 'long.m4a', size: 30 * MB };
    expect(recordingFileProblem({ ...file, durationMs: MAX_RECORDING_MS + 500 }, t)).toBeNull();
    expect(recordingFileProblem({ ...file, durationMs: MAX_RECORDING_MS + 501 }, t)).toMatch(
      /longer than 60 minutes/,
    );
    // A length the browser could not read is left to the server.
    expect(recordingFileProblem({ ...file, durationMs: null }, t)).toBeNull();
  });
});

describe('progress in words', () => {
  it('says how much is sent, never past 100%', () => {
    expect(sendingWords(0, 10, t)).toBe('Sending your recording: 0%');
    expect(sendingWords(4, 10, t)).toBe('Sending your recording: 40%');
    expect(sendingWords(12, 10, t)).toBe('Sending your recording: 100%');
    expect(sendingWords(0, 0, t)).toBe('Sending your recording: 0%');
  });

  it('says how far the server has got, and never 100% before it is ready', () => {
    const at = (status: 'waiting' | 'processing' | 'ready', progress: number) =>
      recordingStatusWords({ status, progress, refusal: null }, t);
    expect(at('waiting', 0)).toBe('Getting your recording ready: 0%');
    expect(at('processing', 0.4)).toBe('Getting your recording ready: 40%');
    expect(at('processing', 1)).toBe('Getting your recording ready: 99%');
    expect(at('ready', 1)).toBe('Your recording is ready. It is in your story now.');
  });

  it('gives the server’s refusal as it is, or plain words when there is none', () => {
    const refusal = 'That file is not a sound recording Heard can take.';
    expect(recordingStatusWords({ status: 'refused', progress: 0, refusal }, t)).toBe(refusal);
    expect(recordingStatusWords({ status: 'refused', progress: 0, refusal: null }, t)).toMatch(
      /could not use this recording/,
    );
  });
});

describe('the recording clock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [7_000, '0:07'],
    [750_000, '12:30'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
  ])('%i ms reads %s', (ms, shown) => {
    expect(clockTime(ms)).toBe(shown);
  });
});

describe('the line playing', () => {
  const starts = [null, 0, 4_200, null, 9_000];

  it('is none before the first marked moment', () => {
    expect(currentLineIndex([1_000, null], 999)).toBe(-1);
    expect(currentLineIndex([null, null], 5_000)).toBe(-1);
  });

  it('is the line whose moment is the latest passed, skipping unmarked lines', () => {
    expect(currentLineIndex(starts, 0)).toBe(1);
    expect(currentLineIndex(starts, 4_199)).toBe(1);
    expect(currentLineIndex(starts, 4_200)).toBe(2);
    expect(currentLineIndex(starts, 8_999)).toBe(2);
    expect(currentLineIndex(starts, 60_000)).toBe(4);
  });

  it('follows the moments, not the order, when lines were marked out of order', () => {
    expect(currentLineIndex([5_000, 1_000], 2_000)).toBe(1);
    expect(currentLineIndex([5_000, 1_000], 6_000)).toBe(0);
    // Two lines at one moment: the later line.
    expect(currentLineIndex([1_000, 1_000], 1_500)).toBe(1);
  });
});

describe('which line a mark goes on', () => {
  const lines = [
    { key: 'a', startMs: 0 },
    { key: 'b', startMs: null },
    { key: 'c', startMs: null },
  ];

  it('is the line being written when it is in this recording', () => {
    expect(lineToMark(lines, 'c')?.key).toBe('c');
  });

  it('else the first line without a moment, else the last line', () => {
    expect(lineToMark(lines, 'elsewhere')?.key).toBe('b');
    expect(lineToMark(lines, null)?.key).toBe('b');
    expect(lineToMark([{ key: 'a', startMs: 0 }], null)?.key).toBe('a');
    expect(lineToMark([], null)).toBeUndefined();
  });

  it('names the line by its first words', () => {
    expect(lineExcerpt('  We sang  ', t)).toBe('“We sang”');
    expect(lineExcerpt('', t)).toBe('an empty line');
    expect(lineExcerpt('x'.repeat(50), t)).toBe(`“${'x'.repeat(40)}…”`);
  });
});

describe('small words', () => {
  it('finds the upload id at the end of its address', () => {
    expect(uploadIdOf('/api/recordings/uploads/0123abcd')).toBe('0123abcd');
    expect(uploadIdOf('http://h/api/recordings/uploads/0123abcd?x=1')).toBe('0123abcd');
    expect(uploadIdOf('')).toBe('');
  });

  it('says the sound level in words', () => {
    expect(levelWords(0, t)).toBe('Heard cannot hear anything yet');
    expect(levelWords(0.1, t)).toMatch(/^Quiet/);
    expect(levelWords(0.4, t)).toMatch(/^Good/);
    expect(levelWords(0.9, t)).toMatch(/^Very loud/);
  });

  it('names a recording by when it was made', () => {
    expect(recordingFileName(new Date(2026, 11, 1, 9, 5), '.webm')).toBe(
      'recording 2026-12-01 09.05.webm',
    );
  });

  it('says why the microphone could not be used', () => {
    const named = (name: string) => microphoneProblem(new DOMException('x', name), t);
    expect(named('NotAllowedError')).toMatch(
      /^Heard could not use your microphone, because the browser was told not to allow it/,
    );
    expect(named('NotFoundError')).toMatch(/because none was found/);
    expect(named('NotReadableError')).toMatch(/Another app may be using it/);
    expect(microphoneProblem('odd', t)).toMatch(/^Heard could not use your microphone/);
  });
});

describe('when a send stops', () => {
  const answered = (status: number, body: string) =>
    Object.assign(new Error('tus'), {
      originalResponse: { getStatus: () => status, getBody: () => body },
    }) as unknown as Error;

  it('gives the server’s refusal of the recording as it is, and says not to send it again', () => {
    const stopped = sendingProblem(answered(415, 'That file is not a sound recording.'), t);
    expect(stopped.message).toBe('That file is not a sound recording.');
    expect(stopped.refused).toBe(true);
  });

  it('calls a lost connection or a busy server a reason to try again, in plain words', () => {
    expect(sendingProblem(new Error('offline'), t).refused).toBe(false);
    expect(sendingProblem(new Error('offline'), t).message).toMatch(
      /^Your recording could not be sent/,
    );
    const busy = sendingProblem(answered(503, 'This server cannot take recordings yet.'), t);
    expect([busy.refused, busy.message]).toEqual([
      false,
      'This server cannot take recordings yet.',
    ]);
    // A proxy's HTML page is not a sentence for people.
    expect(sendingProblem(answered(502, '<html>Bad gateway</html>'), t).message).toMatch(
      /connection was lost/,
    );
  });
});

describe('when a send stops for the person, not the recording', () => {
  it('treats being signed out as a reason to try again, with the server’s words', () => {
    const signedOut = Object.assign(new Error('tus'), {
      originalResponse: {
        getStatus: () => 401,
        getBody: () => 'Please sign in again, then carry on: nothing is lost.',
      },
    }) as unknown as Error;
    const stopped = sendingProblem(signedOut, t);
    expect([stopped.refused, stopped.message]).toEqual([
      false,
      'Please sign in again, then carry on: nothing is lost.',
    ]);
  });
});
