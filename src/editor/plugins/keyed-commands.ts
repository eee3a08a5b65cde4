/**
 * Commands about one node named by its key (the side panel changing a photo's
 * words, removing a photo or a mark): the node is acted on only if it is still
 * in the story and still of the kind the command is for, since the writer may
 * have deleted or undone it since the panel was drawn.
 */
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from 'lexical';
import type { LexicalCommand, LexicalEditor, LexicalNode, NodeKey } from 'lexical';

/** Registers a command about one node; `act` says whether it handled the command. */
export function registerKeyedCommand<
  P extends NodeKey | { readonly key: NodeKey },
  T extends LexicalNode,
>(
  editor: LexicalEditor,
  command: LexicalCommand<P>,
  isKind: (node: LexicalNode | null) => node is T,
  act: (node: T, payload: P) => boolean,
): () => void {
  return editor.registerCommand(
    command,
    (payload) => {
      const node = $getNodeByKey(typeof payload === 'string' ? payload : payload.key);
      return isKind(node) && act(node, payload);
    },
    COMMAND_PRIORITY_EDITOR,
  );
}
