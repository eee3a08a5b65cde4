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
import { createSmtpSender, startMailWorker, type MailWorker } from '#src/server/mail/delivery.ts';
import { describeMediaStore, readMediaStoreConfig } from '#src/server/media/configured-store.ts';
import { ensureStoryCacheListener } from '#src/server/publishing/story-cache.ts';
import { stopGracefully } from '#src/server/platform/graceful-stop.ts';
import { sql } from 'kysely';
import { openMediaStore } from '#src/server/media/configured-store.ts';
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
  const mediaStore = readMediaStoreConfig();
  const handle = await getDatabase();
  const { db, kind } = handle;
  if (seed) {
    const result = await seedDemo(db, new Date(), openMediaStore(db));
    if (result.seeded) console.log('Added the demo people, groups and stories.');
  }
  // Listening before the first request, so /readyz is true from the start and
  // no withdrawal can be missed by a cache that has not started listening.
  await ensureStoryCacheListener();
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
  const asRole =
    kind === 'postgres'
      ? ` as ${(await sql<{ user: string }>`select current_user as user`.execute(db)).rows[0]?.user ?? '?'}`
      : '';
  console.log(
    `\nHeard is running at ${url}  (database: ${kind === 'pglite' ? 'embedded PGlite' : `PostgreSQL${asRole}`})`,
  );
  if (readConfiguredPublicUrl()) {
    console.log(`Links in emails and feeds point at ${publicOrigin()} (HEARD_PUBLIC_URL).`);
  } else if (!isLoopbackOrigin(listenOrigin() ?? url)) {
    console.log(
      `Links in emails and feeds point at ${publicOrigin()}: set HEARD_PUBLIC_URL to the address people use.`,
    );
  }
  console.log(describeMailDelivery());
  console.log(describeMediaStore(mediaStore));
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
  // The outbox, delivered by every instance; each email is claimed by one.
  const smtpUrl = process.env['SMTP_URL']?.trim();
  const mailWorker: MailWorker | undefined = smtpUrl
    ? await startMailWorker({
        db,
        send: createSmtpSender(smtpUrl),
        listen: (channel, onMessage, options) => handle.listen(channel, onMessage, options),
      })
    : undefined;
  console.log('\nPress Ctrl+C to stop.');
  const stop = (signal: string): void => {
    console.log(`\n${signal}: finishing the requests in flight, then stopping.`);
    void stopGracefully({
      server: http,
      stopJobs: async () => {
        stopReminders();
        await mailWorker?.stop();
      },
      // Closes the pool and every LISTEN connection; an embedded database is left consistent.
      closeDatabase,
    }).then((clean) => process.exit(clean ? 0 : 1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
});
