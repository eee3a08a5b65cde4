/**
 * The save status line in plain words ("Saving…", "Saved at 10:42",
 * "Offline — kept on this device"): what the writer reads about their words.
 */
import type { AutosaveSnapshot } from './autosave.ts';

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The status line in plain words: "Saving…", "Saved at 10:42", "Offline — kept on this device". */
export function saveStatusLabel(
  snapshot: AutosaveSnapshot,
  formatTime: (time: Date) => string = (time) => TIME_FORMAT.format(time),
): string {
  switch (snapshot.status) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      if (snapshot.savedAt !== null) return `Saved at ${formatTime(snapshot.savedAt)}`;
      return snapshot.revision === null ? 'Not saved yet' : 'Saved';
    case 'offline':
      return snapshot.keptOnDevice
        ? 'Offline — kept on this device'
        : 'Offline — please keep this page open until the connection comes back';
    case 'conflict':
      return 'This story was changed somewhere else. Choose which version to keep.';
    case 'error': {
      const reason = snapshot.message ?? 'Could not save just now.';
      if (/kept on this device|still here/.test(reason)) return reason;
      return snapshot.keptOnDevice ? `${reason} Your writing is kept on this device.` : reason;
    }
  }
}
