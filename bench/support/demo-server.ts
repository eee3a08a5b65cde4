/**
 * The demo server as `npm start` runs it (scripts/serve.ts on a fresh embedded
 * database with the demo people), on a free loopback port, for benchmarks that
 * measure it from outside; and signing in as a demo person through its outbox.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running demo server. */
export interface DemoServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts the built demo server and waits until it answers. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
    env: {
      ...process.env,
      HEARD_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
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
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in as a demo person by asking for a link and opening it from /dev/outbox; returns the cookie. */
export async function signInAsDemoPerson(base: string, email: string): Promise<string> {
  await fetch(`${base}/signin`, {
    method: 'POST',
    headers: { origin: base },
    body: new URLSearchParams({ email }),
    redirect: 'manual',
  });
  // The email is sent just after the answer: read the outbox until it is there.
  let link: string | undefined;
  for (let tries = 0; tries < 20 && !link; tries += 1) {
    const outbox = await (await fetch(`${base}/dev/outbox`)).text();
    const at = outbox.indexOf(email);
    link =
      at < 0 ? undefined : /href="([^"]*\/api\/auth\/callback\/[^"]+)"/.exec(outbox.slice(at))?.[1];
    if (!link) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!link) throw new Error(`No sign-in link for ${email} in the outbox.`);
  const callback = await fetch(link.replaceAll('&amp;', '&'), { redirect: 'manual' });
  const session = callback.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('authjs.session-token='));
  if (!session) throw new Error(`Signing in as ${email} did not give a session.`);
  return session.split(';')[0] ?? '';
}

/** The resident memory of a process in megabytes (Linux), from /proc. */
export async function residentMegabytes(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
