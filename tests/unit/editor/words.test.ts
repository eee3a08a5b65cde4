/**
 * The editor island's words in the browser (src/editor/words.ts): the page
 * hands over the island's messages in one language, and they are formatted
 * there with intl-messageformat: placeholders, Welsh plural forms, numbers as
 * the language writes them, tags drawn by the caller, and a key (not a crash)
 * for a message that is missing or broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EMPTY_EDITOR_VIEW } from '#src/editor/editor-state.ts';
import { EditorToolbar } from '#src/editor/EditorToolbar.tsx';
import { isIslandKey, islandMessages } from '#src/editor/island-words.ts';
import { editorWords } from '#src/editor/words.ts';
import { WordsProvider } from '#src/editor/Words.tsx';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import { english, welsh } from './support/words.ts';

describe('editorWords', () => {
  it('says a plain message, and fills in placeholders', () => {
    expect(english.t('editor.tool.bold')).toBe('Bold');
    expect(welsh.t('editor.tool.bold')).toBe('Trwm');
    expect(english.t('editor.status.savedAt', { time: '10:42' })).toBe('Saved at 10:42');
    expect(welsh.t('editor.status.savedAt', { time: '10:42' })).toBe('Wedi’i gadw am 10:42');
  });

  it('writes numbers as the language does', () => {
    expect(english.t('editor.names.tooMany', { max: 2000 })).toBe(
      'A script can map at most 2,000 names to character names.',
    );
    expect(welsh.t('editor.voice.gettingReady', { percent: 40 })).toBe(
      'Yn paratoi eich recordiad: 40%',
    );
  });

  it('chooses plural forms by the language’s own rules', () => {
    expect(english.t('editor.voice.keptMany', { count: 1 })).toMatch(/^1 recording you kept is /);
    expect(english.t('editor.voice.keptMany', { count: 3 })).toMatch(/^3 recordings you kept are /);
    expect(welsh.t('editor.voice.keptMany', { count: 2 })).toBe(
      'Mae 2 recordiad a gadwoch chi ar y ddyfais hon ond nid yn eich stori eto.',
    );
  });

  it('keeps a typed apostrophe and quotes as they are', () => {
    expect(english.t('editor.detailKind.person')).toBe("A person's name");
    expect(english.t('editor.names.twice', { name: 'Sharon' })).toBe(
      '“Sharon” is in the list twice.',
    );
  });

  it('hands back a message’s tags for the caller to draw', () => {
    const parts = english.rich<string>(
      'editor.side.showsAs',
      { original: 'Sharon', replacement: 'my sister' },
      { mark: (contents) => `[${contents.join('')}]` },
    );
    expect(parts.join('')).toBe('[Sharon] shows as “my sister”');
  });

  it('shows the key of a message that is missing or broken, rather than failing', () => {
    const words = editorWords({ 'editor.tool.bold': 'Bold {' }, 'en-GB');
    expect(words.t('editor.tool.bold')).toBe('editor.tool.bold');
    expect(words.t('editor.tool.italic')).toBe('editor.tool.italic');
  });
});

describe('the island’s messages', () => {
  it('are the editor’s, without the page’s or the server’s refusals', () => {
    const keys = Object.keys(islandMessages('cy'));
    expect(keys).toContain('editor.tool.bold');
    expect(keys).toContain('editor.voice.connectionLost');
    expect(keys.some((key) => /^editor\.(page|save|invalid|photo|audio)\./.test(key))).toBe(false);
    expect(keys.every((key) => key.startsWith('editor.'))).toBe(true);
  });

  it('hold every message the island’s own code names', () => {
    const files = readdirSync('src/editor', { recursive: true, encoding: 'utf8' }).filter(
      (file) =>
        /\.tsx?$/.test(file) && !['refusals.ts', 'validate.ts', 'island-words.ts'].includes(file),
    );
    const named = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(join('src/editor', file), 'utf8').matchAll(
        /'(editor\.[A-Za-z.]+)'/g,
      )) {
        if (match[1]) named.add(match[1]);
      }
    }
    expect(named.size).toBeGreaterThan(100);
    const missing = [...named].filter(
      (key) => !isIslandKey(key) || !Object.hasOwn(CATALOGUES.en, key),
    );
    expect(missing).toEqual([]);
  });

  it('draw the editor in Welsh', () => {
    const html = renderToStaticMarkup(
      createElement(
        WordsProvider,
        { value: welsh },
        createElement(EditorToolbar, {
          isScript: false,
          view: EMPTY_EDITOR_VIEW,
          controls: 'text',
          actions: {
            toggleBlock: () => undefined,
            toggleList: () => undefined,
            format: () => undefined,
            openLinkForm: () => undefined,
            openSensitiveForm: () => undefined,
            setElement: () => undefined,
          },
        }),
      ),
    );
    expect(html).toContain('aria-label="Fformatio"');
    expect(html).toContain('>Trwm<');
    expect(html).toContain('>Marcio’n breifat<');
    expect(html).not.toMatch(/>(Bold|Heading|Mark as private)</);
  });
});
