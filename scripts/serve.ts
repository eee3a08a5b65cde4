/**
 * Serves the built app: checks the configuration, migrates (and with
 * `--seed-if-empty` adds the demo), then serves Astro's handler behind the fast
 * path for public story pages (`createHeardServer`) and prints where it is.
 * Used by `npm start` and the browser tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_PEOPLE, seedDemo } from '../db/seed.ts';
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { readTrustedProxies } from '#src/server/http/client-address.ts';
import { createHeardServer, type AstroEntry } from '#src/server/http/server.ts';
import { describeMailDelivery } from '#src/server/platform/mail.ts';
import {
  isLoopbackOrigin,
  listenOrigin,
  publicOrigin,
  readConfiguredPublicUrl,
  recordListenAddress,
} from '#src/server/http/public-address.ts';
import { startHourlyJobs } from '#src/server/platform/schedule.ts';
import { runCli } from './cli.ts';

// We start the server ourselves, after the database is ready.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';

runCli(async () => {
  const seed = process.argv.includes('--seed-if-empty');
  const entryPath = resolve('dist/server/entry.mjs');
  if (!existsSync(entryPath)) {
    throw new StartupError(
      'Heard has not been built yet: run `npm run build` first (or `npm start`).',
    );
  }
  // A bad public address or proxy list stops start-up with one plain sentence.
  readConfiguredPublicUrl();
  readTrustedProxies();
  const { db, kind } = await getDatabase();
  if (seed) {
    const result = await seedDemo(db);
    if (result.seeded) console.log('Added the demo people, groups and stories.');
  }
  const entry = (await import(pathToFileURL(entryPath).href)) as AstroEntry;
  const http = createHeardServer(entry);
  const host = process.env['HOST'] ?? '127.0.0.1';
  await new Promise<void>((resolveListening, reject) => {
    http.once('error', reject);
    http.listen(Number(process.env['PORT'] || 4321), host, () => resolveListening());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : Number(process.env['PORT']);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  recordListenAddress(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`;
  console.log(
    `\nHeard is running at ${url}  (database: ${kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'})`,
  );
  if (readConfiguredPublicUrl()) {
    console.log(`Links in emails and feeds point at ${publicOrigin()} (HEARD_PUBLIC_URL).`);
  } else if (!isLoopbackOrigin(listenOrigin() ?? url)) {
    console.log(
      `Links in emails and feeds point at ${publicOrigin()}: set HEARD_PUBLIC_URL to the address people use.`,
    );
  }
  console.log(describeMailDelivery());
  if (seed) {
    console.log(
      '\nDemo people (sign in at /signin with the email; the link appears at /dev/outbox):',
    );
    for (const person of DEMO_PEOPLE) {
      console.log(`  ${person.email.padEnd(28)} ${person.displayName} — ${person.about}`);
    }
  }
  // Consent reminders and request housekeeping, hourly; each claims its work
  // before acting, so several instances can all run them without doing it twice.
  const stopReminders = startHourlyJobs(async () => (await getDatabase()).db);
  console.log('\nPress Ctrl+C to stop.');
  const stop = (): void => {
    stopReminders();
    // Close the database cleanly so an embedded one is left consistent.
    void new Promise<void>((closed) => {
      http.close(() => closed());
      // Idle keep-alive connections would hold close() open until they time out.
      http.closeAllConnections();
    })
      .then(closeDatabase)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
