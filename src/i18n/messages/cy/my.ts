/** Welsh words: my. */
import type { Translation } from '../translation.ts';
import type en from '../en/my.ts';

export default {} satisfies Translation<typeof en>;
