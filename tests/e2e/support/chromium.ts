/**
 * Finding and launching the system Chromium with playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_CANDIDATES, CHROMIUM_FLAGS } from '#src/server/platform/chromium.ts';

/** The path of the system Chromium, or undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** What a test may add to how Chromium starts. */
export interface LaunchOptions {
  /** More command-line flags, e.g. a fake microphone for recording tests. */
  readonly args?: readonly string[];
}

/** A fresh browser with its own empty profile; closing it removes the profile. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'heard-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
  context.on('close', () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // Chromium may still be writing its profile as it exits; a stray temp folder is harmless.
    }
  });
  return context;
}
