/**
 * The script's character names: a real name mapped once, for the whole
 * script, to the name readers see (see script-names.ts). Readers who may
 * not see sensitive details see the character name wherever the real one is
 * written.
 */
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { FieldProblem, problemAttributes } from './InlineForm.tsx';
import { Panel } from './Panel.tsx';
import { RichWords, useWords } from './Words.tsx';
import { validateScriptNameMap } from './script-names.ts';
import type { ScriptNameMap } from './script-names.ts';

/** Props of ScriptNamesPanel. */
export interface ScriptNamesPanelProps {
  readonly names: ScriptNameMap;
  readonly onChange: (names: ScriptNameMap) => void;
}

/** Lists the name map and adds to it. */
export function ScriptNamesPanel({ names, onChange }: ScriptNamesPanelProps) {
  const { t } = useWords();
  const id = useId();
  const [real, setReal] = useState('');
  const [character, setCharacter] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const result = validateScriptNameMap({ ...names, [real.trim()]: character.trim() }, t);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    onChange({ ...result.map });
    setReal('');
    setCharacter('');
    setProblem(null);
  };

  const entries = Object.entries(names);
  return (
    <Panel as="section" className="ed-names" title={t('editor.names.title')}>
      <p className="ed-hint">{t('editor.names.hint')}</p>
      {entries.length > 0 && (
        <ul className="ed-panel__list">
          {entries.map(([realName, characterName]) => (
            <li key={realName} className="ed-panel__item">
              <p>
                {realName} → {characterName}
              </p>
              <button
                type="button"
                className="ed-button"
                onClick={() => {
                  const next = { ...names };
                  delete next[realName];
                  onChange(next);
                }}
              >
                <RichWords id="editor.names.remove" values={{ name: realName }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="ed-panel__form">
        <label htmlFor={`${id}-real`}>{t('editor.names.real')}</label>
        <input
          id={`${id}-real`}
          type="text"
          required
          value={real}
          onChange={(event) => setReal(event.target.value)}
        />
        <label htmlFor={`${id}-character`}>{t('editor.names.character')}</label>
        <input
          id={`${id}-character`}
          type="text"
          required
          value={character}
          {...problemAttributes(id, problem)}
          onChange={(event) => setCharacter(event.target.value)}
        />
        <FieldProblem id={id} problem={problem} />
        <button type="submit" className="ed-button">
          {t('editor.names.add')}
        </button>
      </form>
    </Panel>
  );
}
