/**
 * Telling people where a use of a story stands after a consent change: whose
 * yes it now waits for (co-authors, parents and carers), and, when it goes live
 * or stops, every author and every author's parent or carer. Nobody should
 * find out by accident that something of theirs is, or is no longer, shared.
 *
 * Each email asks nothing of its reader but what is theirs to decide, and says
 * plainly that no is fine and needs no reason. The person who made the change
 * already has their receipt (src/server/consent/receipts.ts).
 */
import { isMinorOn } from '#src/domain/age.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { foldAuthorConsent } from '#src/domain/consent.ts';
import type { Scope, Visibility } from '#src/domain/consent-types.ts';
import { formatLastDay } from '#src/domain/calendar.ts';
import { scopeName } from '#src/domain/receipt-words.ts';
import { isOnSite, scopeExplanation } from '#src/domain/sharing-explanations.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { displayName } from '#src/domain/anonymity.ts';
import type { Db } from '#src/server/platform/db.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { hello, readReceiptController } from './receipts.ts';
import { listConsentEventsForStory } from './consent.repository.ts';
import { listPersonNameFacts } from './receipts.repository.ts';
import {
  findStoryById,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';

/** One consent change, as the news about it needs it. */
export interface ConsentChangeNews {
  readonly storyId: string;
  readonly scope: Scope;
  readonly kind: 'grant' | 'renew' | 'withdraw' | 'guardian_approve' | 'guardian_withdraw';
  /** The author whose consent changed. */
  readonly subjectId: string;
  /** Who made the change (the author, or their parent or carer). */
  readonly actorId: string;
  /** Whether the story showed in this use just before the change. */
  readonly before: Visibility;
  /** A yes that answered a staff request: co-authors have that request to answer instead. */
  readonly viaRequest?: boolean;
  readonly now: Date;
}

/** Emails everyone the change concerns, after it has committed. Returns how many emails went. */
export async function tellAboutConsentChange(db: Db, news: ConsentChangeNews): Promise<number> {
  const story = await findStoryById(db, news.storyId);
  if (!story) return 0;
  const authors = await listStoryAuthorsForConsent(db, news.storyId);
  const events = await listConsentEventsForStory(db, news.storyId);
  const after = decideVisibility({ authors, events, scope: news.scope, now: news.now });
  const names = await listStoryAuthorNames(db, news.storyId);
  const firstName = (personId: string) => {
    const person = names.find((candidate) => candidate.personId === personId);
    return person ? displayName({ ...person, pseudonym: null }, 'first_name') : null;
  };
  // A parent or carer has a say only while the young person is under 18.
  const everyone = [
    ...new Set(
      authors.flatMap((a) => [a.personId, ...(isMinorOn(a, news.now) ? a.guardianIds : [])]),
    ),
  ];
  const people = new Map((await listPersonNameFacts(db, everyone)).map((p) => [p.id, p]));
  const zone = organisationTimeZone();
  const controller = readReceiptController();
  const title = `“${story.title}”`;
  const sharingPage = siteLink(`/my/stories/${story.id}/sharing#${news.scope}`);
  const approvals = siteLink('/my/approvals');
  const mails: {
    to: string;
    personId: string;
    subject: string;
    lines: string[];
    i18n: Translator;
  }[] = [];
  // Each email is in its reader's language, whoever made the change.
  const add = (personId: string, write: (i18n: Translator) => [string, string[]]) => {
    if (personId === news.actorId) return;
    const person = people.get(personId);
    if (!person || mails.some((mail) => mail.personId === personId)) return;
    const i18n = translatorFor(person.language);
    const [subject, lines] = write(i18n);
    mails.push({
      to: person.email,
      personId,
      subject,
      lines: [hello(i18n, person.firstName ?? person.displayName), '', ...lines],
      i18n,
    });
  };
  const where = (i18n: Translator) => scopeExplanation(news.scope, i18n).where;
  const nameOf = (i18n: Translator, personId: string) =>
    firstName(personId) ?? i18n.t('sharing.news.someone');
  const isGuardian = (personId: string) => !authors.some((a) => a.personId === personId);
  const wardOf = (guardianId: string) =>
    authors.find((a) => a.guardianIds.includes(guardianId))?.personId ?? '';

  if (after.visible && !news.before.visible) {
    // Live now: everyone who has a say hears it.
    for (const personId of everyone) {
      add(personId, (i18n) => [
        i18n.t('sharing.news.liveSubject', { title, where: where(i18n) }),
        [
          i18n.t('sharing.news.live', {
            whose: isGuardian(personId) ? 'ward' : 'yours',
            ward: nameOf(i18n, wardOf(personId)),
            title,
            where: where(i18n),
            date: formatLastDay(after.expiresAt, zone, i18n.language),
          }),
          '',
          i18n.t('sharing.news.canStop'),
          isGuardian(personId) ? approvals : sharingPage,
        ],
      ]);
    }
  } else if (news.before.visible && !after.visible) {
    // Stopped: everyone who had a say hears it, and who stopped it.
    for (const personId of everyone) {
      add(personId, (i18n) => [
        i18n.t('sharing.news.stoppedSubject', { title, where: where(i18n) }),
        [
          i18n.t('sharing.news.stopped', {
            by: news.actorId === news.subjectId ? 'writer' : 'carer',
            name: nameOf(i18n, news.subjectId),
            title,
            where: where(i18n),
          }),
          isOnSite(news.scope)
            ? i18n.t('sharing.news.cameDown')
            : i18n.t('sharing.news.staffTakeDown'),
          '',
          isGuardian(personId) ? approvals : sharingPage,
        ],
      ]);
    }
  } else if (news.kind === 'grant' && !after.visible) {
    // A yes that is not enough alone: tell each person it now waits for.
    for (const author of news.viaRequest ? [] : authors) {
      if (author.personId === news.subjectId) continue;
      const status = foldAuthorConsent(events, author, news.scope, news.now);
      if (status.status === 'valid' || status.status === 'awaiting-guardian') continue;
      add(author.personId, (i18n) => {
        const name = nameOf(i18n, news.subjectId);
        return [
          i18n.t('sharing.news.coAuthorSubject', { name, title }),
          [
            i18n.t('sharing.news.coAuthor', { name, title, where: where(i18n) }),
            i18n.t('sharing.news.coAuthorNo'),
            '',
            i18n.t('sharing.news.seeAndDecide'),
            sharingPage,
          ],
        ];
      });
    }
    const subject = authors.find((a) => a.personId === news.subjectId);
    const mine = subject ? foldAuthorConsent(events, subject, news.scope, news.now) : undefined;
    if (subject && mine?.status === 'awaiting-guardian') {
      for (const guardianId of subject.guardianIds) {
        add(guardianId, (i18n) => {
          const name = nameOf(i18n, subject.personId);
          return [
            i18n.t('sharing.news.carerSubject', { name, title }),
            [
              i18n.t('sharing.news.carer', {
                name,
                title,
                where: where(i18n),
                use: scopeName(news.scope, i18n).toLocaleLowerCase(i18n.tag),
              }),
              i18n.t('sharing.news.carerNo'),
              '',
              i18n.t('sharing.news.seeAndAnswer'),
              approvals,
            ],
          ];
        });
      }
    }
  }

  for (const mail of mails) {
    await sendMail(
      db,
      {
        to: mail.to,
        subject: mail.subject,
        text: [
          ...mail.lines,
          '',
          mail.i18n.t('sharing.email.footerShort', {
            organisation: controller.name,
            email: controller.email,
          }),
          '',
        ].join('\n'),
      },
      news.now,
    );
  }
  return mails.length;
}
