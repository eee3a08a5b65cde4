/**
 * Welsh words that stand in for a person's name or a marked detail
 * (docs/welsh-glossary.md: dienw for anonymous).
 */
import type { Translation } from '../translation.ts';
import type en from '../en/names.ts';

export default {
  'names.anonymous': 'Dienw',
  'names.storyteller': 'Storïwr',
  'names.removed': '[wedi’i dynnu]',
  'names.anonymousCoAuthors':
    '{count, plural, zero {awduron dienw eraill} one {awdur dienw arall} two {awduron dienw eraill} few {awduron dienw eraill} many {awduron dienw eraill} other {awduron dienw eraill}}',
  'names.otherWriters':
    '{count, plural, zero {# awdur arall} one {awdur arall} two {# awdur arall} few {# awdur arall} many {# awdur arall} other {# awdur arall}}',
} satisfies Translation<typeof en>;
