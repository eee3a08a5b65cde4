/**
 * Turning 18. A parent's or carer's part ends on the young person's 18th
 * birthday (the rules in src/domain/consent.ts stop counting their approvals
 * and stops from then). What was shared before keeps running, so nothing
 * stops without the person knowing; they are told, and asked in their own
 * name about each use: keep it (a fresh yes to exactly what runs now, same
 * version, name and last day) or stop it, one press each
 * (src/domain/turning-eighteen.ts decides which uses).
 */
import { displayName } from '#src/domain/anonymity.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { type ConsentChange } from '#src/domain/consent-change.ts';
import { parseScope, scopeExplanation } from '#src/domain/sharing-explanations.ts';
import {
  eighteenthBirthday,
  isNowAdult,
  recentlyEighteenBorn,
  usesDecidedYounger,
  type UseDecidedYounger,
} from '#src/domain/turning-eighteen.ts';
import type { Scope } from '#src/domain/consent-types.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { formatDay, formatUntil, today } from '#src/server/platform/dates.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { Language } from '#src/i18n/languages.ts';
import { textField } from '#src/server/http/forms.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import {
  listPeopleBornBetween,
  listYoungPeopleOf,
  recordAdulthoodNotice,
} from './adulthood.repository.ts';
import { listLanguagesOf } from './account-changes.repository.ts';
import {
  listConsentedVersions,
  type ConsentedVersion,
} from '#src/server/consent/consent.repository.ts';
import { recordConsentChange } from '#src/server/consent/consent-change.ts';
import { findPersonById, listGuardianIdsOf } from '#src/server/accounts/people.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { listStoriesForAuthor } from '#src/server/writing/stories.repository.ts';
import { loadFacts, namesOf, type SharingFacts } from '#src/server/consent/sharing-facts.ts';
import { isUuid } from '#src/domain/ids.ts';
import { dateFromDay } from './safeguarding.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** Where the person decides, and what the notes and emails link to. */
export const TURNING_EIGHTEEN_PATH = '/my/turning-18';

/** One use to decide on, as the page and the email describe it. */
export interface TurningEighteenItem {
  readonly storyId: string;
  readonly title: string;
  /** The language the story is written in (a BCP 47 tag), for `lang` around its title. */
  readonly language: string;
  readonly scope: Scope;
  /** "The public website". */
  readonly useTitle: string;
  /** "on the public website". */
  readonly where: string;
  /** `shared`: running now; `waiting`: it was waiting for a parent or carer, so it is not shared. */
  readonly state: 'shared' | 'waiting';
  /** Whether it is really out there now (every other writer said yes too). */
  readonly live: boolean;
  /** The name readers see. */
  readonly shownName: string;
  /** The last day it runs, in words. */
  readonly lastDay: string;
}

/** The person's turning-18 page: their birthday and what they decided younger. */
export interface TurningEighteen {
  /** Their 18th birthday, in words. */
  readonly birthday: string;
  readonly items: readonly TurningEighteenItem[];
}

async function loadUses(
  db: Db,
  personId: string,
  now: Date,
): Promise<{ facts: ReadonlyMap<string, SharingFacts>; uses: UseDecidedYounger[] }> {
  const facts = new Map<string, SharingFacts>();
  for (const story of await listStoriesForAuthor(db, personId, now)) {
    const found = await loadFacts(db, story.id);
    if (found) facts.set(story.id, found);
  }
  const uses = usesDecidedYounger(
    personId,
    [...facts.values()].map((f) => ({ storyId: f.story.id, authors: f.authors, events: f.events })),
    now,
  );
  return { facts, uses };
}

/** How a use is named ("on the public website"), in a language. */
function explainScope(scope: Scope, language: Language) {
  return scopeExplanation(scope, translatorFor(language));
}

function describe(
  facts: SharingFacts,
  personId: string,
  use: UseDecidedYounger,
  now: Date,
  language: Language,
): TurningEighteenItem {
  const explanation = explainScope(use.scope, language);
  return {
    storyId: use.storyId,
    title: facts.story.title,
    language: facts.story.language,
    scope: use.scope,
    useTitle: explanation.title,
    where: explanation.where,
    state: use.state,
    live: decideVisibility({
      authors: facts.authors,
      events: facts.events,
      scope: use.scope,
      now,
    }).visible,
    shownName: displayName(namesOf(facts, personId), use.consent.anonymity),
    lastDay: formatUntil(use.consent.expiresAt, language),
  };
}

