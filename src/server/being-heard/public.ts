/**
 * "You said, we did" (the public page and its feed) and fair listening (the
 * staff fairness view's counts, and telling admins of long waits). The public
 * quotes a story only while it is on the public site now, from its
 * publication (the redacted text at its public names); otherwise it counts
 * people, naming nobody. A story counts only while its authors' yes to "to
 * improve our services" holds (src/domain/being-heard.ts decideChangeLink).
 */
import {
  ANSWER_WAIT_FLAG_DAYS,
  CHANGE_STATUS_MESSAGES,
  decideChangeLink,
  isAnswerOverdue,
  storiesLedToThis,
  summariseListening,
  type ListeningRow,
  type WaitingStory,
} from '#src/domain/being-heard.ts';
import { whenShared } from '#src/domain/consent-visibility.ts';
import { canUseStaffPages, type Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { findPublicationNow } from '#src/server/publishing/publications.repository.ts';
import { decideStory } from './decide.ts';
import {
  claimWaitFlags,
  listAdminContacts,
  listFirstAnswers,
  listImprovementCandidates,
} from './being-heard.repository.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Language } from '#src/i18n/languages.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import { listLinksOfChanges, listServiceChanges, type ChangeRow } from './changes.repository.ts';

/** A quote from a story that is public now, at its public names. */
export interface PublicQuote {
  readonly slug: string;
  readonly title: string;
  /** The story's language (a BCP 47 tag): its title and excerpt are marked with it. */
  readonly language: string;
  readonly byline: string;
  readonly contentNotes: readonly string[];
  readonly excerpt: string;
}

/** A change as the public sees it. */
export interface PublicChange extends ChangeRow {
  readonly statusWords: string;
  readonly quotes: readonly PublicQuote[];
  /** "1 person's story led to this." (or "… too." after quotes); null when no other story counts. */
  readonly ledToThis: string | null;
}

/**
 * `/you-said-we-did` and its feed: every change, latest news first, its words
 * in `language` (the request's unless said).
 */
export async function loadYouSaidWeDid(
  db: Db,
  now: Date,
  options: { readonly limit?: number; readonly language?: Language } = {},
): Promise<PublicChange[]> {
  const { limit = 100, language = currentLanguage() } = options;
  const words = translatorFor(language);
  const changes = await listServiceChanges(db, limit);
  const links = await listLinksOfChanges(
    db,
    changes.map((change) => change.id),
  );
  const decided = new Map<
    string,
    { quote: PublicQuote | null; counted: readonly string[] } | null
  >();
  for (const storyId of new Set(links.map((link) => link.storyId))) {
    const decisions = await decideStory(db, storyId, now);
    const link = decideChangeLink({ audience: 'public', ...decisions });
    if (!link.shown) {
      decided.set(storyId, null);
      continue;
    }
    const publication = link.quote ? await findPublicationNow(db, { storyId }, now) : undefined;
    decided.set(
      storyId,
      publication
        ? {
            quote: {
              slug: publication.slug,
              title: publication.title,
              language: publication.language,
              byline: publication.author_names,
              contentNotes: publication.content_notes,
              excerpt: publication.excerpt,
            },
            counted: [],
          }
        : { quote: null, counted: decisions.authors.map((author) => author.personId) },
    );
  }
  return changes.map((change) => {
    const mine = links
      .filter((link) => link.changeId === change.id)
      .flatMap((link) => {
        const shown = decided.get(link.storyId);
        return shown ? [shown] : [];
      });
    const quotes = mine.flatMap((shown) => (shown.quote ? [shown.quote] : []));
    const people = new Set(mine.flatMap((shown) => shown.counted)).size;
    return {
      ...change,
      statusWords: words.t(CHANGE_STATUS_MESSAGES[change.status]),
      quotes,
      ledToThis: people > 0 ? storiesLedToThis(people, quotes.length > 0, words) : null,
    };
  });
}

// --- Fair listening ------------------------------------------------------------

/** Every story shared to improve services now, with when it was first answered since. */
async function listWaitingStories(db: Db, now: Date): Promise<WaitingStory[]> {
  const candidates = await listImprovementCandidates(db);
  const answers = await listFirstAnswers(
    db,
    candidates.map((story) => story.id),
  );
  const waiting: WaitingStory[] = [];
  for (const story of candidates) {
    const decided = await decideStory(db, story.id, now);
    // Counted exactly as service leads find it: shared now, waiting since the yes.
    if (!decided.improvement.visible) continue;
    const sharedAt = whenShared(decided.improvement);
    const answer = answers.find(
      (candidate) => candidate.storyId === story.id && candidate.createdAt >= sharedAt,
    );
    waiting.push({
      storyId: story.id,
      groupName: story.groupName,
      sharedAt,
      answeredAt: answer?.createdAt ?? null,
    });
  }
  return waiting;
}

/** The fairness view's counts per group (comms and admins), or nothing for anyone else. */
export async function loadListening(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<{ rows: ListeningRow[]; overdue: number } | undefined> {
  if (!canUseStaffPages(viewer)) return undefined;
  const rows = summariseListening(await listWaitingStories(db, now), now);
  return { rows, overdue: rows.reduce((sum, row) => sum + row.overdue, 0) };
}

/**
 * Tells admins, once per wait, of stories unanswered for 30 days: how many and
 * from which groups, never a title, a name or a word of them.
 */
export async function flagLongWaits(db: Db, now: Date): Promise<number> {
  const overdue = (await listWaitingStories(db, now)).filter((story) =>
    isAnswerOverdue(story, now),
  );
  const claimed = await claimWaitFlags(db, overdue, now);
  if (claimed.length === 0) return 0;
  const rows = summariseListening(
    overdue.filter((story) => claimed.includes(story.storyId)),
    now,
  );
  for (const admin of await listAdminContacts(db)) {
    const words = translatorFor(admin.language);
    const lines = [
      words.t('services.email.wait.lead', { count: claimed.length, days: ANSWER_WAIT_FLAG_DAYS }),
      '',
      ...rows.map(
        (row) => `- ${row.groupName ?? words.t('services.email.wait.noGroup')}: ${row.overdue}`,
      ),
      '',
      words.t('services.email.wait.ask'),
      `${publicOrigin()}/staff/fairness`,
    ];
    await sendMail(
      db,
      {
        to: admin.email,
        subject: words.t('services.email.wait.subject', { count: claimed.length }),
        text: `${lines.join('\n')}\n`,
      },
      now,
    );
  }
  return claimed.length;
}
