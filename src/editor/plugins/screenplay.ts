/**
 * Film-script keys and typing: Enter starts the element a screenwriter expects
 * next (ScreenplayNode.insertNewAfter), Tab and Shift+Tab cycle the current
 * element's type, "(" on an empty line of dialogue makes it a parenthetical,
 * the element buttons set the type directly, and a line takes the element its
 * words call for as it is typed ("INT." a scene heading, "CUT TO:" a
 * transition; the rules are src/domain/screenplay.ts). In a character cue, the
 * names already used in the script are offered (CHOOSE_CHARACTER_NAME_COMMAND).
 *
 * Tab is taken from the browser inside a script, so Escape hands it back: the
 * next Tab after Escape leaves the editor as usual (WCAG 2.1.2, no keyboard
 * trap). The editor's help text says so.
 */
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  createCommand,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  mergeRegister,
  TextNode,
} from 'lexical';
import type { LexicalCommand, LexicalEditor } from 'lexical';
import { elementForTypedLine, suggestCharacterNames } from '#src/domain/screenplay.ts';
import { $isScreenplayNode, cycleScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement, ScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';

/** Sets the element type of the screenplay element(s) the selection is in. */
export const SET_SCREENPLAY_ELEMENT_COMMAND: LexicalCommand<ScreenplayElement> = createCommand(
  'SET_SCREENPLAY_ELEMENT_COMMAND',
);

/** The screenplay elements the selection touches. */
export function $selectedScreenplayNodes(): ScreenplayNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const found = new Map<string, ScreenplayNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const block = $isScreenplayNode(node) ? node : node.getTopLevelElement();
    if ($isScreenplayNode(block)) found.set(block.getKey(), block);
  }
  return [...found.values()];
}

/** Handles Enter on an empty element, Tab, Shift+Tab, Escape and the element picker. */
export function registerScreenplayKeys(editor: LexicalEditor): () => void {
  let tabReleased = false;
  return mergeRegister(
    editor.registerCommand(
      SET_SCREENPLAY_ELEMENT_COMMAND,
      (element) => {
        const nodes = $selectedScreenplayNodes();
        for (const node of nodes) node.setElement(element);
        return nodes.length > 0;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false; // Shift+Enter: a line break inside the element
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
        const block = selection.anchor.getNode().getTopLevelElement();
        // Enter on an empty cue, line or transition means "not that after
        // all": it becomes action, as in screenwriting tools, instead of
        // stacking empty elements.
        if (!$isScreenplayNode(block) || block.getElement() === 'action') return false;
        if (block.getTextContentSize() !== 0) return false;
        event?.preventDefault();
        block.setElement('action');
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        if (tabReleased) {
          tabReleased = false;
          return false;
        }
        const nodes = $selectedScreenplayNodes();
        if (nodes.length === 0) return false;
        event.preventDefault();
        const step = event.shiftKey ? -1 : 1;
        for (const node of nodes) node.setElement(cycleScreenplayElement(node.getElement(), step));
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_ESCAPE_COMMAND,
      () => {
        tabReleased = true;
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        // Escape releases only the very next Tab.
        if (event.key !== 'Escape' && event.key !== 'Tab' && event.key !== 'Shift') {
          tabReleased = false;
        }
        // "(" opening an empty line of dialogue starts a parenthetical, as in
        // screenwriting tools; the bracket itself is still typed.
        if (event.key === '(') {
          const selection = $getSelection();
          const block = $isRangeSelection(selection)
            ? selection.anchor.getNode().getTopLevelElement()
            : null;
          if (
            $isScreenplayNode(block) &&
            block.getElement() === 'dialogue' &&
            block.getTextContentSize() === 0
          ) {
            block.setElement('parenthetical');
          }
        }
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/** Replaces the character cue the caret is in with a name (one of its suggestions). */
export const CHOOSE_CHARACTER_NAME_COMMAND: LexicalCommand<string> = createCommand(
  'CHOOSE_CHARACTER_NAME_COMMAND',
);

/** The character cue the caret is in, if it is in one (nothing selected). */
export function $characterCueAtCaret(): ScreenplayNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const block = selection.anchor.getNode().getTopLevelElement();
  return $isScreenplayNode(block) && block.getElement() === 'character' ? block : null;
}

/** The names to offer for the cue the caret is in: other cues' names that start as it does. */
export function $characterNameSuggestions(): string[] {
  const cue = $characterCueAtCaret();
  if (cue === null) return [];
  const others = $getRoot()
    .getChildren()
    .filter(
      (node): node is ScreenplayNode =>
        $isScreenplayNode(node) && node.getElement() === 'character' && !node.is(cue),
    )
    .map((node) => node.getTextContent());
  return suggestCharacterNames(others, cue.getTextContent());
}

/**
 * A line becomes the element its words call for as it is typed
 * (elementForTypedLine). A text transform, so it follows typing, pasting and
 * phone keyboards alike, and never a change of element the writer made.
 */
export function registerScreenplayTyping(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (text) => {
      const block = text.getTopLevelElement();
      if (!$isScreenplayNode(block)) return;
      const next = elementForTypedLine(block.getElement(), block.getTextContent());
      if (next !== null) block.setElement(next);
    }),
    editor.registerCommand(
      CHOOSE_CHARACTER_NAME_COMMAND,
      (name) => {
        const cue = $characterCueAtCaret();
        if (cue === null) return false;
        cue.clear();
        cue.append($createTextNode(name));
        cue.selectEnd();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
