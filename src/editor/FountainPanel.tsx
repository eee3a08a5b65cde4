/**
 * The Fountain file section under a film script: download the script as a
 * Fountain file (the plain-text format screenwriting apps share), or import
 * one in place of what is in the editor.
 */
import type { LexicalEditor } from 'lexical';
import { fromFountain, toFountain } from './fountain.ts';
import { FountainImport } from './FountainImport.tsx';
import { loadState } from './load-state.ts';
import type { StoryKind } from './nodes.ts';
import { useWords } from './Words.tsx';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function fileNameFor(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${base === '' ? 'script' : base}.fountain`;
}

/** The Fountain file section of the editor island. */
export function FountainPanel(props: {
  readonly editor: LexicalEditor;
  readonly kind: StoryKind;
  /** The story's title (for the file name and the Fountain title page). */
  readonly title: string;
  /** A prefix for the section's ids, unique on the page. */
  readonly id: string;
}) {
  const { editor, kind, title, id } = props;
  const { t } = useWords();

  const exportFountain = (): void => {
    download(fileNameFor(title), toFountain(editor.getEditorState().toJSON(), title));
  };

  const importFountain = (text: string): string | null => {
    const state = fromFountain(text);
    if (state.root.children.length === 0) return t('editor.fountain.noScript');
    loadState(editor, kind, state, []);
    return null;
  };

  return (
    <section className="ed-fountain" aria-labelledby={`${id}-fountain`}>
      <h2 id={`${id}-fountain`} className="ed-fountain__title">
        {t('editor.fountain.title')}
      </h2>
      <p className="ed-hint">{t('editor.fountain.about')}</p>
      <button type="button" className="ed-button" onClick={exportFountain}>
        {t('editor.fountain.download')}
      </button>
      <FountainImport onImport={importFountain} />
    </section>
  );
}
