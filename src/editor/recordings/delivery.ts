/**
 * Getting one kept recording into the story: send it (or find that it was
 * sent before a reload), then ask every second how far the server has got,
 * and place it once it is ready. The kept copy on the device is forgotten
 * only then; a refused recording stays kept, so nothing is lost.
 */
import type { Say } from '#src/editor/words.ts';
import { forgetKeptRecording, updateKeptRecording } from './kept-recordings.ts';
import type { KeptRecording } from './kept-recordings.ts';
import { recordingStatusWords, sendingWords, uploadIdOf } from './rules.ts';
import { fetchRecordingStatuses, sendRecording, SendingStopped, statusOf } from './upload.ts';
import type { Sending, SentRecording } from './upload.ts';

/** How far one recording has got, as the form shows it. */
export type Delivery =
  | {
      readonly phase: 'sending';
      readonly words: string;
      readonly sent: number;
      readonly total: number;
    }
  | { readonly phase: 'getting-ready'; readonly words: string; readonly progress: number }
  | { readonly phase: 'ready'; readonly words: string }
  | { readonly phase: 'refused'; readonly words: string }
  | { readonly phase: 'failed'; readonly words: string };

/** What a delivery tells the form. */
export interface DeliveryCallbacks {
  readonly onChange: (delivery: Delivery) => void;
  /** The recording is ready: place it in the story (before the kept copy is forgotten). */
  readonly onReady: (recordingId: string) => void;
}

const POLL_MS = 1000;

/**
 * Delivers `kept`; `resend` sends it again even if the server refused it
 * before (as a new upload). Returns a function that stops (the kept copy stays).
 */
export function deliverRecording(
  kept: KeptRecording,
  callbacks: DeliveryCallbacks,
  t: Say,
  resend = false,
): () => void {
  let stopped = false;
  let sending: Sending | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (): Promise<void> =>
    new Promise((resolve) => {
      timer = setTimeout(resolve, POLL_MS);
    });

  const follow = async (sent: SentRecording): Promise<void> => {
    while (!stopped) {
      const statuses = await fetchRecordingStatuses(kept.storyId);
      if (stopped) return;
      const status = statuses === null ? undefined : statusOf(statuses, sent);
      if (status?.status === 'ready') {
        callbacks.onReady(status.id);
        callbacks.onChange({ phase: 'ready', words: recordingStatusWords(status, t) });
        await forgetKeptRecording(kept.id);
        return;
      }
      if (status?.status === 'refused') {
        callbacks.onChange({ phase: 'refused', words: recordingStatusWords(status, t) });
        return;
      }
      callbacks.onChange({
        phase: 'getting-ready',
        words:
          statuses === null
            ? t('editor.voice.waiting')
            : recordingStatusWords(status ?? { status: 'waiting', progress: 0, refusal: null }, t),
        progress: status?.progress ?? 0,
      });
      await wait();
    }
  };

  const send = async (): Promise<void> => {
    // Sent before a reload: follow it rather than send it twice.
    if (kept.uploadUrl !== undefined && !resend) {
      const statuses = await fetchRecordingStatuses(kept.storyId);
      const sent = { uploadId: uploadIdOf(kept.uploadUrl), recordingId: kept.recordingId ?? null };
      if (statuses !== null && statusOf(statuses, sent) !== undefined) return follow(sent);
    }
    if (stopped) return;
    callbacks.onChange({
      phase: 'sending',
      words: sendingWords(0, kept.blob.size, t),
      sent: 0,
      total: kept.blob.size,
    });
    sending = sendRecording(
      kept,
      {
        onProgress: (sent, total) => {
          if (!stopped)
            callbacks.onChange({
              phase: 'sending',
              words: sendingWords(sent, total, t),
              sent,
              total,
            });
        },
        onUploadUrl: (uploadUrl) => void updateKeptRecording(kept.id, { uploadUrl }),
      },
      t,
    );
    let sent: SentRecording;
    try {
      sent = await sending.done;
    } catch (error) {
      if (stopped) return;
      const refused = error instanceof SendingStopped && error.refused;
      callbacks.onChange({
        phase: refused ? 'refused' : 'failed',
        words: (error as Error).message,
      });
      return;
    }
    if (sent.recordingId !== null)
      await updateKeptRecording(kept.id, { recordingId: sent.recordingId });
    return follow(sent);
  };

  void send();
  return () => {
    stopped = true;
    clearTimeout(timer);
    sending?.stop();
  };
}
