/** Welsh words: editor. */
import type { Translation } from '../translation.ts';
import type en from '../en/editor.ts';

export default {} satisfies Translation<typeof en>;
