/**
 * The reader's HTML, built on the server from a VALIDATED serialized editor
 * state (validate.ts). Stored HTML is never trusted, so there is none: this
 * walks the tree and writes a fixed set of tags, with every piece of text and
 * every attribute escaped as it is written. It never emits `<script>`, event
 * handler or `style` attributes, or any link that is not http, https or mailto.
 *
 * What readers see of sensitive details, the name map and photos of people
 * follows the anonymity level through src/domain/anonymity.ts, the one place
 * those rules live.
 */
import type { SerializedEditorState } from 'lexical';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { redactSegments, REMOVED_TEXT, revealsSensitiveDetails } from '#src/domain/anonymity.ts';
import type { TextSegment } from '#src/domain/anonymity.ts';
import { escapeAttribute, escapeHtml } from './escape.ts';
import { safeLinkUrl } from './links.ts';
import { PHOTO_VARIANT_WIDTHS, PHOTO_VARIANTS, type PhotoVariant } from '#src/domain/media.ts';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { recordingPath } from '#src/editor/nodes/RecordingNode.ts';
import { isUuid } from '#src/domain/ids.ts';
import { isScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { applyScriptNameMap } from './script-names.ts';
import type { ScriptNameMap } from './script-names.ts';
import { SCREENPLAY_CLASS, screenplayClassName } from './theme.ts';
import publicWords from '#src/i18n/messages/en/public.ts';

/** How to render a story for one reader. */
export interface RenderOptions {
  /** The anonymity level that applies (for several authors, the most private). */
  readonly anonymity: Anonymity;
  /** The film script's real-name → character-name map, if it has one. */
  readonly nameMap?: ScriptNameMap;
  /** Where a photo variant is served from (the media route checks access per request). */
  readonly mediaUrl: (mediaId: string, variant: PhotoVariant) => string;
  /** Whether photos flagged as showing identifiable people are shown. */
  readonly showIdentifiablePhotos: boolean;
  /**
   * Where a recording is played from, when readers may hear it (a voice is a
   * name: src/domain/voice.ts). Without it readers get each recording's
   * transcript only.
   */
  readonly recordingUrl?: (recordingId: string) => string;
  /** What the player and its transcript are called, in the reader's language; English unless given. */
  readonly recordingWords?: RecordingWords;
}

/**
 * The words our HTML says around a recording (src/i18n, `public.recording.*`),
 * and, when they are in another language than the story, their language tag,
 * so a screen reader reads each in its own language (WCAG 2.2, 3.1.2).
 */
export interface RecordingWords {
  readonly listen: string;
  readonly said: string;
  readonly lang?: string;
}

// The English catalogue is the source of these words; this module also runs in
// the editor island, which carries no translator.
const ENGLISH_RECORDING_WORDS: RecordingWords = {
  listen: publicWords['public.recording.listen'],
  said: publicWords['public.recording.said'],
};

/** Links from stories are the writer's, not ours: no ranking credit, no opener access. */
export const STORY_LINK_REL = 'nofollow ugc noopener';

// Lexical's text format bits for the three styles readers see.
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

/** Rendering stops descending here; validated states are far shallower. */
const MAX_RENDER_DEPTH = 64;

type JsonNode = Readonly<Record<string, unknown>>;

function asNode(value: unknown): JsonNode | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonNode)
    : null;
}

function childrenOf(node: JsonNode): readonly JsonNode[] {
  const children = node['children'];
  if (!Array.isArray(children)) return [];
  const nodes: JsonNode[] = [];
  for (const child of children as unknown[]) {
    const childNode = asNode(child);
    if (childNode !== null) nodes.push(childNode);
  }
  return nodes;
}

