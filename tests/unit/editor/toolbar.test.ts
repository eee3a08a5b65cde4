/**
 * The life-story toolbar: its buttons in order, each pressed when the text
 * under the cursor has that block or format, with Lexical's shortcuts named.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EMPTY_EDITOR_VIEW, type EditorView } from '#src/editor/editor-state.ts';
import { EditorToolbar, type EditorToolbarActions } from '#src/editor/EditorToolbar.tsx';
import { inEnglish } from './support/words.ts';

const nothing = (): void => undefined;
const actions: EditorToolbarActions = {
  toggleBlock: nothing,
  toggleList: nothing,
  format: nothing,
  openLinkForm: nothing,
  openSensitiveForm: nothing,
  setElement: nothing,
};

/** Each button's words, whether it is pressed, and its shortcut. */
function buttons(view: EditorView): string[] {
  const html = renderToStaticMarkup(
    inEnglish(createElement(EditorToolbar, { isScript: false, view, controls: 'text', actions })),
  );
  return [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map((match) => {
    const attributes = match[1] ?? '';
    const pressed = /aria-pressed="true"/.test(attributes) ? ' (pressed)' : '';
    const shortcut = /aria-keyshortcuts="([^"]+)"/.exec(attributes)?.[1];
    return `${match[2] ?? ''}${pressed}${shortcut ? ` [${shortcut}]` : ''}`;
  });
}

describe('the life-story toolbar', () => {
  it('lists its buttons in order, with their shortcuts', () => {
    expect(buttons(EMPTY_EDITOR_VIEW)).toEqual([
      'Heading',
      'Bold [Control+B]',
      'Italic [Control+I]',
      'Underline [Control+U]',
      'Bulleted list',
      'Numbered list',
      'Quote',
      'Link',
      'Mark as private',
    ]);
  });

  it.each([
    ['a heading', { block: 'h2' }, 'Heading (pressed)'],
    ['a bulleted list', { block: 'bullet' }, 'Bulleted list (pressed)'],
    ['a numbered list', { block: 'number' }, 'Numbered list (pressed)'],
    ['a quote', { block: 'quote' }, 'Quote (pressed)'],
    ['bold words', { bold: true }, 'Bold (pressed) [Control+B]'],
    ['italic words', { italic: true }, 'Italic (pressed) [Control+I]'],
    ['underlined words', { underline: true }, 'Underline (pressed) [Control+U]'],
    ['a link', { linkUrl: 'https://example.org' }, 'Link (pressed)'],
  ] as const)('in %s, only its button is pressed', (_row, change, pressed) => {
    const shown = buttons({ ...EMPTY_EDITOR_VIEW, ...change });
    expect(shown.filter((button) => button.includes('(pressed)'))).toEqual([pressed]);
  });
});
