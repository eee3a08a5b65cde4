/**
 * Importing a Fountain script (upload or paste), so a script written in any
 * screenwriting app can come into Heard. Replacing the script is one
 * undoable step.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useWords } from './Words.tsx';

/** The largest Fountain file read: far above any real script, well under the save limit. */
const MAX_FOUNTAIN_BYTES = 1024 * 1024;

/** Props of FountainImport. */
export interface FountainImportProps {
  /** Replaces the script with imported Fountain text; returns a problem in plain words, or null. */
  readonly onImport: (text: string) => string | null;
}

/** A file field and a paste box for a Fountain script. */
export function FountainImport({ onImport }: FountainImportProps) {
  const { t } = useWords();
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
        setOutcome(t('editor.fountain.tooBig'));
        return;
      }
      text = await file.text();
    }
    if (text.trim() === '') {
      setOutcome(t('editor.fountain.empty'));
      return;
    }
    const problem = onImport(text);
    setOutcome(problem ?? t('editor.fountain.imported'));
  };

  return (
    <details className="ed-import">
      <summary>{t('editor.fountain.import')}</summary>
      <form onSubmit={(event) => void submit(event)}>
        <p className="ed-hint">{t('editor.fountain.replaces')}</p>
        <label htmlFor={`${id}-file`}>{t('editor.fountain.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".fountain,.txt,text/plain"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={`${id}-paste`}>{t('editor.fountain.paste')}</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button type="submit" className="ed-button">
          {t('editor.fountain.send')}
        </button>
        <p className="ed-hint" aria-live="polite" tabIndex={-1} ref={outcomeLine}>
          {outcome}
        </p>
      </form>
    </details>
  );
}
