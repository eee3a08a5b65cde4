/**
 * A story as its readers see it: the one function the public story page and the
 * sharing preview both call, so the preview is exactly what readers get: consent is
 * informed only if the author saw what readers will see.
 */
import type { AudienceView } from '#src/domain/audience.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import type { SerializedEditorState } from 'lexical';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { recordingPath } from '#src/editor/nodes/RecordingNode.ts';
import { voiceHeardAt } from '#src/domain/voice.ts';
import { excerptOf } from '#src/domain/words.ts';
import { redactedPlainText, renderStoryHtml, type RecordingWords } from './render.ts';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { ScriptNameMap } from './script-names.ts';
import { validateEditorState } from './validate.ts';

/** What renderStoryForReaders needs of a revision. */
export interface ReaderRevision {
  readonly editorState: unknown;
  readonly scriptNames: ScriptNameMap;
}

/** The HTML readers see, or why it cannot be shown. */
export type ReaderView =
  | { readonly ok: true; readonly html: string; readonly anonymity: Anonymity }
  | { readonly ok: false; readonly message: string };

/**
 * Where a story is read. Recordings play only on the public site (and in its
 * preview), the one place the recording route lets readers hear them; groups,
 * books and staff read the transcripts.
 */
export interface ReadingPlace {
  readonly playsRecordings: boolean;
  /** The reader's language, for the words around a recording; English unless given. */
  readonly language?: Language;
  /** The language the story is written in (a BCP 47 tag), when known. */
  readonly storyLanguage?: string;
}

/**
 * The words around a recording in the reader's language, marked with it when
 * the story (whose text they sit in) is in another.
 */
function recordingWordsFor(place: ReadingPlace): RecordingWords | undefined {
  if (place.language === undefined) return undefined;
  const words = translatorFor(place.language);
  const sameLanguage =
    place.storyLanguage === undefined || place.storyLanguage.split('-')[0] === place.language;
  return {
    listen: words.t('public.recording.listen'),
    said: words.t('public.recording.said'),
    ...(sameLanguage ? {} : { lang: words.tag }),
  };
}

const TRANSCRIPTS_ONLY: ReadingPlace = { playsRecordings: false };

/**
 * Renders a revision for an audience (projected by src/domain/audience.ts):
 * sensitive details replaced, photos of recognisable people left out unless
 * every author chose to be named, and recordings heard only where the place
 * plays them and every author is named or first-named.
 */
export function renderStoryForReaders(
  revision: ReaderRevision,
  kind: 'life_story' | 'film_script',
  audience: Pick<AudienceView, 'redaction' | 'showsIdentifiablePhotos'>,
  place: ReadingPlace = TRANSCRIPTS_ONLY,
): ReaderView {
  // Stored states were validated when saved; validate again so rendering never trusts storage.
  const valid = validateEditorState(revision.editorState, kind);
  if (!valid.ok) return { ok: false, message: valid.message };
  const recordingWords = recordingWordsFor(place);
  const html = renderStoryHtml(valid.state, {
    anonymity: audience.redaction,
    nameMap: revision.scriptNames,
    mediaUrl: mediaPath,
    showIdentifiablePhotos: audience.showsIdentifiablePhotos,
    ...(place.playsRecordings && voiceHeardAt(audience.redaction)
      ? { recordingUrl: recordingPath }
      : {}),
    ...(recordingWords ? { recordingWords } : {}),
  });
  return { ok: true, html, anonymity: audience.redaction };
}

/**
 * The words an audience may read, as plain text (search, snippets, feeds), and
 * the excerpt cut from them: the same redaction as the rendered story.
 */
export function readerText(
  revision: ReaderRevision,
  audience: Pick<AudienceView, 'redaction'>,
): { readonly text: string; readonly excerpt: string } {
  const text = redactedPlainText(
    revision.editorState as SerializedEditorState,
    audience.redaction,
    revision.scriptNames,
  );
  return { text, excerpt: excerptOf(text) };
}
