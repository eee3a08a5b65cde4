/**
 * The inline form for marking selected words as a sensitive detail: what kind
 * of detail, and the words readers see instead. A real form with labelled
 * fields, so it works with a keyboard and a screen reader.
 */
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import {
  MAX_REPLACEMENT_LENGTH,
  SENSITIVE_DETAIL_KIND_KEYS,
  SENSITIVE_DETAIL_KINDS,
} from '#src/editor/nodes/SensitiveDetailNode.ts';
import type { SensitiveDetailKind } from '#src/editor/nodes/SensitiveDetailNode.ts';
import type { SensitiveDetailChoice } from '#src/editor/plugins/sensitive-details.ts';
import { FieldProblem, InlineForm, useCheckedText, useFocusOnOpen } from './InlineForm.tsx';
import type { EditorKey } from './words.ts';
import { useWords } from './Words.tsx';

/** Props of SensitiveDetailForm. */
export interface SensitiveDetailFormProps {
  /** The words being marked, shown back to the writer. */
  readonly selectedText: string;
  readonly onMark: (choice: SensitiveDetailChoice) => void;
  readonly onCancel: () => void;
}

const EXAMPLES: Readonly<Record<SensitiveDetailKind, EditorKey>> = {
  person: 'editor.mark.person',
  place: 'editor.mark.place',
  other: 'editor.mark.other',
};

/** Asks what kind of detail the selected words are and what to show instead. */
export function SensitiveDetailForm({ selectedText, onMark, onCancel }: SensitiveDetailFormProps) {
  const { t } = useWords();
  const id = useId();
  const [detailKind, setDetailKind] = useState<SensitiveDetailKind>('person');
  const replacement = useCheckedText(id, '', `${id}-hint`);
  const firstField = useFocusOnOpen<HTMLInputElement>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (replacement.value.trim() === '') {
      replacement.setProblem(t('editor.mark.required'));
      return;
    }
    onMark({ detailKind, replacement: replacement.value.trim() });
  };

  return (
    <InlineForm
      id={id}
      title={t('editor.mark.title', {
        words: selectedText.length > 60 ? `${selectedText.slice(0, 60)}…` : selectedText,
      })}
      send={t('editor.tool.private')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <fieldset>
        <legend>{t('editor.mark.legend')}</legend>
        {SENSITIVE_DETAIL_KINDS.map((kind, index) => (
          <label key={kind} className="ed-choice">
            <input
              ref={index === 0 ? firstField : undefined}
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={detailKind === kind}
              onChange={() => setDetailKind(kind)}
            />
            {t(SENSITIVE_DETAIL_KIND_KEYS[kind])}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-replacement`}>{t('editor.mark.replacement')}</label>
      <p className="ed-hint" id={`${id}-hint`}>
        {t('editor.mark.hint', { example: t(EXAMPLES[detailKind]) })}
      </p>
      <input
        id={`${id}-replacement`}
        type="text"
        required
        maxLength={MAX_REPLACEMENT_LENGTH}
        {...replacement.fieldProps}
      />
      <FieldProblem id={id} problem={replacement.problem} />
    </InlineForm>
  );
}
