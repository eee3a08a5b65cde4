/**
 * Voice in a life story, as the editor island shows it: the "Add a recording"
 * form (loaded only when opened, so the island stays small), an offer to send
 * any recording still kept on this device from before a reload or a lost
 * connection, the controls beside each recording's player, and one polite
 * live region that says each change of step (WCAG 4.1.3).
 */
import type { LexicalEditor } from 'lexical';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { KeptRecording } from './recordings/kept-recordings.ts';
import { useRecordingsInEditor } from './recordings/players.ts';
import { RecordingsMoments } from './recordings/RecordingMoments.tsx';
import { CLOCK } from './save-status.ts';
import type { EditorWords } from './words.ts';
import { useWords } from './Words.tsx';

const RecordingForm = lazy(async () => ({
  default: (await import('./recordings/RecordingForm.tsx')).RecordingForm,
}));

const keptRecordings = () => import('./recordings/kept-recordings.ts');

/** Props of RecordingControl. */
export interface RecordingControlProps {
  readonly editor: LexicalEditor;
  readonly storyId: string;
  /** Whether the form is open (the island shows one form at a time). */
  readonly open: boolean;
  /** Opens the form, to send a kept recording again when one is given. */
  readonly onOpen: () => void;
  /** A recording is ready: place it where the cursor was. */
  readonly onReady: (recordingId: string) => void;
  readonly onClose: () => void;
}

/** When a recording was kept, as people say it: "today at 14:05", "on 3 December". */
function keptWhen(keptAt: number, { t, tag }: EditorWords): string {
  const at = new Date(keptAt);
  const time = at.toLocaleTimeString(tag, CLOCK);
  if (at.toDateString() === new Date().toDateString()) return t('editor.voice.today', { time });
  const day = at.toLocaleDateString(tag, { day: 'numeric', month: 'long' });
  return t('editor.voice.onDay', { day, time });
}

/** The recording form, the kept-recording offer, the player controls and the live region. */
export function RecordingControl({
  editor,
  storyId,
  open,
  onOpen,
  onReady,
  onClose,
}: RecordingControlProps) {
  const words = useWords();
  const { t } = words;
  const [announcement, setAnnouncement] = useState('');
  const [kept, setKept] = useState<readonly KeptRecording[]>([]);
  const [resume, setResume] = useState<KeptRecording | null>(null);
  const { placed, lineKey } = useRecordingsInEditor(editor, true);

  // Whenever the form is closed, look again for recordings kept on the device.
  useEffect(() => {
    if (open) return undefined;
    let current = true;
    void keptRecordings()
      .then((module) => module.listKeptRecordings(storyId))
      .then((found) => {
        if (current) setKept(found);
      });
    return () => {
      current = false;
    };
  }, [open, storyId]);

  // A kept recording already placed in the story was ready: it need not be kept.
  const placedIds = new Set(placed.map((item) => item.recording.recordingId));
  const offered = kept.filter(
    (item) => item.recordingId === undefined || !placedIds.has(item.recordingId),
  );
  useEffect(() => {
    const done = kept.filter(
      (item) => item.recordingId !== undefined && placedIds.has(item.recordingId),
    );
    if (done.length === 0) return;
    void keptRecordings().then(async (module) => {
      for (const item of done) await module.forgetKeptRecording(item.id);
    });
    setKept((list) => list.filter((item) => !done.includes(item)));
  });

  const announce = (words: string): void => {
    // The same words twice are said twice: clear, then set.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(words));
  };

  const first = offered[0];
  return (
    <>
      {!open && first !== undefined && (
        <div className="ed-hint ed-hint--callout ed-kept">
          <p>
            {offered.length === 1
              ? t('editor.voice.keptOne', { when: keptWhen(first.keptAt, words) })
              : t('editor.voice.keptMany', { count: offered.length })}
          </p>
          <button
            type="button"
            className="ed-button ed-button--primary"
            onClick={() => {
              setResume(first);
              onOpen();
            }}
          >
            {t(offered.length === 1 ? 'editor.voice.sendNow' : 'editor.voice.sendFirst')}
          </button>
        </div>
      )}
      {open && (
        <Suspense fallback={<p className="ed-hint">{t('editor.voice.opening')}</p>}>
          <RecordingForm
            storyId={storyId}
            resume={resume}
            onReady={(recordingId) => {
              setResume(null);
              onReady(recordingId);
            }}
            onClose={() => {
              setResume(null);
              onClose();
            }}
            announce={announce}
          />
        </Suspense>
      )}
      <RecordingsMoments editor={editor} placed={placed} lineKey={lineKey} announce={announce} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
