/**
 * When a photo may be shown, and to whom: the rule the photo route, a group's
 * space and its book all ask.
 */
import type { Anonymity } from './consent-types.ts';
import { mostPrivateAnonymity, showsIdentifiablePhotos } from './anonymity.ts';

/** The sizes every photo is stored at, smallest first (src/server/media/images.ts makes one file each). */
export const PHOTO_VARIANTS = ['small', 'medium', 'large'] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

/**
 * The largest width of each variant: photos are shrunk to it, never enlarged,
 * and readers' `srcset` gives it as the variant's width.
 */
export const PHOTO_VARIANT_WIDTHS: Readonly<Record<PhotoVariant, number>> = {
  small: 480,
  medium: 960,
  large: 1600,
};

/** A use a photo's story is shown in now (the public site, a group's space, its book). */
export interface PhotoInUse {
  /** The photo is part of the exact revision this use shows. */
  readonly inShownRevision: boolean;
  readonly showsIdentifiablePeople: boolean;
  /** How each author is named in this use. */
  readonly anonymity: readonly Anonymity[];
}

/**
 * A photo shows in a use only if it is in the revision the authors agreed to,
 * and a photo of recognisable people only when every author chose to be named
 * (a face identifies whatever the byline says).
 */
export function photoShownInUse(photo: PhotoInUse): boolean {
  if (!photo.inShownRevision) return false;
  if (!photo.showsIdentifiablePeople) return true;
  return showsIdentifiablePhotos(mostPrivateAnonymity(photo.anonymity));
}

/** Why someone may see a photo. */
export type PhotoAudience = 'insider' | 'public' | 'group';

/** Everything the photo rule needs about one viewer and one photo. */
export interface PhotoAccessFacts {
  /** The viewer is an author or helper of the photo's story. */
  readonly isInsider: boolean;
  /** The story's public use now, when it is public now (consent checked on this request). */
  readonly publicUse: PhotoInUse | undefined;
  /** The story's uses in the viewer's own group (its space, its book) running now. */
  readonly groupUses: readonly PhotoInUse[];
}

/**
 * Who may see a photo: the story's authors and helpers always; anyone while
 * the story is public and the photo shows there; a member of the story's group
 * while it is shared there and the photo shows there. Nobody else.
 */
export function decidePhotoAccess(facts: PhotoAccessFacts): PhotoAudience | undefined {
  if (facts.isInsider) return 'insider';
  if (facts.publicUse && photoShownInUse(facts.publicUse)) return 'public';
  if (facts.groupUses.some(photoShownInUse)) return 'group';
  return undefined;
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
