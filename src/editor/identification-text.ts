/**
 * The editor state as the identification check reads it, and the two changes
 * it offers, made on the serialized state so the server can make them without
 * a browser: marking every unmarked occurrence of some words as private (the
 * same SensitiveDetailNode the editor's "Mark as private" makes), and renaming
 * a film script's character throughout.
 *
 * The check reads what readers would see at a level that hides details: marked
 * words are skipped, a script's name map is applied, photos of recognisable
 * people (left out at that level) carry no words, other photos' descriptions do.
 */
import type { TextSegment } from '#src/domain/anonymity.ts';
import type { CheckedPart } from '#src/domain/identification.ts';
import type { SensitiveDetailKind } from '#src/editor/nodes/SensitiveDetailNode.ts';
import { applyScriptNameMap } from './script-names.ts';
import type { ScriptNameMap } from './script-names.ts';

type JsonNode = { type?: unknown; text?: unknown; children?: unknown } & Record<string, unknown>;

/** Nesting beyond this is ignored: validated states are far shallower. */
const MAX_DEPTH = 64;

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children)
    ? (node.children as unknown[]).filter(
        (child): child is JsonNode => child !== null && typeof child === 'object',
      )
    : [];
}

function textOf(node: JsonNode): string {
  return typeof node.text === 'string' ? node.text : '';
}

/** What the check reads of a story: its parts and a script's character names. */
export interface StoryToCheck {
  readonly parts: CheckedPart[];
  readonly characterNames: string[];
}

/** The title, text and shown photo descriptions of a story, as the check reads them. */
export function storyToCheck(
  state: unknown,
  title: string,
  nameMap: ScriptNameMap = {},
): StoryToCheck {
  const segments: TextSegment[] = [];
  const photos: string[] = [];
  const characters = new Set<string>();
  const mapped = (text: string): string => applyScriptNameMap(text, nameMap);
  const visit = (node: JsonNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    switch (node.type) {
      case 'text':
      case 'tab':
        segments.push({ text: mapped(textOf(node)) });
        return;
      case 'linebreak':
        segments.push({ text: '\n' });
        return;
      case 'photo': {
        if (node['showsIdentifiablePeople'] === false) {
          for (const key of ['altText', 'caption']) {
            const words = node[key];
            if (typeof words === 'string' && words.trim() !== '') photos.push(words);
          }
        }
        return;
      }
      case 'sensitive-detail':
        segments.push({ sensitive: { original: '', replacement: '', kind: 'other' } });
        return;
      default: {
        if (node.type === 'screenplay' && node['element'] === 'character') {
          const cue = mapped(childrenOf(node).map(textOf).join(''))
            .replace(/\(.*?\)/gu, '')
            .replace(/\^$/u, '')
            .trim();
          if (cue !== '') characters.add(cue);
        }
        for (const child of childrenOf(node)) visit(child, depth + 1);
        if (node.type !== 'link' && node.type !== 'root' && node.type !== 'list') {
          segments.push({ text: '\n' });
        }
      }
    }
  };
  const root = (state as { root?: unknown } | null)?.root;
  if (root !== null && typeof root === 'object') visit(root as JsonNode, 0);
  return {
    parts: [
      { where: 'title', segments: [{ text: title }] },
      { where: 'story', segments },
      ...photos.map((text) => ({ where: 'photo' as const, segments: [{ text }] })),
    ],
    characterNames: [...characters],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWords(words: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A copy of the state with every unmarked whole-word occurrence of `words`
 * (within one run of text) wrapped in a sensitive detail, and how many were.
 * Words already marked stay as they are.
 */
export function markWordsInState(
  state: unknown,
  words: string,
  detailKind: SensitiveDetailKind,
  replacement: string,
): { readonly state: unknown; readonly marked: number } {
  const copy = structuredClone(state) as { root?: JsonNode };
  const pattern = wholeWords(words.trim(), 'gu');
  let marked = 0;
  const visit = (node: JsonNode, depth: number): void => {
    if (depth > MAX_DEPTH || node.type === 'sensitive-detail' || !Array.isArray(node.children)) {
      return;
    }
    const next: unknown[] = [];
    for (const child of node.children as unknown[]) {
      const text = child as JsonNode;
      if (text === null || typeof text !== 'object' || text.type !== 'text') {
        if (text !== null && typeof text === 'object') visit(text, depth + 1);
        next.push(child);
        continue;
      }
      const whole = textOf(text);
      let from = 0;
      for (const match of whole.matchAll(pattern)) {
        if (match.index > from) next.push({ ...text, text: whole.slice(from, match.index) });
        next.push({
          type: 'sensitive-detail',
          detailKind,
          replacement,
          children: [{ ...text, text: match[0] }],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        });
        marked += 1;
        from = match.index + match[0].length;
      }
      if (from === 0) next.push(child);
      else if (from < whole.length) next.push({ ...text, text: whole.slice(from) });
    }
    node.children = next;
  };
  if (copy.root) visit(copy.root, 0);
  return { state: copy, marked };
}

/**
 * A copy of a script's state with a character renamed throughout: in every
 * cue and every line, whole words, any case (a cue stays in capitals).
 */
export function renameCharacterInState(
  state: unknown,
  from: string,
  to: string,
): { readonly state: unknown; readonly renamed: number } {
  const copy = structuredClone(state) as { root?: JsonNode };
  const map: ScriptNameMap = { [from.trim()]: to.trim() };
  let renamed = 0;
  const visit = (node: JsonNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'text') {
      const before = textOf(node);
      const after = applyScriptNameMap(before, map);
      if (after !== before) {
        renamed += 1;
        node.text = after;
      }
    }
    for (const child of childrenOf(node)) visit(child, depth + 1);
  };
  if (copy.root) visit(copy.root, 0);
  return { state: copy, renamed };
}
