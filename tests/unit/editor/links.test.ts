import { describe, expect, it } from 'vitest';
import { linkUrlFromInput, safeLinkUrl } from '#src/editor/links.ts';

describe('safeLinkUrl allows http, https and mailto only', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['mailto:ann@example.org', 'mailto:ann@example.org'],
    ['https://example.org/"><script>', 'https://example.org/%22%3E%3Cscript%3E'],
  ])('%s → %s', (raw, expected) => {
    expect(safeLinkUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u200bjavascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example/x',
    '/relative/path',
    'example.org',
    'https://',
    'mailto:',
    'https://exa mple.org',
    'https://example.org/\u2028',
    '',
    `https://example.org/${'a'.repeat(2048)}`,
  ])('refuses %j', (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
  });
});

describe('linkUrlFromInput reads what a writer types', () => {
  it.each([
    ['example.org', 'https://example.org/'],
    ['  www.example.org/page  ', 'https://www.example.org/page'],
    ['ann@example.org', 'mailto:ann@example.org'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['', null],
    ['   ', null],
  ])('%j → %j', (typed, expected) => {
    expect(linkUrlFromInput(typed)).toBe(expected);
  });
});