function stringOf(node: JsonNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

function positiveIntegerOf(node: JsonNode, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

interface Context extends RenderOptions {
  readonly reveal: boolean;
}

function renderText(node: JsonNode, context: Context): string {
  let text = stringOf(node, 'text');
  if (!context.reveal && context.nameMap !== undefined)
    text = applyScriptNameMap(text, context.nameMap);
  let html = escapeHtml(text);
  const format = node['format'];
  if (typeof format === 'number') {
    if (format & UNDERLINE) html = `<u>${html}</u>`;
    if (format & ITALIC) html = `<em>${html}</em>`;
    if (format & BOLD) html = `<strong>${html}</strong>`;
  }
  return html;
}

function renderPhoto(node: JsonNode, context: Context): string {
  if (node['showsIdentifiablePeople'] !== false && !context.showIdentifiablePhotos) return '';
  const mediaId = stringOf(node, 'mediaId');
  const altText = stringOf(node, 'altText').trim();
  // A photo without a description or a proper id is left out, never shown bare.
  if (!isUuid(mediaId) || altText === '') return '';
  const src = context.mediaUrl(mediaId, 'medium');
  const srcset = PHOTO_VARIANTS.map(
    (variant) => `${context.mediaUrl(mediaId, variant)} ${PHOTO_VARIANT_WIDTHS[variant]}w`,
  ).join(', ');
  const width = positiveIntegerOf(node, 'width');
  const height = positiveIntegerOf(node, 'height');
  const size = width !== null && height !== null ? ` width="${width}" height="${height}"` : '';
  const caption = stringOf(node, 'caption').trim();
  // The author's description is under every photo, for everyone (people who
  // see the photo but not what it means, people who cannot see it well). Screen
  // readers already have it as the alt text, so there it is hidden from them
  // rather than read twice. A caption the author wrote comes first.
  const words =
    (caption === '' || caption === altText
      ? ''
      : `<span class="photo-caption">${escapeHtml(caption)}</span> `) +
    `<span class="photo-description" aria-hidden="true">${escapeHtml(altText)}</span>`;
  return (
    `<figure class="story-photo"><img src="${escapeAttribute(src)}" srcset="${escapeAttribute(srcset)}"` +
    ` sizes="(min-width: 48rem) 38rem, 100vw" alt="${escapeAttribute(altText)}"${size}` +
    ` loading="lazy" decoding="async"><figcaption>${words}</figcaption></figure>`
  );
}

/**
 * A recording: the player (only where readers may hear the voice) and its
 * transcript, the player's text alternative (WCAG 2.2, 1.2.1), right below it.
 * Where the voice is not heard, the transcript stands as the story's words.
 */
function renderRecording(node: JsonNode, context: Context, transcript: string): string {
  const recordingId = stringOf(node, 'recordingId');
  if (!context.recordingUrl || !isUuid(recordingId)) {
    return `<div class="story-transcript">${transcript}</div>`;
  }
  const src = escapeAttribute(context.recordingUrl(recordingId));
  const words = context.recordingWords ?? ENGLISH_RECORDING_WORDS;
  const lang = words.lang === undefined ? '' : ` lang="${escapeAttribute(words.lang)}"`;
  return (
    `<figure class="story-recording"><audio controls="" preload="none" src="${src}">` +
    `<a href="${src}"${lang}>${escapeHtml(words.listen)}</a></audio>` +
    `<figcaption${lang}>${escapeHtml(words.said)}</figcaption><div class="story-transcript">${transcript}</div></figure>`
  );
}

function renderChildren(node: JsonNode, context: Context, depth: number): string {
  let html = '';
  for (const child of childrenOf(node)) html += renderNode(child, context, depth + 1);
  return html;
}

function renderNode(node: JsonNode, context: Context, depth: number): string {
  if (depth > MAX_RENDER_DEPTH) return '';
  const inner = (): string => renderChildren(node, context, depth);
  switch (node['type']) {
    case 'root':
      return inner();
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading':
      return node['tag'] === 'h3' ? `<h3>${inner()}</h3>` : `<h2>${inner()}</h2>`;
    case 'quote':
      return `<blockquote><p>${inner()}</p></blockquote>`;
    case 'list': {
      if (node['listType'] === 'number') {
        const start = positiveIntegerOf(node, 'start');
        return `<ol${start !== null && start !== 1 ? ` start="${start}"` : ''}>${inner()}</ol>`;
      }
      return `<ul>${inner()}</ul>`;
    }
    case 'listitem':
      return `<li>${inner()}</li>`;
    case 'link': {
      const href = safeLinkUrl(stringOf(node, 'url'));
      if (href === null) return inner();
      return `<a href="${escapeAttribute(href)}" rel="${STORY_LINK_REL}">${inner()}</a>`;
    }
    case 'sensitive-detail': {
      if (context.reveal) return inner();
      const replacement = stringOf(node, 'replacement').trim();
      return escapeHtml(replacement === '' ? REMOVED_TEXT : replacement);
    }
    case 'screenplay': {
      const element = node['element'];
      const className = screenplayClassName(isScreenplayElement(element) ? element : 'action');
      return `<p class="${className}">${inner()}</p>`;
    }
    case 'text':
      return renderText(node, context);
    case 'tab':
      return '\t';
    case 'linebreak':
      return '<br>';
    case 'photo':
      return renderPhoto(node, context);
    case 'recording':
      return renderRecording(node, context, inner());
    case 'transcript-line':
      return `<p>${inner()}</p>`;
    default:
      // Unknown types never reach here from a validated state; if one does,
      // it shows nothing rather than guessing.
      return '';
  }
}

/** The reader's HTML for a validated story, escaped by construction. */
export function renderStoryHtml(state: SerializedEditorState, options: RenderOptions): string {
  const root = asNode((state as { root?: unknown }).root);
  if (root === null) return '';
  const context: Context = { ...options, reveal: revealsSensitiveDetails(options.anonymity) };
  const html = renderNode(root, context, 0);
  // The one wrapper a script gets anywhere it is shown (src/styles/screenplay.css).
  const isScript = childrenOf(root).some((child) => child['type'] === 'screenplay');
  return isScript ? `<div class="${SCREENPLAY_CLASS}">${html}</div>` : html;
}

/**
 * A story as its authors wrote it, every word and photo (the history, the
 * conflict panel): the reader's markup and layout, nothing replaced.
 */
export function renderStoryForAuthors(
  state: SerializedEditorState,
  recordingWords?: RecordingWords,
): string {
  return renderStoryHtml(state, {
    anonymity: 'named',
    mediaUrl: mediaPath,
    showIdentifiablePhotos: true,
    recordingUrl: recordingPath,
    ...(recordingWords ? { recordingWords } : {}),
  });
}

/**
 * Plain text for readers (search snippets, excerpts, feeds): sensitive details
 * replaced and the name map applied unless the level is `named`. Photos carry
 * no words. Use extractPlainText only for the author's own view.
 */
export function redactedPlainText(
  state: SerializedEditorState,
  anonymity: Anonymity,
  nameMap?: ScriptNameMap,
): string {
  const reveal = revealsSensitiveDetails(anonymity);
  const lines: string[] = [];
  let segments: TextSegment[] = [];
  const endLine = (): void => {
    lines.push(redactSegments(segments, anonymity));
    segments = [];
  };
  const plain = (text: string): TextSegment => ({
    text: !reveal && nameMap !== undefined ? applyScriptNameMap(text, nameMap) : text,
  });
  const visit = (node: JsonNode, depth: number): void => {
    if (depth > MAX_RENDER_DEPTH) return;
    const type = node['type'];
    switch (type) {
      case 'text':
      case 'tab':
        segments.push(plain(stringOf(node, 'text')));
        return;
      case 'linebreak':
        segments.push({ text: '\n' });
        return;
      case 'photo':
        return;
      case 'sensitive-detail': {
        let original = '';
        const collect = (inner: JsonNode, innerDepth: number): void => {
          if (innerDepth > MAX_RENDER_DEPTH) return;
          if (inner['type'] === 'linebreak') original += '\n';
          else original += stringOf(inner, 'text');
          for (const child of childrenOf(inner)) collect(child, innerDepth + 1);
        };
        for (const child of childrenOf(node)) collect(child, depth + 1);
        const kind = node['detailKind'];
        segments.push({
          sensitive: {
            original,
            replacement: stringOf(node, 'replacement'),
            kind: kind === 'person' || kind === 'place' ? kind : 'other',
          },
        });
        return;
      }
      default: {
        for (const child of childrenOf(node)) visit(child, depth + 1);
        // Links sit inside a line; the root and a list only hold blocks.
        if (type !== 'link' && type !== 'root' && type !== 'list') endLine();
      }
    }
  };
  const root = asNode((state as { root?: unknown }).root);
  if (root !== null) visit(root, 0);
  if (segments.length > 0) endLine();
  return lines
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

/**
 * A copy of a validated state as readers at this level may see it: each
 * sensitive detail becomes its replacement text and, unless the level is
 * `named`, the script's name map is applied. For exports (Fountain) that must
 * carry exactly what was consented to, never the private words.
 */
export function redactedEditorState(
  state: SerializedEditorState,
  anonymity: Anonymity,
  nameMap?: ScriptNameMap,
): SerializedEditorState {
  const reveal = revealsSensitiveDetails(anonymity);
  const copy = (node: JsonNode, depth: number): JsonNode => {
    if (depth > MAX_RENDER_DEPTH) return { ...node, children: [] };
    if (node['type'] === 'sensitive-detail' && !reveal) {
      const replacement = stringOf(node, 'replacement').trim();
      return {
        type: 'text',
        text: replacement === '' ? REMOVED_TEXT : replacement,
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      };
    }
    if (node['type'] === 'text' && !reveal && nameMap !== undefined) {
      return { ...node, text: applyScriptNameMap(stringOf(node, 'text'), nameMap) };
    }
    const children = node['children'];
    return Array.isArray(children)
      ? { ...node, children: childrenOf(node).map((child) => copy(child, depth + 1)) }
      : node;
  };
  const root = asNode((state as { root?: unknown }).root);
  return (root === null ? state : { ...state, root: copy(root, 0) }) as SerializedEditorState;
}
