/** Welsh words: accounts. */
import type { Translation } from '../translation.ts';
import type en from '../en/accounts.ts';

export default {} satisfies Translation<typeof en>;
