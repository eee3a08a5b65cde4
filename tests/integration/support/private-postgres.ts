/**
 * A PostgreSQL server of a test's own (initdb and pg_ctl from
 * /usr/lib/postgresql/<version>/bin), so it can be restarted under load without
 * disturbing anyone else's tests. Run as the `postgres` OS user when this
 * process is root (PostgreSQL refuses to run as root); its data folder is a
 * temporary one, removed again by `stop`.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './instances.ts';

const run = promisify(execFile);
const VERSIONS_DIR = '/usr/lib/postgresql';

/** The newest installed server's programs folder, or undefined when there is none. */
export async function findPostgresPrograms(): Promise<string | undefined> {
  const versions = await readdir(VERSIONS_DIR).catch(() => [] as string[]);
  const newest = versions
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(VERSIONS_DIR, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')));
  return newest;
}

/** A running private server. */
export interface PrivateCluster {
  /** The superuser's address, for the `postgres` database. */
  readonly url: string;
  /** `pg_ctl restart -m fast`: every connection is cut; resolves once it accepts connections again. */
  restart(): Promise<void>;
  /** Stops the server at once and removes its data. */
  stop(): Promise<void>;
}

/** Creates and starts a server on a free loopback port (trust authentication, no fsync). */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = await findPostgresPrograms();
  if (!bin) throw new Error(`No PostgreSQL server programs under ${VERSIONS_DIR}.`);
  const asRoot = userInfo().uid === 0;
  const dir = await mkdtemp(join(tmpdir(), 'heard-private-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const ids = await run('id', ['-u', 'postgres']).then(async ({ stdout }) => ({
      uid: Number(stdout.trim()),
      gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
    }));
    await chown(dir, ids.uid, ids.gid);
  }
  // As the postgres OS user when we are root; as ourselves otherwise.
  const program = (name: string, args: readonly string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args])
      : run(join(bin, name), [...args]);
  const port = await freePort();
  // Always with a log file: otherwise the server would keep our output pipe open.
  const pgCtl = (action: string, ...extra: string[]) =>
    program('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      ...extra,
      action,
    ]);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (existsSync(join(data, 'postmaster.pid'))) {
      await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await program('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-sync',
    ]);
    await pgCtl(
      'start',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=100`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    // The options it was started with are kept in its data folder.
    restart: async () => {
      await pgCtl('restart', '-m', 'fast');
    },
    stop,
  };
}
