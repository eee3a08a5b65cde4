/**
 * Parents' and carers' approvals (/my/approvals): what the young people they
 * look after asked to share beyond their group, the exact preview of what the
 * young person agreed to, and the guardian's yes or stop. A guardian speaks
 * for a young person only while they are under 18.
 */
import { displayName } from '#src/domain/anonymity.ts';
import { isMinorOn } from '#src/domain/age.ts';
import { lastDayBefore } from '#src/domain/calendar.ts';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { findStop, foldAuthorConsent } from '#src/domain/consent.ts';
import { SCOPES, type Anonymity, type Scope } from '#src/domain/consent-types.ts';
import { isUuid } from '#src/domain/ids.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { waitingWords } from '#src/domain/sharing.ts';
import { scopeExplanation, type ScopeExplanation } from '#src/domain/sharing-explanations.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { textField } from '#src/server/http/forms.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import { readerRevisionOf } from '#src/server/writing/reader-revisions.ts';
import { findRevision, listStoriesOfWards } from '#src/server/writing/stories.repository.ts';
import { listConsentedVersions } from './consent.repository.ts';
import { UNKNOWN_BUTTON } from '#src/server/http/form-post.ts';
import {
  NO_ANSWER_CHOSEN,
  ledgerRefusal,
  recordConsentChange,
  scopeField,
  type SharingChangeResult,
} from './consent-change.ts';
import {
  firstNameOf,
  keptNames,
  loadFacts,
  namesOf,
  otherWriters,
  runningConsent,
} from './sharing-facts.ts';
import { previewFor, type SharingPreview } from './sharing-preview.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** One use of a young person's story as their guardian sees it. */
export interface GuardianItem {
  readonly storyId: string;
  readonly title: string;
  readonly wardId: string;
  readonly wardName: string;
  readonly scope: Scope;
  readonly explanation: ScopeExplanation;
  /** Waiting for this guardian's yes, or running. */
  readonly status: 'waiting' | 'shared';
  readonly anonymity: Anonymity;
  readonly shownName: string;
  readonly revisionNumber: number;
  readonly expiresAt: Date;
  /** The young person's yes, by its fingerprint (null for one from before these were kept). */
  readonly fingerprint: string | null;
  /** Whether it is really shared now (every writer, and their parents or carers, said yes). */
  readonly live: boolean;
  /** When a yes is not live: who or what it waits for, in words. */
  readonly notLiveWords: string | null;
}

/**
 * What a guardian is asked to decide, and what is running, for the young
 * people they look after, in the guardian's words (the request's language
 * unless given).
 */
export async function loadGuardianItems(
  db: Db,
  guardian: Viewer,
  now: Date,
  language: Language = currentLanguage(),
): Promise<GuardianItem[]> {
  const i18n = translatorFor(language);
  const items: GuardianItem[] = [];
  for (const row of await listStoriesOfWards(db, guardian.id)) {
    const facts = await loadFacts(db, row.storyId);
    const ward = facts?.authors.find((author) => author.personId === row.wardId);
    // A guardian speaks for a young person only while they are under 18
    // (parental responsibility ends at 18, Children Act 1989).
    if (!facts || !ward || !ward.guardianIds.includes(guardian.id) || !isMinorOn(ward, now)) {
      continue;
    }
    const names = namesOf(facts, ward.personId);
    for (const scope of SCOPES) {
      if (scope === 'group') continue;
      const status = foldAuthorConsent(facts.events, ward, scope, now);
      const consent = runningConsent(status);
      if (!consent) continue;
      const visibility = decideVisibility({
        authors: facts.authors,
        events: facts.events,
        scope,
        now,
      });
      const stop = visibility.visible
        ? undefined
        : findStop(facts.events, facts.authors, scope, now);
      const others = otherWriters(facts, ward.personId, scope, now);
      items.push({
        storyId: row.storyId,
        title: row.title,
        wardId: ward.personId,
        wardName: firstNameOf(facts, ward.personId),
        scope,
        explanation: scopeExplanation(scope, i18n),
        status: status.status === 'awaiting-guardian' ? 'waiting' : 'shared',
        anonymity: consent.anonymity,
        shownName: displayName(names, consent.anonymity, asLanguage(facts.story.language)),
        revisionNumber: consent.revisionNumber,
        expiresAt: consent.expiresAt,
        fingerprint: consent.fingerprint,
        live: visibility.visible,
        notLiveWords: visibility.visible
          ? null
          : stop
            ? i18n.t('sharing.approvals.stopped', {
                by: stop.actorId === stop.subjectId ? 'writer' : 'carer',
                name: firstNameOf(facts, stop.subjectId),
              })
            : (waitingWords({ status: 'valid', consent }, others, false, i18n) ??
              i18n.t('sharing.approvals.notYet')),
      });
    }
  }
  return items;
}

