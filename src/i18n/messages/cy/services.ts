/** Welsh words: services. */
import type { Translation } from '../translation.ts';
import type en from '../en/services.ts';

export default {} satisfies Translation<typeof en>;
