import { describe, expect, it } from 'vitest';
import { $createLinkNode } from '@lexical/link';
import type { SerializedEditorState } from 'lexical';
import { ANONYMITY_LEVELS } from '#src/domain/consent-types.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { extractPlainText } from '#src/editor/plain-text.ts';
import { toFountain } from '#src/editor/fountain.ts';
import { redactedEditorState, redactedPlainText, renderStoryHtml } from '#src/editor/render.ts';
import type { RenderOptions } from '#src/editor/render.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import {
  $detail,
  $element,
  $paragraph,
  $photo,
  $text,
  PHOTO_ID,
  richLifeStory,
  richScript,
  stateFrom,
} from './support/states.ts';
import { unsafeHtmlProblems } from './support/html.ts';

function options(overrides: Partial<RenderOptions> = {}): RenderOptions {
  return {
    anonymity: 'named',
    mediaUrl: mediaPath,
    showIdentifiablePhotos: true,
    ...overrides,
  };
}

/** Validated, as everything rendered for readers is. */
function valid(state: SerializedEditorState, kind: 'life_story' | 'film_script' = 'life_story') {
  const result = validateEditorState(state, kind);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

describe('renderStoryHtml: the reader’s HTML', () => {
  const life = valid(richLifeStory());

  it.each([
    ['a heading', '<h2>Growing up</h2>'],
    ['a smaller heading', '<h3>Later</h3>'],
    ['bold', '<strong>always</strong>'],
    ['italic and underline', '<em><u>there</u></em>'],
    ['a line break', '<br>'],
    ['a quote', '<blockquote><p>Be kind.</p></blockquote>'],
    ['a bulleted list', '<ul><li>Tea</li><li>Toast</li></ul>'],
    ['a numbered list', '<ol><li>First</li></ol>'],
    [
      'a link, marked as the writer’s',
      '<a href="https://example.org/rhyl" rel="nofollow ugc noopener">The pier</a>',
    ],
    [
      'a photo with its caption and, for everyone who sees it, its description',
      '<figcaption><span class="photo-caption">Llandudno, 1962</span> ' +
        '<span class="photo-description" aria-hidden="true">My mother at the seaside</span></figcaption>',
    ],
  ])('renders %s', (_name, html) => {
    expect(renderStoryHtml(life, options())).toContain(html);
  });

  it('puts the description under a photo that has no caption (regression: such photos had no words)', () => {
    const state = valid(stateFrom(() => [$photo({ caption: '' })]));
    expect(renderStoryHtml(state, options())).toContain(
      '<figcaption><span class="photo-description" aria-hidden="true">My mother at the seaside</span></figcaption>',
    );
  });

  it('renders a photo with alt text, lazy loading and its size', () => {
    const html = renderStoryHtml(life, options());
    expect(html).toContain(
      `<img src="/media/${PHOTO_ID}/medium" srcset="/media/${PHOTO_ID}/small 480w, /media/${PHOTO_ID}/medium 960w, /media/${PHOTO_ID}/large 1600w"`,
    );
    expect(html).toContain(
      'alt="My mother at the seaside" width="1600" height="1200" loading="lazy" decoding="async">',
    );
  });

  it.each<[Anonymity, boolean]>(
    ANONYMITY_LEVELS.map((level) => [level, level === 'named'] as [Anonymity, boolean]),
  )('at %s, shows sensitive details as written: %s', (anonymity, reveal) => {
    const html = renderStoryHtml(life, options({ anonymity }));
    expect(html.includes('Rhyl')).toBe(reveal);
    expect(html.includes('Tom')).toBe(reveal);
    expect(html.includes('a town in Wales')).toBe(!reveal);
    expect(html.includes('my brother my brother')).toBe(!reveal);
  });

  it.each([
    [true, 2],
    [false, 1],
  ])('photos of identifiable people shown: %s → %i photos', (showIdentifiablePhotos, count) => {
    const html = renderStoryHtml(life, options({ showIdentifiablePhotos }));
    expect(html.match(/<figure/g)?.length).toBe(count);
    expect(html.includes('a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d')).toBe(showIdentifiablePhotos);
  });

  it('escapes every piece of text and attribute', () => {
    const hostile = '<script>alert("x")</script> & \'"><img src=x onerror=alert(1)>';
    const state = valid(
      stateFrom(() => [
        $paragraph($text(hostile)),
        $paragraph($detail('Ann', 'person', hostile)),
        $photo({ altText: hostile, caption: hostile }),
      ]),
    );
    for (const anonymity of ANONYMITY_LEVELS) {
      const html = renderStoryHtml(state, options({ anonymity }));
      expect(unsafeHtmlProblems(html)).toEqual([]);
      expect(html).not.toContain('<img src=x');
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;&quot;&gt;',
      );
    }
  });

  it('escapes what the media URL function returns', () => {
    const state = valid(stateFrom(() => [$photo()]));
    const html = renderStoryHtml(
      state,
      options({ mediaUrl: (id, variant) => `/m/${id}/${variant}?a="b"` }),
    );
    expect(html).toContain(`src="/m/${PHOTO_ID}/medium?a=&quot;b&quot;"`);
  });

  it('writes a link whose address is not safe as plain words (defence if given unvalidated state)', () => {
    const state = stateFrom(() => [
      $paragraph($createLinkNode('https://example.org').append($text('click'))),
    ]);
    const link = (state.root.children[0] as unknown as { children: { url: string }[] }).children[0];
    if (link !== undefined) link.url = 'javascript:alert(1)';
    const html = renderStoryHtml(state, options());
    expect(html).toBe('<p>click</p>');
  });

  it('renders nothing for an unknown node type (defence if given unvalidated state)', () => {
    const state = {
      root: { type: 'root', children: [{ type: 'script', text: 'alert(1)' }] },
    } as unknown as SerializedEditorState;
    expect(renderStoryHtml(state, options())).toBe('');
  });
});

