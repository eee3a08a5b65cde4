/**
 * Shown when someone saved this story first (a 409): both versions side by
 * side and a plain choice. Nothing is overwritten until the writer chooses
 * (DESIGN.md §2.6).
 */
import { useId } from 'react';
import { extractPlainText } from './plain-text.ts';

/** Props of ConflictPanel. */
export interface ConflictPanelProps {
  readonly mine: unknown;
  readonly saved: unknown;
  readonly onKeepMine: () => void;
  readonly onKeepSaved: () => void;
  readonly onKeepBoth: () => void;
}

/** Both versions of the story, and buttons to keep either or both. */
export function ConflictPanel({
  mine,
  saved,
  onKeepMine,
  onKeepSaved,
  onKeepBoth,
}: ConflictPanelProps) {
  const id = useId();
  return (
    <section className="ed-conflict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>There are two versions of this story</h2>
      <p>
        This story was saved somewhere else (another tab, or a co-author) while you were writing.
        Nothing has been lost. Choose what to keep.
      </p>
      <div className="ed-conflict__versions">
        <div className="ed-conflict__version">
          <h3>Your version</h3>
          <div className="ed-conflict__text">{extractPlainText(mine)}</div>
        </div>
        <div className="ed-conflict__version">
          <h3>The saved version</h3>
          <div className="ed-conflict__text">{extractPlainText(saved)}</div>
        </div>
      </div>
      <div className="ed-form-actions">
        <button type="button" className="ed-button ed-button--primary" onClick={onKeepMine}>
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
    </section>
  );
}
