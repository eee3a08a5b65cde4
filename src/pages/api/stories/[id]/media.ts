/**
 * Uploading a photo into a story (multipart: file, altText, showsIdentifiablePeople).
 * The photo is re-encoded with every bit of metadata removed; the original is never
 * kept. Anything that is not a photo gets a 4xx with a plain reason and leaves
 * nothing stored.
 */
import type { APIRoute } from 'astro';
import { requestWords } from '#src/server/http/request-language.ts';
import { jsonResponse } from '#src/server/http/responses.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { claimFairUse, releaseFairUse } from '#src/server/accounts/fair-use.ts';
import { MAX_UPLOAD_BYTES } from '#src/server/media/images.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { loadStoryForWriting } from '#src/server/writing/stories.ts';

export const POST: APIRoute = async ({ params, request, locals }) => {
  // Every message is shown by the editor to the person adding the photo, in their language.
  const words = requestWords();
  const t = words.t.bind(words);
  const tooLarge = () =>
    jsonResponse(413, {
      message: t('editor.photo.tooLarge', { megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) }),
    });
  const { db } = await getDatabase();
  const loaded = await loadStoryForWriting(db, locals.person, params['id'] ?? '');
  if (!locals.person || !loaded?.mayEdit)
    return jsonResponse(404, { message: t('editor.save.notFound') });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonResponse(400, { message: t('editor.photo.notWhole') });
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return jsonResponse(400, { message: t('editor.photo.choose') });
  }
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge();
  const fair = await claimFairUse(db, locals.person.id, 'photo', file.size, new Date());
  if (!fair.allowed) {
    const refused = jsonResponse(429, { message: fair.message });
    refused.headers.set('Retry-After', String(fair.retryAfterSeconds));
    return refused;
  }
  const altText = form.get('altText');
  const result = await storeUploadedPhoto(db, openMediaStore(db), {
    storyId: loaded.story.id,
    uploadedBy: locals.person.id,
    bytes: new Uint8Array(await file.arrayBuffer()),
    altText: typeof altText === 'string' ? altText : '',
    showsIdentifiablePeople:
      form.get('showsIdentifiablePeople') === 'on' ||
      form.get('showsIdentifiablePeople') === 'true',
  });
  if (!result.ok) {
    // Nothing was kept, so it does not count against the hour.
    await releaseFairUse(db, fair);
    return jsonResponse(result.status, { message: result.message });
  }
  const { media } = result;
  return jsonResponse(201, {
    id: media.id,
    width: media.width,
    height: media.height,
    altText: media.altText,
    showsIdentifiablePeople: media.showsIdentifiablePeople,
  });
};