describe('renderStoryHtml: a film script', () => {
  const script = valid(richScript(), 'film_script');

  it('lays out each element with its screenplay class', () => {
    expect(renderStoryHtml(script, options())).toBe(
      '<div class="screenplay">' +
        '<p class="sp sp-scene">INT. KITCHEN - MORNING</p>' +
        '<p class="sp sp-action">Kayla balances a tray.</p>' +
        '<p class="sp sp-character">KAYLA</p>' +
        '<p class="sp sp-parenthetical">(quietly)</p>' +
        '<p class="sp sp-dialogue">Mum, your tablets are by the Sharon</p>' +
        '<p class="sp sp-transition">CUT TO:</p>' +
        '</div>',
    );
  });

  it.each<[Anonymity, string, string]>([
    ['named', 'KAYLA', 'Kayla balances'],
    ['first_name', 'ANNE', 'Anne balances'],
    ['anonymous', 'ANNE', 'Anne balances'],
  ])('at %s applies the name map (cue %s, action %s)', (anonymity, cue, action) => {
    const html = renderStoryHtml(script, options({ anonymity, nameMap: { Kayla: 'Anne' } }));
    expect(html).toContain(`<p class="sp sp-character">${cue}</p>`);
    expect(html).toContain(action);
  });
});

describe('redactedPlainText: text for search snippets and excerpts', () => {
  const life = valid(richLifeStory());

  it.each(ANONYMITY_LEVELS.filter((level) => level !== 'named'))(
    'at %s, never contains an original sensitive detail',
    (anonymity) => {
      const text = redactedPlainText(life, anonymity);
      expect(text).toContain(
        'I was born in a town in Wales and my brother my brother was always there.',
      );
      expect(text).not.toMatch(/Rhyl|Tom/);
    },
  );

  it('at named, reads as written', () => {
    expect(redactedPlainText(life, 'named')).toContain('I was born in Rhyl and my brother Tom was');
  });

  it('has one line per block and no photo text', () => {
    const text = redactedPlainText(life, 'anonymous');
    expect(text.split('\n')).toEqual([
      'Growing up',
      'I was born in a town in Wales and my brother my brother was always there.',
      'The pier',
      'Be kind.',
      'Tea',
      'Toast',
      'First',
      'Later',
    ]);
  });

  it('applies the name map to scripts unless named', () => {
    const script = valid(richScript(), 'film_script');
    expect(redactedPlainText(script, 'pseudonym', { Kayla: 'Anne' })).toContain('ANNE');
    expect(redactedPlainText(script, 'pseudonym', { Kayla: 'Anne' })).toContain(
      'Mum, your tablets are by the Mum',
    );
    expect(redactedPlainText(script, 'named', { Kayla: 'Anne' })).toContain('KAYLA');
  });
});

describe('extractPlainText: the author’s own text', () => {
  it('keeps sensitive details as written', () => {
    expect(extractPlainText(richLifeStory())).toContain('I was born in Rhyl and my brother Tom');
  });

  it('survives a very deep unvalidated tree', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', children: [node] };
    expect(() => extractPlainText({ root: { type: 'root', children: [node] } })).not.toThrow();
  });

  it('reads a script with each element on its own line', () => {
    const state = stateFrom(() => [
      $element('scene', $text('INT. HALL')),
      $element('action', $text('Rain.')),
    ]);
    expect(extractPlainText(state)).toBe('INT. HALL\nRain.');
  });
});

describe('redactedEditorState: what an export may carry', () => {
  it.each(ANONYMITY_LEVELS.filter((level) => level !== 'named'))(
    'at %s, the words match redactedPlainText and no original detail is left',
    (anonymity) => {
      const life = valid(richLifeStory());
      const redacted = redactedEditorState(life, anonymity);
      expect(JSON.stringify(redacted)).not.toMatch(/Rhyl|Tom/);
      expect(redactedPlainText(redacted, 'named')).toBe(redactedPlainText(life, anonymity));
      // The result is still a state the editor accepts.
      expect(validateEditorState(redacted, 'life_story').ok).toBe(true);
    },
  );

  it('at named, is the state as written', () => {
    const life = valid(richLifeStory());
    expect(redactedEditorState(life, 'named')).toEqual(life);
  });

  it('a script exported as Fountain carries the character names, not the real ones', () => {
    const script = valid(richScript(), 'film_script');
    const fountain = toFountain(redactedEditorState(script, 'pseudonym', { Kayla: 'Anne' }), 'T');
    expect(fountain).toContain('ANNE');
    expect(fountain).not.toMatch(/Kayla|KAYLA/);
  });
});
