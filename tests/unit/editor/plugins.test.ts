/**
 * The editor's behaviour without a browser: the same node registry and
 * register* functions the island uses, on a headless editor, with selections
 * set by hand. (Typing in a real browser is the browser tests' job.)
 */
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
} from 'lexical';
import type { LexicalEditor, TextNode } from 'lexical';
import { EDITOR_NODES } from '#src/editor/nodes.ts';
import {
  cycleScreenplayElement,
  SCREENPLAY_ELEMENTS,
  screenplayElementAfterEnter,
} from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { registerLinks } from '#src/editor/plugins/links.ts';
import {
  $listPhotos,
  INSERT_PHOTO_COMMAND,
  registerPhotos,
  REMOVE_PHOTO_COMMAND,
  UPDATE_PHOTO_COMMAND,
} from '#src/editor/plugins/photos.ts';
import {
  $characterNameSuggestions,
  CHOOSE_CHARACTER_NAME_COMMAND,
  registerScreenplayKeys,
  registerScreenplayTyping,
  SET_SCREENPLAY_ELEMENT_COMMAND,
} from '#src/editor/plugins/screenplay.ts';
import {
  $listSensitiveDetails,
  MARK_SENSITIVE_DETAIL_COMMAND,
  registerSensitiveDetails,
  REMOVE_SENSITIVE_DETAIL_COMMAND,
} from '#src/editor/plugins/sensitive-details.ts';
import { registerStoryShape } from '#src/editor/plugins/story-shape.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { $element, $paragraph, $photo, $text, PHOTO_ID } from './support/states.ts';

function editorWith(...register: ((editor: LexicalEditor) => () => void)[]): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  for (const plugin of register) plugin(editor);
  return editor;
}

function update(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function elements(editor: LexicalEditor): { element: unknown; text: string }[] {
  const root = editor.getEditorState().toJSON().root as unknown as {
    children: { element?: unknown; type: string; children?: { text?: string }[] }[];
  };
  return root.children.map((block) => ({
    element: block.element ?? block.type,
    text: (block.children ?? []).map((child) => child.text ?? '').join(''),
  }));
}

/** Puts the caret at the end of the last text node (inside editor.update). */
function $caretAtEnd(): void {
  $getRoot().selectEnd();
}

/** Selects `from`..`to` of the first text node whose text is `text` (inside editor.update). */
function $select(text: string, from: number, to: number): void {
  const node = $getRoot()
    .getAllTextNodes()
    .find((candidate: TextNode) => candidate.getTextContent() === text);
  if (node === undefined) throw new Error(`no text "${text}"`);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), from, 'text');
  selection.focus.set(node.getKey(), to, 'text');
  $setSelection(selection);
}

const key = (shiftKey = false): KeyboardEvent =>
  ({ key: 'Tab', shiftKey, preventDefault: () => undefined }) as unknown as KeyboardEvent;

