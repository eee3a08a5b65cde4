import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
});

it('the first clean-up of unfinished uploads on a new machine finds nothing, and makes the folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'heard-uploads-'));
  const dataDir = join(root, 'data');
  vi.stubEnv('HEARD_DATA_DIR', dataDir);
  try {
    const { removeExpiredUploads } = await import('#src/server/voice/uploads.ts');
    await expect(removeExpiredUploads()).resolves.toBe(0);
    expect(statSync(join(dataDir, 'uploads')).isDirectory()).toBe(true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
