/**
 * The inline form for adding, changing or removing a link. Only web and email
 * addresses are accepted (links.ts), and the writer is told so in plain words.
 */
import { useId } from 'react';
import type { SubmitEvent } from 'react';
import { FieldProblem, InlineForm, useCheckedText, useFocusOnOpen } from './InlineForm.tsx';
import { linkUrlFromInput } from './links.ts';
import { useWords } from './Words.tsx';

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
  const { t } = useWords();
  const id = useId();
  const typed = useCheckedText(id, currentUrl ?? '');
  const field = useFocusOnOpen<HTMLInputElement>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const url = linkUrlFromInput(typed.value);
    if (url === null) {
      typed.setProblem(t('editor.link.notAddress'));
      return;
    }
    onLink(url);
  };

  return (
    <InlineForm
      id={id}
      title={t(currentUrl === null ? 'editor.link.add' : 'editor.link.change')}
      send={t(currentUrl === null ? 'editor.link.addSend' : 'editor.link.changeSend')}
      onSubmit={submit}
      onCancel={onCancel}
      actions={
        currentUrl !== null && (
          <button type="button" className="ed-button" onClick={onUnlink}>
            {t('editor.link.remove')}
          </button>
        )
      }
    >
      <label htmlFor={`${id}-url`}>{t('editor.link.address')}</label>
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
