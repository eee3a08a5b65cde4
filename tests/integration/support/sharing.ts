/**
 * Saying yes on the sharing page as a person does: look at the preview for the
 * choices, then send the yes with the fingerprint of what it showed.
 */
import type { Viewer } from '#src/domain/permissions.ts';
import { parseAnonymity, parseScope } from '#src/domain/sharing-explanations.ts';
import type { Db } from '#src/server/platform/db.ts';
import { handleSharingForm } from '#src/server/consent/sharing-changes.ts';
import { loadSharingPreview } from '#src/server/consent/sharing-preview.ts';

/** Sends a sharing-page form; a yes carries the fingerprint of the preview it answers. */
export async function sendSharingForm(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): ReturnType<typeof handleSharingForm> {
  if (form.get('intent') === 'share' && !form.has('fingerprint')) {
    const scope = parseScope(form.get('scope'));
    const anonymity = parseAnonymity(form.get('anonymity'));
    const given = form.get('pseudonym');
    const pseudonym = typeof given === 'string' ? given.trim() : '';
    if (scope && anonymity) {
      const preview = await loadSharingPreview(
        db,
        viewer,
        storyId,
        {
          scope,
          anonymity,
          pseudonym: pseudonym === '' ? null : pseudonym,
          months: Number(form.get('months')) || 12,
        },
        now,
      );
      if (preview) form.set('fingerprint', preview.fingerprint);
    }
  }
  return handleSharingForm(db, viewer, storyId, form, now);
}
