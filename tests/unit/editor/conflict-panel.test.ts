/**
 * The conflict panel shows both versions as readers would see them, through the
 * reader's renderer: a script as a script (one .screenplay wrapper, each element
 * with its classes), a life story with its words. Regression: it showed plain
 * text, so a script lost its layout exactly when the writer had to choose.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConflictPanel } from '#src/editor/ConflictPanel.tsx';
import { $element, $paragraph, $text, richScript, stateFrom } from './support/states.ts';
import { inEnglish } from './support/words.ts';

function panel(mine: unknown, saved: unknown): string {
  const nothing = (): void => undefined;
  return renderToStaticMarkup(
    inEnglish(
      createElement(ConflictPanel, {
        mine,
        saved,
        onKeepMine: nothing,
        onKeepSaved: nothing,
        onKeepBoth: nothing,
      }),
    ),
  );
}

describe('ConflictPanel', () => {
  it('lays out both versions of a script as a script', () => {
    const mine = stateFrom(() => [$element('scene', $text('int. hall - day'))]);
    const html = panel(mine, richScript());
    expect(html.match(/<div class="screenplay">/g)).toHaveLength(2);
    expect(html).toContain('<p class="sp sp-scene">int. hall - day</p>');
    expect(html).toContain('<p class="sp sp-character">KAYLA</p>');
  });

  it('shows a life story’s paragraphs, escaped', () => {
    const html = panel(
      stateFrom(() => [$paragraph($text('Mine <b>here</b>'))]),
      stateFrom(() => [$paragraph($text('Saved one'))]),
    );
    expect(html).toContain('<p>Mine &lt;b&gt;here&lt;/b&gt;</p>');
    expect(html).toContain('<p>Saved one</p>');
    expect(html).not.toContain('screenplay');
  });
});
