/**
 * Class names the editor gives each node while writing (the reader's HTML from
 * render.ts uses its own, plainer markup). editor.css styles these, except a
 * film script's, which the reader's HTML shares: src/styles/screenplay.css lays
 * out both, so a script looks the same while written and wherever it is read.
 */
import type { EditorConfig, EditorThemeClasses } from 'lexical';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import type { SensitiveDetailKind } from '#src/editor/nodes/SensitiveDetailNode.ts';

/** Classes for the nodes Heard defines itself, read by their createDOM. */
export const CUSTOM_NODE_CLASSES = {
  sensitiveDetail: 'ed-sensitive',
  photo: 'ed-photo',
  photoHidden: 'ed-photo--identifiable',
  recording: 'ed-recording',
  recordingPlayer: 'ed-recording-player',
  recordingTranscript: 'ed-recording-transcript',
  transcriptLine: 'ed-transcript-line',
} as const;

/** The class of the element holding a whole script, in the editor and in the reader's HTML. */
export const SCREENPLAY_CLASS = 'screenplay';

/** The class a screenplay element gets in the editor; the reader's HTML uses the same names. */
export const SCREENPLAY_CLASSES: Readonly<Record<ScreenplayElement, string>> = {
  scene: 'sp-scene',
  action: 'sp-action',
  character: 'sp-character',
  parenthetical: 'sp-parenthetical',
  dialogue: 'sp-dialogue',
  transition: 'sp-transition',
};

/** Every class of one screenplay element, in the editor and in the reader's HTML alike. */
export function screenplayClassName(element: ScreenplayElement): string {
  return `sp ${SCREENPLAY_CLASSES[element]}`;
}

/** The Lexical theme for the story editor. */
export const editorTheme: EditorThemeClasses = {
  root: 'ed-root',
  paragraph: 'ed-paragraph',
  heading: { h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  link: 'ed-link',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li--nested' },
  },
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
  },
};

/**
 * The words Heard's own nodes draw in the editor, in the writer's language.
 * The island puts them on the theme under `NODE_WORDS`, since the theme is
 * what Lexical hands each node's createDOM; node modules stay free of React
 * and of the catalogue.
 */
export interface NodeWords {
  /** Under a recording's player. */
  readonly recordingLabel: string;
  /** A marked detail's tooltip: what kind it is and what readers see instead. */
  readonly detailTitle: (kind: SensitiveDetailKind, replacement: string) => string;
}

/** Where NodeWords sit on the theme. */
export const NODE_WORDS = 'heardWords';

/** The node words on an editor's theme; none on an editor that gave none (the server's headless one). */
export function nodeWordsIn(config: EditorConfig): NodeWords | undefined {
  return config.theme[NODE_WORDS] as NodeWords | undefined;
}
