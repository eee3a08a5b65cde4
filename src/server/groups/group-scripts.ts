/**
 * A group's film scripts as Fountain files, for screenwriting apps.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Viewer } from '#src/domain/permissions.ts';
import { slugFromTitle } from '#src/domain/slug.ts';
import { toFountain } from '#src/editor/fountain.ts';
import { redactedEditorState } from '#src/editor/render.ts';
import type { Db } from '#src/server/platform/db.ts';
import { findGroupFor } from './group-space.ts';
import { listSharedStories } from './shared-stories.ts';

/**
 * Every film script shared with the group, as Fountain files in a zip: each at
 * its consented revision, with details and names replaced as its authors chose.
 * Undefined for anyone outside the group.
 */
export async function groupScriptsZip(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  now: Date,
): Promise<
  { readonly groupName: string; readonly zip: Uint8Array; readonly count: number } | undefined
> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return undefined;
  const scripts = (await listSharedStories(db, groupId, 'group', now)).filter(
    (story) => story.kind === 'film_script',
  );
  const files: Zippable = {};
  const used = new Set<string>();
  for (const script of scripts) {
    const base = slugFromTitle(script.title) || 'script';
    let name = `${base}.fountain`;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}.fountain`;
    used.add(name);
    const state = redactedEditorState(script.editorState, script.anonymity, script.scriptNames);
    const fountain = toFountain(state, script.title).replace(
      /^Title: .*$/m,
      (line) => `${line}\nAuthor: ${script.byline}`,
    );
    files[name] = strToU8(fountain);
  }
  return { groupName: group.name, zip: zipSync(files, { mtime: now }), count: scripts.length };
}
