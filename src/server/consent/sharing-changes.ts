/**
 * What an author does on the sharing page: say yes to exactly the preview
 * they saw, keep a use going for longer, stop it, or leave it as it is. Every
 * decision is the domain's (consent-change.ts); the change goes through
 * recordConsentChange, with its receipt and news.
 */
import { z } from 'zod';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import { MAX_CONSENT_MONTHS } from '#src/domain/consent-period.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { parseAnonymity, parseScope } from '#src/domain/sharing-explanations.ts';
import type { Db } from '#src/server/platform/db.ts';
import { dayMonthsAhead, endOfDay } from '#src/server/platform/dates.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { choiceField, textField, textUpTo } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Translator } from '#src/i18n/translator.ts';
import { updateAuthorPseudonym } from '#src/server/writing/story-people.repository.ts';
import { lockStoryForUpdate } from '#src/server/writing/stories.repository.ts';
import type { ConsentedVersion } from './consent.repository.ts';
import { UNKNOWN_BUTTON } from '#src/server/http/form-post.ts';
import {
  NO_ANSWER_CHOSEN,
  ledgerRefusal,
  recordConsentChange,
  scopeField,
  type SharingChangeResult,
} from './consent-change.ts';
import { loadForAuthor, namesOf } from './sharing-facts.ts';
import { loadSharingPage } from './sharing-page.ts';
import { previewNewest } from './sharing-preview.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** The longest a made-up name may be. */
export const MAX_PSEUDONYM_LENGTH = 60;

/** The share form, its refusals in the words of the person sending it. */
function shareForm(i18n: Translator) {
  const noVersion = { message: i18n.t('sharing.form.noVersion') };
  const howLong = { message: i18n.t('sharing.form.chooseHowLong') };
  return z.object({
    scope: choiceField(parseScope, i18n.t('sharing.form.chooseWhere')),
    anonymity: choiceField(parseAnonymity, i18n.t('sharing.form.chooseName')),
    revision: z.coerce.number(noVersion).int(noVersion).min(1, noVersion),
    months: z.coerce
      .number(howLong)
      .int(howLong)
      .min(1, howLong)
      .max(MAX_CONSENT_MONTHS, {
        message: i18n.t('sharing.form.tooLong', { months: MAX_CONSENT_MONTHS }),
      }),
    pseudonym: textUpTo(
      MAX_PSEUDONYM_LENGTH,
      i18n.t('sharing.form.pseudonymTooLong', { max: MAX_PSEUDONYM_LENGTH }),
    ),
  });
}

/**
 * Applies one change from the sharing page for the signed-in author: `share`
 * (a yes to the revision they previewed), `renew` (keep sharing for 12 more
 * months) or `stop`. Sends the receipt once the change has committed.
 */
