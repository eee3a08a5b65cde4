/**
 * "Download everything I wrote": a zip of every revision as
 * text, Fountain for scripts, the photos and the receipts. Only ever the
 * signed-in person's own.
 */
import type { APIRoute } from 'astro';
import { exportEverything } from '#src/server/accounts/account.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';

export const POST: APIRoute = async ({ locals, redirect }) => {
  const person = locals.person;
  // Back to the account page, not this download: a POST cannot be replayed after signing in.
  if (!person) return redirect(`/signin?next=${encodeURIComponent('/my/account')}`, 303);
  const { db } = await getDatabase();
  const now = new Date();
  // In the language the person reads Heard in (this request's: their account's, or the page's).
  const words = locals.i18n;
  const zip = await exportEverything(db, openMediaStore(db), person.id, now, words.language);
  const day = now.toISOString().slice(0, 10);
  const fileName = words.t('accounts.export.fileName', { day });
  // A copy typed over a plain ArrayBuffer, which is what a Response body takes.
  return new Response(new Uint8Array(zip), {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
