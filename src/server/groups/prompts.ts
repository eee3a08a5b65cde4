/**
 * Offering a writing prompt from `/my`, where a facilitator sees all their
 * groups. The rule is the group space's own (`postPrompt`): a group's
 * facilitators, and its members when it allows; no role reaches into a group
 * it is not part of, admins included.
 */
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import type { FormResult } from '#src/server/http/forms.ts';
import { textField } from '#src/server/http/forms.ts';
import { postPrompt } from './group-space.ts';
import { isUuid } from '#src/domain/ids.ts';
import { requestWords } from '#src/server/http/request-language.ts';

/** Offers a prompt to the group named in the form, if the viewer may post there. */
export async function offerWritingPrompt(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<FormResult<{ id: string }>> {
  const groupId = textField(form, 'groupId');
  const posted = isUuid(groupId)
    ? await postPrompt(db, viewer, groupId, form, now)
    : ({ ok: false, status: 404, message: '' } as const);
  if (posted.ok) return { ok: true, value: { id: posted.promptId } };
  return posted.status === 404 || posted.status === 403
    ? { ok: false, errors: { groupId: requestWords().t('groups.space.offerOnlyFacilitator') } }
    : { ok: false, errors: { text: posted.message } };
}