describe('screenplay: Enter and Tab', () => {
  it.each<[ScreenplayElement, ScreenplayElement]>([
    ['scene', 'action'],
    ['action', 'action'],
    ['character', 'dialogue'],
    ['parenthetical', 'dialogue'],
    ['dialogue', 'character'],
    ['transition', 'scene'],
  ])('Enter after %s gives %s', (element, next) => {
    expect(screenplayElementAfterEnter(element)).toBe(next);
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element(element, $text('words')));
      $caretAtEnd();
    });
    update(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
    });
    expect(elements(editor)).toEqual([
      { element, text: 'words' },
      { element: next, text: '' },
    ]);
  });

  it('Tab cycles scene → action → character → parenthetical → dialogue → transition → scene', () => {
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('scene', $text('x')));
      $caretAtEnd();
    });
    const seen: unknown[] = [];
    for (let i = 0; i < SCREENPLAY_ELEMENTS.length; i++) {
      update(editor, () => {
        editor.dispatchCommand(KEY_TAB_COMMAND, key());
      });
      seen.push(elements(editor)[0]?.element);
    }
    expect(seen).toEqual([
      'action',
      'character',
      'parenthetical',
      'dialogue',
      'transition',
      'scene',
    ]);
    expect(SCREENPLAY_ELEMENTS.map((e) => cycleScreenplayElement(e, 1))).toEqual(seen);
  });

  it('Shift+Tab goes backwards', () => {
    expect(SCREENPLAY_ELEMENTS.map((e) => cycleScreenplayElement(e, -1))).toEqual([
      'transition',
      'scene',
      'action',
      'character',
      'parenthetical',
      'dialogue',
    ]);
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('scene', $text('x')));
      $caretAtEnd();
    });
    update(editor, () => {
      editor.dispatchCommand(KEY_TAB_COMMAND, key(true));
    });
    expect(elements(editor)[0]?.element).toBe('transition');
  });

  it('Escape releases the next Tab to the browser, so the keyboard can leave the script', () => {
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('scene', $text('x')));
      $caretAtEnd();
    });
    let handled = true;
    update(editor, () => {
      editor.dispatchCommand(KEY_ESCAPE_COMMAND, key());
      handled = editor.dispatchCommand(KEY_TAB_COMMAND, key());
    });
    expect(handled).toBe(false);
    expect(elements(editor)[0]?.element).toBe('scene');
  });

  it('Enter on an empty character turns it into action instead of stacking empty lines', () => {
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('character'));
      $caretAtEnd();
    });
    update(editor, () => {
      editor.dispatchCommand(KEY_ENTER_COMMAND, null);
    });
    expect(elements(editor)).toEqual([{ element: 'action', text: '' }]);
  });

  it('"(" on an empty line of dialogue makes it a parenthetical', () => {
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('dialogue'));
      $caretAtEnd();
    });
    update(editor, () => {
      editor.dispatchCommand(KEY_DOWN_COMMAND, { key: '(' } as KeyboardEvent);
    });
    expect(elements(editor)).toEqual([{ element: 'parenthetical', text: '' }]);
  });

  it('the element picker sets the element', () => {
    const editor = editorWith(registerScreenplayKeys);
    update(editor, () => {
      $getRoot().append($element('action', $text('KAYLA')));
      $caretAtEnd();
    });
    update(editor, () => {
      editor.dispatchCommand(SET_SCREENPLAY_ELEMENT_COMMAND, 'character');
    });
    expect(elements(editor)).toEqual([{ element: 'character', text: 'KAYLA' }]);
  });
});

/** Types `text` at the caret one character at a time, as a keyboard would. */
function type(editor: LexicalEditor, text: string): void {
  for (const character of text) {
    update(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(character);
    });
  }
}

describe('screenplay: a line takes its element as it is typed', () => {
  it.each<[ScreenplayElement, string, ScreenplayElement]>([
    ['action', 'INT. SCHOOL CORRIDOR - DAY', 'scene'],
    ['action', 'ext. bus stop', 'scene'],
    ['action', 'CUT TO:', 'transition'],
    ['character', 'INT. KITCHEN', 'scene'],
    ['character', 'cut to:', 'transition'],
    ['action', 'Interesting times.', 'action'],
    ['action', 'She points to:', 'action'],
    ['dialogue', 'INT. no', 'dialogue'],
    ['parenthetical', 'CUT TO:', 'parenthetical'],
  ])('typing into %s: %j ends as %s', (element, text, expected) => {
    const editor = editorWith(registerScreenplayKeys, registerScreenplayTyping);
    update(editor, () => {
      $getRoot().append($element(element));
      $caretAtEnd();
    });
    type(editor, text);
    expect(elements(editor)).toEqual([{ element: expected, text }]);
  });

  it('a line the writer sets back to action stays action as they type on', () => {
    const editor = editorWith(registerScreenplayKeys, registerScreenplayTyping);
    update(editor, () => {
      $getRoot().append($element('action'));
      $caretAtEnd();
    });
    type(editor, 'INT.');
    expect(elements(editor)[0]?.element).toBe('scene');
    update(editor, () => {
      editor.dispatchCommand(SET_SCREENPLAY_ELEMENT_COMMAND, 'action');
    });
    type(editor, ' is short for interior');
    expect(elements(editor)).toEqual([{ element: 'action', text: 'INT. is short for interior' }]);
  });
});

