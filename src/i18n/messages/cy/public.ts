/** Welsh words: public. */
import type { Translation } from '../translation.ts';
import type en from '../en/public.ts';

export default {} satisfies Translation<typeof en>;
