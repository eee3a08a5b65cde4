/**
 * No email is lost: every email is written to the outbox with the change that
 * causes it, and delivered to a real SMTP server (smtp-server, in this process)
 * that refuses everything for a while and then accepts. Several workers run at
 * once, one of them is stopped and replaced half-way (a restart), and still
 * every message arrives exactly once.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sendMail } from '#src/server/platform/mail.ts';
import {
  createSmtpSender,
  deliverDueMail,
  startMailWorker,
  type DeliveryTiming,
  type MailWorker,
} from '#src/server/mail/delivery.ts';
import { countQueuedMail, listFailingMail } from '#src/server/platform/mail-queue.repository.ts';
import { loadFailingMail, retryFailingMail } from '#src/server/mail/failing-mail.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Role } from '#src/domain/roles.ts';
import { describeEachDatabase } from './support/databases.ts';

interface Received {
  readonly messageId: string;
  readonly subject: string;
}

/** A real SMTP server on a free port that refuses while `refusing` is true. */
async function startSmtp(): Promise<{
  readonly url: string;
  readonly received: Received[];
  refused: number;
  refusing: boolean;
  stop(): Promise<void>;
}> {
  const state = {
    url: '',
    received: [] as Received[],
    refused: 0,
    refusing: true,
    stop: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refusing) {
        state.refused += 1;
        const error = Object.assign(new Error('Try again later: the mail system is busy'), {
          responseCode: 451,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const head =
          Buffer.concat(chunks)
            .toString('utf8')
            .split(/\r?\n\r?\n/)[0] ?? '';
        const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
        const header = (name: string) =>
          new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
        state.received.push({ messageId: header('Message-ID'), subject: header('Subject') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.stop = () => new Promise<void>((done) => server.close(() => done()));
  return state;
}

const FAST: DeliveryTiming = {
  leaseMs: 10_000,
  firstBackoffMs: 50,
  maxBackoffMs: 300,
  maxAttempts: 1000,
  batchSize: 3,
};

async function waitFor(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Gave up waiting.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachDatabase('the outbox', ({ db, handle }) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const workers: MailWorker[] = [];
  let savedSmtpUrl: string | undefined;

  beforeEach(async () => {
    smtp = await startSmtp();
    savedSmtpUrl = process.env['SMTP_URL'];
    process.env['SMTP_URL'] = smtp.url;
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await smtp.stop();
    if (savedSmtpUrl === undefined) delete process.env['SMTP_URL'];
    else process.env['SMTP_URL'] = savedSmtpUrl;
  });

  const startWorker = async (): Promise<MailWorker> => {
    const worker = await startMailWorker({
      db: db(),
      send: createSmtpSender(smtp.url),
      listen: (channel, onMessage, options) => handle().listen(channel, onMessage, options),
      pollMs: 100,
      timing: FAST,
    });
    workers.push(worker);
    return worker;
  };

  it('delivers every email exactly once through refusals, several workers and a restart', async () => {
    const now = new Date();
    for (let i = 1; i <= 12; i++) {
      await db()
        .transaction()
        .execute((trx) =>
          sendMail(trx, { to: `person${i}@example.org`, subject: `Receipt ${i}`, text: 'Hi' }, now),
        );
    }
    // A change that rolls back takes its email with it.
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await sendMail(trx, { to: 'x@example.org', subject: 'Rolled back', text: 'No' }, now);
          throw new Error('the change failed');
        }),
    ).rejects.toThrow('the change failed');
    expect(await countQueuedMail(db())).toBe(12);

    const first = await startWorker();
    await startWorker();
    // Refused for a while: everything is still waiting, nothing is lost.
    await waitFor(() => Promise.resolve(smtp.refused >= 24));
    expect(smtp.received).toEqual([]);
    expect(await countQueuedMail(db())).toBe(12);
    // A restart: one instance stops (finishing its round) and another starts.
    await first.stop();
    await startWorker();
    const failing = await listFailingMail(db(), 3);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing[0]?.last_error).toMatch(/451/);

    smtp.refusing = false;
    await waitFor(async () => (await countQueuedMail(db())) === 0);
    // Let any late duplicate arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const subjects = smtp.received.map((mail) => mail.subject).sort();
    expect(subjects).toEqual(Array.from({ length: 12 }, (_, i) => `Receipt ${i + 1}`).sort());
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => /^<[0-9a-f-]{36}@[^>]+>$/.test(id))).toBe(true);
  });

  it('new mail goes at once, woken by the commit, not by the next round', async () => {
    smtp.refusing = false;
    await startMailWorker({
      db: db(),
      send: createSmtpSender(smtp.url),
      listen: (channel, onMessage, options) => handle().listen(channel, onMessage, options),
      // No round of its own within this test: only the announcement can wake it.
      pollMs: 600_000,
      timing: FAST,
    }).then((worker) => workers.push(worker));
    await db()
      .transaction()
      .execute((trx) =>
        sendMail(trx, { to: 'now@example.org', subject: 'Your sign-in link', text: 'Link' }),
      );
    await waitFor(() => Promise.resolve(smtp.received.length === 1), 10_000);
    expect(smtp.received[0]?.subject).toBe('Your sign-in link');
  });

  it('stops trying after too many failures, lists the email, and tries again when asked', async () => {
    await sendMail(db(), { to: 'stuck@example.org', subject: 'Stuck', text: 'Hi' }, new Date());
    const send = createSmtpSender(smtp.url);
    const timing = { ...FAST, maxAttempts: 2, firstBackoffMs: 0 };
    await deliverDueMail(db(), send, timing);
    await deliverDueMail(db(), send, timing);
    const [stuck] = await listFailingMail(db(), 1);
    expect(stuck?.given_up_at).not.toBeNull();
    expect(stuck?.attempts).toBe(2);
    // Given up: no further round touches it.
    expect(await deliverDueMail(db(), send, timing)).toEqual({ sent: 0, failed: 0 });

    // /admin/mail lists it for admins only, and only an admin starts it again.
    const admin = { id: 'admin', roles: ['admin'] as Role[] };
    const comms = { id: 'comms', roles: ['comms'] as Role[] };
    expect(await loadFailingMail(db(), comms)).toBeUndefined();
    expect(await loadFailingMail(db(), admin)).toEqual([
      expect.objectContaining({
        to: 'stuck@example.org',
        subject: 'Stuck',
        tries: 2,
        nextTry: null,
      }),
    ]);
    const form = new FormData();
    form.set('id', stuck?.id ?? '');
    expect(await retryFailingMail(db(), comms, form, new Date())).toMatchObject({ status: 403 });
    smtp.refusing = false;
    expect(await retryFailingMail(db(), admin, form, new Date())).toEqual({ ok: true });
    // Asking twice changes nothing: it is being tried already.
    expect(await retryFailingMail(db(), admin, form, new Date())).toMatchObject({ status: 400 });
    // Each refusal is in the language of the person asking, as every page's is.
    const inWelsh = (viewer: typeof admin, id: string) => {
      const asked = new FormData();
      asked.set('id', id);
      return answerInLanguage('cy', () => retryFailingMail(db(), viewer, asked, new Date()));
    };
    expect(await inWelsh(comms, stuck?.id ?? '')).toEqual({
      ok: false,
      status: 403,
      message: translatorFor('cy').t('admin.onlyAdmins'),
    });
    for (const id of [stuck?.id ?? '', 'not-an-id', `${stuck?.id ?? ''}\u0000`]) {
      expect(await inWelsh(admin, id)).toEqual({
        ok: false,
        status: 400,
        message: translatorFor('cy').t('admin.mail.notWaiting'),
      });
    }
    expect(await deliverDueMail(db(), send, timing)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Stuck']);
    expect(await countQueuedMail(db())).toBe(0);
  });

  it('without SMTP, mail goes to the demo outbox in the same transaction instead', async () => {
    delete process.env['SMTP_URL'];
    await sendMail(db(), { to: 'demo@example.org', subject: 'Demo', text: 'Hi' });
    expect(await countQueuedMail(db())).toBe(0);
    const shown = await db().selectFrom('mail_outbox').select('subject').execute();
    expect(shown.map((row) => row.subject)).toEqual(['Demo']);
  });
});
