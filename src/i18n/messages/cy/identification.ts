/** Welsh words: identification. */
import type { Translation } from '../translation.ts';
import type en from '../en/identification.ts';

export default {} satisfies Translation<typeof en>;