/** The guardian's item for one use of one young person's story, if it is theirs to answer. */
async function findGuardianItem(
  db: Db,
  guardian: Viewer,
  item: Pick<GuardianItem, 'storyId' | 'wardId' | 'scope'>,
  now: Date,
): Promise<GuardianItem | undefined> {
  return (await loadGuardianItems(db, guardian, now)).find(
    (candidate) =>
      candidate.storyId === item.storyId &&
      candidate.wardId === item.wardId &&
      candidate.scope === item.scope,
  );
}

/** The preview a guardian sees before saying yes: exactly what the young person agreed to. */
export async function loadGuardianPreview(
  db: Db,
  guardian: Viewer,
  item: Pick<GuardianItem, 'storyId' | 'wardId' | 'scope'>,
  now: Date,
): Promise<(SharingPreview & { readonly item: GuardianItem }) | undefined> {
  const found = await findGuardianItem(db, guardian, item, now);
  if (!found) return undefined;
  const facts = await loadFacts(db, found.storyId);
  const revision = await findRevision(db, found.storyId, found.revisionNumber);
  if (!facts || !revision) return undefined;
  // Exactly what the young person agreed to: the version they saw, as kept with their yes.
  const kept = await keptNames(db, facts);
  const [agreed] = found.fingerprint
    ? await listConsentedVersions(db, found.storyId, [found.fingerprint])
    : [];
  const preview = previewFor(
    facts,
    { number: revision.number, ...readerRevisionOf(revision) },
    {
      subjectId: found.wardId,
      scope: found.scope,
      anonymity: found.anonymity,
      pseudonym: null,
      lastDay: lastDayBefore(found.expiresAt, organisationTimeZone()),
      agreed,
    },
    kept,
    now,
  );
  return { ...preview, item: found };
}

/**
 * A guardian's answer: `approve` (their yes to the exact revision the young
 * person shared) or `stop` (takes it down; either of them can stop it alone).
 */
export async function handleGuardianForm(
  db: Db,
  guardian: Viewer,
  form: FormData,
  now: Date,
): Promise<SharingChangeResult> {
  const storyId = textField(form, 'story');
  const wardId = textField(form, 'ward');
  const scope = scopeField(form);
  const intent = textField(form, 'intent');
  const nothingHere = refusal(404, 'sharing.form.nothingToAnswer');
  if (!isUuid(storyId) || !isUuid(wardId) || !scope) return nothingHere;
  const item = await findGuardianItem(db, guardian, { storyId, wardId, scope }, now);
  if (!item) return nothingHere;
  // "No, keep sharing" changes nothing, and is answered exactly as a yes is.
  if (intent === 'keep') return { ok: true, eventId: null, scope };
  if (intent === '') return NO_ANSWER_CHOSEN;
  let change: ConsentChange;
  if (intent === 'approve') {
    const revision = Number(textField(form, 'revision'));
    if (revision !== item.revisionNumber) return refusal(409, 'sharing.form.askedChanged');
    change = {
      kind: 'guardian_approve',
      actorId: guardian.id,
      subjectId: wardId,
      scope,
      revisionNumber: revision,
    };
  } else if (intent === 'stop') {
    change = { kind: 'guardian_withdraw', actorId: guardian.id, subjectId: wardId, scope };
  } else {
    return UNKNOWN_BUTTON;
  }
  const facts = await loadFacts(db, storyId);
  const before = facts
    ? decideVisibility({ authors: facts.authors, events: facts.events, scope, now })
    : ({ visible: false, reason: 'no-consent' } as const);
  // The ledger event and the emails it causes (in the outbox) commit together.
  const appended = await inTransaction(db, (trx) =>
    recordConsentChange(trx, storyId, change, { now, before }),
  );
  if (!appended.ok) return ledgerRefusal(appended.reason);
  return { ok: true, eventId: appended.eventId, scope };
}
