/**
 * Links: made on purpose through the link form, http, https and mailto only (the one
 * check in src/editor/links.ts). A link pasted from elsewhere with any other address
 * is turned back into plain words, so the writer never holds a story the server
 * refuses.
 */
import { $toggleLink, LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $unwrapNode } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, mergeRegister } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { safeLinkUrl } from '#src/editor/links.ts';

/** Handles TOGGLE_LINK_COMMAND with our protocol rule, and cleans pasted links. */
export function registerLinks(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      TOGGLE_LINK_COMMAND,
      (payload) => {
        if (payload === null) {
          $toggleLink(null);
          return true;
        }
        const raw = typeof payload === 'string' ? payload : payload.url;
        const url = safeLinkUrl(raw);
        // Handled either way: an unsafe address is never passed on to a
        // handler that might accept it.
        if (url !== null) $toggleLink(url);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (safeLinkUrl(node.getURL()) === null) $unwrapNode(node);
    }),
  );
}
