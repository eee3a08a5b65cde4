import { describe, expect, it } from 'vitest';
import { mergeBothVersions } from '#src/editor/conflict.ts';
import { extractPlainText } from '#src/editor/plain-text.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { $element, $paragraph, $text, stateFrom } from './support/states.ts';

const OTHER_VERSION_HEADING = 'My other version';

describe('mergeBothVersions ("Keep both")', () => {
  it.each([
    [
      'life_story',
      stateFrom(() => [$paragraph($text('Saved words.'))]),
      stateFrom(() => [$paragraph($text('My words.'))]),
    ],
    [
      'film_script',
      stateFrom(() => [$element('action', $text('Saved words.'))]),
      stateFrom(() => [$element('action', $text('My words.'))]),
    ],
  ] as const)(
    '%s: saved, then “My other version”, then mine — and still valid',
    (kind, saved, mine) => {
      const merged = mergeBothVersions(saved, mine, kind, OTHER_VERSION_HEADING);
      expect(extractPlainText(merged)).toBe(`Saved words.\n${OTHER_VERSION_HEADING}\nMy words.`);
      expect(validateEditorState(merged, kind).ok).toBe(true);
    },
  );

  it('copes with a missing version', () => {
    const merged = mergeBothVersions(
      null,
      stateFrom(() => [$paragraph($text('Mine'))]),
      'life_story',
      OTHER_VERSION_HEADING,
    );
    expect(extractPlainText(merged)).toBe(`${OTHER_VERSION_HEADING}\nMine`);
  });
});
