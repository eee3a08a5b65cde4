/**
 * Recordings in the editor state: made by Lexical with the app's nodes, kept
 * by the validator only in life stories with a proper id and transcript lines,
 * and rendered for readers with the player only where the voice is heard.
 */
import { $createTextNode } from 'lexical';
import type { LexicalNode, SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createRecordingNode, recordingPath } from '#src/editor/nodes/RecordingNode.ts';
import { $createTranscriptLineNode } from '#src/editor/nodes/TranscriptLineNode.ts';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { renderStoryForReaders } from '#src/editor/reader.ts';
import { redactedPlainText, renderStoryHtml } from '#src/editor/render.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { listRecordingIds, listRecordingTranscripts } from '#src/domain/voice.ts';
import { redactionOf } from '#src/domain/audience.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { $detail, $paragraph, $text, stateFrom } from './support/states.ts';
import { unsafeHtmlProblems } from './support/html.ts';

const RECORDING_ID = '9a1c2a9e-1b2c-4d5e-8f90-123456789abc';

/** A recording with lines (inside editor.update). */
function $recording(id: string, ...lines: [number | null, ...LexicalNode[]][]): LexicalNode {
  return $createRecordingNode(id).append(
    ...lines.map(([startMs, ...children]) =>
      $createTranscriptLineNode(startMs).append(...children),
    ),
  );
}

const told = (): SerializedEditorState =>
  stateFrom(() => [
    $paragraph($text('Before the song.')),
    $recording(
      RECORDING_ID,
      [0, $text('We sang on the ferry to ')],
      [
        4200,
        $detail('Birkenhead', 'place', 'a town across the river'),
        $createTextNode(' every Sunday.'),
      ],
    ),
  ]);

function valid(state: unknown, kind: 'life_story' | 'film_script' = 'life_story') {
  const result = validateEditorState(state, kind);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Replaces the first node of `type` in a state's JSON. */
function withChanged(type: string, change: (node: Record<string, unknown>) => void) {
  const state = JSON.parse(JSON.stringify(told())) as SerializedEditorState;
  const visit = (node: Record<string, unknown>): boolean => {
    if (node['type'] === type) {
      change(node);
      return true;
    }
    return ((node['children'] as Record<string, unknown>[] | undefined) ?? []).some(visit);
  };
  visit(state.root);
  return state;
}

describe('a recording in the editor state', () => {
  it('keeps the id, the lines and their moments, and counts the transcript as story text', () => {
    const result = valid(told());
    expect(listRecordingIds(result.state)).toEqual([RECORDING_ID]);
    expect(result.plainText.split('\n').map((line) => line.trim())).toEqual(
      expect.arrayContaining(['We sang on the ferry to', 'Birkenhead every Sunday.']),
    );
    expect(listRecordingTranscripts(result.state)).toEqual([
      {
        recordingId: RECORDING_ID,
        lines: ['We sang on the ferry to ', 'Birkenhead every Sunday.'],
      },
    ]);
  });

  it.each([
    [
      'an id that is not a recording id',
      withChanged('recording', (n) => (n['recordingId'] = '../x')),
      'recording in this story could not be found',
    ],
    [
      'no id at all',
      withChanged('recording', (n) => delete n['recordingId']),
      'recording in this story could not be found',
    ],
    [
      'a paragraph inside the recording',
      withChanged('transcript-line', (n) => (n['type'] = 'paragraph')),
      '',
    ],
    [
      'a moment past the hour',
      withChanged('transcript-line', (n) => (n['startMs'] = 4_000_000)),
      'damaged',
    ],
    [
      'a moment that is not a number',
      withChanged('transcript-line', (n) => (n['startMs'] = '1s')),
      'damaged',
    ],
    [
      'a transcript line outside a recording',
      stateFrom(() => [$createTranscriptLineNode(null).append($text('Loose'))]),
      '',
    ],
  ])('refuses %s', (_case, state, words) => {
    const result = validateEditorState(state, 'life_story');
    expect(result.ok).toBe(false);
    if (!result.ok && words !== '') expect(result.message).toContain(words);
  });

  it('is not part of a film script', () => {
    expect(validateEditorState(told(), 'film_script').ok).toBe(false);
  });
});

describe('a recording for readers', () => {
  const state = valid(told()).state;
  const html = (anonymity: Anonymity, playsRecordings: boolean) => {
    const view = renderStoryForReaders(
      { editorState: state, scriptNames: {} },
      'life_story',
      redactionOf([anonymity]),
      { playsRecordings },
    );
    if (!view.ok) throw new Error(view.message);
    return view.html;
  };

  it.each([
    ['named, on the public site', 'named', true, true],
    ['first name, on the public site', 'first_name', true, true],
    ['a made-up name, on the public site', 'pseudonym', true, false],
    ['anonymous, on the public site', 'anonymous', true, false],
    ['named, in a group or book', 'named', false, false],
  ] as const)('%s: the voice is heard: %s', (_case, anonymity, plays, heard) => {
    const page = html(anonymity, plays);
    expect(page.includes('<audio')).toBe(heard);
    expect(page.includes(recordingPath(RECORDING_ID))).toBe(heard);
    // The transcript is always there: the text alternative, or the story's words.
    expect(page).toContain('<p>We sang on the ferry to');
    expect(unsafeHtmlProblems(page)).toEqual([]);
  });

  it('replaces marked details in a transcript like anywhere else', () => {
    expect(html('first_name', true)).toContain('a town across the river');
    expect(html('first_name', true)).not.toContain('Birkenhead');
    expect(html('named', true)).toContain('Birkenhead');
    expect(redactedPlainText(state, 'anonymous').split('\n')).toEqual(
      expect.arrayContaining(['a town across the river every Sunday.']),
    );
  });

  it('puts the transcript right after the player, as its text alternative', () => {
    expect(
      renderStoryHtml(state, {
        anonymity: 'named',
        mediaUrl: mediaPath,
        showIdentifiablePhotos: true,
        recordingUrl: recordingPath,
      }),
    ).toContain(
      `<figure class="story-recording"><audio controls="" preload="none" src="/media/recordings/${RECORDING_ID}">` +
        `<a href="/media/recordings/${RECORDING_ID}">Listen to the recording</a></audio>` +
        '<figcaption>What was said</figcaption><div class="story-transcript"><p>We sang on the ferry to </p>',
    );
  });
});
