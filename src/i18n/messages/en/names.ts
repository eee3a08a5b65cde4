/**
 * English words that stand in for a person's name or a marked detail in a
 * story as others see it. A small area of its own: the editor's island shows
 * them too (src/domain/anonymity.ts), and must not carry the whole catalogue.
 */
export default {
  'names.anonymous': 'Anonymous',
  'names.storyteller': 'A storyteller',
  'names.removed': '[removed]',
  'names.anonymousCoAuthors':
    '{count, plural, one {an anonymous co-author} other {anonymous co-authors}}',
  'names.otherWriters': '{count, plural, one {another writer} other {# other writers}}',
} as const;
