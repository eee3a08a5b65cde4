/**
 * The editor's toolbar: formatting for a life story, the element buttons for a
 * film script, and "Mark as private". One Tab stop with arrow keys inside
 * (roving-tabindex.ts), so the text is one Tab away; on a narrow screen it is
 * one row that scrolls sideways and stays at the top while writing, so every
 * button is in reach without a Tab key (a phone's keyboard has none).
 */
import { useEffect, useRef } from 'react';
import type { BlockKind, EditorView } from './editor-state.ts';
import {
  SCREENPLAY_ELEMENT_LABELS,
  SCREENPLAY_ELEMENTS,
} from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { attachRovingTabIndex } from './roving-tabindex.ts';

interface ToolButtonProps {
  readonly label: string;
  readonly pressed?: boolean;
  readonly shortcut?: string;
  readonly onPress: () => void;
}

function ToolButton({ label, pressed, shortcut, onPress }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="ed-button ed-tool"
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
  readonly openSensitiveForm: () => void;
  readonly setElement: (element: ScreenplayElement) => void;
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
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => (toolbar.current ? attachRovingTabIndex(toolbar.current) : undefined), []);
  const block: BlockKind = view.block;
  return (
    <div
      ref={toolbar}
      className="ed-toolbar"
      role="toolbar"
      aria-label={isScript ? 'Script elements' : 'Formatting'}
      aria-controls={controls}
    >
      {isScript ? (
        SCREENPLAY_ELEMENTS.map((element) => (
          <ToolButton
            key={element}
            label={SCREENPLAY_ELEMENT_LABELS[element]}
            pressed={view.screenplayElement === element}
            onPress={() => actions.setElement(element)}
          />
        ))
      ) : (
        <>
          <ToolButton
            label="Heading"
            pressed={block === 'h2'}
            onPress={() => actions.toggleBlock('h2')}
          />
          <ToolButton
            label="Bold"
            pressed={view.bold}
            shortcut="Control+B"
            onPress={() => actions.format('bold')}
          />
          <ToolButton
            label="Italic"
            pressed={view.italic}
            shortcut="Control+I"
            onPress={() => actions.format('italic')}
          />
          <ToolButton
            label="Underline"
            pressed={view.underline}
            shortcut="Control+U"
            onPress={() => actions.format('underline')}
          />
          <ToolButton
            label="Bulleted list"
            pressed={block === 'bullet'}
            onPress={() => actions.toggleList('bullet')}
          />
          <ToolButton
            label="Numbered list"
            pressed={block === 'number'}
            onPress={() => actions.toggleList('number')}
          />
          <ToolButton
            label="Quote"
            pressed={block === 'quote'}
            onPress={() => actions.toggleBlock('quote')}
          />
          <ToolButton label="Link" pressed={view.linkUrl !== null} onPress={actions.openLinkForm} />
          {actions.openPhotoForm !== undefined && (
            <ToolButton label="Add a photo" onPress={actions.openPhotoForm} />
          )}
        </>
      )}
      <ToolButton label="Mark as private" onPress={actions.openSensitiveForm} />
    </div>
  );
}
