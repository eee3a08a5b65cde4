/** Welsh words: http. */
import type { Translation } from '../translation.ts';
import type en from '../en/http.ts';

export default {} satisfies Translation<typeof en>;
