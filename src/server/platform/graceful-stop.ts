/**
 * Stopping an instance without dropping anyone's request (SIGTERM from an
 * orchestrator, Ctrl+C): report not ready at once, so load balancers move
 * away; stop accepting connections; let requests in flight finish; stop the
 * jobs (the mail worker finishes the email in hand); close the database and its
 * LISTEN connections; all within a deadline, after which what is left is cut.
 */
import type { Server } from 'node:http';
import { markStopping } from './readiness.ts';

/** What stopping needs. */
export interface GracefulStopParts {
  readonly server: Server;
  readonly stopJobs: () => Promise<void>;
  readonly closeDatabase: () => Promise<void>;
  /** The whole stop must end by then (default 9 s, inside a 10 s grace period). */
  readonly deadlineMs?: number;
}

/** Stops the instance; resolves true when everything ended in time, false when cut at the deadline. */
export async function stopGracefully(parts: GracefulStopParts): Promise<boolean> {
  const deadlineMs = parts.deadlineMs ?? 9_000;
  markStopping();
  const started = Date.now();
  let cut = false;

  const serverClosed = new Promise<void>((closed) => {
    parts.server.close(() => closed());
  });
  // A keep-alive connection becomes idle once its response is sent; close it
  // then, so no new request arrives on it and close() can finish.
  parts.server.closeIdleConnections();
  const sweep = setInterval(() => parts.server.closeIdleConnections(), 50);
  const hardStop = setTimeout(
    () => {
      cut = true;
      parts.server.closeAllConnections();
    },
    Math.max(0, deadlineMs - 1_500),
  );
  try {
    await serverClosed;
  } finally {
    clearInterval(sweep);
    clearTimeout(hardStop);
  }

  const left = (): number => Math.max(0, deadlineMs - (Date.now() - started));
  const withinDeadline = async (work: () => Promise<void>): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((done) => {
      timer = setTimeout(() => {
        cut = true;
        done();
      }, left());
    });
    try {
      await Promise.race([work().catch(() => undefined), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
  await withinDeadline(parts.stopJobs);
  await withinDeadline(parts.closeDatabase);
  return !cut;
}
