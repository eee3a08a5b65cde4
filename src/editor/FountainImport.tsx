/**
 * Importing a Fountain script (upload or paste), so a script written in any
 * screenwriting app can come into Heard. Replacing the script is one
 * undoable step.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';

/** The largest Fountain file read: far above any real script, well under the save limit. */
const MAX_FOUNTAIN_BYTES = 1024 * 1024;

/** Props of FountainImport. */
export interface FountainImportProps {
  /** Replaces the script with imported Fountain text; returns a problem in plain words, or null. */
  readonly onImport: (text: string) => string | null;
}

/** A file field and a paste box for a Fountain script. */
export function FountainImport({ onImport }: FountainImportProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const outcomeLine = useRef<HTMLParagraphElement>(null);

  // Focus lands on what happened, so the writer hears and sees it (WCAG 2.4.3).
  useEffect(() => {
    if (outcome !== null) outcomeLine.current?.focus();
  }, [outcome]);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    let text = pasted;
    if (file !== null) {
      if (file.size > MAX_FOUNTAIN_BYTES) {
        setOutcome('That file is too big to be a script (the limit is 1 MB).');
        return;
      }
      text = await file.text();
    }
    if (text.trim() === '') {
      setOutcome('Choose a Fountain file or paste a script first.');
      return;
    }
    const problem = onImport(text);
    setOutcome(problem ?? 'Imported. Undo (Ctrl+Z) brings back what was there before.');
  };

  return (
    <details className="ed-import">
      <summary>Import a Fountain script</summary>
      <form onSubmit={(event) => void submit(event)}>
        <p className="ed-hint">This replaces the script in the editor. Undo brings it back.</p>
        <label htmlFor={`${id}-file`}>Choose a .fountain file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".fountain,.txt,text/plain"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={`${id}-paste`}>Or paste the script here</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button type="submit" className="ed-button">
          Import script
        </button>
        <p className="ed-hint" aria-live="polite" tabIndex={-1} ref={outcomeLine}>
          {outcome}
        </p>
      </form>
    </details>
  );
}
