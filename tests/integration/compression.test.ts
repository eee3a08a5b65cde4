/**
 * Answers are compressed when the browser accepts it, so a reader page fits the
 * first round trip of a slow connection (bench/lighthouse), through Astro and
 * through the fast path for story pages alike; a signed-in person's pages are
 * not (BREACH), and revalidation still gets 304.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-compress-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** The body as sent, decoded from its content-coding. */
  readonly text: string;
  readonly bytesSent: number;
}

/** A GET without any automatic decompression, so the coding on the wire is seen. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${app?.url ?? ''}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const coding = res.headers['content-encoding'];
        const body =
          raw.length === 0
            ? raw
            : coding === 'br'
              ? brotliDecompressSync(raw)
              : coding === 'gzip'
                ? gunzipSync(raw)
                : raw;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: body.toString('utf8'),
          bytesSent: raw.length,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachDatabase('compression', ({ db, handle }) => {
  it('reader pages are compressed when accepted, the same words either way, and still revalidate', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db(), { photos: false });
    await grantPublic(db(), story.storyId, story.author, 1);

    for (const path of ['/', `/stories/${story.slug}`, `/stories/${story.slug}`, '/rss.xml']) {
      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      for (const coding of ['br', 'gzip']) {
        const packed = await get(path, { 'accept-encoding': coding });
        expect(packed.status, path).toBe(200);
        expect(packed.headers['content-encoding'], path).toBe(coding);
        expect(packed.headers['vary'], path).toMatch(/accept-encoding/i);
        expect(packed.text, path).toBe(plain.text);
        expect(packed.bytesSent, path).toBeLessThan(plain.bytesSent);
      }
    }
    // A story page is a third of its size or less on the wire.
    const plainPage = await get(`/stories/${story.slug}`);
    const first = await get(`/stories/${story.slug}`, { 'accept-encoding': 'br' });
    expect(first.bytesSent).toBeLessThan(plainPage.bytesSent / 3);
    const etag = String(first.headers['etag'] ?? '');
    expect(etag).not.toBe('');
    const again = await get(`/stories/${story.slug}`, {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('a signed-in person’s pages are sent as they are (BREACH)', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db(), { photos: false });
    const cookie = await sessionCookieFor(db(), story.author);
    for (const path of ['/my', '/', `/my/stories/${story.storyId}`]) {
      const page = await get(path, { 'accept-encoding': 'br, gzip', cookie });
      expect(page.status, path).toBe(200);
      expect(page.headers['content-encoding'], path).toBeUndefined();
    }
  });
});