/**
 * What the signed-in person decided while under 18 and is asked about now, or
 * undefined when there is nothing (under 18, no date of birth, or all decided).
 * Its words (days, uses) are in `language`: the request's, or the email's.
 */
export async function loadTurningEighteen(
  db: Db,
  viewer: Viewer,
  now: Date,
  language: Language = currentLanguage(),
): Promise<TurningEighteen | undefined> {
  const person = await findPersonById(db, viewer.id);
  if (!person?.date_of_birth) return undefined;
  const birthday = eighteenthBirthday(person.date_of_birth);
  if (birthday > today(now)) return undefined;
  const { facts, uses } = await loadUses(db, viewer.id, now);
  const items = uses.flatMap((use) => {
    const story = facts.get(use.storyId);
    return story ? [describe(story, viewer.id, use, now, language)] : [];
  });
  if (items.length === 0) return undefined;
  return { birthday: formatDay(birthday, language), items };
}

/** The outcome of a keep or stop. */
export type TurningEighteenResult =
  | {
      readonly ok: true;
      readonly answer: 'keep' | 'stop';
      readonly title: string;
      readonly where: string;
      readonly eventId: string;
    }
  | { readonly ok: false; readonly status: 400 | 404 | 409; readonly message: string };

/**
 * The person's answer for one use: `keep` (a yes in their own name to exactly
 * what runs now) or `stop`. Only a use on their list can be answered.
 */
