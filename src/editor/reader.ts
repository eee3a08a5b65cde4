/**
 * A story as its readers see it: the one function the public story page and the
 * sharing preview both call, so the preview is exactly what readers get: consent is
 * informed only if the author saw what readers will see.
 */
import { mostPrivateAnonymity, showsIdentifiablePhotos } from '#src/domain/anonymity.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { renderStoryHtml } from './render.ts';
import type { ScriptNameMap } from './script-names.ts';
import { validateEditorState } from './validate.ts';

/** What renderStoryForReaders needs of a revision. */
export interface ReaderRevision {
  readonly editorState: unknown;
  readonly scriptNames: ScriptNameMap;
}

/** The HTML readers see, or why it cannot be shown. */
export type ReaderView =
  | { readonly ok: true; readonly html: string; readonly anonymity: Anonymity }
  | { readonly ok: false; readonly message: string };

/**
 * Renders a revision for readers at the most private of its authors' chosen
 * levels: sensitive details replaced and photos of recognisable people left out
 * unless every author chose to be named.
 */
export function renderStoryForReaders(
  revision: ReaderRevision,
  kind: 'life_story' | 'film_script',
  anonymities: readonly Anonymity[],
): ReaderView {
  // Stored states were validated when saved; validate again so rendering never trusts storage.
  const valid = validateEditorState(revision.editorState, kind);
  if (!valid.ok) return { ok: false, message: valid.message };
  const anonymity = mostPrivateAnonymity(anonymities);
  const html = renderStoryHtml(valid.state, {
    anonymity,
    nameMap: revision.scriptNames,
    mediaUrl: mediaPath,
    showIdentifiablePhotos: showsIdentifiablePhotos(anonymity),
  });
  return { ok: true, html, anonymity };
}
