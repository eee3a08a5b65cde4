/**
 * Whether a page rendered in Welsh is all Welsh: its `<html lang>` is Welsh,
 * and no words of Heard's own are left in English. Text inside an element
 * marked with another language (a story written in English, `lang="en"`) is a
 * person's own words and is left alone; so are scripts and styles.
 *
 * Two checks catch English: any English catalogue message (its literal
 * stretches of three words or more) that reads differently in Welsh, and
 * common English words that Welsh never uses, which also catch words written
 * straight into a page instead of coming from the catalogue.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import type { Db } from '#src/server/platform/db.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes people read or hear. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** English words that are not Welsh words (checked whole, any case). */
const ENGLISH_WORDS = [
  'the',
  'your',
  'you',
  'with',
  'this',
  'that',
  'have',
  'will',
  'what',
  'when',
  'which',
  'from',
  'been',
  'are',
  'there',
  'they',
  'our',
  'story',
  'stories',
  'share',
  'please',
];
const ENGLISH_WORD = new RegExp(
  `(?<![\\p{L}'’-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}'’-])`,
  'iu',
);

/** Literal stretches of English messages long enough to be telling, and not the same in Welsh. */
const ENGLISH_PHRASES: readonly string[] = (() => {
  const welsh = new Set(Object.values(CATALOGUES.cy));
  const phrases = new Set<string>();
  for (const text of Object.values(CATALOGUES.en)) {
    if (welsh.has(text)) continue;
    for (const stretch of text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) {
      const words = stretch.trim();
      if (words.split(/\s+/).length >= 3 && words.length >= 12) phrases.add(words);
    }
  }
  return [...phrases];
})();

/** What is left in English on a page meant to be Welsh; empty when it is all Welsh. */
export function welshPageProblems(html: string): string[] {
  const document = parse(html);
  const problems: string[] = [];
  const htmlElement = findElement(document, 'html');
  const lang = htmlElement && attribute(htmlElement, 'lang');
  if (lang !== 'cy') problems.push(`<html lang="${lang ?? ''}"> is not Welsh`);
  const texts: string[] = [];
  collectText(document, texts);
  const text = texts.join(' \n ').replace(/\s+/g, ' ');
  for (const phrase of ENGLISH_PHRASES) {
    if (text.includes(phrase)) problems.push(`English message: "${phrase}"`);
  }
  for (const piece of texts) {
    const match = ENGLISH_WORD.exec(piece);
    if (match) problems.push(`English word "${match[1]}" in: "${piece.trim().slice(0, 120)}"`);
  }
  return [...new Set(problems)];
}

function collectText(node: Node, texts: string[]): void {
  if ('tagName' in node) {
    if (['script', 'style', 'template', 'noscript'].includes(node.tagName)) return;
    const lang = attribute(node, 'lang');
    // A person's own words in another language, or a link naming another language.
    if (lang !== undefined && !lang.startsWith('cy')) return;
    for (const name of READ_ATTRIBUTES) {
      const value = attribute(node, name);
      if (value) texts.push(value);
    }
    if (node.tagName === 'input' && ['submit', 'button'].includes(attribute(node, 'type') ?? '')) {
      const value = attribute(node, 'value');
      if (value) texts.push(value);
    }
    if (node.tagName === 'title' || node.tagName === 'meta') {
      const content = attribute(node, 'content');
      if (node.tagName === 'meta' && attribute(node, 'name') === 'description' && content) {
        texts.push(content);
      }
    }
  }
  if (node.nodeName === '#text' && 'value' in node) {
    if (node.value.trim()) texts.push(node.value);
    return;
  }
  if ('childNodes' in node) for (const child of node.childNodes) collectText(child, texts);
  if ('content' in node && node.content) collectText(node.content, texts);
}

function findElement(node: Node, tagName: string): Element | undefined {
  if ('tagName' in node && node.tagName === tagName) return node;
  if ('childNodes' in node) {
    for (const child of node.childNodes) {
      const found = findElement(child, tagName);
      if (found) return found;
    }
  }
  return undefined;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The emails in the outbox to a person, oldest first: what a test reads to see their language. */
export async function mailTo(db: Db, personId: string) {
  const { email } = await db
    .selectFrom('User')
    .select('email')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('mail_outbox')
    .select(['subject', 'text_body'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
}
