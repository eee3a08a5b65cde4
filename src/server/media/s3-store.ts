/**
 * The media store in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Garage,
 * Cloudflare R2 and the like), for sites with more photos than the database
 * should hold. Objects are private: photos are only ever served by the media
 * route, which checks on every request who may see them.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

import {
  isMediaFileName,
  isStorageKey,
  MEDIA_FILE_NAMES,
  mediaFileFormat,
  type MediaFileName,
  type MediaStore,
} from './storage.ts';

/** Where the bucket is and how to reach it. */
export interface S3MediaConfig {
  readonly bucket: string;
  /** An S3-compatible server's address; unset for Amazon S3 itself. */
  readonly endpoint?: string | undefined;
  readonly region: string;
  /** Put before every object name, e.g. `heard/`, to share a bucket. */
  readonly prefix: string;
  /** Address the bucket in the path (`host/bucket/key`), as most self-hosted servers want. */
  readonly forcePathStyle: boolean;
}

/**
 * Reads the bucket's settings: `HEARD_S3_BUCKET`, `HEARD_S3_ENDPOINT`,
 * `HEARD_S3_REGION` (or `AWS_REGION`), `HEARD_S3_PREFIX` and
 * `HEARD_S3_PATH_STYLE`. Credentials come the usual AWS way
 * (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, a profile or a role).
 */
export function readS3MediaConfig(env: NodeJS.ProcessEnv = process.env): S3MediaConfig | undefined {
  const bucket = env['HEARD_S3_BUCKET']?.trim();
  if (!bucket) return undefined;
  const endpoint = env['HEARD_S3_ENDPOINT']?.trim() || undefined;
  const pathStyle = env['HEARD_S3_PATH_STYLE']?.trim();
  return {
    bucket,
    endpoint,
    region: env['HEARD_S3_REGION']?.trim() || env['AWS_REGION']?.trim() || 'us-east-1',
    prefix: env['HEARD_S3_PREFIX']?.trim() ?? '',
    // Self-hosted servers rarely have a name per bucket; Amazon S3 prefers one.
    forcePathStyle: pathStyle ? pathStyle === '1' || pathStyle === 'true' : endpoint !== undefined,
  };
}

/** A store that keeps the files of photos and recordings as objects in one bucket. */
export function createS3MediaStore(
  config: S3MediaConfig,
  client: S3Client = createS3Client(config),
): MediaStore {
  const objectKey = (key: string, name: MediaFileName): string => {
    if (!isStorageKey(key)) throw new Error('Not a media storage key.');
    if (!isMediaFileName(name)) throw new Error('Not a media file name.');
    return `${config.prefix}${key}/${name}.${mediaFileFormat(name).extension}`;
  };
  return {
    async put(key, name, bytes) {
      // A PUT is atomic in S3: readers see the whole object or the old one.
      await client.send(
        new PutObjectCommand({
          Bucket: config.bucket,
          Key: objectKey(key, name),
          Body: bytes,
          ContentType: mediaFileFormat(name).contentType,
        }),
      );
    },

    async get(key, variant) {
      try {
        const answer = await client.send(
          new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key, variant) }),
        );
        if (!answer.Body) return undefined;
        return new Uint8Array(await answer.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      // One request per variant: every S3-compatible server has DeleteObject,
      // and deleting what is not there succeeds.
      for (const name of MEDIA_FILE_NAMES) {
        await client.send(
          new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key, name) }),
        );
      }
    },
  };
}

/** An S3 client for the configured bucket. */
export function createS3Client(config: S3MediaConfig): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 demands them: not every S3-compatible server
    // understands the newer ones the SDK would otherwise add to each upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  // A missing bucket is a configuration problem, not a missing photo.
  if (!(error instanceof S3ServiceException) || error.name === 'NoSuchBucket') return false;
  return (
    error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    error.$metadata.httpStatusCode === 404
  );
}
