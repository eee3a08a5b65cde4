import { describe, expect, it } from 'vitest';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import type { SerializedEditorState } from 'lexical';
import { EDITOR_NODES } from '#src/editor/nodes.ts';
import { fromFountain } from '#src/editor/fountain.ts';
import { editorStateFromParagraphs } from '#src/editor/plain-text.ts';
import { EDITOR_LIMITS, validationMessage } from '#src/editor/refusals.ts';
import type { ValidationProblem } from '#src/editor/refusals.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import {
  $detail,
  $paragraph,
  $text,
  PHOTO_ID,
  richLifeStory,
  richScript,
  stateFrom,
} from './support/states.ts';
import { englishOnServer } from './support/words.ts';

/** A refusal's words, as the server says them in English. */
const said = (problem: ValidationProblem): string => validationMessage(problem, englishOnServer);

type Json = Record<string, unknown>;

/** A deep copy of `state` with `change` applied to it. */
function changed(state: SerializedEditorState, change: (root: Json) => void): Json {
  const copy = structuredClone(state) as unknown as { root: Json };
  change(copy.root);
  return copy;
}

/** The n-th child of a node in a JSON tree. */
function child(node: Json, ...path: number[]): Json {
  let current = node;
  for (const index of path) current = (current['children'] as Json[])[index] as Json;
  return current;
}

/** 3,000 paragraphs each carrying a 1,000-character (never rendered) style: 3 MB of JSON. */
function overTwoMegabytes(): Json {
  const state = editorStateFromParagraphs(Array.from({ length: 3_000 }, () => 'x'));
  return changed(state as SerializedEditorState, (root) => {
    for (const p of root['children'] as Json[])
      p['textStyle'] = 's'.repeat(EDITOR_LIMITS.maxStyleLength);
  });
}

const life = richLifeStory();
const script = richScript();
// richLifeStory: 0 heading, 1 paragraph (… 4 detail Tom … 10 link), 2 quote,
// 3 bullet list, 4 numbered list, 5 h3, 6 photo, 7 identifiable photo.
const paragraph = (root: Json): Json => child(root, 1);
const link = (root: Json): Json => child(root, 1, 10);
const detail = (root: Json): Json => child(root, 1, 3);
const photo = (root: Json): Json => child(root, 6);
const firstText = (root: Json): Json => child(root, 0, 0);

