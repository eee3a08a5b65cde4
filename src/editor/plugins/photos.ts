/**
 * Photos in a life story: inserting one that has been uploaded (the upload
 * form dispatches INSERT_PHOTO_COMMAND), describing it, and removing it.
 */
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $getRoot, COMMAND_PRIORITY_EDITOR, createCommand, mergeRegister } from 'lexical';
import type { LexicalCommand, LexicalEditor, NodeKey } from 'lexical';
import { $createPhotoNode, $isPhotoNode } from '#src/editor/nodes/PhotoNode.ts';
import { isUuid } from '#src/domain/ids.ts';
import type { PhotoPayload } from '#src/editor/nodes/PhotoNode.ts';
import { registerKeyedCommand } from './keyed-commands.ts';

/** Inserts an uploaded photo where the cursor is. */
export const INSERT_PHOTO_COMMAND: LexicalCommand<PhotoPayload> =
  createCommand('INSERT_PHOTO_COMMAND');

/** What the writer can change about a photo once it is in the story. */
export interface PhotoDetails {
  readonly key: NodeKey;
  readonly altText: string;
  readonly caption: string;
  readonly showsIdentifiablePeople: boolean;
}

/** Changes a photo's description, caption or "shows people" flag. */
export const UPDATE_PHOTO_COMMAND: LexicalCommand<PhotoDetails> =
  createCommand('UPDATE_PHOTO_COMMAND');

/** Removes a photo from the story. */
export const REMOVE_PHOTO_COMMAND: LexicalCommand<NodeKey> = createCommand('REMOVE_PHOTO_COMMAND');

/** One photo, for the side panel. */
export interface PhotoSummary extends PhotoDetails {
  readonly mediaId: string;
}

/** Every photo in the story, in reading order (photos sit at the top level). */
export function $listPhotos(): PhotoSummary[] {
  return $getRoot()
    .getChildren()
    .filter($isPhotoNode)
    .map((photo) => ({
      key: photo.getKey(),
      mediaId: photo.getMediaId(),
      altText: photo.getAltText(),
      caption: photo.getCaption(),
      showsIdentifiablePeople: photo.getShowsIdentifiablePeople(),
    }));
}

/** Handles the photo commands. */
export function registerPhotos(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      INSERT_PHOTO_COMMAND,
      (payload) => {
        // The server refuses a photo without a description; refuse it here too
        // so the writer never holds a story that cannot be saved.
        if (!isUuid(payload.mediaId) || payload.altText.trim() === '') return false;
        $insertNodeToNearestRoot($createPhotoNode({ ...payload, altText: payload.altText.trim() }));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    registerKeyedCommand(editor, UPDATE_PHOTO_COMMAND, $isPhotoNode, (node, details) => {
      if (details.altText.trim() === '') return false;
      node.setDetails({
        altText: details.altText.trim(),
        caption: details.caption.trim(),
        showsIdentifiablePeople: details.showsIdentifiablePeople,
      });
      return true;
    }),
    registerKeyedCommand(editor, REMOVE_PHOTO_COMMAND, $isPhotoNode, (node) => {
      node.remove();
      return true;
    }),
  );
}
