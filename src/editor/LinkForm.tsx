/**
 * The inline form for adding, changing or removing a link. Only web and email
 * addresses are accepted (links.ts), and the writer is told so in plain words.
 */
import { useId } from 'react';
import type { SubmitEvent } from 'react';
import { FieldProblem, InlineForm, useCheckedText, useFocusOnOpen } from './InlineForm.tsx';
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
  const typed = useCheckedText(id, currentUrl ?? '');
  const field = useFocusOnOpen<HTMLInputElement>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const url = linkUrlFromInput(typed.value);
    if (url === null) {
      typed.setProblem(
        'That is not a web or email address. Try something like example.org or name@example.org.',
      );
      return;
    }
    onLink(url);
  };

  return (
    <InlineForm
      id={id}
      title={currentUrl === null ? 'Add a link' : 'Change this link'}
      send={currentUrl === null ? 'Add link' : 'Change link'}
      onSubmit={submit}
      onCancel={onCancel}
      actions={
        currentUrl !== null && (
          <button type="button" className="ed-button" onClick={onUnlink}>
            Remove link
          </button>
        )
      }
    >
      <label htmlFor={`${id}-url`}>Web or email address</label>
      <input
        ref={field}
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="url"
        required
        {...typed.fieldProps}
      />
      <FieldProblem id={id} problem={typed.problem} />
    </InlineForm>
  );
}
