/**
 * Recording from the microphone (MediaRecorder): start, pause and carry on,
 * stop, listen back, record again or keep. A clock shows how long it has been
 * and a level meter shows that Heard can hear, with words beside it for
 * anyone who cannot see the bar. Every change of step moves focus to the
 * button that comes next, so a keyboard or switch user is never left on a
 * button that went away (WCAG 2.4.3).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useWords } from '#src/editor/Words.tsx';
import {
  canRecord,
  microphoneProblem,
  readLevel,
  recordingFileName,
  recordingFormat,
} from './microphone.ts';
import type { LevelReader } from './microphone.ts';
import { clockTime, levelWords, MAX_RECORDING_MS } from './rules.ts';

/** Props of Recorder. */
export interface RecorderProps {
  /** The person kept what they recorded. */
  readonly onKeep: (blob: Blob, name: string) => void;
  /** Says a change of step in the live region. */
  readonly announce: (words: string) => void;
  /** Whether the recorder holds sound not yet kept (so the form does not close on Escape). */
  readonly onHolding: (holding: boolean) => void;
}

type Step =
  | { readonly step: 'ready' }
  | { readonly step: 'asking' }
  | { readonly step: 'recording' | 'paused' }
  | { readonly step: 'recorded'; readonly blob: Blob; readonly url: string; readonly name: string }
  | { readonly step: 'problem'; readonly message: string };

interface Session {
  readonly stream: MediaStream;
  readonly recorder: MediaRecorder;
  readonly meter: LevelReader | null;
  readonly chunks: Blob[];
  /** Time recorded before the latest start or resume. */
  recordedMs: number;
  /** When the latest start or resume happened; null while paused. */
  runningSince: number | null;
  frame: number;
}

function elapsedOf(session: Session): number {
  const running = session.runningSince === null ? 0 : performance.now() - session.runningSince;
  return session.recordedMs + running;
}

function release(session: Session): void {
  cancelAnimationFrame(session.frame);
  session.meter?.stop();
  for (const track of session.stream.getTracks()) track.stop();
}

