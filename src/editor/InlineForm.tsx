/**
 * The editor's small forms beside the text (adding a link, marking words as
 * private): a titled form that Escape closes, as it would a dialog (WCAG
 * 2.1.2), sent with its own button and closed with Cancel. Also how any of the
 * editor's fields says what is wrong with it: the message under it, joined to
 * it by aria-describedby, and the field marked invalid.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, ReactNode, RefObject, SubmitEvent } from 'react';
import { useWords } from './Words.tsx';

/** Props of InlineForm. */
export interface InlineFormProps {
  /** A unique id (useId); the title's id is built from it. */
  readonly id: string;
  readonly title: ReactNode;
  /** The send button's words. */
  readonly send: string;
  readonly onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  readonly onCancel: () => void;
  /** Buttons between the send button and Cancel. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A titled form with its send and Cancel buttons. */
export function InlineForm({
  id,
  title,
  send,
  onSubmit,
  onCancel,
  actions,
  children,
}: InlineFormProps) {
  const { t } = useWords();
  return (
    <form
      className="ed-inline-form"
      onSubmit={onSubmit}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 className="ed-inline-form__title" id={`${id}-title`}>
        {title}
      </h2>
      {children}
      <div className="ed-form-actions">
        <button type="submit" className="ed-button ed-button--primary">
          {send}
        </button>
        {actions}
        <button type="button" className="ed-button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The attributes joining a field to its hint (when it has one) and to what is
 * wrong with it (when something is), for a field whose message is `FieldProblem`.
 */
export function problemAttributes(
  id: string,
  problem: string | null,
  hintId?: string,
): { readonly 'aria-invalid': boolean; readonly 'aria-describedby': string | undefined } {
  const described = [hintId, problem === null ? undefined : `${id}-problem`].filter(Boolean);
  return {
    'aria-invalid': problem !== null,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
  };
}

/** What is wrong with a field, under it; nothing when nothing is. */
export function FieldProblem({
  id,
  problem,
}: {
  readonly id: string;
  readonly problem: string | null;
}) {
  return problem === null ? null : (
    <p className="ed-problem" id={`${id}-problem`}>
      {problem}
    </p>
  );
}

/** A ref for the field a form puts the cursor in when it opens. */
export function useFocusOnOpen<T extends HTMLElement>(): RefObject<T | null> {
  const field = useRef<T>(null);
  useEffect(() => {
    field.current?.focus();
  }, []);
  return field;
}

/** A checked text field: its words, what is wrong with them, and the props to spread on it. */
export interface CheckedText {
  readonly value: string;
  readonly problem: string | null;
  readonly setProblem: (problem: string) => void;
  readonly fieldProps: {
    readonly value: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  };
}

/**
 * The state of a text field whose problem shows under it (`FieldProblem`):
 * typing clears the problem, so it never outlives what it was about.
 */
export function useCheckedText(id: string, initial: string, hintId?: string): CheckedText {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    value,
    problem,
    setProblem,
    fieldProps: {
      value,
      ...problemAttributes(id, problem, hintId),
      onChange: (event) => {
        setValue(event.target.value);
        setProblem(null);
      },
    },
  };
}
