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
import { validateScriptNameMap } from './script-names.ts';
import type { ScriptNameMap } from './script-names.ts';

/** Props of ScriptNamesPanel. */
export interface ScriptNamesPanelProps {
  readonly names: ScriptNameMap;
  readonly onChange: (names: ScriptNameMap) => void;
}

/** Lists the name map and adds to it. */
export function ScriptNamesPanel({ names, onChange }: ScriptNamesPanelProps) {
  const id = useId();
  const [real, setReal] = useState('');
  const [character, setCharacter] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const result = validateScriptNameMap({ ...names, [real.trim()]: character.trim() });
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
    <Panel as="section" className="ed-names" title="Character names">
      <p className="ed-hint">
        Write real names if that is easier. Readers who may not see them read the character name
        instead, everywhere in the script.
      </p>
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
                Remove<span className="visually-hidden"> the character name for {realName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="ed-panel__form">
        <label htmlFor={`${id}-real`}>Real name</label>
        <input
          id={`${id}-real`}
          type="text"
          required
          value={real}
          onChange={(event) => setReal(event.target.value)}
        />
        <label htmlFor={`${id}-character`}>Name readers see</label>
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
          Add name
        </button>
      </form>
    </Panel>
  );
}
