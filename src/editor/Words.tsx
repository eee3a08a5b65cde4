/**
 * The island's words in React: StoryEditor provides them once (words.ts makes
 * them from the page's messages) and every component reads them with
 * `useWords()`. `RichWords` draws a message holding tags as elements.
 */
import { createContext, Fragment, useContext } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { editorWords } from './words.ts';
import type { EditorKey, EditorWords, WordValues } from './words.ts';

// Without a provider every message shows its key: a component drawn outside
// the island is a bug to see, not English to hide it.
const WordsContext = createContext<EditorWords>(editorWords({}, 'en-GB'));

/** Gives the components inside it these words. */
export const WordsProvider = WordsContext.Provider;

/** The island's words. */
export function useWords(): EditorWords {
  return useContext(WordsContext);
}

/** The elements each tag of a message becomes, given its contents. */
export type TagElements = Readonly<Record<string, (contents: ReactNode) => ReactElement>>;

/** A message holding tags, drawn with `tags` (`<hidden>…</hidden>`: visually hidden words). */
export function RichWords({
  id,
  values = {},
  tags = {},
}: {
  readonly id: EditorKey;
  readonly values?: WordValues;
  readonly tags?: TagElements;
}) {
  const words = useWords();
  const wraps = Object.fromEntries(
    Object.entries({ hidden: hiddenWords, ...tags }).map(([name, make]) => [
      name,
      (contents: readonly ReactNode[]) => make(<>{keyed(contents)}</>),
    ]),
  );
  return <>{keyed(words.rich<ReactNode>(id, values, wraps))}</>;
}

function hiddenWords(contents: ReactNode): ReactElement {
  return <span className="visually-hidden">{contents}</span>;
}

function keyed(parts: readonly ReactNode[]): ReactNode[] {
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