/** The recorder inside the "Add a recording" form. */
export function Recorder({ onKeep, announce, onHolding }: RecorderProps) {
  const { t } = useWords();
  const id = useId();
  const [step, setStep] = useState<Step>({ step: 'ready' });
  const [elapsedMs, setElapsedMs] = useState(0);
  const [level, setLevel] = useState(0);
  const session = useRef<Session | null>(null);
  const nextFocus = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // Focus follows the step: the control that is there now.
  useEffect(() => {
    const wanted = nextFocus.current;
    nextFocus.current = null;
    if (wanted !== null)
      box.current?.querySelector<HTMLElement>(`[data-focus="${wanted}"]`)?.focus();
  }, [step]);

  // Sound not yet kept is not lost by a slip: the form and the page say so first.
  const holding = step.step === 'recording' || step.step === 'paused' || step.step === 'recorded';
  useEffect(() => {
    onHolding(holding);
    if (!holding) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [holding, onHolding]);

  // Let the microphone go when the form closes, and the listening copy too.
  const closed = useRef(false);
  useEffect(() => {
    closed.current = false;
    return () => {
      closed.current = true;
      if (session.current) release(session.current);
    };
  }, []);
  const recordedUrl = step.step === 'recorded' ? step.url : null;
  useEffect(
    () => () => {
      if (recordedUrl !== null) URL.revokeObjectURL(recordedUrl);
    },
    [recordedUrl],
  );

  const go = (next: Step, focus: string | null, words?: string): void => {
    nextFocus.current = focus;
    setStep(next);
    if (words !== undefined) announce(words);
  };

  const stop = (): void => {
    const current = session.current;
    if (current === null || current.recorder.state === 'inactive') return;
    current.recordedMs = elapsedOf(current);
    current.runningSince = null;
    current.recorder.stop();
  };

  const tick = (): void => {
    const current = session.current;
    if (current === null) return;
    const elapsed = elapsedOf(current);
    setElapsedMs(Math.floor(elapsed / 1000) * 1000);
    // Falls back slowly after a peak, so the bar and its words can be read.
    const heard = current.runningSince === null ? 0 : (current.meter?.level() ?? 0);
    setLevel((shown) => Math.round(Math.max(heard, shown - 0.01) * 100) / 100);
    // An hour is all the server takes: stop there rather than have it refused.
    if (elapsed >= MAX_RECORDING_MS) stop();
    else current.frame = requestAnimationFrame(tick);
  };

  const start = async (): Promise<void> => {
    if (!canRecord()) {
      const message = t('editor.voice.cannotRecord');
      go({ step: 'problem', message }, 'start', message);
      return;
    }
    go({ step: 'asking' }, null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const message = microphoneProblem(error, t);
      go({ step: 'problem', message }, 'start', message);
      return;
    }
    const format = recordingFormat();
    const recorder = new MediaRecorder(stream, format.type ? { mimeType: format.type } : {});
    const current: Session = {
      stream,
      recorder,
      meter: readLevel(stream),
      chunks: [],
      recordedMs: 0,
      runningSince: performance.now(),
      frame: 0,
    };
    session.current = current;
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) current.chunks.push(event.data);
    });
    recorder.addEventListener('stop', () => {
      release(current);
      session.current = null;
      // Cancelled with the form: nothing to show or say.
      if (closed.current) return;
      const blob = new Blob(current.chunks, { type: recorder.mimeType || format.type || '' });
      const name = recordingFileName(new Date(), format.ending);
      setElapsedMs(current.recordedMs);
      go(
        { step: 'recorded', blob, url: URL.createObjectURL(blob), name },
        'keep',
        t('editor.voice.stopped', { time: clockTime(current.recordedMs) }),
      );
    });
    // Pieces every second: if the tab is closed mid-recording, less is lost.
    recorder.start(1000);
    setElapsedMs(0);
    current.frame = requestAnimationFrame(tick);
    go({ step: 'recording' }, 'pause', t('editor.voice.recording'));
  };

  const pause = (): void => {
    const current = session.current;
    if (current === null) return;
    if (current.recorder.state === 'recording') {
      current.recorder.pause();
      current.recordedMs = elapsedOf(current);
      current.runningSince = null;
      go({ step: 'paused' }, 'pause', t('editor.voice.paused'));
    } else if (current.recorder.state === 'paused') {
      current.recorder.resume();
      current.runningSince = performance.now();
      go({ step: 'recording' }, 'pause', t('editor.voice.again'));
    }
  };

  const again = (): void => {
    setElapsedMs(0);
    go({ step: 'ready' }, 'start', t('editor.voice.dropped'));
  };

  const live = step.step === 'recording' || step.step === 'paused';
  return (
    <div className="ed-recorder" ref={box}>
      {step.step === 'problem' && (
        <p className="ed-problem" role="alert">
          {step.message}
        </p>
      )}
      {(step.step === 'ready' || step.step === 'problem' || step.step === 'asking') && (
        <button
          type="button"
          className="ed-button ed-button--primary ed-button--large"
          data-focus="start"
          disabled={step.step === 'asking'}
          onClick={() => void start()}
        >
          {t(step.step === 'asking' ? 'editor.voice.asking' : 'editor.voice.start')}
        </button>
      )}
      {live && (
        <>
          <p className="ed-recorder__clock">
            <span
              className="ed-recorder__dot"
              aria-hidden="true"
              data-paused={step.step === 'paused'}
            />
            <span>
              {t(step.step === 'paused' ? 'editor.voice.pausedAt' : 'editor.voice.clock')}
            </span>{' '}
            <time>{clockTime(elapsedMs)}</time>
          </p>
          <div className="ed-recorder__level">
            <label htmlFor={`${id}-level`}>{t('editor.voice.level')}</label>
            <meter
              id={`${id}-level`}
              min={0}
              max={1}
              low={0.15}
              high={0.7}
              optimum={0.4}
              value={level}
            />
            <span className="ed-hint">{levelWords(level, t)}</span>
          </div>
          <div className="ed-form-actions">
            <button
              type="button"
              className="ed-button ed-button--large"
              data-focus="pause"
              onClick={pause}
            >
              {t(step.step === 'paused' ? 'editor.voice.carryOn' : 'editor.voice.pause')}
            </button>
            <button
              type="button"
              className="ed-button ed-button--primary ed-button--large"
              onClick={stop}
            >
              {t('editor.voice.stop')}
            </button>
          </div>
        </>
      )}
      {step.step === 'recorded' && (
        <>
          <p>{t('editor.voice.length', { time: clockTime(elapsedMs) })}</p>
          <audio
            className="ed-recorder__listen"
            controls
            src={step.url}
            aria-label={t('editor.voice.listen')}
          />
          <div className="ed-form-actions">
            <button
              type="button"
              className="ed-button ed-button--primary ed-button--large"
              data-focus="keep"
              onClick={() => onKeep(step.blob, step.name)}
            >
              {t('editor.voice.keep')}
            </button>
            <button type="button" className="ed-button ed-button--large" onClick={again}>
              {t('editor.voice.recordAgain')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
