/**
 * When a photo may be shown to someone who is not an author or helper of its story.
 */
import type { Anonymity } from './consent-types.ts';
import { mostPrivateAnonymity, showsIdentifiablePhotos } from './anonymity.ts';

/** What the public-photo rule needs to know. */
export interface PublicPhotoFacts {
  /** The story's publication is valid now (consent checked on this request). */
  readonly storyIsPublic: boolean;
  /** The photo is part of the exact revision the public sees. */
  readonly inPublishedRevision: boolean;
  readonly showsIdentifiablePeople: boolean;
  /** How each author is named in the publication. */
  readonly anonymity: readonly Anonymity[];
}

/**
 * A photo is public only while its story is, only if it is in the consented
 * revision, and a photo of recognisable people only when every author chose to
 * be named (a face identifies whatever the byline says).
 */
export function isPhotoPublic(facts: PublicPhotoFacts): boolean {
  if (!facts.storyIsPublic || !facts.inPublishedRevision) return false;
  if (!facts.showsIdentifiablePeople) return true;
  return showsIdentifiablePhotos(mostPrivateAnonymity(facts.anonymity));
}

/** Every photo id referenced in a serialized editor state. */
export function listPhotoIds(editorState: unknown): string[] {
  const ids: string[] = [];
  const stack: unknown[] = [(editorState as { root?: unknown } | null)?.root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const { type, mediaId, children } = node as {
      type?: unknown;
      mediaId?: unknown;
      children?: unknown;
    };
    if (type === 'photo' && typeof mediaId === 'string') ids.push(mediaId);
    if (Array.isArray(children)) stack.push(...(children as unknown[]));
  }
  return ids;
}
