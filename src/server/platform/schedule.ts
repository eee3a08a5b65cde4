/**
 * The hourly jobs `npm start` runs: consent expiry reminders, telling people
 * who have turned 18 (and their parents or carers), and request
 * housekeeping (lapsing unanswered requests, takedown tasks for consents that
 * ran out, emails to comms staff, overdue tasks flagged to admins), and voice
 * recordings left unfinished by a stopped instance. Each job
 * claims its work in the database before acting, so several instances can all
 * run them without doing anything twice.
 */
import type { Db } from './db.ts';
import { sendExpiryReminders } from '#src/server/consent/reminders.ts';
import { tellWhoTurnedEighteen } from '#src/server/safeguarding/turning-eighteen.ts';
import { runRequestHousekeeping } from '#src/server/requests/takedowns.ts';
import { flagLongWaits } from '#src/server/being-heard/public.ts';
import { refuseAbandonedRecordingsAt } from '#src/server/voice/recordings.ts';
import { removeExpiredUploads } from '#src/server/voice/uploads.ts';

/** One job: what it is called in logs, and what it does at `now`. */
export interface HourlyJob {
  readonly name: string;
  readonly run: (db: Db, now: Date) => Promise<string | null>;
}

/** The jobs `npm start` runs every hour. */
export const HOURLY_JOBS: readonly HourlyJob[] = [
  {
    name: 'consent reminders',
    run: async (db, now) => {
      const { sent } = await sendExpiryReminders(db, now);
      return sent > 0 ? `Sent ${sent} consent ${sent === 1 ? 'reminder' : 'reminders'}.` : null;
    },
  },
  {
    name: 'turning 18',
    run: async (db, now) => {
      const { told } = await tellWhoTurnedEighteen(db, now);
      return told > 0 ? `Told ${told} ${told === 1 ? 'person' : 'people'} they are 18 now.` : null;
    },
  },
  {
    name: 'requests and takedowns',
    run: async (db, now) => {
      const done = await runRequestHousekeeping(db, now);
      const said = [
        done.lapsed > 0 ? `${done.lapsed} unanswered requests lapsed` : '',
        done.opened > 0 ? `${done.opened} takedown tasks opened` : '',
        done.notified > 0 ? `comms staff told of ${done.notified} takedown tasks` : '',
        done.overdue > 0 ? `admins told of ${done.overdue} overdue takedown tasks` : '',
      ].filter((part) => part !== '');
      return said.length > 0 ? `${said.join('; ')}.` : null;
    },
  },
  {
    name: 'waits for an answer',
    run: async (db, now) => {
      const flagged = await flagLongWaits(db, now);
      return flagged > 0
        ? `Told admins of ${flagged} ${flagged === 1 ? 'story' : 'stories'} waiting over 30 days for an answer.`
        : null;
    },
  },
  {
    name: 'voice recordings',
    run: async (db, now) => {
      const refused = await refuseAbandonedRecordingsAt(db, now);
      const forgotten = await removeExpiredUploads();
      const said = [
        refused > 0 ? `${refused} unfinished recordings refused, to be sent again` : '',
        forgotten > 0 ? `${forgotten} unfinished uploads forgotten` : '',
      ].filter((part) => part !== '');
      return said.length > 0 ? `${said.join('; ')}.` : null;
    },
  },
];

/**
 * Runs the jobs soon after start and then every `intervalMs`, on a timer that
 * does not keep the process alive. Returns a function that stops it.
 */
export function startHourlyJobs(
  getDb: () => Promise<Db>,
  jobs: readonly HourlyJob[] = HOURLY_JOBS,
  intervalMs = 60 * 60 * 1000,
): () => void {
  let running = false;
  const run = async (): Promise<void> => {
    // A slow run (many emails, slow SMTP) must not overlap the next one.
    if (running) return;
    running = true;
    try {
      for (const job of jobs) {
        try {
          const said = await job.run(await getDb(), new Date());
          if (said) console.log(said);
        } catch (error) {
          // Logged, not thrown: a database hiccup must not stop the server or the other jobs.
          console.error(`The ${job.name} job failed:`, error);
        }
      }
    } finally {
      running = false;
    }
  };
  // A short delay lets start-up finish before the first run.
  const first = setTimeout(() => void run(), 5_000);
  const every = setInterval(() => void run(), intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
