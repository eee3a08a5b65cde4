import { describe, expect, it } from 'vitest';
import {
  markWordsInState,
  renameCharacterInState,
  storyToCheck,
} from '#src/editor/identification-text.ts';
import { fromFountain } from '#src/editor/fountain.ts';
import { editorStateFromParagraphs, extractPlainText } from '#src/editor/plain-text.ts';
import { redactedPlainText } from '#src/editor/render.ts';
import { validateEditorState } from '#src/editor/validate.ts';

const story = editorStateFromParagraphs([
  'Tyler lives on Fern Street.',
  'Tyler and Tylers are not the same word.',
]);

describe('markWordsInState', () => {
  it.each([
    ['every whole-word occurrence', 'Tyler', 2, 'a boy lives on Fern Street.\na boy and Tylers'],
    ['words across a space', 'Fern Street', 1, 'Tyler lives on a boy.'],
    ['nothing when the words are not there', 'Bootle', 0, 'Tyler lives on Fern Street.'],
  ])('marks %s', (_label, words, count, readerText) => {
    const result = markWordsInState(story, words, 'person', 'a boy');
    expect(result.marked).toBe(count);
    const valid = validateEditorState(result.state, 'life_story');
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    // The author's words are all still there; readers see the replacement.
    expect(extractPlainText(valid.state)).toBe(extractPlainText(story));
    expect(redactedPlainText(valid.state, 'anonymous')).toContain(readerText);
  });

  it('leaves words already marked alone, and never changes the state it was given', () => {
    const before = JSON.stringify(story);
    const once = markWordsInState(story, 'Tyler', 'person', 'a boy');
    const twice = markWordsInState(once.state, 'Tyler', 'person', 'someone else');
    expect(twice.marked).toBe(0);
    expect(JSON.stringify(story)).toBe(before);
  });
});

describe('renameCharacterInState', () => {
  it('renames a character in cues (in capitals) and lines, whole words only', () => {
    const script = fromFountain('INT. KITCHEN - DAY\n\nJAY\nJay, Jayden and I.\n\nANNE\nHi Jay.');
    const result = renameCharacterInState(script, 'JAY', 'Theo');
    expect(result.renamed).toBe(3);
    expect(extractPlainText(result.state)).toBe(
      'INT. KITCHEN - DAY\nTHEO\nTheo, Jayden and I.\nANNE\nHi Theo.',
    );
  });
});

describe('storyToCheck', () => {
  it('reads the title, the text with marks blanked, shown photo words, and character cues', () => {
    const marked = markWordsInState(story, 'Fern Street', 'place', 'our street').state as {
      root: { children: object[] };
    };
    marked.root.children.push(
      {
        type: 'photo',
        version: 1,
        mediaId: '00000000-0000-4000-8000-000000000000',
        altText: 'Tyler on the prom',
        caption: '',
        showsIdentifiablePeople: false,
        width: 10,
        height: 10,
      },
      {
        type: 'photo',
        version: 1,
        mediaId: '00000000-0000-4000-8000-000000000001',
        altText: 'Hidden at this level',
        caption: '',
        showsIdentifiablePeople: true,
        width: 10,
        height: 10,
      },
    );
    const read = storyToCheck(marked, 'Sundays');
    expect(read.parts.map((part) => part.where)).toEqual(['title', 'story', 'photo']);
    const text = read.parts[1]?.segments
      .map((segment) => ('text' in segment ? segment.text : '[marked]'))
      .join('');
    expect(text).toBe('Tyler lives on [marked].\nTyler and Tylers are not the same word.\n');
    expect(read.characterNames).toEqual([]);

    const script = storyToCheck(
      fromFountain('INT. BUS - DAY\n\nMIA (V.O.)\nHello.\n\nSHARON\nHi.'),
      'Bus',
      { Sharon: 'Anne' },
    );
    expect(script.characterNames).toEqual(['MIA', 'ANNE']);
  });
});
