/**
 * Every app instance drops what it holds for a story when its publication
 * changes, and only when the change commits
 * (docs/decisions/005-cache-invalidation.md).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterEach, expect, it, vi } from 'vitest';
import { useDatabaseForProcess, type DatabaseHandle } from '#src/server/platform/db.ts';
import {
  createStoryCache,
  ensureStoryCacheListener,
  storyCache,
  startStoryCacheListener,
  type StoryCache,
} from '#src/server/publishing/story-cache.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

const T0 = new Date('2026-11-01T10:00:00Z');
const T1 = new Date('2026-11-02T10:00:00Z');

const grant = (personId: string) =>
  ({
    kind: 'grant',
    actorId: personId,
    subjectId: personId,
    scope: 'public_site',
    anonymity: 'named',
    revisionNumber: 1,
  }) as const;

const withdraw = (personId: string) =>
  ({ kind: 'withdraw', actorId: personId, subjectId: personId, scope: 'public_site' }) as const;

interface Webhook {
  readonly url: string;
  readonly requests: { method?: string; contentType?: string; body: string }[];
  close(): Promise<void>;
}

const webhooks: Webhook[] = [];

/** A local purge endpoint; `respond` answers the n-th request (or never does). */
async function startWebhook(respond: (n: number, response: ServerResponse) => void) {
  const requests: Webhook['requests'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({
        ...(request.method ? { method: request.method } : {}),
        ...(request.headers['content-type']
          ? { contentType: request.headers['content-type'] }
          : {}),
        body,
      });
      respond(requests.length, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const webhook: Webhook = {
    url: `http://127.0.0.1:${port}/purge?token=secret`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  webhooks.push(webhook);
  return webhook;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(webhooks.splice(0).map((webhook) => webhook.close()));
});

describeEachDatabase('publication listener', ({ db, handle, kind }) => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  async function listen(options: { purgeUrl?: string } = {}): Promise<StoryCache> {
    const cache = createStoryCache({ maxBytes: 1_000_000 });
    stop = await startStoryCacheListener(handle(), { cache, ...options });
    return cache;
  }

  /**
   * Waits until every notification committed so far has been handled: a
   * PostgreSQL listener is another connection, so delivery is not immediate.
   * Notifications arrive in commit order, so a fresh one heard means the
   * earlier ones were too.
   */
  async function settle(cache: StoryCache): Promise<void> {
    const sentinel = randomUUID();
    cache.setRendering(sentinel, 1, 'sentinel');
    await sql`select pg_notify('heard_publication', ${sentinel})`.execute(db());
    await vi.waitFor(() => expect(cache.getRendering(sentinel, 1)).toBeUndefined());
  }

  async function publishedStory() {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [ann]);
    return { ann, story };
  }

  it('a grant drops that story’s entry only once it commits, and no other', async () => {
    const cache = await listen();
    const { ann, story } = await publishedStory();
    const other = await makeStory(db(), [ann]);
    cache.setRendering(story.id, 0, '<p>story</p>');
    cache.setRendering(other.id, 0, '<p>other</p>');

    await db()
      .transaction()
      .execute(async (trx) => {
        const result = await appendConsentEvent(trx, story.id, grant(ann), { now: T0 });
        expect(result.ok).toBe(true);
        // PGlite shares one connection with this transaction, so there is no
        // outside commit to wait for; its notifications are handled in line.
        if (kind === 'postgres') await settle(cache);
        expect(cache.getRendering(story.id, 0)).toBe('<p>story</p>');
      });

    await vi.waitFor(() => expect(cache.getRendering(story.id, 0)).toBeUndefined());
    await settle(cache);
    expect(cache.getRendering(other.id, 0)).toBe('<p>other</p>');
  });

  it('a withdrawal drops the story’s entry', async () => {
    const cache = await listen();
    const { ann, story } = await publishedStory();
    const granted = await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });
    if (!granted.ok) throw new Error(granted.reason);
    await settle(cache);
    cache.setRendering(story.id, granted.sequence, '<p>public</p>');

    const withdrawn = await appendConsentEvent(db(), story.id, withdraw(ann), { now: T1 });
    expect(withdrawn).toMatchObject({ ok: true, publicSite: { visible: false } });
    await vi.waitFor(() => expect(cache.getRendering(story.id, granted.sequence)).toBeUndefined());
  });

  it('a rolled-back change announces nothing', async () => {
    const cache = await listen();
    const { ann, story } = await publishedStory();
    cache.setRendering(story.id, 0, '<p>story</p>');

    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await appendConsentEvent(trx, story.id, grant(ann), { now: T0 });
          await sql`select pg_notify('heard_publication', ${story.id})`.execute(trx);
          throw new Error('changed my mind');
        }),
    ).rejects.toThrow('changed my mind');

    await settle(cache);
    expect(cache.getRendering(story.id, 0)).toBe('<p>story</p>');
  });

  it('ignores payloads that are not story ids', async () => {
    const webhook = await startWebhook((_n, response) => response.end());
    const cache = await listen({ purgeUrl: webhook.url });
    const storyId = randomUUID();
    cache.setRendering(storyId, 0, '<p>story</p>');
    for (const payload of ['', 'everything', `${storyId}; drop table stories`]) {
      await sql`select pg_notify('heard_publication', ${payload})`.execute(db());
    }
    await settle(cache);
    expect(cache.getRendering(storyId, 0)).toBe('<p>story</p>');
    // Only the sentinel was purged.
    await vi.waitFor(() => expect(webhook.requests).toHaveLength(1));
    expect(webhook.requests[0]?.body).not.toContain(storyId);
  });

  it('tells the purge webhook the story’s Surrogate-Key', async () => {
    const webhook = await startWebhook((_n, response) => response.writeHead(204).end());
    const cache = await listen({ purgeUrl: webhook.url });
    const { ann, story } = await publishedStory();

    await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });

    await vi.waitFor(() => expect(webhook.requests).toHaveLength(1));
    expect(webhook.requests[0]).toEqual({
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify({ surrogateKeys: [`story-${story.id}`] }),
    });
    expect(cache.size).toBe(0);
  });

  it('retries a failed purge once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const webhook = await startWebhook((n, response) =>
      response.writeHead(n === 1 ? 503 : 200).end(),
    );
    await listen({ purgeUrl: webhook.url });
    const { ann, story } = await publishedStory();

    await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });

    // The retry comes a second later.
    await vi.waitFor(() => expect(webhook.requests).toHaveLength(2), { timeout: 5000 });
    expect(webhook.requests[1]?.body).toBe(webhook.requests[0]?.body);
    expect(logged).not.toHaveBeenCalled();
  });

  it('a purge webhook that is down is logged, never thrown', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const webhook = await startWebhook((_n, response) => response.end());
    await webhook.close();
    const cache = await listen({ purgeUrl: webhook.url });
    const { ann, story } = await publishedStory();
    cache.setRendering(story.id, 0, '<p>story</p>');

    const result = await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });

    expect(result.ok).toBe(true);
    await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const message = String(logged.mock.calls[0]?.[0]);
    expect(message).toContain(`story-${story.id}`);
    // The address may carry a token: it stays out of the logs.
    expect(message).not.toContain('secret');
    expect(cache.getRendering(story.id, 0)).toBeUndefined();
  });

  it('a slow purge webhook holds nothing up, and stopping cancels it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const webhook = await startWebhook(() => undefined); // never answers
    const cache = await listen({ purgeUrl: webhook.url });
    const { ann, story } = await publishedStory();
    cache.setRendering(story.id, 0, '<p>story</p>');

    await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });

    await vi.waitFor(() => expect(webhook.requests).toHaveLength(1));
    expect(cache.getRendering(story.id, 0)).toBeUndefined();
    const started = Date.now();
    await stop?.();
    stop = undefined;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logged).not.toHaveBeenCalled();
  });

  it.runIf(kind === 'postgres')(
    'reconnects when its connection drops, and forgets what it may have missed',
    async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const cache = await listen();
      const { ann, story } = await publishedStory();
      cache.setRendering(story.id, 0, '<p>story</p>');

      await sql`
        select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query ilike 'listen %'
      `.execute(db());

      await vi.waitFor(() => expect(cache.size).toBe(0), { timeout: 10_000 });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('reconnecting'));
      cache.setRendering(story.id, 0, '<p>story</p>');
      await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });
      await vi.waitFor(() => expect(cache.getRendering(story.id, 0)).toBeUndefined());
    },
  );

  it('ensureStoryCacheListener starts one listener for the process’s database', async () => {
    useDatabaseForProcess(handle());
    await Promise.all([ensureStoryCacheListener(), ensureStoryCacheListener()]);
    await ensureStoryCacheListener();
    const { ann, story } = await publishedStory();
    storyCache.setRendering(story.id, 0, '<p>story</p>');

    await appendConsentEvent(db(), story.id, grant(ann), { now: T0 });

    await vi.waitFor(() => expect(storyCache.getRendering(story.id, 0)).toBeUndefined());
  });

  it('ensureStoryCacheListener logs a failed start and tries again later', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const real = handle();
    let attempts = 0;
    const flaky: DatabaseHandle = {
      ...real,
      listen: (channel, onMessage, options) => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new Error('the database went away'))
          : real.listen(channel, onMessage, options);
      },
    };
    useDatabaseForProcess(flaky);

    await expect(ensureStoryCacheListener()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('the database went away'));
    await ensureStoryCacheListener(); // too soon: no new attempt
    expect(attempts).toBe(1);

    now += 10_000;
    await ensureStoryCacheListener();
    expect(attempts).toBe(2);
    await ensureStoryCacheListener(); // running: nothing more to do
    expect(attempts).toBe(2);
  });
});
