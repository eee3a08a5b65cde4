/**
 * The secret the consent ledger's chain is keyed with (docs/decisions/011-what-a-yes-is.md).
 *
 * It is never stored in the database: someone who can rewrite rows there (even
 * a superuser who switches the ledger's trigger off) must not also be able to
 * compute a valid hash for an event they forge. It comes from
 * `HEARD_LEDGER_KEY`, or, for the embedded demo database, from a file made once
 * beside it (`ledger.key` in the data folder). With PostgreSQL, every instance
 * must share one key, so it must be given.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDatabaseConfig } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { processWide } from '#src/server/platform/process-wide.ts';

/** The shortest key accepted: 32 bytes. */
const MIN_KEY_BYTES = 32;

// Read once per process (src/server/platform/process-wide.ts), and again
// whenever where it comes from changes.
const keyRead = processWide<{ source: string; key: Buffer }>('ledgerKey');

/** Reads a key written as hex or base64 (at least 32 bytes once decoded). */
export function parseLedgerKey(text: string): Buffer | undefined {
  const value = text.trim();
  const bytes =
    /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0
      ? Buffer.from(value, 'hex')
      : Buffer.from(value, 'base64');
  return bytes.length >= MIN_KEY_BYTES ? bytes : undefined;
}

/** A new key, as hex: what `HEARD_LEDGER_KEY` should be set to. */
export function newLedgerKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The ledger key for this process. Throws StartupError with a plain sentence
 * when it is missing (PostgreSQL) or unreadable.
 */
export function ledgerKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env['HEARD_LEDGER_KEY']?.trim();
  const config = readDatabaseConfig(env);
  const source = fromEnv
    ? `env:${fromEnv}`
    : config.kind === 'pglite'
      ? `file:${config.dataDir}`
      : 'none';
  const cached = keyRead.get();
  if (cached && cached.source === source) return cached.key;
  let key: Buffer;
  if (fromEnv) {
    const parsed = parseLedgerKey(fromEnv);
    if (!parsed) {
      throw new StartupError(
        `HEARD_LEDGER_KEY must be at least ${MIN_KEY_BYTES} random bytes, written as hex or base64 (for example: ${newLedgerKey()}).`,
      );
    }
    key = parsed;
  } else if (config.kind === 'pglite') {
    key = readOrMakeKeyFile(join(resolve(config.dataDir, '..'), 'ledger.key'));
  } else {
    throw new StartupError(
      `Set HEARD_LEDGER_KEY to the same secret on every instance: it keys the consent ledger and is kept outside the database (for example: ${newLedgerKey()}). Keep a copy safe: without it the ledger cannot be verified.`,
    );
  }
  keyRead.set({ source, key });
  return key;
}

function readOrMakeKeyFile(path: string): Buffer {
  if (existsSync(path)) {
    const parsed = parseLedgerKey(readFileSync(path, 'utf8'));
    if (!parsed) {
      throw new StartupError(`The ledger key in ${path} cannot be read: restore it from a backup.`);
    }
    return parsed;
  }
  mkdirSync(resolve(path, '..'), { recursive: true });
  const made = newLedgerKey();
  try {
    writeFileSync(path, `${made}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrMakeKeyFile(path);
    throw error;
  }
  chmodSync(path, 0o600);
  return Buffer.from(made, 'hex');
}
