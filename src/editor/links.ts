/**
 * Which link addresses a story may carry: http, https and mailto only
 * (any other scheme, such as `javascript:`, could run script in a reader's
 * browser). One check, used by the link form, the validator and the renderer.
 */

/** Link protocols a story may use. */
export const ALLOWED_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** The longest link address accepted. */
export const MAX_URL_LENGTH = 2048;

// Browsers drop tabs and newlines inside a URL and trim control characters and
// spaces around it, so "java\tscript:" or " javascript:" can reach them as
// javascript:. Refusing every such character outright, before parsing, means
// what we check is exactly what the browser will see. Invisible formatting
// characters (zero-width, bidirectional controls) go too: they make an address
// read differently from what it is.
const INVISIBLE_CHARACTERS = /[\s\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u;

function hasUnsafeCharacter(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return INVISIBLE_CHARACTERS.test(raw);
}

/** The address, normalised by the URL parser, when it is a safe link; otherwise null. */
export function safeLinkUrl(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  if (hasUnsafeCharacter(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // The parser lower-cases the scheme, so "JaVaScRiPt:" is seen as what it is.
  if (!ALLOWED_LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:' ? url.pathname === '' : url.hostname === '') return null;
  const href = url.href;
  return href.length > MAX_URL_LENGTH ? null : href;
}

/** Turns what a writer typed ("example.org", "ann@example.org") into a safe link, or null. */
export function linkUrlFromInput(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return safeLinkUrl(trimmed);
  if (/^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(trimmed)) return safeLinkUrl(`mailto:${trimmed}`);
  return safeLinkUrl(`https://${trimmed}`);
}
