/**
 * The words our reader's HTML says around a story (the recording player and
 * its transcript's caption) come in the reader's language, marked with it
 * when the story is written in another; the story's own words are untouched.
 */
import { describe, expect, it } from 'vitest';
import type { LexicalNode } from 'lexical';
import { $createRecordingNode, recordingPath } from '#src/editor/nodes/RecordingNode.ts';
import { $createTranscriptLineNode } from '#src/editor/nodes/TranscriptLineNode.ts';
import { renderStoryForReaders, type ReadingPlace } from '#src/editor/reader.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { redactionOf } from '#src/domain/audience.ts';
import { $text, stateFrom } from './support/states.ts';
import { unsafeHtmlProblems } from './support/html.ts';

const RECORDING_ID = '9a1c2a9e-1b2c-4d5e-8f90-123456789abc';

const told = stateFrom((): LexicalNode[] => [
  $createRecordingNode(RECORDING_ID).append(
    $createTranscriptLineNode(0).append($text('Canon ni ar y fferi.')),
  ),
]);

function html(place: ReadingPlace): string {
  const valid = validateEditorState(told, 'life_story');
  if (!valid.ok) throw new Error(valid.message);
  const view = renderStoryForReaders(
    { editorState: valid.state, scriptNames: {} },
    'life_story',
    redactionOf(['named']),
    place,
  );
  if (!view.ok) throw new Error(view.message);
  return view.html;
}

describe('the words around a recording', () => {
  it('are English, unmarked, when no language is given (as before)', () => {
    const page = html({ playsRecordings: true });
    expect(page).toContain(
      `<a href="${recordingPath(RECORDING_ID)}">Listen to the recording</a></audio><figcaption>What was said</figcaption>`,
    );
  });

  it('are Welsh for a Welsh reader, unmarked in a Welsh story', () => {
    const page = html({ playsRecordings: true, language: 'cy', storyLanguage: 'cy' });
    expect(page).toContain('>Gwrando ar y recordiad</a>');
    expect(page).toContain('<figcaption>Beth a ddywedwyd</figcaption>');
    expect(page).toContain('<p>Canon ni ar y fferi.</p>');
    expect(unsafeHtmlProblems(page)).toEqual([]);
  });

  it('carry their own language inside a story written in another', () => {
    const welshReader = html({ playsRecordings: true, language: 'cy', storyLanguage: 'en' });
    expect(welshReader).toContain('<figcaption lang="cy">Beth a ddywedwyd</figcaption>');
    expect(welshReader).toContain('lang="cy">Gwrando ar y recordiad</a>');
    const englishReader = html({ playsRecordings: true, language: 'en', storyLanguage: 'cy' });
    expect(englishReader).toContain('<figcaption lang="en-GB">What was said</figcaption>');
    // The one attribute added is our own language tag (tests/unit/editor/support/html.ts
    // does not list it among render.ts's attributes).
    expect(unsafeHtmlProblems(englishReader.replaceAll(' lang="en-GB"', ''))).toEqual([]);
  });
});
