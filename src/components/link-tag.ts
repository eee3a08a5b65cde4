/**
 * The `link` tag of our messages ("… <link>see your receipt</link> …"): the
 * message's own words, made a link for `i18n.html`.
 */
import { escapeHtml, type TagHtml } from '#src/i18n/translator.ts';

/** The `link` tag for `i18n.html`: its words link to `href` (escaped here, so pass it as it is). */
export function linkTag(href: string): { readonly link: TagHtml } {
  return { link: (words) => `<a href="${escapeHtml(href)}">${words}</a>` };
}
