/** Welsh words: sharing. */
import type { Translation } from '../translation.ts';
import type en from '../en/sharing.ts';

export default {} satisfies Translation<typeof en>;
