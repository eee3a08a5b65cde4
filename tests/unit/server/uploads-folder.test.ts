import fs, { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/**
 * Resolves once every `fs.mkdir` started from now has called back: tus's
 * FileStore makes its folder in the background, and removing the test's
 * folder under it would make that call fail after the test.
 */
function watchFolderMaking(): () => Promise<void> {
  const calls: Promise<void>[] = [];
  const mkdir = fs.mkdir.bind(fs) as (...args: unknown[]) => void;
  vi.spyOn(fs, 'mkdir').mockImplementation((...args: unknown[]) => {
    const callback = args.pop() as (...results: unknown[]) => void;
    calls.push(
      new Promise((resolve) => {
        mkdir(...args, (...results: unknown[]) => {
          resolve();
          callback(...results);
        });
      }),
    );
  });
  return async () => {
    await Promise.all(calls);
  };
}

it('the first clean-up of unfinished uploads on a new machine finds nothing, and makes the folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'heard-uploads-'));
  const dataDir = join(root, 'data');
  vi.stubEnv('HEARD_DATA_DIR', dataDir);
  const folderMade = watchFolderMaking();
  try {
    const { removeExpiredUploads } = await import('#src/server/voice/uploads.ts');
    await expect(removeExpiredUploads()).resolves.toBe(0);
    expect(statSync(join(dataDir, 'uploads')).isDirectory()).toBe(true);
  } finally {
    await folderMade();
    rmSync(root, { recursive: true, force: true });
  }
});