export async function handleTurningEighteenForm(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<TurningEighteenResult> {
  const storyId = textField(form, 'story');
  const scope = parseScope(textField(form, 'scope'));
  const answer = textField(form, 'answer');
  if (answer !== 'keep' && answer !== 'stop') return refusal(400, 'groups.eighteen.chooseAnswer');
  const gone = refusal(404, 'groups.eighteen.gone');
  if (!isUuid(storyId) || !scope) return gone;
  const { facts, uses } = await loadUses(db, viewer.id, now);
  const use = uses.find((u) => u.storyId === storyId && u.scope === scope);
  const story = facts.get(storyId);
  if (!use || !story) return gone;

  let change: ConsentChange;
  let requestId: string | null = null;
  let version: ConsentedVersion | undefined;
  if (answer === 'keep') {
    // The yes being kept, so the new one repeats it exactly: the same version,
    // name, last day, and (for a use agreed through a request) that request.
    const given = [...story.events]
      .reverse()
      .find(
        (e) =>
          e.kind === 'grant' &&
          e.subjectId === viewer.id &&
          e.scope === scope &&
          e.occurredAt.getTime() === use.consent.grantedAt.getTime(),
      );
    requestId = given?.requestId ?? null;
    if (use.consent.fingerprint) {
      [version] = await listConsentedVersions(db, storyId, [use.consent.fingerprint]);
      if (!version) return gone;
    }
    change = {
      kind: 'grant',
      actorId: viewer.id,
      subjectId: viewer.id,
      scope,
      anonymity: use.consent.anonymity,
      revisionNumber: use.consent.revisionNumber,
      expiresAt: use.consent.expiresAt,
      fingerprint: use.consent.fingerprint,
      contentKey: use.consent.contentKey,
    };
  } else {
    change = { kind: 'withdraw', actorId: viewer.id, subjectId: viewer.id, scope };
  }
  const before = decideVisibility({ authors: story.authors, events: story.events, scope, now });
  // The ledger event and the emails it causes (in the outbox) commit together.
  const appended = await inTransaction(db, (trx) =>
    recordConsentChange(trx, storyId, change, { now, before, requestId, version }),
  );
  if (!appended.ok) return refusal(409, 'groups.eighteen.changed');
  return {
    ok: true,
    answer,
    title: story.story.title,
    where: explainScope(scope, currentLanguage()).where,
    eventId: appended.eventId,
  };
}

/**
 * Tells each person who has turned 18 (recently, and not told yet) that they
 * now decide alone, with what they shared when younger, and tells their
 * parents or carers that their part has ended. Safe on several instances at
 * once: each notice is recorded with its emails, and only the instance whose
 * record commits sends them. Returns how many people were told.
 */
export async function tellWhoTurnedEighteen(db: Db, now: Date): Promise<{ told: number }> {
  const day = today(now);
  const { earliest, latest } = recentlyEighteenBorn(day);
  const controller = readReceiptController();
  let told = 0;
  for (const candidate of await listPeopleBornBetween(db, earliest, latest)) {
    const birthday = eighteenthBirthday(candidate.dateOfBirth);
    if (birthday > day) continue;
    const guardianIds = await listGuardianIdsOf(db, candidate.id);
    const languages = await listLanguagesOf(db, [candidate.id, ...guardianIds]);
    const language = languages.get(candidate.id) ?? 'en';
    const page = await loadTurningEighteen(db, { id: candidate.id, roles: [] }, now, language);
    // Someone with nothing shared when younger and nobody who spoke for them
    // has nothing to be told.
    if (guardianIds.length === 0 && !page) continue;
    // The notice and its emails (in the outbox) commit together: only the
    // instance whose record commits sends them, and nothing is lost if the
    // mail server is away.
    const toldNow = await db.transaction().execute(async (trx) => {
      if (!(await recordAdulthoodNotice(trx, candidate.id, birthday, now))) return false;
      const people = new Map(
        (await listPersonNameFacts(trx, [candidate.id, ...guardianIds])).map((p) => [p.id, p]),
      );
      const person = people.get(candidate.id);
      if (!person) return false;
      const first = person.firstName ?? person.displayName;
      const footer = (reader: Translator) =>
        reader.t('groups.eighteen.mailFooter', {
          controller: controller.name,
          email: controller.email,
        });
      const words = translatorFor(language);
      const items = page?.items ?? [];
      await sendMail(
        trx,
        {
          to: person.email,
          subject: words.t('groups.eighteen.mailSubject'),
          text: [
            words.t('groups.eighteen.mailHello', { name: first }),
            '',
            words.t('groups.eighteen.mailTurned', { day: formatDay(birthday, language) }),
            ...(guardianIds.length > 0 ? [words.t('groups.eighteen.mailNoCarer')] : []),
            ...(items.length > 0
              ? [
                  '',
                  words.t('groups.eighteen.mailShared'),
                  words.t('groups.eighteen.mailChoose'),
                  '',
                  ...items.map((item) =>
                    words.t(
                      item.state === 'waiting'
                        ? 'groups.eighteen.mailItemWaiting'
                        : 'groups.eighteen.mailItemShared',
                      {
                        title: item.title,
                        where: item.where,
                        name: item.shownName,
                        lastDay: item.lastDay,
                      },
                    ),
                  ),
                  '',
                  words.t('groups.eighteen.mailLink', { link: siteLink(TURNING_EIGHTEEN_PATH) }),
                  '',
                  words.t('groups.eighteen.mailNothing'),
                ]
              : []),
            '',
            footer(words),
            '',
          ].join('\n'),
        },
        now,
      );
      for (const guardianId of guardianIds) {
        const guardian = people.get(guardianId);
        if (!guardian) continue;
        const theirs = languages.get(guardianId) ?? 'en';
        const theirWords = translatorFor(theirs);
        await sendMail(
          trx,
          {
            to: guardian.email,
            subject: theirWords.t('groups.eighteen.carerSubject', { name: first }),
            text: [
              theirWords.t('groups.eighteen.mailHello', {
                name: guardian.firstName ?? guardian.displayName,
              }),
              '',
              theirWords.t('groups.eighteen.carerTurned', {
                name: first,
                day: formatDay(birthday, theirs),
              }),
              theirWords.t('groups.eighteen.carerNoLonger'),
              theirWords.t('groups.eighteen.carerNothingStopped', { name: first }),
              '',
              footer(theirWords),
              '',
            ].join('\n'),
          },
          now,
        );
      }
      return true;
    });
    if (toldNow) told += 1;
  }
  return { told };
}

/** First names of the people this parent or carer was linked to who are 18 now, and speak for themselves. */
export async function listGrownUpWards(db: Db, guardian: Viewer, now: Date): Promise<string[]> {
  const wards = await listYoungPeopleOf(db, guardian.id);
  return wards
    .filter(
      (ward) =>
        ward.date_of_birth !== null &&
        isNowAdult(
          {
            personId: ward.id,
            dateOfBirth: dateFromDay(ward.date_of_birth),
            guardianIds: [guardian.id],
          },
          now,
        ),
    )
    .map((ward) => ward.first_name ?? ward.display_name);
}
