/**
 * Escaping for the reader's HTML. Every piece of story text and every
 * attribute value goes through one of these, so stored text can never become
 * markup, whatever a browser sent.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place between tags. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A value made safe to place inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  // Same set as text: quoting both kinds of quote keeps the value inside its
  // attribute whichever quote a later template happens to use.
  return escapeHtml(value);
}
