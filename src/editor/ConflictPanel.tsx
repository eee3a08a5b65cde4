/**
 * Shown when someone saved this story first (a 409): both versions side by side, laid
 * out as readers see them (a script as a script), and a plain choice. Nothing is
 * overwritten until the writer chooses: nothing a writer types is ever lost.
 */
import { useId } from 'react';
import type { SerializedEditorState } from 'lexical';
import { Panel } from './Panel.tsx';
import { renderStoryForAuthors } from './render.ts';
import { useWords } from './Words.tsx';

/** Props of ConflictPanel. */
export interface ConflictPanelProps {
  readonly mine: unknown;
  readonly saved: unknown;
  /** The language the story is written in, for the versions' `lang`. */
  readonly language?: string;
  readonly onKeepMine: () => void;
  readonly onKeepSaved: () => void;
  readonly onKeepBoth: () => void;
}

/** One version, rendered by the reader's renderer (escaped by construction). */
function Version({
  title,
  state,
  language,
}: {
  readonly title: string;
  readonly state: unknown;
  readonly language: string | undefined;
}) {
  const id = useId();
  return (
    <div className="ed-conflict__version">
      <h3 id={id}>{title}</h3>
      {/* Scrolls when long, so it takes keyboard focus (WCAG 2.1.1). */}
      <div
        className="ed-conflict__text story-text"
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        lang={language}
        dangerouslySetInnerHTML={{
          __html: renderStoryForAuthors(state as SerializedEditorState),
        }}
      />
    </div>
  );
}

/** Both versions of the story, and buttons to keep either or both. */
export function ConflictPanel({
  mine,
  saved,
  language,
  onKeepMine,
  onKeepSaved,
  onKeepBoth,
}: ConflictPanelProps) {
  const { t } = useWords();
  return (
    <Panel as="section" className="ed-conflict" title={t('editor.conflict.title')}>
      <p>{t('editor.conflict.lead')}</p>
      <div className="ed-conflict__versions">
        <Version title={t('editor.conflict.mine')} state={mine} language={language} />
        <Version title={t('editor.conflict.saved')} state={saved} language={language} />
      </div>
      <div className="ed-form-actions">
        {/* Alike: neither version is the expected choice. */}
        <button type="button" className="ed-button" onClick={onKeepMine}>
          {t('editor.conflict.keepMine')}
        </button>
        <button type="button" className="ed-button" onClick={onKeepSaved}>
          {t('editor.conflict.keepSaved')}
        </button>
        <button type="button" className="ed-button" onClick={onKeepBoth}>
          {t('editor.conflict.keepBoth')}
        </button>
      </div>
      <p className="ed-hint">{t('editor.conflict.hint')}</p>
    </Panel>
  );
}
