import { describe, expect, it } from 'vitest';
import { fileDownload, headerSafeName } from '#src/server/http/responses.ts';

describe('headerSafeName', () => {
  it.each([
    ['Our book', 'book', 'Our-book'],
    ['Straeon Grŵp Dydd Iau', 'llyfr', 'Straeon-Gr-p-Dydd-Iau'],
    ['  --Tea & cake!--  ', 'book', 'Tea-cake'],
    ['"; filename="evil.exe', 'book', 'filename-evil-exe'],
    ['ŵŷ', 'grwp', 'grwp'],
    ['', 'book', 'book'],
    ['line\r\nbreak', 'book', 'line-break'],
  ])('%j gives %j', (words, fallback, expected) => {
    expect(headerSafeName(words, fallback)).toBe(expected);
  });
});

describe('fileDownload', () => {
  it('is an attachment with its type and name, kept by no cache', async () => {
    const response = fileDownload(new Uint8Array([1, 2, 3]), 'application/zip', 'Tea-group.zip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Tea-group.zip"',
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
