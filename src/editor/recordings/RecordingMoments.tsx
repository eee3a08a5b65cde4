/**
 * The controls beside one recording's player, for writing down what was
 * said: "Mark this moment" ties the line being written to where the player
 * is, and each marked line gets a button that plays from its moment. While
 * the recording plays, the line being said is highlighted in the text and
 * named as the current one (aria-current), for eyes and screen readers alike.
 */
import type { LexicalEditor, NodeKey } from 'lexical';
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import {
  REMOVE_RECORDING_COMMAND,
  SET_TRANSCRIPT_MOMENT_COMMAND,
} from '#src/editor/plugins/recordings.ts';
import type { TranscriptLineSummary } from '#src/editor/plugins/recordings.ts';
import { RichWords, useWords } from '#src/editor/Words.tsx';
import type { PlacedRecording } from './players.ts';
import { clockTime, currentLineIndex, lineExcerpt, lineToMark } from './rules.ts';

const PLAYING_CLASS = 'ed-transcript-line--playing';

/** Props of RecordingMoments. */
export interface RecordingMomentsProps {
  readonly editor: LexicalEditor;
  readonly placed: PlacedRecording;
  /** The transcript line the cursor is in, or was in last. */
  readonly lineKey: NodeKey | null;
  readonly announce: (words: string) => void;
}

function RecordingMoments({ editor, placed, lineKey, announce }: RecordingMomentsProps) {
  const { t } = useWords();
  const id = useId();
  const { recording, audio } = placed;
  const lines = recording.lines;

  // Highlight the line being said while the recording plays.
  useEffect(() => {
    if (audio === null) return undefined;
    const starts = lines.map((line) => line.startMs);
    const show = (): void => {
      const current = lines[currentLineIndex(starts, audio.currentTime * 1000)]?.key;
      for (const line of lines) {
        const element = editor.getElementByKey(line.key);
        if (element === null) continue;
        const playing = line.key === current && (!audio.paused || audio.currentTime > 0);
        element.classList.toggle(PLAYING_CLASS, playing);
        if (playing) element.setAttribute('aria-current', 'true');
        else element.removeAttribute('aria-current');
      }
    };
    show();
    const events = ['timeupdate', 'seeked', 'play', 'pause', 'ended'] as const;
    for (const name of events) audio.addEventListener(name, show);
    return () => {
      for (const name of events) audio.removeEventListener(name, show);
    };
  }, [audio, lines, editor]);

  const mark = (): void => {
    const line = lineToMark(lines, lineKey);
    if (line === undefined || audio === null) return;
    const startMs = Math.round(audio.currentTime * 1000);
    editor.dispatchCommand(SET_TRANSCRIPT_MOMENT_COMMAND, { key: line.key, startMs });
    announce(
      t('editor.voice.marked', { time: clockTime(startMs), line: lineExcerpt(line.text, t) }),
    );
  };

  const playFrom = (line: TranscriptLineSummary): void => {
    if (audio === null || line.startMs === null) return;
    audio.currentTime = line.startMs / 1000;
    void audio.play().catch(() => undefined);
  };

  const marked = lines.filter((line) => line.startMs !== null);
  return (
    <div className="ed-moments">
      <p className="ed-hint" id={`${id}-hint`}>
        {t('editor.voice.markHint')}
      </p>
      <div className="ed-form-actions">
        <button
          type="button"
          className="ed-button ed-button--primary"
          aria-describedby={`${id}-hint`}
          // Keeps the cursor in the line being written for mouse and touch users.
          onMouseDown={(event) => event.preventDefault()}
          onClick={mark}
        >
          {t('editor.voice.mark')}
        </button>
        <button
          type="button"
          className="ed-button"
          onClick={() => {
            editor.dispatchCommand(REMOVE_RECORDING_COMMAND, recording.key);
            announce(t('editor.voice.removed'));
          }}
        >
          {t('editor.voice.remove')}
        </button>
      </div>
      {marked.length > 0 && (
        <ol className="ed-moments__list" aria-label={t('editor.voice.moments')}>
          {marked.map((line) => (
            <li key={line.key}>
              <button
                type="button"
                className="ed-button ed-moments__moment"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => playFrom(line)}
              >
                <RichWords
                  id="editor.voice.playFrom"
                  values={{ time: clockTime(line.startMs ?? 0), line: lineExcerpt(line.text, t) }}
                />
              </button>
              <span className="ed-moments__words" aria-hidden="true">
                {lineExcerpt(line.text, t)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Props of RecordingsMoments. */
export interface RecordingsMomentsProps {
  readonly editor: LexicalEditor;
  readonly placed: readonly PlacedRecording[];
  readonly lineKey: NodeKey | null;
  readonly announce: (words: string) => void;
}

/** The controls of every recording in the story, each drawn beside its own player. */
export function RecordingsMoments({ editor, placed, lineKey, announce }: RecordingsMomentsProps) {
  return (
    <>
      {placed.map((item) =>
        createPortal(
          <RecordingMoments editor={editor} placed={item} lineKey={lineKey} announce={announce} />,
          item.host,
          item.recording.key,
        ),
      )}
    </>
  );
}
