/**
 * The editor's toolbar: formatting for a life story, the element buttons for a
 * film script, and "Mark as private". One Tab stop with arrow keys inside
 * (roving-tabindex.ts), so the text is one Tab away; on a narrow screen it is
 * one row that scrolls sideways and stays at the top while writing, so every
 * button is in reach without a Tab key (a phone's keyboard has none).
 */
import { useEffect, useRef } from 'react';
import type { EditorView } from './editor-state.ts';
import { SCREENPLAY_ELEMENT_KEYS, SCREENPLAY_ELEMENTS } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { attachRovingTabIndex } from './roving-tabindex.ts';
import type { EditorKey } from './words.ts';
import { useWords } from './Words.tsx';

interface ToolButtonProps {
  readonly label: string;
  readonly pressed?: boolean;
  readonly shortcut?: string;
  /** A class beside the toolbar's own, for a button that stands out. */
  readonly extraClass?: string;
  readonly onPress: () => void;
}

function ToolButton({ label, pressed, shortcut, extraClass, onPress }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={extraClass === undefined ? 'ed-button ed-tool' : `ed-button ed-tool ${extraClass}`}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      // Keeps the cursor in the text for mouse and touch users; keyboard users
      // keep it anyway, since Lexical holds the selection while the toolbar has focus.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {label}
    </button>
  );
}

/** What the toolbar asks the editor to do. */
export interface EditorToolbarActions {
  readonly toggleBlock: (block: 'h2' | 'quote') => void;
  readonly toggleList: (list: 'bullet' | 'number') => void;
  readonly format: (type: 'bold' | 'italic' | 'underline') => void;
  readonly openLinkForm: () => void;
  /** Absent when the story cannot take photos. */
  readonly openPhotoForm?: () => void;
  /** Absent when the story cannot take recordings. */
  readonly openRecordingForm?: () => void;
  readonly openSensitiveForm: () => void;
  readonly setElement: (element: ScreenplayElement) => void;
}

/** A life-story button: it turns a block (heading, list, quote) or a text format on and off. */
type FormatButton = { readonly label: EditorKey } & (
  | { readonly block: 'h2' | 'quote' }
  | { readonly list: 'bullet' | 'number' }
  | { readonly format: 'bold' | 'italic' | 'underline'; readonly shortcut: string }
);

// The life-story buttons before Link, in toolbar order; the shortcuts are Lexical's own.
const FORMAT_BUTTONS: readonly FormatButton[] = [
  { label: 'editor.tool.heading', block: 'h2' },
  { label: 'editor.tool.bold', format: 'bold', shortcut: 'Control+B' },
  { label: 'editor.tool.italic', format: 'italic', shortcut: 'Control+I' },
  { label: 'editor.tool.underline', format: 'underline', shortcut: 'Control+U' },
  { label: 'editor.tool.bullet', list: 'bullet' },
  { label: 'editor.tool.number', list: 'number' },
  { label: 'editor.tool.quote', block: 'quote' },
];

/** A life-story button as the toolbar draws it, from what the text shows now. */
function formatTool(button: FormatButton, view: EditorView, actions: EditorToolbarActions) {
  if ('format' in button) {
    return {
      pressed: view[button.format],
      shortcut: button.shortcut,
      onPress: () => actions.format(button.format),
    };
  }
  if ('list' in button) {
    return { pressed: view.block === button.list, onPress: () => actions.toggleList(button.list) };
  }
  return { pressed: view.block === button.block, onPress: () => actions.toggleBlock(button.block) };
}

/** Props of EditorToolbar. */
export interface EditorToolbarProps {
  readonly isScript: boolean;
  readonly view: EditorView;
  /** The id of the text the toolbar acts on. */
  readonly controls: string;
  readonly actions: EditorToolbarActions;
}

/** The toolbar above the text. */
export function EditorToolbar({ isScript, view, controls, actions }: EditorToolbarProps) {
  const { t } = useWords();
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => (toolbar.current ? attachRovingTabIndex(toolbar.current) : undefined), []);
  return (
    <div
      ref={toolbar}
      className="ed-toolbar"
      role="toolbar"
      aria-label={t(isScript ? 'editor.tool.script' : 'editor.tool.format')}
      aria-controls={controls}
    >
      {isScript ? (
        SCREENPLAY_ELEMENTS.map((element) => (
          <ToolButton
            key={element}
            label={t(SCREENPLAY_ELEMENT_KEYS[element])}
            pressed={view.screenplayElement === element}
            onPress={() => actions.setElement(element)}
          />
        ))
      ) : (
        <>
          {FORMAT_BUTTONS.map((button) => (
            <ToolButton
              key={button.label}
              label={t(button.label)}
              {...formatTool(button, view, actions)}
            />
          ))}
          <ToolButton
            label={t('editor.tool.link')}
            pressed={view.linkUrl !== null}
            onPress={actions.openLinkForm}
          />
          {actions.openPhotoForm !== undefined && (
            <ToolButton label={t('editor.tool.photo')} onPress={actions.openPhotoForm} />
          )}
          {actions.openRecordingForm !== undefined && (
            <ToolButton
              label={t('editor.tool.record')}
              extraClass="ed-tool--record"
              onPress={actions.openRecordingForm}
            />
          )}
        </>
      )}
      <ToolButton label={t('editor.tool.private')} onPress={actions.openSensitiveForm} />
    </div>
  );
}
