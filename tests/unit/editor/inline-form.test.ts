/**
 * The editor's small forms share one shell: a titled form (the title names it
 * for a screen reader), its send button first, any other action, then Cancel.
 * A field's hint and its problem are both joined to it, and only a problem
 * marks it invalid.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { problemAttributes } from '#src/editor/InlineForm.tsx';
import { LinkForm } from '#src/editor/LinkForm.tsx';
import { SensitiveDetailForm } from '#src/editor/SensitiveDetailForm.tsx';
import { inEnglish } from './support/words.ts';

const nothing = (): void => undefined;

function linkForm(currentUrl: string | null): string {
  return renderToStaticMarkup(
    inEnglish(
      createElement(LinkForm, {
        currentUrl,
        onLink: nothing,
        onUnlink: nothing,
        onCancel: nothing,
      }),
    ),
  );
}

const buttons = (html: string): string[] =>
  [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1] ?? '');

describe('the inline forms', () => {
  it('name the form by its title', () => {
    const html = linkForm(null);
    const labelledBy = /<form[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeDefined();
    expect(html).toContain(`<h2 class="ed-inline-form__title" id="${labelledBy}">Add a link</h2>`);
  });

  it('put the send button first and Cancel last', () => {
    expect(buttons(linkForm(null))).toEqual(['Add link', 'Cancel']);
    expect(buttons(linkForm('https://example.org'))).toEqual([
      'Change link',
      'Remove link',
      'Cancel',
    ]);
  });

  it('join the hint to the field before anything is wrong', () => {
    const html = renderToStaticMarkup(
      inEnglish(
        createElement(SensitiveDetailForm, {
          selectedText: 'Fern Street',
          onMark: nothing,
          onCancel: nothing,
        }),
      ),
    );
    expect(html).toContain('Mark “Fern Street” as private');
    const described = /aria-describedby="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain(`<p class="ed-hint" id="${described}">`);
    expect(html).toContain('aria-invalid="false"');
    expect(buttons(html)).toEqual(['Mark as private', 'Cancel']);
  });
});

describe('problemAttributes', () => {
  it('joins the hint and the problem, in that order', () => {
    expect(problemAttributes('f', 'Too long', 'f-hint')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'f-hint f-problem',
    });
  });

  it('joins nothing when there is no hint and no problem', () => {
    expect(problemAttributes('f', null)).toEqual({
      'aria-invalid': false,
      'aria-describedby': undefined,
    });
  });

  it('joins only the hint while nothing is wrong', () => {
    expect(problemAttributes('f', null, 'f-hint')['aria-describedby']).toBe('f-hint');
  });
});
