/**
 * A stored revision as its readers see it: the one way services hand a
 * revision row to the reader's renderer (src/editor/reader.ts).
 */
import type { AudienceView } from '#src/domain/audience.ts';
import {
  renderStoryForReaders,
  type ReaderRevision,
  type ReaderView,
  type ReadingPlace,
} from '#src/editor/reader.ts';
import type { ScriptNameMap } from '#src/editor/script-names.ts';
import type { Db } from '#src/server/platform/db.ts';
import { findRevision } from './stories.repository.ts';

/** What the reader's renderer takes of a stored revision. */
export function readerRevisionOf(row: {
  readonly editor_state: unknown;
  readonly script_names: ScriptNameMap;
}): ReaderRevision {
  return { editorState: row.editor_state, scriptNames: row.script_names };
}

/** One stored revision of a story rendered for an audience; `missing` is the sentence when it is not there. */
export async function renderStoredRevision(
  db: Db,
  story: {
    readonly storyId: string;
    readonly revisionNumber: number;
    readonly kind: 'life_story' | 'film_script';
  },
  audience: Pick<AudienceView, 'redaction' | 'showsIdentifiablePhotos'>,
  missing: string,
  place?: ReadingPlace,
): Promise<ReaderView> {
  const revision = await findRevision(db, story.storyId, story.revisionNumber);
  return revision
    ? renderStoryForReaders(readerRevisionOf(revision), story.kind, audience, place)
    : { ok: false, message: missing };
}
