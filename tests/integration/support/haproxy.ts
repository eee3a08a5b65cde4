/**
 * HAProxy in front of several instances, configured as the README's "Running
 * several instances" tells an operator to: round robin, `/readyz` as the health
 * check (every 200 ms here, so a test sees it act within a second), a failed
 * connection retried on another instance. Its stats socket tells a test when
 * it marked an instance down.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './instances.ts';

/** The `haproxy` program on PATH, or undefined when it is not installed. */
export function findHaproxy(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
}

/** A backend server: its name in HAProxy and where it listens. */
export interface Backend {
  readonly name: string;
  readonly port: number;
}

/**
 * The configuration: one frontend on `port`, one backend of `servers`. The
 * health check sends a `Host` header: the app answers only requests naming a
 * host (HTTP/1.0 checks without one are refused with 400, and would mark every
 * instance down). Each response says which instance answered (`X-Heard-Instance`).
 */
export function haproxyConfig(options: {
  readonly port: number;
  readonly servers: readonly Backend[];
  readonly statsSocket: string;
  readonly checkIntervalMs: number;
}): string {
  const { port, servers, statsSocket, checkIntervalMs } = options;
  return `global
  maxconn 2000
  stats socket ${statsSocket} mode 600 level operator

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout check 2s
  # A request an instance refused, or closed the connection on without a word
  # (it died, or was stopping just as the request arrived), is tried again on
  # another instance; but only a GET or HEAD once it has been sent.
  retries 3
  option redispatch
  retry-on conn-failure empty-response
  option forwardfor

frontend heard
  bind 127.0.0.1:${port}
  default_backend instances

backend instances
  balance roundrobin
  http-request disable-l7-retry unless METH_GET || METH_HEAD
  option httpchk
  http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  default-server inter ${checkIntervalMs}ms fall 2 rise 2
  http-response set-header X-Heard-Instance %[srv_name]
${servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`).join('\n')}
`;
}

/** A running HAProxy. */
export interface Balancer {
  readonly url: string;
  readonly config: string;
  /** Each server's status as HAProxy sees it now: `UP`, `DOWN`, `UP 1/2` … */
  serverStatus(): Promise<Map<string, string>>;
  /** Stops HAProxy and removes its folder; nothing when already stopped. */
  stop(): Promise<void>;
}

/** Starts HAProxy in the foreground on `port` (a free one unless given). */
export async function startBalancer(options: {
  readonly servers: readonly Backend[];
  readonly port?: number;
  readonly checkIntervalMs?: number;
}): Promise<Balancer> {
  const program = findHaproxy();
  if (!program) throw new Error('haproxy is not installed (apt-get install haproxy).');
  const port = options.port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), 'heard-haproxy-'));
  const statsSocket = join(dir, 'stats.sock');
  const config = haproxyConfig({
    port,
    servers: options.servers,
    statsSocket,
    checkIntervalMs: options.checkIntervalMs ?? 200,
  });
  const configPath = join(dir, 'haproxy.cfg');
  await writeFile(configPath, config);
  const checked = spawnSync(program, ['-c', '-f', configPath], { encoding: 'utf8' });
  if (checked.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`HAProxy refused its configuration:\n${checked.stdout}${checked.stderr}`);
  }
  const child = spawn(program, ['-db', '-f', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = once(child, 'exit');
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const stop = async (): Promise<void> => {
    if (!gone()) {
      child.kill('SIGTERM');
      await ended;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const serverStatus = async (): Promise<Map<string, string>> => {
    const csv = await askStatsSocket(statsSocket, 'show stat -1 4 -1');
    const [header, ...rows] = csv.split('\n').filter((line) => line.trim() !== '');
    const columns = (header ?? '').replace(/^# /, '').split(',');
    const nameAt = columns.indexOf('svname');
    const statusAt = columns.indexOf('status');
    return new Map(
      rows.map((row) => {
        const cells = row.split(',');
        return [cells[nameAt] ?? '', cells[statusAt] ?? ''] as const;
      }),
    );
  };
  // Up once the socket answers and every instance has passed its checks.
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (gone()) {
      await stop();
      throw new Error(`HAProxy ended at start:\n${output}`);
    }
    const states = await serverStatus().catch(() => new Map<string, string>());
    if (states.size > 0 && [...states.values()].every((status) => status === 'UP')) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `HAProxy did not see every instance ready: ${JSON.stringify([...states])}\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}`, config, serverStatus, stop };
}

/** Sends one command to HAProxy's stats socket and returns its answer. */
async function askStatsSocket(path: string, command: string): Promise<string> {
  const socket = connect(path);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (answer += chunk));
  await once(socket, 'connect');
  socket.end(`${command}\n`);
  await once(socket, 'close');
  return answer;
}
