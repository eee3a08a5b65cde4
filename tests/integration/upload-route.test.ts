/**
 * Photos through the real routes: an author uploads over HTTP, hostile
 * files are refused with a plain reason and leave nothing, and a phone JPEG with
 * GPS comes back from /media with no metadata at all.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import {
  makeElf,
  makeJpegWithEverything,
  makePngBomb,
  makeSvgWithScript,
  makeTruncated,
  PLANTED,
} from '../fixtures/images/make-images.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-upload-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function storedFiles(): string[] {
  try {
    return readdirSync(join(dataDir, 'media'));
  } catch {
    return [];
  }
}

describeEachDatabase('the photo upload and media routes', ({ db, handle }) => {
  it('refuses hostile uploads with a plain 4xx, keeps nothing, and strips every bit of metadata', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const base = app?.url ?? '';
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [author]);
    const cookie = await sessionCookieFor(db(), author);
    const upload = async (bytes: Uint8Array, name: string, type: string, altText = 'A photo') => {
      const body = new FormData();
      body.append('file', new File([Buffer.from(bytes)], name, { type }));
      body.append('altText', altText);
      const response = await fetch(`${base}/api/stories/${story.id}/media`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body,
      });
      return {
        status: response.status,
        body: (await response.json()) as { id?: string; message?: string },
      };
    };

    const before = storedFiles().length;
    const hostile: [string, Uint8Array, string, string][] = [
      ['decompression bomb', makePngBomb(), 'bomb.png', 'image/png'],
      ['SVG with a script', makeSvgWithScript(), 'nice.jpg', 'image/jpeg'],
      ['truncated JPEG', await makeTruncated('jpeg'), 'cut.jpg', 'image/jpeg'],
      ['renamed executable', makeElf(), 'holiday.jpg', 'image/jpeg'],
      ['oversize', new Uint8Array(21 * 1024 * 1024), 'huge.jpg', 'image/jpeg'],
    ];
    for (const [label, bytes, name, type] of hostile) {
      const result = await upload(bytes, name, type);
      expect(result.status, label).toBeGreaterThanOrEqual(400);
      expect(result.status, label).toBeLessThan(500);
      expect(result.body.message, label).toMatch(/^[A-Z][^<>]*\.$/);
    }
    const missingAlt = await upload(await makeJpegWithEverything(), 'p.jpg', 'image/jpeg', '   ');
    expect(missingAlt.status).toBe(400);
    expect(storedFiles().length).toBe(before);
    expect(await db().selectFrom('media').select('id').execute()).toEqual([]);

    const accepted = await upload(await makeJpegWithEverything(), 'phone.jpg', 'image/jpeg');
    expect(accepted.status).toBe(201);
    const served = await fetch(`${base}/media/${accepted.body.id ?? ''}/large`, {
      headers: { cookie },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 800, height: 1200 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    for (const planted of ['Exif', 'GPS', ...Object.values(PLANTED)]) {
      expect(bytes.includes(Buffer.from(String(planted))), String(planted)).toBe(false);
    }
    // A signed-out reader cannot see a draft's photo.
    expect((await fetch(`${base}/media/${accepted.body.id ?? ''}/large`)).status).toBe(404);
  });
});
