/**
 * While a character cue is typed, the names already used in the script are
 * offered, as screenwriting tools do: tap or click one, or press the down and
 * up arrows to pick one and Enter to take it; Escape puts the list away. The
 * text keeps focus throughout (the list is its aria-activedescendant), and a
 * screen reader hears the names offered.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  mergeRegister,
} from 'lexical';
import type { LexicalEditor } from 'lexical';
import { CHOOSE_CHARACTER_NAME_COMMAND } from '#src/editor/plugins/screenplay.ts';
import { useWords } from './Words.tsx';

/** Props of CharacterSuggestions. */
export interface CharacterSuggestionsProps {
  readonly editor: LexicalEditor;
  /** The names to offer now (empty outside a character cue). */
  readonly names: readonly string[];
}

/** The names offered for the character cue being typed. */
export function CharacterSuggestions({ editor, names }: CharacterSuggestionsProps) {
  const { t } = useWords();
  const id = useId();
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState('');
  const offered = names.join('\n');
  const shown = offered === dismissed ? [] : names;
  const activeRef = useRef(active);
  activeRef.current = active;

  // A new list (the cue changed) starts with nothing picked and is shown again.
  useEffect(() => {
    setActive(-1);
    setDismissed('');
  }, [offered]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    if (shown.length > 0) root.setAttribute('aria-controls', `${id}-list`);
    else root.removeAttribute('aria-controls');
    if (active >= 0 && active < shown.length) {
      root.setAttribute('aria-activedescendant', `${id}-option-${active}`);
    } else {
      root.removeAttribute('aria-activedescendant');
    }
  }, [editor, id, active, shown.length]);

  useEffect(() => {
    if (shown.length === 0) return;
    const count = shown.length;
    const move = (step: 1 | -1) => (event: KeyboardEvent | null) => {
      event?.preventDefault();
      setActive((current) =>
        current < 0 && step < 0 ? count - 1 : (current + step + count) % count,
      );
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, move(1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, move(-1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const name = shown[activeRef.current];
          if (name === undefined) return false;
          event?.preventDefault();
          editor.dispatchCommand(CHOOSE_CHARACTER_NAME_COMMAND, name);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          setDismissed(offered);
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, offered, shown.length]);

  return (
    <div className="ed-cues">
      <div className="ed-cues__offer" hidden={shown.length === 0}>
        <p className="ed-cues__label" id={`${id}-label`}>
          {t('editor.cues.label')}
        </p>
        <ul
          className="ed-cues__list"
          role="listbox"
          id={`${id}-list`}
          aria-labelledby={`${id}-label`}
        >
          {shown.map((name, index) => (
            <li
              key={name}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="ed-cues__option"
              // The text keeps focus and its caret.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => editor.dispatchCommand(CHOOSE_CHARACTER_NAME_COMMAND, name)}
            >
              {name}
            </li>
          ))}
        </ul>
      </div>
      {/* Outside the hidden part, so it is there before the words change (ARIA live regions). */}
      <p className="visually-hidden" aria-live="polite">
        {shown.length === 0 ? '' : t('editor.cues.offered', { names: shown.join(', ') })}
      </p>
    </div>
  );
}