describe('validateEditorState accepts what the editor makes', () => {
  it.each([
    ['a life story with every node it may hold', life, 'life_story'],
    ['a film script with every element', script, 'film_script'],
    ['the demo data’s paragraphs', editorStateFromParagraphs(['One.', 'Two.']), 'life_story'],
    ['an imported Fountain script', fromFountain('INT. HALL - DAY\n\nRain.\n'), 'film_script'],
    ['an empty story', stateFrom(() => []), 'life_story'],
    ['an empty script', stateFrom(() => []), 'film_script'],
  ] as const)('%s', (_name, state, kind) => {
    const result = validateEditorState(state, kind);
    expect(result.ok).toBe(true);
    // What is stored is Lexical's own export, which equals what it was sent.
    if (result.ok) expect(result.state).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('returns the author’s plain text and word count', () => {
    const result = validateEditorState(life, 'life_story');
    expect(result.ok && result.plainText).toContain('I was born in Rhyl and my brother Tom');
    expect(result.ok && result.wordCount).toBeGreaterThan(15);
  });

  it('keeps a nested list within the depth limit', () => {
    const nested = stateFrom(() => [
      $createListNode('bullet').append(
        $createListItemNode().append($text('Outer')),
        $createListItemNode().append(
          $createListNode('bullet').append($createListItemNode().append($text('Inner'))),
        ),
      ),
    ]);
    expect(validateEditorState(nested, 'life_story').ok).toBe(true);
  });
});

describe('validateEditorState refuses, in plain words', () => {
  const text = (root: Json): Json => child(root, 1, 0);
  it.each<[string, unknown, 'life_story' | 'film_script', string]>([
    ['null', null, 'life_story', said('notAState')],
    ['a string', '{"root":{}}', 'life_story', said('notAState')],
    ['an array', [life], 'life_story', said('notAState')],
    ['no root', {}, 'life_story', said('notAState')],
    ['an extra top-level key', { ...life, lastSaved: 1 }, 'life_story', said('notAState')],
    [
      'a root that is not a root',
      changed(life, (root) => (root['type'] = 'paragraph')),
      'life_story',
      said('damaged'),
    ],
    [
      'an unknown node type',
      changed(life, (root) => (paragraph(root)['type'] = 'iframe')),
      'life_story',
      said('unknownPart'),
    ],
    [
      'Lexical’s autolink, which this app does not register',
      changed(life, (root) => (link(root)['type'] = 'autolink')),
      'life_story',
      said('unknownPart'),
    ],
    [
      'a screenplay element in a life story',
      changed(life, (root) => (root['children'] as Json[]).push(child(script.root, 0))),
      'life_story',
      said('scriptInLifeStory'),
    ],
    ['a paragraph in a film script', life, 'film_script', said('lifeStoryInScript')],
    [
      'an unknown attribute',
      changed(life, (root) => (paragraph(root)['onclick'] = 'alert(1)')),
      'life_story',
      said('damaged'),
    ],
    [
      'a style attribute on a block',
      changed(life, (root) => (paragraph(root)['style'] = 'color:red')),
      'life_story',
      said('damaged'),
    ],
    [
      'node state ($), which nothing here uses',
      changed(life, (root) => (paragraph(root)['$'] = { x: 1 })),
      'life_story',
      said('damaged'),
    ],
    [
      'a __proto__ key',
      JSON.parse(
        JSON.stringify(life).replace(
          '"type":"paragraph"',
          '"__proto__":{"x":1},"type":"paragraph"',
        ),
      ),
      'life_story',
      said('damaged'),
    ],
    [
      'a constructor key',
      changed(life, (root) => (paragraph(root)['constructor'] = 'x')),
      'life_story',
      said('damaged'),
    ],
    [
      'text that is not a string',
      changed(life, (root) => (text(root)['text'] = 42)),
      'life_story',
      said('damaged'),
    ],
    [
      'a format that is not a number',
      changed(life, (root) => (text(root)['format'] = 'bold')),
      'life_story',
      said('damaged'),
    ],
    [
      'a negative indent',
      changed(life, (root) => (paragraph(root)['indent'] = -1)),
      'life_story',
      said('damaged'),
    ],
    [
      'children on a text node',
      changed(life, (root) => (text(root)['children'] = [])),
      'life_story',
      said('damaged'),
    ],
    [
      'children that are not an array',
      changed(life, (root) => (paragraph(root)['children'] = { 0: firstText(root) })),
      'life_story',
      said('damaged'),
    ],
    [
      'a heading h1 (the page title is the only h1)',
      changed(life, (root) => (child(root, 0)['tag'] = 'h1')),
      'life_story',
      said('damaged'),
    ],
    [
      'a check list',
      changed(life, (root) => (child(root, 3)['listType'] = 'check')),
      'life_story',
      said('damaged'),
    ],
    [
      'a list whose tag disagrees with its type',
      changed(life, (root) => (child(root, 3)['tag'] = 'ol')),
      'life_story',
      said('damaged'),
    ],
    [
      'a paragraph directly inside a list',
      changed(life, (root) => ((child(root, 3)['children'] as Json[])[0] = paragraph(root))),
      'life_story',
      said('damaged'),
    ],
    [
      'a block inside a paragraph',
      changed(life, (root) => (paragraph(root)['children'] as Json[]).push(child(root, 2))),
      'life_story',
      said('damaged'),
    ],
    [
      'a photo inside a paragraph',
      changed(life, (root) => (paragraph(root)['children'] as Json[]).push(photo(root))),
      'life_story',
      said('damaged'),
    ],
    [
      'a link inside a sensitive detail',
      changed(life, (root) => ((detail(root)['children'] as Json[])[0] = link(root))),
      'life_story',
      said('damaged'),
    ],
    [
      'a javascript: link',
      changed(life, (root) => (link(root)['url'] = 'javascript:alert(1)')),
      'life_story',
      said('badLink'),
    ],
    [
      'a data: link',
      changed(life, (root) => (link(root)['url'] = 'data:text/html,<script>alert(1)</script>')),
      'life_story',
      said('badLink'),
    ],
    [
      'a link without an address',
      changed(life, (root) => delete link(root)['url']),
      'life_story',
      said('badLink'),
    ],
    [
      'a photo without alt text',
      changed(life, (root) => (photo(root)['altText'] = '   ')),
      'life_story',
      said('photoWithoutAlt'),
    ],
    [
      'a photo with alt text missing altogether',
      changed(life, (root) => delete photo(root)['altText']),
      'life_story',
      said('photoWithoutAlt'),
    ],
    [
      'a photo with over-long alt text',
      changed(
        life,
        (root) => (photo(root)['altText'] = 'a'.repeat(EDITOR_LIMITS.maxAltTextLength + 1)),
      ),
      'life_story',
      said('photoTooLongAlt'),
    ],
    [
      'a photo whose id is not a uuid',
      changed(life, (root) => (photo(root)['mediaId'] = '../../etc/passwd')),
      'life_story',
      said('photoUnknown'),
    ],
    [
      'a photo without the "shows people" flag (it must not default to hidden faces shown)',
      changed(life, (root) => delete photo(root)['showsIdentifiablePeople']),
      'life_story',
      said('damaged'),
    ],
    [
      'a photo with a src attribute',
      changed(life, (root) => (photo(root)['src'] = 'https://evil.example/x.png')),
      'life_story',
      said('damaged'),
    ],
    [
      'a sensitive detail with an empty replacement',
      changed(life, (root) => (detail(root)['replacement'] = ' ')),
      'life_story',
      said('detailWithoutReplacement'),
    ],
    [
      'a sensitive detail with an over-long replacement',
      changed(life, (root) => (detail(root)['replacement'] = 'x'.repeat(201))),
      'life_story',
      said('detailReplacementTooLong'),
    ],
    [
      'a sensitive detail of an unknown kind',
      changed(life, (root) => (detail(root)['detailKind'] = 'secret')),
      'life_story',
      said('damaged'),
    ],
    [
      'a screenplay element of an unknown kind',
      changed(script, (root) => (child(root, 0)['element'] = 'montage')),
      'film_script',
      said('damaged'),
    ],
    [
      'more than 200,000 characters of text',
      editorStateFromParagraphs(['a'.repeat(100_000), 'b'.repeat(100_001)]),
      'life_story',
      said('tooLong'),
    ],
    [
      'one text node over 200,000 characters (regression: was "damaged")',
      editorStateFromParagraphs(['a'.repeat(200_001)]),
      'life_story',
      said('tooLong'),
    ],
    [
      'more than 2 MB of JSON (long styles on many nodes)',
      overTwoMegabytes(),
      'life_story',
      said('tooLarge'),
    ],
  ])('%s', (_name, state, kind, message) => {
    expect(validateEditorState(state, kind)).toEqual({ ok: false, message });
  });
});

describe('validateEditorState and hostile shapes', () => {
  it('refuses 10,000 levels of nested lists without overflowing the stack', () => {
    let node: Json = { type: 'text', text: 'deep', version: 1 };
    for (let i = 0; i < 5_000; i++) {
      node = {
        type: 'listitem',
        version: 1,
        children: [{ type: 'list', listType: 'bullet', version: 1, children: [node] }],
      };
    }
    const state = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'list', listType: 'bullet', version: 1, children: [node] }],
      },
    };
    expect(validateEditorState(state, 'life_story')).toEqual({
      ok: false,
      message: said('tooDeep'),
    });
  });

  it('refuses a cycle', () => {
    const p: Json = { type: 'paragraph', version: 1, children: [] };
    (p['children'] as Json[]).push(p);
    expect(validateEditorState({ root: { type: 'root', children: [p] } }, 'life_story').ok).toBe(
      false,
    );
  });

  it('refuses accessors, which could answer differently each time they are read', () => {
    const root = { type: 'root', children: [] } as Json;
    Object.defineProperty(root, 'version', { get: () => 1, enumerable: true });
    expect(validateEditorState({ root }, 'life_story').ok).toBe(false);
  });

  it('refuses a class instance posing as a node', () => {
    class Node {
      type = 'paragraph';
    }
    const state = { root: { type: 'root', children: [new Node()] } };
    expect(validateEditorState(state, 'life_story').ok).toBe(false);
  });

  it('refuses a node with a symbol key', () => {
    const p = { type: 'paragraph', [Symbol('x')]: 1 };
    expect(validateEditorState({ root: { type: 'root', children: [p] } }, 'life_story').ok).toBe(
      false,
    );
  });

  it('refuses a sparse children array', () => {
    const children: unknown[] = [];
    children[2] = { type: 'paragraph', children: [] };
    expect(validateEditorState({ root: { type: 'root', children } }, 'life_story').ok).toBe(false);
  });

  it('does not pollute Object.prototype', () => {
    const hostile = JSON.parse(
      `{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"x","__proto__":{"polluted":true}}]}]}}`,
    ) as unknown;
    validateEditorState(hostile, 'life_story');
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  it('accepts Lexical’s toJSON() as it is, before any JSON round trip (regression: undefined attributes)', () => {
    const editor = createHeadlessEditor({
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    editor.update(() => $getRoot().append($paragraph($detail('Ann', 'person', 'my sister'))), {
      discrete: true,
    });
    // textFormat/textStyle come out as own properties holding undefined.
    expect(validateEditorState(editor.getEditorState().toJSON(), 'life_story').ok).toBe(true);
  });

  it('accepts a compact state (Lexical may omit default attributes)', () => {
    const compact = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] }],
      },
    };
    const result = validateEditorState(compact, 'life_story');
    expect(result.ok && result.plainText).toBe('Hi');
  });

  it('keeps a photo’s identifying flag and description through the headless parse', () => {
    const result = validateEditorState(life, 'life_story');
    expect(result.ok && child(result.state.root as unknown as Json, 7)).toMatchObject({
      type: 'photo',
      mediaId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
      showsIdentifiablePeople: true,
    });
    expect(result.ok && child(result.state.root as unknown as Json, 6)['mediaId']).toBe(PHOTO_ID);
  });

  it('measures the 2 MB limit in UTF-8 bytes, not characters', () => {
    // 700,000 three-byte characters: 2.1 MB of UTF-8 in 0.7 million characters.
    const wide = stateFrom(() => [$paragraph($text('x'))]);
    const state = changed(wide, (root) => {
      const style = '€'.repeat(EDITOR_LIMITS.maxStyleLength);
      const paragraphs = Array.from({ length: 700 }, () => ({
        ...child(root, 0),
        textStyle: style,
      }));
      root['children'] = paragraphs;
    });
    expect(validateEditorState(state, 'life_story')).toEqual({
      ok: false,
      message: said('tooLarge'),
    });
  });
});
