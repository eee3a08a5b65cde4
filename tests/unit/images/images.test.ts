/**
 * The pure parts of photo handling: recognising formats from their first bytes,
 * checking descriptions, and naming stored files. No files, no database.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVariantName, sniffImageFormat } from '#src/server/media/images.ts';
import { validateAltText } from '#src/server/media/photos.ts';
import { isStorageKey, newStorageKey, readMediaDir } from '#src/server/media/storage.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );

// An ISO media 'ftyp' box of 24 bytes: major brand, minor version, two compatible brands.
const ftyp = (major: string, ...compatible: string[]): Uint8Array =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffImageFormat', () => {
  it.each([
    { name: 'JPEG', input: bytes([0xff, 0xd8, 0xff, 0xe0]), expected: 'jpeg' },
    { name: 'PNG', input: bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), expected: 'png' },
    { name: 'WebP', input: bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), expected: 'webp' },
    { name: 'AVIF', input: ftyp('avif', 'mif1', 'miaf'), expected: 'heif' },
    { name: 'HEIC', input: ftyp('heic', 'mif1', 'heic'), expected: 'heif' },
    { name: 'HEIF by compatible brand', input: ftyp('XXXX', 'mif1'), expected: 'heif' },
    { name: 'empty', input: bytes(), expected: undefined },
    { name: 'two JPEG bytes only', input: bytes([0xff, 0xd8]), expected: undefined },
    { name: 'GIF', input: bytes('GIF89a'), expected: undefined },
    { name: 'TIFF (little-endian)', input: bytes('II*\0'), expected: undefined },
    { name: 'TIFF (big-endian)', input: bytes('MM\0*'), expected: undefined },
    { name: 'SVG', input: bytes('<svg xmlns="http://www.w3.org/2000/svg">'), expected: undefined },
    { name: 'XML prolog', input: bytes('<?xml version="1.0"?>'), expected: undefined },
    { name: 'BMP', input: bytes('BM', [0, 0, 0, 0]), expected: undefined },
    { name: 'PDF', input: bytes('%PDF-1.7'), expected: undefined },
    { name: 'ELF', input: bytes([0x7f], 'ELF'), expected: undefined },
    { name: 'PE', input: bytes('MZ', [0x90, 0]), expected: undefined },
    { name: 'zip', input: bytes('PK\x03\x04'), expected: undefined },
    { name: 'RIFF but WAVE', input: bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), expected: undefined },
    { name: 'MP4 video', input: ftyp('isom', 'iso2', 'mp41'), expected: undefined },
    { name: 'QuickTime', input: ftyp('qt  ', 'qt  '), expected: undefined },
    { name: 'ftyp cut short', input: bytes([0, 0, 0, 24], 'ftyp'), expected: undefined },
  ])('$name → $expected', ({ input, expected }) => {
    expect(sniffImageFormat(input)).toBe(expected);
  });

  it('reads a view into a larger buffer from its own start', () => {
    const backing = bytes('GIF89a', [0xff, 0xd8, 0xff, 0xe0]);
    expect(sniffImageFormat(backing.subarray(6))).toBe('jpeg');
  });
});

describe('validateAltText', () => {
  it.each([
    { input: 'Nan at the seaside', expected: 'Nan at the seaside' },
    { input: '  Nan at the seaside \n', expected: 'Nan at the seaside' },
    { input: 'Nan\n\nat   the\tseaside', expected: 'Nan at the seaside' },
    { input: 'Nan\0 at the\u0007 seaside', expected: 'Nan at the seaside' },
    { input: 'x'.repeat(1000), expected: 'x'.repeat(1000) },
    { input: '😀'.repeat(1000), expected: '😀'.repeat(1000) },
  ])('accepts $input', ({ input, expected }) => {
    expect(validateAltText(input)).toEqual({ ok: true, altText: expected });
  });

  it.each([
    { input: '', reason: 'alt-text-missing' },
    { input: '   ', reason: 'alt-text-missing' },
    { input: '\n\t\u00a0\u2003', reason: 'alt-text-missing' },
    { input: '\0\0', reason: 'alt-text-missing' },
    { input: 'x'.repeat(1001), reason: 'alt-text-too-long' },
    { input: '😀'.repeat(1001), reason: 'alt-text-too-long' },
  ])('refuses $reason ($input.length UTF-16 units)', ({ input, reason }) => {
    expect(validateAltText(input)).toMatchObject({ ok: false, status: 400, reason });
  });
});

describe('variant names and storage keys', () => {
  it.each([
    ['small', true],
    ['medium', true],
    ['large', true],
    ['original', false],
    ['../small', false],
    ['', false],
  ])('isVariantName(%j) is %j', (value, expected) => {
    expect(isVariantName(value)).toBe(expected);
  });

  it('new storage keys are 128 random bits in hex, and nothing else passes as one', () => {
    const keys = new Set(Array.from({ length: 100 }, newStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(isStorageKey(key)).toBe(true);
    for (const bad of ['', '../etc/passwd', 'A'.repeat(32), 'a'.repeat(31), `${'a'.repeat(32)}/`]) {
      expect(isStorageKey(bad)).toBe(false);
    }
  });

  it.each([
    { env: {}, expected: resolve('data', 'media') },
    { env: { HEARD_DATA_DIR: '  ' }, expected: resolve('data', 'media') },
    { env: { HEARD_DATA_DIR: '/srv/heard' }, expected: '/srv/heard/media' },
  ])('media lives in $expected', ({ env, expected }) => {
    expect(readMediaDir(env)).toBe(expected);
  });
});
