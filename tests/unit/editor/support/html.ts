/**
 * An oracle for the reader's HTML: the tags it contains and whether any of
 * them could run script. Text is escaped, so every `<` in the output starts a
 * real tag; checking tags (not the whole string) keeps escaped words such as
 * "onerror=" in a story from counting as an attack.
 */

/** Tags and attributes render.ts may write. */
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  p: new Set(['class']),
  h2: new Set(),
  h3: new Set(),
  blockquote: new Set(),
  ul: new Set(),
  ol: new Set(['start']),
  li: new Set(),
  a: new Set(['href', 'rel']),
  strong: new Set(),
  em: new Set(),
  u: new Set(),
  br: new Set(),
  figure: new Set(['class']),
  audio: new Set(['controls', 'preload', 'src']),
  figcaption: new Set(),
  img: new Set(['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding']),
  div: new Set(['class']),
  span: new Set(['class', 'aria-hidden']),
};

const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'srcset']);

const ENTITY: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decode(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITY[entity] ?? entity);
}

/** The text without whitespace or control characters, as a browser reads a URL. */
function withoutControls(text: string): string {
  let out = '';
  for (const char of text) if (char.charCodeAt(0) > 0x20) out += char;
  return out;
}

/** Every problem with the HTML's tags; empty when it is safe. */
export function unsafeHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('contains <script');
  for (const [, closing, name, rest] of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    const tag = (name ?? '').toLowerCase();
    const allowed = ALLOWED[tag];
    if (allowed === undefined) {
      problems.push(`unexpected tag <${tag}>`);
      continue;
    }
    if (closing === '/') continue;
    // Attributes are always written name="value" with the value escaped.
    const attributes = [...(rest ?? '').matchAll(/\s([^\s=]+)="([^"]*)"/g)];
    const leftover = (rest ?? '').replace(/\s([^\s=]+)="([^"]*)"/g, '').trim();
    if (leftover !== '') problems.push(`stray text in <${tag}>: ${leftover}`);
    for (const [, attribute = '', value = ''] of attributes) {
      if (/^on/i.test(attribute)) problems.push(`event handler ${attribute}`);
      if (!allowed.has(attribute)) problems.push(`unexpected attribute ${attribute} on <${tag}>`);
      // Only URL attributes can run a script URL; alt text saying
      // "javascript:" is just words.
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const url = decode(value);
      if (attribute !== 'srcset' && !/^(?:https?:|mailto:|\/)/i.test(url)) {
        problems.push(`unsafe ${attribute}: ${value}`);
      }
      if (/javascript:|vbscript:|data:/i.test(withoutControls(url))) {
        problems.push(`script URL in ${attribute}`);
      }
    }
  }
  return problems;
}
