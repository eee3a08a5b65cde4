/**
 * Fountain (https://fountain.io/syntax) export and import for film scripts, so
 * a young writer can take a script to any screenwriting app and bring one back.
 *
 * Every element round-trips: the exporter writes each element plainly when a
 * Fountain reader would recognise it, and forces it (`.` scene heading, `@`
 * character, `>` transition, `!` action) when it would otherwise be misread —
 * deciding by running the importer's own block reader on what it is about to
 * write, so the two cannot disagree.
 *
 * A script round-trips exactly when it is in the canonical form the importer
 * produces: no empty elements, lines without surrounding spaces, no line breaks
 * inside a scene heading, character or transition, no two dialogue elements in
 * a row (Fountain writes them as one speech), dialogue and parentheticals only
 * after a character, parentheticals written in brackets, and no `[[`, `/*` or
 * a line in brackets inside dialogue (Fountain has no way to escape those).
 * Anything else is brought to that form by one export and import.
 *
 * Sensitive details are exported as the author's original words (the file is
 * theirs) and are not marked in Fountain, which has no way to say so.
 */
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { SCENE_HEADING_START } from '#src/domain/screenplay.ts';
import { isScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';

/** One element of a script as text; `\n` is a line break inside the element. */
export interface ScriptElementText {
  readonly element: ScreenplayElement;
  readonly text: string;
}

const TITLE_PAGE_KEY =
  /^(?:title|credit|author|authors|source|draft date|date|contact|copyright|notes|revision)\s*:/i;
// Fountain's way to keep an empty line inside dialogue (or action): two spaces.
const KEPT_EMPTY_LINE = '  ';

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

function isAllCaps(text: string): boolean {
  return hasLetter(text) && text === text.toUpperCase();
}

/** A character cue: capitals, optionally followed by an extension such as (V.O.) or (cont'd). */
function isCharacterCue(line: string): boolean {
  const name = line.replace(/\s*\^$/, '').replace(/\s*\([^()]*\)\s*$/, '');
  return isAllCaps(name) && !/^[!@.>~=#]/.test(name);
}

function isParentheticalLine(text: string): boolean {
  return text.length >= 2 && text.startsWith('(') && text.endsWith(')');
}

function cleanLine(line: string): string {
  return line === KEPT_EMPTY_LINE ? '' : line.trim();
}

/** Reads one block (lines between blank lines) into elements. */
function readBlock(lines: readonly string[]): ScriptElementText[] {
  if (lines.length === 0) return [];
  const first = (lines[0] ?? '').trim();
  const rest = lines.slice(1);
  const restText = (): string[] => rest.map(cleanLine);
  const action = (firstText: string): ScriptElementText[] => [
    { element: 'action', text: [firstText, ...restText()].join('\n') },
  ];

  if (first.startsWith('!')) return action(first.slice(1).trim());
  if (/^\.[^.]/.test(first))
    return [{ element: 'scene', text: first.slice(1).trim() }, ...readBlock(rest)];
  if (SCENE_HEADING_START.test(first))
    return [{ element: 'scene', text: first }, ...readBlock(rest)];
  if (/^={3,}$/.test(first)) return readBlock(rest); // page break
  if (first.startsWith('#') || first.startsWith('=')) return readBlock(rest); // section, synopsis
  if (first.startsWith('>') && first.endsWith('<') && first.length > 1) {
    return action(first.slice(1, -1).trim()); // centred text
  }
  if (first.startsWith('>')) {
    return [{ element: 'transition', text: first.slice(1).trim() }, ...readBlock(rest)];
  }
  if (first.startsWith('~')) return action(first.slice(1).trim()); // lyrics
  const forcedCharacter = first.startsWith('@');
  if (!forcedCharacter && lines.length === 1 && isAllCaps(first) && first.endsWith('TO:')) {
    return [{ element: 'transition', text: first }];
  }
  if (forcedCharacter || (rest.length > 0 && isCharacterCue(first))) {
    const name = (forcedCharacter ? first.slice(1) : first).replace(/\s*\^$/, '').trim();
    const elements: ScriptElementText[] = [{ element: 'character', text: name }];
    for (const line of rest) {
      const text = cleanLine(line);
      const previous = elements[elements.length - 1];
      if (isParentheticalLine(text)) {
        elements.push({ element: 'parenthetical', text });
      } else if (previous?.element === 'dialogue') {
        elements[elements.length - 1] = { element: 'dialogue', text: `${previous.text}\n${text}` };
      } else {
        elements.push({ element: 'dialogue', text });
      }
    }
    return elements;
  }
  return action(first);
}

function stripNotesAndBoneyard(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\[\[[\s\S]*?\]\]/g, '');
}

/** Splits Fountain text into blocks, after the title page. */
function readBlocks(text: string): string[][] {
  const lines = stripNotesAndBoneyard(text.replace(/\r\n?/g, '\n')).split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  if (TITLE_PAGE_KEY.test(lines[start] ?? '')) {
    while (start < lines.length && (lines[start] ?? '').trim() !== '') start++;
  }
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines.slice(start)) {
    if (line.trim() === '' && line !== KEPT_EMPTY_LINE) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else if (line === KEPT_EMPTY_LINE && current.length === 0) {
      // An empty kept line cannot start a block.
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The script's elements read from Fountain text. */
export function readFountainElements(text: string): ScriptElementText[] {
  return readBlocks(text).flatMap(readBlock);
}

/** The title from a Fountain title page, or null when there is none. */
export function fountainTitle(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  if (!TITLE_PAGE_KEY.test(lines[index] ?? '')) return null;
  for (; index < lines.length && (lines[index] ?? '').trim() !== ''; index++) {
    const match = /^title\s*:(.*)$/i.exec(lines[index] ?? '');
    if (match) return (match[1] ?? '').trim();
  }
  return null;
}

const textNode = (text: string): SerializedLexicalNode =>
  ({
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text,
    type: 'text',
    version: 1,
  }) as SerializedLexicalNode;

const tabNode = (): SerializedLexicalNode =>
  ({
    detail: 2,
    format: 0,
    mode: 'normal',
    style: '',
    text: '\t',
    type: 'tab',
    version: 1,
  }) as SerializedLexicalNode;

function inlineNodes(text: string): SerializedLexicalNode[] {
  const nodes: SerializedLexicalNode[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    if (lineIndex > 0) nodes.push({ type: 'linebreak', version: 1 });
    line.split('\t').forEach((part, partIndex) => {
      if (partIndex > 0) nodes.push(tabNode());
      if (part !== '') nodes.push(textNode(part));
    });
  });
  return nodes;
}

/** A film script's editor state from its elements, in the form Lexical itself exports. */
export function screenplayState(elements: readonly ScriptElementText[]): SerializedEditorState {
  return {
    root: {
      children: elements.map(
        ({ element, text }) =>
          ({
            children: inlineNodes(text),
            direction: null,
            format: '',
            indent: 0,
            type: 'screenplay',
            version: 1,
            element,
          }) as SerializedLexicalNode,
      ),
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  };
}

/** Imports Fountain text as a film script's editor state. */
export function fromFountain(text: string): SerializedEditorState {
  return screenplayState(readFountainElements(text));
}

type Json = Readonly<Record<string, unknown>>;

function childrenOf(node: Json): Json[] {
  const children = node['children'];
  return Array.isArray(children)
    ? (children as unknown[]).filter((c): c is Json => c !== null && typeof c === 'object')
    : [];
}

/** The words of a block: text, tabs and line breaks, sensitive details as written. */
function blockText(node: Json, depth = 0): string {
  if (depth > 32) return '';
  let text = '';
  for (const child of childrenOf(node)) {
    if (child['type'] === 'linebreak') text += '\n';
    else if (typeof child['text'] === 'string') text += child['text'];
    else text += blockText(child, depth + 1);
  }
  return text;
}

/** A film script's elements from its editor state (blocks of other kinds read as action). */
export function scriptElementsFromState(state: SerializedEditorState): ScriptElementText[] {
  const root = (state as { root?: unknown }).root;
  if (root === null || typeof root !== 'object') return [];
  return childrenOf(root as Json).map((block) => {
    const element = block['element'];
    return {
      element: block['type'] === 'screenplay' && isScreenplayElement(element) ? element : 'action',
      text: blockText(block),
    };
  });
}

function sameElements(a: readonly ScriptElementText[], b: readonly ScriptElementText[]): boolean {
  return (
    a.length === b.length && a.every((e, i) => e.element === b[i]?.element && e.text === b[i]?.text)
  );
}

/** The element's lines as written: trimmed, without empty lines at either end. */
function linesOf(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Empty lines inside an element are kept with Fountain's two spaces. */
function keepEmpty(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? KEPT_EMPTY_LINE : line));
}

/** Writes `lines` plainly if they read back as `expected`, otherwise with `force` in front. */
function forceIfNeeded(
  lines: readonly string[],
  expected: readonly ScriptElementText[],
  force: string,
): string[] {
  if (sameElements(readBlock(lines), expected)) return [...lines];
  const [first = '', ...rest] = lines;
  return [`${force}${first}`, ...rest];
}

function oneLine(text: string): string {
  return linesOf(text).join(' ').replace(/\s+/g, ' ');
}

/** Exports a film script's editor state as a Fountain file. */
export function toFountain(state: SerializedEditorState, title: string): string {
  const elements = scriptElementsFromState(state)
    .map(({ element, text }) => ({
      element,
      text:
        element === 'dialogue' || element === 'action' ? linesOf(text).join('\n') : oneLine(text),
    }))
    .filter(({ text }) => text !== '');
  const blocks: string[][] = [[`Title: ${oneLine(title)}`]];
  for (let i = 0; i < elements.length; i++) {
    const { element, text } = elements[i] as ScriptElementText;
    switch (element) {
      case 'scene':
        blocks.push(forceIfNeeded([text], [{ element, text }], '.'));
        break;
      case 'transition':
        blocks.push(forceIfNeeded([text], [{ element, text }], '>'));
        break;
      case 'character': {
        const speech: ScriptElementText[] = [{ element, text }];
        const lines = [text];
        // The speech runs on through every parenthetical and line of dialogue.
        for (let next = elements[i + 1]; next !== undefined; next = elements[i + 1]) {
          if (next.element !== 'dialogue' && next.element !== 'parenthetical') break;
          const spoken =
            next.element === 'parenthetical' && !isParentheticalLine(next.text)
              ? `(${next.text})`
              : next.text;
          speech.push({ element: next.element, text: spoken });
          lines.push(...keepEmpty(spoken.split('\n')));
          i++;
        }
        blocks.push(forceIfNeeded(lines, speech, '@'));
        break;
      }
      case 'action':
      case 'dialogue':
      case 'parenthetical': {
        // Dialogue or a parenthetical with no character before it cannot be
        // written in Fountain; it is kept as action rather than lost.
        const lines = keepEmpty(text.split('\n'));
        blocks.push(forceIfNeeded(lines, [{ element: 'action', text }], '!'));
        break;
      }
    }
  }
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
