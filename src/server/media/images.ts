/**
 * Turning an uploaded photo into the WebP files readers are served
 * (docs/decisions/004-photos.md). The original upload is never kept: it is decoded
 * once, oriented, converted to sRGB and shrunk to bare pixels, and every variant is
 * encoded from those pixels alone, so no byte of the upload (EXIF, GPS, XMP, ICC,
 * IPTC, comments, or anything appended to it) can reach a reader.
 */
import { availableParallelism } from 'node:os';
import pLimit, { type LimitFunction } from 'p-limit';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_VARIANT_WIDTHS, PHOTO_VARIANTS, type PhotoVariant } from '#src/domain/media.ts';
import { requestWords } from '#src/server/http/request-language.ts';

/** The sizes every photo is stored at, smallest first. */
export const VARIANT_NAMES = PHOTO_VARIANTS;
export type VariantName = PhotoVariant;

// Very tall photos are bounded too, so no variant is absurdly long (and WebP
// cannot be taller than 16383 pixels anyway).
const MAX_HEIGHT_PER_WIDTH = 4;

/** Up to 20 MB and 40 megapixels: any phone or camera photo. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_PIXELS = 40_000_000;

/**
 * The longest side a photo may have, read from its header before any pixel is
 * decoded. A 1 × 39,000,000 PNG is under the pixel limit but takes a core for
 * half a minute; no camera makes a side longer than a panorama's.
 */
export const MAX_UPLOAD_SIDE = 16_384;

const WEBP_QUALITY = 80;
// A real photo is processed in a second or two; one that takes this long is
// hostile or broken, and is stopped rather than left holding a core.
const PROCESSING_TIMEOUT_SECONDS = 15;

/** The formats accepted, as found in the file's first bytes. */
export type SniffedFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export interface ProcessedVariant {
  readonly name: VariantName;
  readonly width: number;
  readonly height: number;
  readonly webp: Uint8Array<ArrayBuffer>;
}

export interface ProcessedPhoto {
  readonly ok: true;
  /** The photo's size once turned upright. */
  readonly width: number;
  readonly height: number;
  /** Always one of each name, in VARIANT_NAMES order. */
  readonly variants: readonly ProcessedVariant[];
}

export type UploadRefusalReason =
  | 'empty'
  | 'too-large'
  | 'too-many-pixels'
  | 'side-too-long'
  | 'not-a-photo'
  | 'heic-unsupported'
  | 'damaged'
  | 'busy';

export interface UploadRefusal {
  readonly ok: false;
  readonly status: 400 | 413 | 415 | 429;
  readonly reason: UploadRefusalReason;
  /** One plain sentence or two, fit to show the person who chose the file, in their language. */
  readonly message: string;
}

export interface ProcessUploadOptions {
  readonly maxBytes?: number;
  readonly maxPixels?: number;
  /**
   * Whose photo this is: each person's photos are processed one at a time, so
   * one person sending many cannot keep everyone else's waiting.
   */
  readonly owner?: string | null;
}

/** Decodes an uploaded photo and re-encodes it as WebP variants, or says plainly why not. */
export async function processUpload(
  bytes: Uint8Array,
  options: ProcessUploadOptions = {},
): Promise<ProcessedPhoto | UploadRefusal> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const maxPixels = options.maxPixels ?? MAX_UPLOAD_PIXELS;
  if (bytes.length === 0) return refuse('empty');
  if (bytes.length > maxBytes) return refuse('too-large', { maxBytes });

  // Only the first bytes decide which decoder may look at the file, whatever its
  // name or claimed type: SVG, GIF, TIFF, PDF and the rest never reach libvips.
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) return refuse('not-a-photo');

  configureSharp();
  const owner = options.owner ?? null;
  // Waiting photos are held in memory: one person may have a couple in hand,
  // not dozens.
  if (owner !== null && waitingFor(owner) >= MAX_PHOTOS_IN_HAND) return refuse('busy');
  return inFairTurn(owner, () => decodeAndEncode(bytes, sniffed, maxPixels));
}

