/** Welsh words: admin. */
import type { Translation } from '../translation.ts';
import type en from '../en/admin.ts';

export default {} satisfies Translation<typeof en>;
