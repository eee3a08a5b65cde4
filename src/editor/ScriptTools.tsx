/**
 * Film-script tools in the toolbar: the element picker and Fountain export (a
 * download), so a script can go to any screenwriting app (issue 4). Import is
 * FountainImport, below the page.
 */
import { useId } from 'react';
import { SCREENPLAY_ELEMENT_LABELS, SCREENPLAY_ELEMENTS } from './nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from './nodes/ScreenplayNode.ts';

/** Props of ScriptTools. */
export interface ScriptToolsProps {
  readonly element: ScreenplayElement | null;
  readonly onElementChange: (element: ScreenplayElement) => void;
  readonly onExport: () => void;
}

/** The element picker and the Fountain download. */
export function ScriptTools({ element, onElementChange, onExport }: ScriptToolsProps) {
  const id = useId();
  return (
    <div className="ed-script-tools">
      <label htmlFor={`${id}-element`} className="ed-script-tools__label">
        Script element
      </label>
      <select
        id={`${id}-element`}
        className="ed-select"
        value={element ?? ''}
        disabled={element === null}
        onChange={(event) => {
          const value = SCREENPLAY_ELEMENTS.find((e) => e === event.target.value);
          if (value !== undefined) onElementChange(value);
        }}
      >
        {element === null && <option value="">—</option>}
        {SCREENPLAY_ELEMENTS.map((e) => (
          <option key={e} value={e}>
            {SCREENPLAY_ELEMENT_LABELS[e]}
          </option>
        ))}
      </select>
      <button type="button" className="ed-button" onClick={onExport}>
        Download as Fountain
      </button>
    </div>
  );
}
