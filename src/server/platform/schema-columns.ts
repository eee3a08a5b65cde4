/**
 * Column types the schema's area files share: timestamps, and `date` columns
 * read as strings.
 */
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings on both drivers (see db.ts). */
export type DateOnly = ColumnType<string, string, string>;
