/**
 * The recording commands on a headless editor with the island's plugins:
 * a ready recording is placed where the cursor is with an empty line to
 * write in (never inside another recording), moments are marked and kept
 * within an hour, sensitive details are marked in a transcript as in a
 * paragraph, and what comes out is a state the server accepts.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { registerRichText } from '@lexical/rich-text';
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
} from 'lexical';
import type { LexicalEditor, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '#src/editor/nodes.ts';
import { $createRecordingNode } from '#src/editor/nodes/RecordingNode.ts';
import {
  $createTranscriptLineNode,
  MAX_TRANSCRIPT_START_MS,
} from '#src/editor/nodes/TranscriptLineNode.ts';
import {
  $listRecordings,
  $selectedTranscriptLineKey,
  INSERT_RECORDING_COMMAND,
  registerRecordings,
  REMOVE_RECORDING_COMMAND,
  SET_TRANSCRIPT_MOMENT_COMMAND,
} from '#src/editor/plugins/recordings.ts';
import {
  MARK_SENSITIVE_DETAIL_COMMAND,
  registerSensitiveDetails,
} from '#src/editor/plugins/sensitive-details.ts';
import { registerStoryShape } from '#src/editor/plugins/story-shape.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { listRecordingIds, listRecordingTranscripts } from '#src/domain/voice.ts';
import { $paragraph, $text } from './support/states.ts';

const FIRST = '9a1c2a9e-1b2c-4d5e-8f90-123456789abc';
const SECOND = '5b2d3c4e-2c3d-4e5f-9a01-23456789abcd';

function lifeStoryEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerStoryShape(editor, 'life_story');
  registerSensitiveDetails(editor);
  registerRecordings(editor);
  return editor;
}

function update(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

/** Puts the caret at `offset` in the text node reading `text` (inside editor.update). */
function $caretIn(text: string, offset: number, to = offset): void {
  const node = $getRoot()
    .getAllTextNodes()
    .find((candidate: TextNode) => candidate.getTextContent() === text);
  if (node === undefined) throw new Error(`no text "${text}"`);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), offset, 'text');
  selection.focus.set(node.getKey(), to, 'text');
  $setSelection(selection);
}

/** The top-level blocks: their type, and for a recording its id and lines. */
function blocks(editor: LexicalEditor): unknown[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => {
        const recording = $listRecordings().find((item) => item.key === block.getKey());
        if (recording === undefined) return `${block.getType()}: ${block.getTextContent()}`;
        return {
          recordingId: recording.recordingId,
          lines: recording.lines.map((line) => [line.startMs, line.text]),
        };
      }),
  );
}

function valid(editor: LexicalEditor) {
  const result = validateEditorState(editor.getEditorState().toJSON(), 'life_story');
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('placing a recording', () => {
  it('splits the paragraph at the cursor, with an empty line to write in and the cursor in it', () => {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append($paragraph($text('Before after')));
      $caretIn('Before after', 7);
    });
    update(editor, () => {
      expect(editor.dispatchCommand(INSERT_RECORDING_COMMAND, FIRST)).toBe(true);
    });
    expect(blocks(editor)).toEqual([
      'paragraph: Before ',
      { recordingId: FIRST, lines: [[null, '']] },
      'paragraph: after',
    ]);
    const lineKey = editor.getEditorState().read(() => $listRecordings()[0]?.lines[0]?.key);
    expect(editor.getEditorState().read($selectedTranscriptLineKey)).toBe(lineKey);
    valid(editor);
  });

  it('at the end of the story, leaves a paragraph after it to carry on in', () => {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append($paragraph($text('The end.')));
      $caretIn('The end.', 8);
    });
    update(editor, () => editor.dispatchCommand(INSERT_RECORDING_COMMAND, FIRST));
    expect(blocks(editor)).toEqual([
      'paragraph: The end.',
      { recordingId: FIRST, lines: [[null, '']] },
      'paragraph: ',
    ]);
  });

  it('with the cursor in a transcript, goes after that recording, never inside it', () => {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append(
        $createRecordingNode(FIRST).append($createTranscriptLineNode(0).append($text('Hello'))),
        $paragraph($text('Next.')),
      );
      $caretIn('Hello', 2);
    });
    update(editor, () => editor.dispatchCommand(INSERT_RECORDING_COMMAND, SECOND));
    expect(blocks(editor)).toEqual([
      { recordingId: FIRST, lines: [[0, 'Hello']] },
      { recordingId: SECOND, lines: [[null, '']] },
      'paragraph: Next.',
    ]);
    valid(editor);
  });

  it('with no cursor (after a reload), goes at the end', () => {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append($paragraph($text('Only words.')));
      $setSelection(null);
    });
    update(editor, () => editor.dispatchCommand(INSERT_RECORDING_COMMAND, FIRST));
    expect(blocks(editor)[1]).toEqual({ recordingId: FIRST, lines: [[null, '']] });
  });

  it('refuses an id that is not a recording id', () => {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append($paragraph($text('x')));
      $caretIn('x', 1);
    });
    update(editor, () => {
      expect(editor.dispatchCommand(INSERT_RECORDING_COMMAND, '../photo')).toBe(false);
    });
    expect(blocks(editor)).toEqual(['paragraph: x']);
  });
});