describe('screenplay: names already used are offered in a character cue', () => {
  function scriptWithCue(cue: string): LexicalEditor {
    const editor = editorWith(registerScreenplayKeys, registerScreenplayTyping);
    update(editor, () => {
      $getRoot().append(
        $element('character', $text('KAYLA')),
        $element('dialogue', $text('Hi.')),
        $element('character', $text('jay')),
        $element('dialogue', $text('Hey.')),
        $element('character', $text('Kayla (V.O.)')),
        $element('dialogue', $text('Later.')),
        cue === '' ? $element('character') : $element('character', $text(cue)),
      );
      $caretAtEnd();
    });
    return editor;
  }

  it.each<[string, string[]]>([
    ['', ['KAYLA', 'JAY']],
    ['k', ['KAYLA']],
    ['j', ['JAY']],
    ['jay', []],
    ['x', []],
  ])('typed %j: offers %j', (cue, expected) => {
    expect(scriptWithCue(cue).getEditorState().read($characterNameSuggestions)).toEqual(expected);
  });

  it('offers nothing outside a character cue', () => {
    const editor = scriptWithCue('');
    update(editor, () => {
      editor.dispatchCommand(SET_SCREENPLAY_ELEMENT_COMMAND, 'action');
    });
    expect(editor.getEditorState().read($characterNameSuggestions)).toEqual([]);
  });

  it('choosing a name fills in the cue, caret after it', () => {
    const editor = scriptWithCue('k');
    update(editor, () => {
      editor.dispatchCommand(CHOOSE_CHARACTER_NAME_COMMAND, 'KAYLA');
    });
    type(editor, ' (O.S.)');
    expect(elements(editor).at(-1)).toEqual({ element: 'character', text: 'KAYLA (O.S.)' });
  });
});

describe('story shape: pasted content is made to fit the kind of story', () => {
  it('in a script, paragraphs, headings, lists and links become action; photos go', () => {
    const editor = editorWith((e) => registerStoryShape(e, 'film_script'));
    update(editor, () => {
      $getRoot().append(
        $paragraph(
          $text('A paragraph '),
          $createLinkNode('https://example.org').append($text('link')),
        ),
        $createHeadingNode('h1').append($text('A heading')),
        $createListNode('bullet').append(
          $createListItemNode().append($text('one')),
          $createListItemNode().append($text('two')),
        ),
        $photo(),
      );
    });
    expect(elements(editor)).toEqual([
      { element: 'action', text: 'A paragraph link' },
      { element: 'action', text: 'A heading' },
      { element: 'action', text: 'one' },
      { element: 'action', text: 'two' },
    ]);
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('"type":"link"');
    expect(validateEditorState(editor.getEditorState().toJSON(), 'film_script').ok).toBe(true);
  });

  it('in a life story, script elements become paragraphs and h1 becomes h2; formats are trimmed', () => {
    const editor = editorWith((e) => registerStoryShape(e, 'life_story'));
    update(editor, () => {
      $getRoot().append(
        $element('dialogue', $text('Hello', 'bold', 'code', 'strikethrough')),
        $createHeadingNode('h1').append($text('Title')),
        $createHeadingNode('h5').append($text('Small')),
        $createListNode('check').append($createListItemNode().append($text('tick'))),
      );
    });
    const state = editor.getEditorState().toJSON();
    const json = JSON.stringify(state);
    expect(json).not.toContain('"screenplay"');
    expect(json).toContain('"tag":"h2"');
    expect(json).toContain('"tag":"h3"');
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"format":1,'); // bold only
    expect(validateEditorState(state, 'life_story')).toMatchObject({ ok: true });
  });
});

describe('story shape: a pasted <blockquote> of paragraphs (regression: nested blocks were refused)', () => {
  it.each(['life_story', 'film_script'] as const)('%s: lifted out in order, and valid', (kind) => {
    const editor = editorWith((e) => registerStoryShape(e, kind));
    update(editor, () => {
      $getRoot().append(
        $createQuoteNode().append($paragraph($text('q1')), $paragraph($text('q2'))),
        $paragraph($text('after')),
      );
    });
    const texts = elements(editor).map((block) => block.text);
    expect(texts).toEqual(['q1', 'q2', 'after']);
    expect(validateEditorState(editor.getEditorState().toJSON(), kind)).toMatchObject({ ok: true });
  });
});

