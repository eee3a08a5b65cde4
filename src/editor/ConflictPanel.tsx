/**
 * Shown when someone saved this story first (a 409): both versions side by side, laid
 * out as readers see them (a script as a script), and a plain choice. Nothing is
 * overwritten until the writer chooses: nothing a writer types is ever lost.
 */
import { useId } from 'react';
import type { SerializedEditorState } from 'lexical';
import { Panel } from './Panel.tsx';
import { renderStoryForAuthors } from './render.ts';

/** Props of ConflictPanel. */
export interface ConflictPanelProps {
  readonly mine: unknown;
  readonly saved: unknown;
  readonly onKeepMine: () => void;
  readonly onKeepSaved: () => void;
  readonly onKeepBoth: () => void;
}

/** One version, rendered by the reader's renderer (escaped by construction). */
function Version({ title, state }: { readonly title: string; readonly state: unknown }) {
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
  onKeepMine,
  onKeepSaved,
  onKeepBoth,
}: ConflictPanelProps) {
  return (
    <Panel as="section" className="ed-conflict" title="There are two versions of this story">
      <p>
        This story was saved somewhere else (another tab, or a co-author) while you were writing.
        Nothing has been lost. Choose what to keep.
      </p>
      <div className="ed-conflict__versions">
        <Version title="Your version" state={mine} />
        <Version title="The saved version" state={saved} />
      </div>
      <div className="ed-form-actions">
        {/* Alike: neither version is the expected choice. */}
        <button type="button" className="ed-button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="ed-button" onClick={onKeepSaved}>
          Keep the saved one
        </button>
        <button type="button" className="ed-button" onClick={onKeepBoth}>
          Keep both
        </button>
      </div>
      <p className="ed-hint">
        “Keep both” puts the saved version first, then yours under the heading “My other version”.
      </p>
    </Panel>
  );
}
