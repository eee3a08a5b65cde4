import { describe, expect, it } from 'vitest';
import { sniffAudioContainer } from '#src/server/media/audio.ts';
import { readUploadMetadata } from '#src/server/voice/uploads.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

describe('sniffAudioContainer: the container a file’s first bytes claim', () => {
  it.each([
    ['Ogg', bytes('OggS', [0, 2]), 'ogg'],
    ['WAV', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), 'wav'],
    ['AVI is RIFF but not WAVE', bytes('RIFF', [1, 2, 3, 4], 'AVI LIST'), undefined],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 1]), 'matroska'],
    ['m4a', bytes([0, 0, 0, 32], 'ftypM4A '), 'mov'],
    ['mp3 with ID3', bytes('ID3', [4, 0]), 'mp3'],
    ['mp3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
    ['zip', bytes('PK', [3, 4]), undefined],
    ['HTML', bytes('<!doctype html>'), undefined],
    ['empty', bytes(), undefined],
  ])('%s: %s', (_name, head, container) => {
    expect(sniffAudioContainer(head)).toBe(container);
  });
});

describe('readUploadMetadata: one key of a tus Upload-Metadata header', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    [`storyId ${b64('abc')},filename ${b64('told.mp3')}`, 'storyId', 'abc'],
    [`filename ${b64('told.mp3')}, storyId ${b64('x y')}`, 'storyId', 'x y'],
    ['flag', 'flag', ''],
    [`filename ${b64('a')}`, 'storyId', undefined],
    [null, 'storyId', undefined],
  ])('%s → %s = %s', (header, key, value) => {
    expect(readUploadMetadata(header, key)).toBe(value);
  });
});