describe('sensitive details', () => {
  it('marks exactly the selected words, lists them, and removes the mark but not the words', () => {
    const editor = editorWith(registerSensitiveDetails);
    update(editor, () => {
      $getRoot().append($paragraph($text('My sister Ann came round.')));
    });
    update(editor, () => {
      $select('My sister Ann came round.', 10, 13);
      editor.dispatchCommand(MARK_SENSITIVE_DETAIL_COMMAND, {
        detailKind: 'person',
        replacement: 'my sister',
      });
    });
    const details = editor.getEditorState().read($listSensitiveDetails);
    expect(details).toMatchObject([
      { original: 'Ann', detailKind: 'person', replacement: 'my sister' },
    ]);
    expect(validateEditorState(editor.getEditorState().toJSON(), 'life_story')).toMatchObject({
      ok: true,
    });

    update(editor, () => {
      editor.dispatchCommand(REMOVE_SENSITIVE_DETAIL_COMMAND, details[0]?.key ?? '');
    });
    expect(editor.getEditorState().read($listSensitiveDetails)).toEqual([]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
      'My sister Ann came round.',
    );
  });

  it('refuses an empty replacement', () => {
    const editor = editorWith(registerSensitiveDetails);
    update(editor, () => {
      $getRoot().append($paragraph($text('Ann')));
    });
    let handled = true;
    update(editor, () => {
      $select('Ann', 0, 3);
      handled = editor.dispatchCommand(MARK_SENSITIVE_DETAIL_COMMAND, {
        detailKind: 'person',
        replacement: '  ',
      });
    });
    expect(handled).toBe(false);
    expect(editor.getEditorState().read($listSensitiveDetails)).toEqual([]);
  });
});

describe('photos and links', () => {
  it('inserts a described photo, updates it, removes it; refuses one without a description', () => {
    const editor = editorWith(registerPhotos);
    update(editor, () => {
      $getRoot().append($paragraph($text('Before')));
      $caretAtEnd();
    });
    let refused = true;
    update(editor, () => {
      refused = !editor.dispatchCommand(INSERT_PHOTO_COMMAND, {
        mediaId: PHOTO_ID,
        altText: ' ',
        showsIdentifiablePeople: false,
      });
      editor.dispatchCommand(INSERT_PHOTO_COMMAND, {
        mediaId: PHOTO_ID,
        altText: 'Nan in the garden',
        showsIdentifiablePeople: true,
      });
    });
    expect(refused).toBe(true);
    const [photo] = editor.getEditorState().read($listPhotos);
    expect(photo).toMatchObject({
      mediaId: PHOTO_ID,
      altText: 'Nan in the garden',
      showsIdentifiablePeople: true,
    });
    update(editor, () => {
      editor.dispatchCommand(UPDATE_PHOTO_COMMAND, {
        key: photo?.key ?? '',
        altText: 'Nan',
        caption: '1970',
        showsIdentifiablePeople: false,
      });
    });
    expect(editor.getEditorState().read($listPhotos)[0]).toMatchObject({
      altText: 'Nan',
      caption: '1970',
    });
    expect(validateEditorState(editor.getEditorState().toJSON(), 'life_story')).toMatchObject({
      ok: true,
    });
    update(editor, () => {
      editor.dispatchCommand(REMOVE_PHOTO_COMMAND, photo?.key ?? '');
    });
    expect(editor.getEditorState().read($listPhotos)).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    'a pasted link to %s becomes plain words',
    (url) => {
      const editor = editorWith(registerLinks);
      update(editor, () => {
        $getRoot().append($paragraph($createLinkNode(url).append($text('click me'))));
      });
      const json = JSON.stringify(editor.getEditorState().toJSON());
      expect(json).not.toContain('"type":"link"');
      expect(json).toContain('click me');
    },
  );
});