/** The accepted format these bytes start with, or undefined for anything else. */
export function sniffImageFormat(bytes: Uint8Array): SniffedFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (hasHeifBrand(bytes)) return 'heif';
  return undefined;
}

/** Whether this build of sharp can decode HEVC-compressed HEIC (iPhone) photos. */
export function canDecodeHeic(): boolean {
  // The prebuilt libvips that ships with sharp has libheif with the AV1 decoder
  // only (HEVC is patent-encumbered), and then lists just '.avif' here; a libvips
  // built with libde265 lists '.heic' too.
  return sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false;
}

/** Whether `value` names a stored variant (for route parameters). */
export function isVariantName(value: string): value is VariantName {
  return (VARIANT_NAMES as readonly string[]).includes(value);
}

async function decodeAndEncode(
  bytes: Uint8Array,
  sniffed: SniffedFormat,
  maxPixels: number,
): Promise<ProcessedPhoto | UploadRefusal> {
  // 'error' refuses truncated and corrupt pixel data; sharp's stricter 'warning'
  // would also refuse real phone photos with harmless libjpeg warnings.
  const input = { failOn: 'error', limitInputPixels: maxPixels } as const;

  let metadata: Metadata;
  try {
    // Reads the header only, so a decompression bomb is refused by the pixel
    // limit before a single pixel is decoded.
    metadata = await sharp(bytes, input).metadata();
  } catch (error) {
    return refusalForSharpError(error, maxPixels);
  }
  if (metadata.format !== sniffed) return refuse('not-a-photo');
  if (metadata.width > MAX_UPLOAD_SIDE || metadata.height > MAX_UPLOAD_SIDE) {
    return refuse('side-too-long');
  }
  if (metadata.width * metadata.height > maxPixels) return refuse('too-many-pixels', { maxPixels });
  const isHeic = metadata.format === 'heif' && metadata.compression === 'hevc';
  if (isHeic && !canDecodeHeic()) return refuse('heic-unsupported');

  try {
    const largest = PHOTO_VARIANT_WIDTHS.large;
    // The one full decode: upright, sRGB, 8-bit, no larger than the largest
    // variant. Raw pixels carry no metadata of any kind.
    const { data, info } = await sharp(bytes, input)
      .timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
      .autoOrient()
      .resize({
        width: largest,
        height: largest * MAX_HEIGHT_PER_WIDTH,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const pixels = { width: info.width, height: info.height, channels: info.channels };

    const variants: ProcessedVariant[] = [];
    for (const name of VARIANT_NAMES) {
      const width = PHOTO_VARIANT_WIDTHS[name];
      const encoded = await sharp(data, { raw: pixels })
        .timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
        .resize({
          width,
          height: width * MAX_HEIGHT_PER_WIDTH,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true });
      variants.push({
        name,
        width: encoded.info.width,
        height: encoded.info.height,
        webp: new Uint8Array(encoded.data),
      });
    }
    return {
      ok: true,
      width: metadata.autoOrient.width,
      height: metadata.autoOrient.height,
      variants,
    };
  } catch (error) {
    return refusalForSharpError(error, maxPixels);
  }
}

function refusalForSharpError(error: unknown, maxPixels: number): UploadRefusal {
  const text = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(text)) return refuse('too-many-pixels', { maxPixels });
  // libheif loads its decoders as plugins: a build may list '.heic' and still
  // lack the HEVC one ("Support for this compression format has not been built in").
  if (/has not been built in|decoder plugin/i.test(text)) return refuse('heic-unsupported');
  if (/unsupported image format/i.test(text)) return refuse('not-a-photo');
  // Everything else (a truncated scan, a corrupt chunk, a broken container, a
  // decode that timed out) means the file looked like a photo but is not whole.
  return refuse('damaged');
}

function refuse(
  reason: UploadRefusalReason,
  limits: { maxBytes?: number; maxPixels?: number } = {},
): UploadRefusal {
  // The words of the person uploading (the request's language).
  const words = requestWords();
  const t = words.t.bind(words);
  switch (reason) {
    case 'empty':
      return { ok: false, status: 400, reason, message: t('editor.photo.empty') };
    case 'too-large': {
      const megabytes = Math.floor((limits.maxBytes ?? MAX_UPLOAD_BYTES) / (1024 * 1024));
      return {
        ok: false,
        status: 413,
        reason,
        message: t('editor.photo.tooLarge', { megabytes }),
      };
    }
    case 'too-many-pixels': {
      const megapixels = Math.floor((limits.maxPixels ?? MAX_UPLOAD_PIXELS) / 1_000_000);
      return {
        ok: false,
        status: 413,
        reason,
        message: t('editor.photo.tooManyPixels', { megapixels }),
      };
    }
    case 'side-too-long':
      return {
        ok: false,
        status: 413,
        reason,
        message: t('editor.photo.sideTooLong', { pixels: MAX_UPLOAD_SIDE }),
      };
    case 'not-a-photo':
      return {
        ok: false,
        status: 415,
        reason,
        message: t('editor.photo.notAPhoto', { formats: acceptedFormatNames() }),
      };
    case 'heic-unsupported':
      return {
        ok: false,
        status: 415,
        reason,
        message: t('editor.photo.heic'),
      };
    case 'busy':
      return {
        ok: false,
        status: 429,
        reason,
        message: t('editor.photo.busy'),
      };
    case 'damaged':
      return {
        ok: false,
        status: 400,
        reason,
        message: t('editor.photo.damaged'),
      };
  }
}

// Do not promise HEIC when this build cannot open it. The names are the
// formats' own; "or" is the language's.
function acceptedFormatNames(): string {
  const names = ['JPEG', 'PNG', 'WebP', 'AVIF', ...(canDecodeHeic() ? ['HEIC'] : [])];
  return requestWords().list(names, 'disjunction');
}

const HEIF_BRANDS = new Set([
  'avif',
  'avis',
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'mif1',
  'msf1',
]);

// HEIF and AVIF are ISO media files: an 'ftyp' box first, whose major or
// compatible brands say what is inside. Video files (mp4, mov) have other brands.
function hasHeifBrand(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxEnd = Math.min(view.getUint32(0), bytes.length);
  if (HEIF_BRANDS.has(ascii(bytes, 8, 12))) return true;
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) {
    if (HEIF_BRANDS.has(ascii(bytes, offset, offset + 4))) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  if (bytes.length < end) return '';
  return String.fromCharCode(...bytes.subarray(start, end));
}

let sharpConfigured = false;

// Set on first use, not at import, so merely importing this module (for its
// types or variant names) changes nothing process-wide.
function configureSharp(): void {
  if (sharpConfigured) return;
  sharpConfigured = true;
  // Every upload is new, so libvips' operation cache would only hold memory.
  sharp.cache(false);
  // One libvips thread per photo; parallelism comes from processing up to one
  // photo per core at a time (below), which also bounds peak memory.
  sharp.concurrency(1);
}

// On a 2-core box, two photos at once; the rest wait their turn rather than
// fill libuv's thread pool (which file and DNS work also need).
const MAX_PARALLEL_PHOTOS = Math.max(1, Math.min(availableParallelism(), 4));
const processing = pLimit(MAX_PARALLEL_PHOTOS);
// One queue per person, in front of the shared one: a person's next photo joins
// the shared queue only when their last has finished, so six hostile uploads
// hold at most one slot and an ordinary photo waits for at most one job.
const queuesByOwner = new Map<string, LimitFunction>();

/** How many photos one person may have being processed or waiting at once. */
const MAX_PHOTOS_IN_HAND = 2;

function waitingFor(owner: string): number {
  const queue = queuesByOwner.get(owner);
  return queue ? queue.activeCount + queue.pendingCount : 0;
}

async function inFairTurn<T>(owner: string | null, work: () => Promise<T>): Promise<T> {
  if (owner === null) return processing(work);
  let queue = queuesByOwner.get(owner);
  if (!queue) {
    queue = pLimit(1);
    queuesByOwner.set(owner, queue);
  }
  const mine = queue;
  try {
    return await mine(() => processing(work));
  } finally {
    if (mine.activeCount === 0 && mine.pendingCount === 0) queuesByOwner.delete(owner);
  }
}
