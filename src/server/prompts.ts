/**
 * Facilitators offering writing prompts to their groups.
 */
import { z } from 'zod';
import { canManageGroup, type Viewer } from '../domain/permissions.ts';
import type { Db } from './db.ts';
import { parseForm, textField, type FormResult } from './forms.ts';
import { groupExists } from './repositories/groups.ts';
import { insertWritingPrompt, listFacilitatorIds } from './repositories/prompts.ts';

/** Offers a prompt to a group: only its facilitators (and admins) may. */
export async function offerWritingPrompt(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<FormResult<{ id: string }>> {
  const groupId = textField(form, 'groupId');
  const exists = z.uuid().safeParse(groupId).success && (await groupExists(db, groupId));
  const facilitatorIds = exists ? await listFacilitatorIds(db, groupId) : [];
  if (!exists || !canManageGroup(viewer, { facilitatorIds })) {
    return {
      ok: false,
      errors: { groupId: 'Only a facilitator of that group can offer it a prompt.' },
    };
  }
  const parsed = parseForm(
    z.object({
      text: z
        .string()
        .trim()
        .min(1, 'Please type the prompt, for example “A place you loved as a child”.')
        .max(200, 'A prompt can be at most 200 letters long.'),
    }),
    { text: textField(form, 'text') },
  );
  if (!parsed.ok) return parsed;
  const id = await insertWritingPrompt(db, {
    groupId,
    text: parsed.value.text,
    createdBy: viewer.id,
    now,
  });
  return { ok: true, value: { id } };
}
