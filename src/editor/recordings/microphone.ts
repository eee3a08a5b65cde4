/**
 * The microphone as the recorder uses it: asking for it, saying in plain words
 * why it could not be used, choosing a format this browser records in, and
 * reading how loud the sound is (Web Audio's AnalyserNode) for the level meter.
 */
import type { Say } from '#src/editor/words.ts';

/** Why the microphone could not be used, in plain words. */
export function microphoneProblem(error: unknown, t: Say): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return t('editor.voice.notAllowed');
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return t('editor.voice.noMicrophone');
  }
  return t('editor.voice.microphoneBusy');
}

/** Whether this browser can record from a microphone at all. */
export function canRecord(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

// Opus first: it is what the server keeps, so nothing is lost in between.
const FORMATS = [
  { type: 'audio/webm;codecs=opus', ending: '.webm' },
  { type: 'audio/ogg;codecs=opus', ending: '.ogg' },
  { type: 'audio/webm', ending: '.webm' },
  { type: 'audio/mp4', ending: '.m4a' },
] as const;

/** The format to record in, and the file ending it is sent with. */
export function recordingFormat(): { readonly type: string | undefined; readonly ending: string } {
  const found = FORMATS.find((format) => MediaRecorder.isTypeSupported(format.type));
  return found ?? { type: undefined, ending: '.webm' };
}

/** A recording's file name from when it was made: "recording 2026-12-01 14.05.webm". */
export function recordingFileName(at: Date, ending: string): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `recording ${day} ${pad(at.getHours())}.${pad(at.getMinutes())}${ending}`;
}

/** Reads the sound level of a stream; `stop` lets the microphone go. */
export interface LevelReader {
  /** 0 (silence) to 1 (very loud). */
  readonly level: () => number;
  readonly stop: () => void;
}

/** Starts reading the level of `stream`; null when this browser has no Web Audio. */
export function readLevel(stream: MediaStream): LevelReader | null {
  if (typeof AudioContext === 'undefined') return null;
  const context = new AudioContext();
  // A context made after waiting for the microphone may start suspended.
  void context.resume().catch(() => undefined);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  return {
    level: () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // Speech at a comfortable distance is an RMS of about 0.05 to 0.2.
      return Math.min(1, Math.sqrt(sum / samples.length) * 4);
    },
    stop: () => {
      void context.close();
    },
  };
}
