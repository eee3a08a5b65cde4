/** Welsh words: requests. */
import type { Translation } from '../translation.ts';
import type en from '../en/requests.ts';

export default {} satisfies Translation<typeof en>;
