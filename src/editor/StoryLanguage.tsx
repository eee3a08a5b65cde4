/**
 * "Language this story is written in": a select of the languages Heard
 * offers (src/domain/story-language.ts), each named in itself and marked with
 * its own `lang`, saved as soon as it is chosen. The text takes the language
 * at once, so spellcheck and screen readers follow; if the save fails, the
 * select and the text go back to the language that is saved, and the writer
 * is told.
 */
import { useId, useState } from 'react';
import { STORY_LANGUAGES, storyLanguageName } from '#src/domain/story-language.ts';
import { useWords } from './Words.tsx';

/** Props of StoryLanguage. */
export interface StoryLanguageProps {
  /** Where the language is POSTed as JSON ({ language }); 200, or 4xx with { message }. */
  readonly url: string;
  /** The story's language now. */
  readonly language: string;
  readonly onChange: (language: string) => void;
}

/** Sends the chosen language; the server's refusal in words, or null when saved. */
async function sendLanguage(url: string, language: string): Promise<string | null | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ language }),
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    return typeof body?.message === 'string' ? body.message : undefined;
  } catch {
    return undefined;
  }
}

/** The story's language, chosen and saved. */
export function StoryLanguage({ url, language, onChange }: StoryLanguageProps) {
  const { t } = useWords();
  const id = useId();
  const [saved, setSaved] = useState(language);
  const [outcome, setOutcome] = useState<{ readonly problem: boolean; readonly words: string }>();
  const known = STORY_LANGUAGES.some((option) => option.tag === language);
  const options = known ? STORY_LANGUAGES : [...STORY_LANGUAGES, { tag: language, name: language }];

  const choose = async (chosen: string): Promise<void> => {
    onChange(chosen);
    setOutcome(undefined);
    const refusal = await sendLanguage(url, chosen);
    if (refusal === null) {
      setSaved(chosen);
      setOutcome({
        problem: false,
        words: t('editor.language.saved', { name: storyLanguageName(chosen) }),
      });
      return;
    }
    onChange(saved);
    setOutcome({ problem: true, words: refusal ?? t('editor.language.failed') });
  };

  return (
    <div className="ed-language">
      <label htmlFor={`${id}-language`}>{t('editor.language.label')}</label>
      <select
        id={`${id}-language`}
        value={language}
        aria-describedby={`${id}-outcome`}
        onChange={(event) => void choose(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.tag} value={option.tag} lang={option.tag}>
            {option.name}
          </option>
        ))}
      </select>
      <p
        id={`${id}-outcome`}
        className={outcome?.problem ? 'ed-problem' : 'ed-hint'}
        role="status"
        aria-live="polite"
      >
        {outcome?.words}
      </p>
    </div>
  );
}
