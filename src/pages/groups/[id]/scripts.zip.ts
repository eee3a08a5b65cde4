/**
 * A group's shared film scripts as Fountain files in a zip: for
 * its members and facilitators only, each script as its writers agreed to share it.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { groupScriptsZip } from '#src/server/groups/group-scripts.ts';
import { fileDownload, headerSafeName } from '#src/server/http/responses.ts';

export const GET: APIRoute = async ({ params, locals, redirect, url }) => {
  const person = locals.person;
  if (!person) return redirect(`/signin?next=${encodeURIComponent(url.pathname)}`, 303);
  const words = locals.i18n;
  const { db } = await getDatabase();
  const result = await groupScriptsZip(db, person, params['id'] ?? '', new Date());
  if (!result) {
    return new Response(words.t('groups.notFound'), {
      status: 404,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  // A header holds only plain letters: the file's words are too (grwp, not grŵp).
  const name = headerSafeName(result.groupName, words.t('groups.book.groupFileName'));
  return fileDownload(
    result.zip,
    'application/zip',
    `${name}-${words.t('groups.book.scriptsFileName')}.zip`,
  );
};
