/**
 * Instances of the built app as an operator runs them: `node scripts/serve.ts`
 * in processes of their own, each on a free port, so a test can put a balancer
 * in front of several, stop one gracefully, or kill one outright (`kill -9`).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** A running instance of the built app. */
export interface Instance {
  readonly name: string;
  /** Where it is reached directly, without the balancer. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Everything it has printed so far (for failure messages). */
  output(): string;
  /** Whether its process has ended. */
  exited(): boolean;
  /** Its exit code once it has ended by itself (0: a clean stop), or null. */
  exitCode(): number | null;
  /** `kill -9`: no graceful stop, no goodbye to the database or the balancer. */
  kill(): Promise<void>;
  /** SIGTERM, as an orchestrator stops it, and waits for it to end; nothing when already gone. */
  stop(): Promise<void>;
}

// Kept for failure messages, but bounded: an instance under load may log a lot.
const OUTPUT_LIMIT = 64 * 1024;
const READY_LINE = /Heard is running at (http:\/\/[^\s/]+)\/?\s/;

/** A port nobody is listening on now, for a server that cannot pick its own (the balancer). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (!address || typeof address === 'string') throw new Error('No free port.');
  return address.port;
}

/**
 * Starts `node scripts/serve.ts` on a free loopback port with `env` added to
 * this process's environment, and resolves once it says where it is running.
 */
export async function startInstance(
  name: string,
  env: Readonly<Record<string, string>>,
  options: { readonly timeoutMs?: number } = {},
): Promise<Instance> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const ended = once(child, 'exit');
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (gone()) return;
    child.kill(signal);
    await ended;
  };

  const timeoutMs = options.timeoutMs ?? 90_000;
  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  while (!url) {
    url = READY_LINE.exec(output)?.[1];
    if (url) break;
    if (gone()) throw new Error(`The instance ${name} ended before it was running:\n${output}`);
    if (Date.now() > deadline) {
      await end('SIGKILL');
      throw new Error(`The instance ${name} did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    name,
    url,
    port: Number(new URL(url).port),
    pid: child.pid ?? 0,
    output: () => output,
    exited: gone,
    exitCode: () => child.exitCode,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}
