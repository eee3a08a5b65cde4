/** Welsh words: groups. */
import type { Translation } from '../translation.ts';
import type en from '../en/groups.ts';

export default {} satisfies Translation<typeof en>;
