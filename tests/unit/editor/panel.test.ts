/**
 * The editor's panels are regions named by their headings, so a screen reader
 * user can find each by name.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConflictPanel } from '#src/editor/ConflictPanel.tsx';
import { ScriptNamesPanel } from '#src/editor/ScriptNamesPanel.tsx';
import { SidePanel } from '#src/editor/SidePanel.tsx';
import { $paragraph, $text, stateFrom } from './support/states.ts';
import { inEnglish } from './support/words.ts';

const nothing = (): void => undefined;

/** The region's element and the heading that names it, or undefined. */
function namedRegion(
  html: string,
): { readonly element: string; readonly name: string } | undefined {
  const region = /^<(aside|section)[^>]*aria-labelledby="([^"]+)"/.exec(html);
  if (!region?.[1] || !region[2]) return undefined;
  const heading = new RegExp(`<h2 id="${region[2]}">([^<]*)</h2>`).exec(html);
  return heading?.[1] === undefined ? undefined : { element: region[1], name: heading[1] };
}

describe('the editor panels', () => {
  it.each([
    [
      'private details, beside the text',
      createElement(SidePanel, {
        details: [],
        photos: [],
        showPhotos: false,
        onRemoveDetail: nothing,
        onUpdatePhoto: nothing,
        onRemovePhoto: nothing,
      }),
      { element: 'aside', name: 'Private details' },
    ],
    [
      'character names',
      createElement(ScriptNamesPanel, { names: {}, onChange: nothing }),
      { element: 'section', name: 'Character names' },
    ],
    [
      'the two versions after a conflict',
      createElement(ConflictPanel, {
        mine: stateFrom(() => [$paragraph($text('Mine'))]),
        saved: stateFrom(() => [$paragraph($text('Saved'))]),
        onKeepMine: nothing,
        onKeepSaved: nothing,
        onKeepBoth: nothing,
      }),
      { element: 'section', name: 'There are two versions of this story' },
    ],
  ])('%s is a region named by its heading', (_row, panel, expected) => {
    expect(namedRegion(renderToStaticMarkup(inEnglish(panel)))).toEqual(expected);
  });
});
