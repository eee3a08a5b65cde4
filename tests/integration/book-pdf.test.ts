/**
 * The group's book as a PDF: paged.js in the system Chromium numbers
 * the contents, opens each chapter on a right-hand page, places the photos
 * `resolve` answers, and reaches nothing else on any network.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServerChromium, renderBookPdf } from '#src/server/groups/book-pdf.ts';

const chromium = findServerChromium();
// Said in the test names when they are skipped, so the reason shows in the report.
const WITHOUT_CHROMIUM = chromium
  ? ''
  : ' (skipped: no Chromium on this machine; install chromium or set HEARD_CHROMIUM)';
const BASE_URL = 'https://heard.example';
// What the PDF route sends: the screenplay layout, then the book's print rules.
const stylesheet = ['screenplay.css', 'book-print.css']
  .map((file) => readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8'))
  .join('\n');

function bookHtml(extra = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Our Book</title><style>${stylesheet}</style></head>
<body>
<section class="book-title-page"><h1>Our Book</h1><p class="book-subtitle">Stories from the Thursday group</p></section>
<nav class="book-contents" aria-labelledby="contents">
  <h2 id="contents">Contents</h2>
  <ol>
    <li><a href="#story-one"><span class="book-contents-entry">First chapter <span class="book-contents-name">Ann</span></span></a></li>
    <li><a href="#story-two"><span class="book-contents-entry">Second chapter <span class="book-contents-name">Bea</span></span></a></li>
  </ol>
</nav>
<article class="book-chapter" id="story-one">
  <h2 class="book-chapter-title">First chapter</h2>
  <p class="book-chapter-name">Ann</p>
  <div class="book-chapter-text">
    <p>We moved to the coast the summer I turned nine.</p>
    <figure class="story-photo"><img src="/media/x/medium" alt="The harbour at dawn" width="40" height="30" loading="lazy" decoding="async"><figcaption>The harbour, 1962</figcaption></figure>
    ${extra}
  </div>
</article>
<article class="book-chapter" id="story-two">
  <h2 class="book-chapter-title">Second chapter</h2>
  <p class="book-chapter-name">Bea</p>
  <div class="book-chapter-text"><div class="screenplay">
    <p class="sp sp-scene">INT. KITCHEN - NIGHT</p>
    <p class="sp sp-character">Bea</p>
    <p class="sp sp-dialogue">Put the kettle on.</p>
  </div></div>
</article>
</body>
</html>`;
}

async function pageTexts(pdf: Buffer): Promise<{ totalPages: number; texts: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: false });
  return { totalPages, texts: text.map((page) => page.replace(/\s+/g, ' ').trim()) };
}

function leftoverProfiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('heard-book-pdf-'));
}

let photo: Buffer;
beforeAll(async () => {
  photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b0413e' } })
    .png()
    .toBuffer();
});

describe('findServerChromium', () => {
  it('prefers HEARD_CHROMIUM', () => {
    expect(findServerChromium({ HEARD_CHROMIUM: '/opt/chromium/chrome' })).toBe(
      '/opt/chromium/chrome',
    );
  });
});

describe('renderBookPdf', () => {
  it('says plainly, and at once, when there is no Chromium', async () => {
    const started = performance.now();
    const result = await renderBookPdf(
      { html: bookHtml(), baseUrl: BASE_URL, resolve: () => Promise.resolve(undefined) },
      { chromiumPath: '/nonexistent/chromium' },
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({
      ok: false,
      reason: 'no-chromium',
      message:
        'The PDF could not be made because this server has no Chromium. You can still print the book from your browser.',
    });
  });

  it.skipIf(!chromium)(
    `numbers the contents and opens each chapter on a right-hand page${WITHOUT_CHROMIUM}`,
    async () => {
      const before = leftoverProfiles();
      const asked: string[] = [];
      const result = await renderBookPdf({
        html: bookHtml(),
        baseUrl: BASE_URL,
        resolve: (url) => {
          asked.push(url.pathname);
          return Promise.resolve(
            url.pathname === '/media/x/medium'
              ? { body: photo, contentType: 'image/png' }
              : undefined,
          );
        },
      });
      if (!result.ok) throw new Error(result.message);

      expect(result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(result.pages).toBeGreaterThanOrEqual(4);
      const { totalPages, texts } = await pageTexts(result.pdf);
      expect(totalPages).toBe(result.pages);
      const all = texts.join('\n');
      for (const words of ['Our Book', 'Contents', 'First chapter', 'Second chapter']) {
        expect(all).toContain(words);
      }

      // Each contents entry carries the number of the page its chapter opens
      // on, and that page is a right-hand (odd) one showing that number.
      const contents = texts.find((text) => text.startsWith('Contents')) ?? '';
      for (const [title, name] of [
        ['First chapter', 'Ann'],
        ['Second chapter', 'Bea'],
      ] as const) {
        const entry = new RegExp(`${title} ${name} (\\d+)`).exec(contents);
        expect(entry, `a page number after "${title}" in: ${contents}`).not.toBeNull();
        const pageNumber = Number(entry?.[1]);
        expect(pageNumber % 2).toBe(1);
        const chapterPage = texts[pageNumber - 1] ?? '';
        expect(chapterPage).toContain(`${title} ${name}`);
        expect(chapterPage.split(' ')).toContain(String(pageNumber));
      }
      // The title and contents pages carry no page number.
      expect(texts[0]).toBe('Our Book Stories from the Thursday group');
      expect(contents.split(' ')).not.toContain('2');

      expect(all).toContain('The harbour, 1962');
      expect(asked).toContain('/media/x/medium');
      expect(leftoverProfiles()).toEqual(before);
    },
  );

  describe.skipIf(!chromium)(`reaching other servers${WITHOUT_CHROMIUM}`, () => {
    let server: Server;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_request, response) => {
        hits += 1;
        response.writeHead(200, { 'content-type': 'image/png' }).end(photo);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('never fetches from another origin, and still makes the PDF', async () => {
      const elsewhere = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const asked: string[] = [];
      const result = await renderBookPdf({
        html: bookHtml(
          `<img src="https://example.com/x.png" alt="">` +
            `<img src="${elsewhere}/tracker.png" alt="">` +
            `<link rel="stylesheet" href="${elsewhere}/x.css">` +
            `<script src="/_astro/pagination.js"></script>`,
        ),
        baseUrl: BASE_URL,
        resolve: (url) => {
          asked.push(url.href);
          return Promise.resolve(
            url.pathname === '/media/x/medium'
              ? { body: photo, contentType: 'image/png' }
              : undefined,
          );
        },
      });
      if (!result.ok) throw new Error(result.message);
      expect(result.pages).toBeGreaterThanOrEqual(4);
      expect(hits).toBe(0);
      expect(asked).toEqual([`${BASE_URL}/media/x/medium`]);
    });
  });

  it.skipIf(!chromium)(
    `fails plainly, and tidies up, when a photo cannot be read${WITHOUT_CHROMIUM}`,
    async () => {
      const before = leftoverProfiles();
      const result = await renderBookPdf({
        html: bookHtml(),
        baseUrl: BASE_URL,
        resolve: () => Promise.reject(new Error('storage is down')),
      });
      expect(result).toMatchObject({ ok: false, reason: 'failed' });
      expect(result.ok ? '' : result.message).toMatch(/print the book from your browser/);
      expect(leftoverProfiles()).toEqual(before);
    },
  );

  it.skipIf(!chromium)(`gives up after timeoutMs and says so${WITHOUT_CHROMIUM}`, async () => {
    const before = leftoverProfiles();
    const result = await renderBookPdf(
      { html: bookHtml(), baseUrl: BASE_URL, resolve: () => new Promise(() => {}) },
      { timeoutMs: 3000 },
    );
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(result.ok ? '' : result.message).toMatch(/took longer than 3 seconds/);
    expect(leftoverProfiles()).toEqual(before);
  });
});
