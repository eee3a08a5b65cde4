/**
 * Slugs for public addresses.
 */

/** A URL-safe slug from a title: lower-case ASCII words joined by hyphens. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'story';
}

/**
 * A theme's address part: lower-case letters and digits of any script joined by
 * hyphens, so "Family & Home" and "family home" are one theme, and themes in any
 * language keep their own words (encode it when putting it in a URL).
 */
export function themeSlug(theme: string): string {
  return theme
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