describe('writing what was said', () => {
  function withRecording(): LexicalEditor {
    const editor = lifeStoryEditor();
    update(editor, () => {
      $getRoot().append($paragraph($text('Before.')));
      $caretIn('Before.', 7);
    });
    update(editor, () => editor.dispatchCommand(INSERT_RECORDING_COMMAND, FIRST));
    update(editor, () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no cursor');
      selection.insertText('We sang on the ferry to Birkenhead.');
      selection.insertParagraph();
      selection.insertText('Every Sunday.');
    });
    return editor;
  }

  it('Enter in a line makes the next line of the same recording', () => {
    expect(blocks(withRecording())).toEqual([
      'paragraph: Before.',
      {
        recordingId: FIRST,
        lines: [
          [null, 'We sang on the ferry to Birkenhead.'],
          [null, 'Every Sunday.'],
        ],
      },
      'paragraph: ',
    ]);
  });

  it('marks a moment on a line, unmarks it, and keeps it within an hour', () => {
    const editor = withRecording();
    const keys = editor.getEditorState().read(() => $listRecordings()[0]?.lines.map((l) => l.key));
    const [first = '', second = ''] = keys ?? [];
    const moment = (key: string, startMs: number | null) => {
      let handled = false;
      update(editor, () => {
        handled = editor.dispatchCommand(SET_TRANSCRIPT_MOMENT_COMMAND, { key, startMs });
      });
      return handled;
    };
    expect(moment(second, 4_200.4)).toBe(true);
    expect(moment(first, 0)).toBe(true);
    expect(moment(first, -1)).toBe(false);
    expect(moment(first, Number.NaN)).toBe(false);
    expect((blocks(editor)[1] as { lines: unknown[] }).lines).toEqual([
      [0, 'We sang on the ferry to Birkenhead.'],
      [4_200, 'Every Sunday.'],
    ]);
    expect(moment(second, MAX_TRANSCRIPT_START_MS + 60_000)).toBe(true);
    expect(moment(first, null)).toBe(true);
    expect((blocks(editor)[1] as { lines: unknown[] }).lines).toEqual([
      [null, 'We sang on the ferry to Birkenhead.'],
      [MAX_TRANSCRIPT_START_MS, 'Every Sunday.'],
    ]);
    // A key that is not a transcript line is left alone.
    const paragraphKey = editor.getEditorState().read(() => $getRoot().getFirstChild()?.getKey());
    expect(moment(paragraphKey ?? '', 10)).toBe(false);
    valid(editor);
  });

  it('marks a private detail inside a line as in a paragraph, and the server keeps it', () => {
    const editor = withRecording();
    update(editor, () => {
      $caretIn('We sang on the ferry to Birkenhead.', 24, 34);
      expect(
        editor.dispatchCommand(MARK_SENSITIVE_DETAIL_COMMAND, {
          detailKind: 'place',
          replacement: 'across the river',
        }),
      ).toBe(true);
    });
    const result = valid(editor);
    expect(JSON.stringify(result.state)).toContain('"replacement":"across the river"');
    expect(listRecordingIds(result.state)).toEqual([FIRST]);
    expect(listRecordingTranscripts(result.state)).toEqual([
      { recordingId: FIRST, lines: ['We sang on the ferry to Birkenhead.', 'Every Sunday.'] },
    ]);
  });

  it('removes a recording with its transcript', () => {
    const editor = withRecording();
    const key = editor.getEditorState().read(() => $listRecordings()[0]?.key ?? '');
    update(editor, () => {
      expect(editor.dispatchCommand(REMOVE_RECORDING_COMMAND, key)).toBe(true);
    });
    expect(blocks(editor)).toEqual(['paragraph: Before.', 'paragraph: ']);
  });
});
