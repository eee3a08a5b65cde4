/**
 * One receipt as a Kantara Consent Receipt 1.1 record (JSON), in the person's
 * language (its `language` field says which), for the person it is about or
 * who made the change; 404 for anyone else.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { jsonResponse } from '#src/server/http/responses.ts';
import { findReceipt } from '#src/server/consent/receipts.ts';
import { isUuid } from '#src/domain/ids.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const notFound = () => jsonResponse(404, { error: locals.i18n.t('sharing.receipts.noSuch') });
  const person = locals.person;
  const id = params['id'] ?? '';
  if (!person || !isUuid(id)) return notFound();
  const { db } = await getDatabase();
  const receipt = await findReceipt(db, person.id, id, new Date());
  if (!receipt) return notFound();
  return jsonResponse(200, receipt.kantara);
};
