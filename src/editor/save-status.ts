/**
 * The save status line in plain words ("Saving…", "Saved at 10:42",
 * "Offline — kept on this device"): what the writer reads about their words.
 */
import type { AutosaveSnapshot } from './autosave.ts';
import type { EditorWords } from './words.ts';

/** A time as a clock in Wales and England shows it, 24-hour whatever a browser's locale data say. */
export const CLOCK: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** The status line in plain words: "Saving…", "Saved at 10:42", "Offline — kept on this device". */
export function saveStatusLabel(
  snapshot: AutosaveSnapshot,
  words: Pick<EditorWords, 't' | 'tag'>,
  formatTime: (time: Date) => string = (time) =>
    new Intl.DateTimeFormat(words.tag, CLOCK).format(time),
): string {
  const { t } = words;
  switch (snapshot.status) {
    case 'saving':
      return t('editor.status.saving');
    case 'saved':
      if (snapshot.savedAt !== null) {
        return t('editor.status.savedAt', { time: formatTime(snapshot.savedAt) });
      }
      return t(snapshot.revision === null ? 'editor.status.notYet' : 'editor.status.saved');
    case 'offline':
      return t(snapshot.keptOnDevice ? 'editor.status.offlineKept' : 'editor.status.offline');
    case 'conflict':
      return t('editor.status.conflict');
    case 'error': {
      const reason = snapshot.message ?? t('editor.status.failed');
      // Most refusals already say where the writing is; say it once.
      const saysWhere = [t('editor.status.keptWords'), t('editor.status.stillHereWords')];
      if (saysWhere.some((words) => reason.includes(words))) return reason;
      return snapshot.keptOnDevice ? t('editor.status.kept', { reason }) : reason;
    }
  }
}
