/**
 * The inline form for adding, changing or removing a link. Only web and email
 * addresses are accepted (links.ts), and the writer is told so in plain words.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { linkUrlFromInput } from './links.ts';

/** Props of LinkForm. */
export interface LinkFormProps {
  /** The current link's address, when the cursor is in one. */
  readonly currentUrl: string | null;
  readonly onLink: (url: string) => void;
  readonly onUnlink: () => void;
  readonly onCancel: () => void;
}

/** Asks for a link address. */
export function LinkForm({ currentUrl, onLink, onUnlink, onCancel }: LinkFormProps) {
  const id = useId();
  const [typed, setTyped] = useState(currentUrl ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const url = linkUrlFromInput(typed);
    if (url === null) {
      setProblem(
        'That is not a web or email address. Try something like example.org or name@example.org.',
      );
      return;
    }
    onLink(url);
  };

  return (
    <form
      className="ed-inline-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        // Escape closes the form, as it would a dialog (WCAG 2.1.2).
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 className="ed-inline-form__title" id={`${id}-title`}>
        {currentUrl === null ? 'Add a link' : 'Change this link'}
      </h2>
      <label htmlFor={`${id}-url`}>Web or email address</label>
      <input
        ref={field}
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="url"
        required
        value={typed}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
      />
      {problem !== null && (
        <p className="ed-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <div className="ed-form-actions">
        <button type="submit" className="ed-button ed-button--primary">
          {currentUrl === null ? 'Add link' : 'Change link'}
        </button>
        {currentUrl !== null && (
          <button type="button" className="ed-button" onClick={onUnlink}>
            Remove link
          </button>
        )}
        <button type="button" className="ed-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
