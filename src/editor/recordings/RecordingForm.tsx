/**
 * "Add a recording": record from the microphone or upload a file, then watch
 * it being sent and made ready, in words and with a progress bar. The
 * recording is kept on the device from the moment it is kept until it is
 * ready (kept-recordings.ts), so a reload or a lost connection loses nothing.
 * Loaded only when someone opens it (StoryEditor.tsx imports it lazily), so
 * the editor opens as fast as before.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useWords } from '#src/editor/Words.tsx';
import { deliverRecording } from './delivery.ts';
import type { Delivery } from './delivery.ts';
import { forgetKeptRecording, keepRecording } from './kept-recordings.ts';
import type { KeptRecording } from './kept-recordings.ts';
import { Recorder } from './Recorder.tsx';
import { RECORDING_FILE_ACCEPT, recordingFileProblem } from './rules.ts';

/** Props of RecordingForm. */
export interface RecordingFormProps {
  readonly storyId: string;
  /** A recording kept on this device earlier, to send again. */
  readonly resume: KeptRecording | null;
  /** The recording is ready: place it in the story. */
  readonly onReady: (recordingId: string) => void;
  readonly onClose: () => void;
  /** Says a change in the editor's live region. */
  readonly announce: (words: string) => void;
}

/** A file's length, when this browser can read it (5 seconds at most). */
function durationOf(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const audio = document.createElement('audio');
    const url = URL.createObjectURL(file);
    const done = (ms: number | null): void => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      resolve(ms);
    };
    const timer = setTimeout(() => done(null), 5000);
    audio.preload = 'metadata';
    audio.addEventListener('loadedmetadata', () =>
      done(Number.isFinite(audio.duration) ? audio.duration * 1000 : null),
    );
    audio.addEventListener('error', () => done(null));
    audio.src = url;
  });
}

/** The recording form shown inside the editor. */
export function RecordingForm({ storyId, resume, onReady, onClose, announce }: RecordingFormProps) {
  const { t } = useWords();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [kept, setKept] = useState<KeptRecording | null>(resume);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notKept, setNotKept] = useState(false);
  const [holding, setHolding] = useState(false);
  const [attempt, setAttempt] = useState<{ readonly resend: boolean } | null>(
    resume === null ? null : { resend: false },
  );
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const announceRef = useRef(announce);
  announceRef.current = announce;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, []);

  // The buttons pressed to keep or send are gone: focus goes to how it is getting on (WCAG 2.4.3).
  const sending = kept !== null;
  useEffect(() => {
    if (sending) status.current?.focus();
  }, [sending]);

  // One delivery at a time; a new attempt (or closing the form) stops the last.
  useEffect(() => {
    if (kept === null || attempt === null) return undefined;
    let lastPhase = '';
    return deliverRecording(
      kept,
      {
        onChange: (next) => {
          setDelivery(next);
          // Each new step is said once; the percentages are on screen.
          if (next.phase !== lastPhase) announceRef.current(next.words);
          lastPhase = next.phase;
        },
        onReady: (recordingId) => onReadyRef.current(recordingId),
      },
      t,
      attempt.resend,
    );
  }, [kept, attempt, t]);

  // Back online after a lost connection: carry on by itself.
  useEffect(() => {
    if (delivery?.phase !== 'failed') return undefined;
    const carryOn = (): void => setAttempt({ resend: false });
    window.addEventListener('online', carryOn);
    return () => window.removeEventListener('online', carryOn);
  }, [delivery?.phase]);

  const keep = async (blob: Blob, name: string): Promise<void> => {
    const next: KeptRecording = {
      id: crypto.randomUUID(),
      storyId,
      blob,
      name,
      keptAt: Date.now(),
    };
    setNotKept(!(await keepRecording(next)));
    setProblem(null);
    setKept(next);
    setAttempt({ resend: false });
  };

  const sendFile = async (): Promise<void> => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem(t('editor.voice.choose'));
      return;
    }
    const found = recordingFileProblem(
      { name: file.name, size: file.size, durationMs: await durationOf(file) },
      t,
    );
    setProblem(found);
    if (found === null) await keep(file, file.name);
  };

  const letGo = async (): Promise<void> => {
    if (kept !== null) await forgetKeptRecording(kept.id);
    announce(t('editor.voice.letGoDone'));
    onClose();
  };

  const chooseAgain = (): void => {
    // The refused recording stays kept (offered again later) until it is let go.
    setKept(null);
    setAttempt(null);
    setDelivery(null);
  };

  const busy =
    delivery !== null && (delivery.phase === 'sending' || delivery.phase === 'getting-ready');
  return (
    <form
      ref={form}
      className="ed-inline-form ed-recording-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void sendFile();
      }}
      onKeyDown={(event) => {
        // Escape closes the form, but never over a recording not yet kept.
        if (event.key === 'Escape' && !holding) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 className="ed-inline-form__title" id={`${id}-title`}>
        {t('editor.voice.title')}
      </h2>
      {kept === null ? (
        <>
          <h3 className="ed-recording-form__part">{t('editor.voice.record')}</h3>
          <Recorder
            onKeep={(blob, name) => void keep(blob, name)}
            announce={announce}
            onHolding={setHolding}
          />
          <h3 className="ed-recording-form__part">{t('editor.voice.orSend')}</h3>
          <label htmlFor={`${id}-file`}>{t('editor.voice.upload')}</label>
          <p className="ed-hint" id={`${id}-file-hint`}>
            {t('editor.voice.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept={RECORDING_FILE_ACCEPT}
            aria-describedby={`${id}-file-hint`}
            onChange={() => setProblem(null)}
          />
          {problem !== null && (
            <p className="ed-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="ed-form-actions">
            <button type="submit" className="ed-button ed-button--primary">
              {t('editor.voice.send')}
            </button>
            <button type="button" className="ed-button" onClick={onClose}>
              {t('editor.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {notKept && <p className="ed-hint ed-hint--callout">{t('editor.voice.notKept')}</p>}
          <p
            ref={status}
            tabIndex={-1}
            className={
              delivery?.phase === 'refused' || delivery?.phase === 'failed'
                ? 'ed-problem'
                : 'ed-recording-form__status'
            }
          >
            {delivery?.words ?? t('editor.voice.startSending')}
          </p>
          {delivery?.phase === 'sending' && (
            <progress
              max={delivery.total}
              value={delivery.sent}
              aria-label={t('editor.voice.sentSoFar')}
            />
          )}
          {delivery?.phase === 'getting-ready' && (
            <progress max={1} value={delivery.progress} aria-label={t('editor.voice.readySoFar')} />
          )}
          <div className="ed-form-actions">
            {(delivery?.phase === 'failed' || delivery?.phase === 'refused') && (
              <button
                type="button"
                className="ed-button ed-button--primary"
                onClick={() => setAttempt({ resend: delivery.phase === 'refused' })}
              >
                {t('editor.voice.sendAgain')}
              </button>
            )}
            {delivery?.phase === 'refused' && (
              <button type="button" className="ed-button" onClick={chooseAgain}>
                {t('editor.voice.another')}
              </button>
            )}
            {!busy && (
              <button type="button" className="ed-button" onClick={() => void letGo()}>
                {t('editor.voice.letGo')}
              </button>
            )}
            <button type="button" className="ed-button" onClick={onClose}>
              {t(busy ? 'editor.voice.stopForNow' : 'editor.voice.close')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