export async function handleSharingForm(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<SharingChangeResult> {
  const i18n = requestWords();
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!viewer || !facts) return refusal(404, 'sharing.form.noStory');
  const intent = textField(form, 'intent');
  // "No" on a question (do not share, keep sharing, let it end) changes
  // nothing, and is answered exactly as a yes is.
  if (intent === 'not-now' || intent === 'keep' || intent === 'let-end') {
    const scope = scopeField(form);
    if (!scope) return refusal(400, 'sharing.form.chooseUse');
    return { ok: true, eventId: null, scope };
  }
  if (intent === '') return NO_ANSWER_CHOSEN;
  let change: ConsentChange;
  let pseudonym: string | null | undefined;
  let version: ConsentedVersion | undefined;
  let shareMonths = MAX_CONSENT_MONTHS;
  switch (intent) {
    case 'share': {
      const parsed = shareForm(i18n).safeParse({
        scope: textField(form, 'scope'),
        anonymity: textField(form, 'anonymity'),
        revision: textField(form, 'revision'),
        months: textField(form, 'months') || String(MAX_CONSENT_MONTHS),
        pseudonym: textField(form, 'pseudonym'),
      });
      if (!parsed.success) {
        return {
          ok: false,
          status: 400,
          message: parsed.error.issues[0]?.message ?? i18n.t('sharing.form.tryAgain'),
        };
      }
      const { scope, anonymity, revision, months } = parsed.data;
      shareMonths = months;
      if (anonymity === 'pseudonym') {
        const made = parsed.data.pseudonym;
        if (made === '' && !namesOf(facts, viewer.id).pseudonym) {
          return refusal(400, 'sharing.form.writePseudonym');
        }
        pseudonym = made === '' ? undefined : made;
      }
      // The yes is to exactly what the preview showed (informed consent). If
      // anything in it changed since (a new version was saved, the title, a
      // co-author's name), the person sees it again before agreeing.
      const preview = await previewNewest(
        db,
        facts,
        { scope, anonymity, pseudonym: pseudonym ?? null, months },
        now,
      );
      if (
        !preview ||
        revision !== preview.revisionNumber ||
        textField(form, 'fingerprint') !== preview.fingerprint
      ) {
        return refusal(409, 'sharing.form.changedSincePreview');
      }
      change = {
        kind: 'grant',
        actorId: viewer.id,
        subjectId: viewer.id,
        scope,
        anonymity,
        revisionNumber: revision,
        expiresAt: endOfDay(preview.lastDay),
        fingerprint: preview.fingerprint,
        contentKey: preview.contentKey,
      };
      version = {
        title: preview.title,
        themes: preview.themes,
        contentNotes: preview.contentNotes,
        shownName: preview.shownName,
      };
      break;
    }
    case 'renew':
    case 'stop': {
      const scope = scopeField(form);
      if (!scope) return refusal(400, 'sharing.form.chooseUse');
      if (intent === 'renew') {
        // Only what the page offers: a live use about to end, not one agreed
        // through a request (that was for its dates).
        const page = await loadSharingPage(db, viewer, storyId, now, i18n.language);
        const state = page?.scopes.find((entry) => entry.scope === scope)?.state;
        if (!state?.actions.renew) return refusal(400, 'sharing.form.cannotRenew');
      }
      change =
        intent === 'renew'
          ? {
              kind: 'renew',
              actorId: viewer.id,
              subjectId: viewer.id,
              scope,
              expiresAt: endOfDay(dayMonthsAhead(now, MAX_CONSENT_MONTHS)),
            }
          : { kind: 'withdraw', actorId: viewer.id, subjectId: viewer.id, scope };
      break;
    }
    default:
      return UNKNOWN_BUTTON;
  }
  const result = await inTransaction(db, async (trx) => {
    if (change.kind === 'grant') {
      // Again under the story's lock, so nothing can change between the check
      // and the yes (a save, a title, a co-author's name).
      await lockStoryForUpdate(trx, storyId);
      const locked = await loadForAuthor(trx, viewer, storyId);
      const again = locked
        ? await previewNewest(
            trx,
            locked,
            {
              scope: change.scope,
              anonymity: change.anonymity,
              pseudonym: pseudonym ?? null,
              months: shareMonths,
            },
            now,
          )
        : undefined;
      if (again?.fingerprint !== change.fingerprint) throw new RefusedChange('changed');
    }
    if (pseudonym !== undefined) await updateAuthorPseudonym(trx, storyId, viewer.id, pseudonym);
    // The receipt and the news (in the outbox) commit with the change.
    const appended = await recordConsentChange(trx, storyId, change, {
      now,
      before: decideVisibility({
        authors: facts.authors,
        events: facts.events,
        scope: change.scope,
        now,
      }),
      version,
    });
    // Nothing half-written: a refused change leaves the made-up name as it was.
    if (!appended.ok) throw new RefusedChange(appended.reason);
    return appended;
  }).catch((error: unknown) => {
    if (error instanceof RefusedChange) return error;
    throw error;
  });
  if (result instanceof RefusedChange) {
    return result.reason === 'changed'
      ? refusal(409, 'sharing.form.changedSincePreview')
      : ledgerRefusal(result.reason);
  }
  return { ok: true, eventId: result.eventId, scope: change.scope };
}

/** Carries a refusal out of a transaction so it rolls back. */
class RefusedChange extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}
