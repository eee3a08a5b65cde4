/**
 * Starts the built server on a free loopback port with its own fresh embedded
 * database and the demo data, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  /** The embedded database folder this server uses. */
  readonly dataDir: string;
  /** Stops the server; removes its data unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts `scripts/serve.ts --seed-if-empty` and waits until it answers. */
export async function startServer(
  options: { env?: Record<string, string>; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'heard-e2e-'));
  const env = options.env ?? {};
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
    env: {
      ...process.env,
      HEARD_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: async (stopOptions = {}) => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!stopOptions.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
