/**
 * Holding each person to the hourly fair-use limits (src/domain/fair-use.ts),
 * and letting admins change them.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import {
  decideFairUse,
  FAIR_USE_RANGES,
  parseFairUseLimits,
  type FairUseDecision,
  type FairUseLimits,
} from '#src/domain/fair-use.ts';
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { parseForm, textField } from '#src/server/http/forms.ts';
import { readSetting, writeSetting } from '#src/server/platform/settings.repository.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Translator } from '#src/i18n/translator.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { deleteUsage, insertUsage, sumUsageSince } from './usage.repository.ts';

const FAIR_USE_KEY = 'fair_use_limits';
const HOUR_MS = 60 * 60 * 1000;

/** The limits in force: the admin's, or the defaults. */
export async function readFairUseLimits(db: Db): Promise<FairUseLimits> {
  return parseFairUseLimits(await readSetting(db, FAIR_USE_KEY));
}

/**
 * Counts one save or photo of `bytes` against the person's hourly limit, if it
 * fits. Serialised per person, so two tabs at once cannot both slip under it.
 * A refusal is worded for the person saving, in their request's language.
 */
export async function claimFairUse(
  db: Db,
  personId: string,
  kind: 'save' | 'photo',
  bytes: number,
  now: Date,
): Promise<FairUseDecision> {
  const limits = await readFairUseLimits(db);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`fair-use:${personId}`}))`.execute(trx);
    const recent = await sumUsageSince(trx, personId, kind, new Date(now.getTime() - HOUR_MS));
    const decision = decideFairUse(kind, recent, bytes, limits, now, requestWords());
    if (!decision.allowed) return decision;
    return { allowed: true, usageId: await insertUsage(trx, personId, kind, bytes, now) } as const;
  });
}

/** Gives back what a refused upload counted: it kept nothing. */
export async function releaseFairUse(db: Db, decision: FairUseDecision): Promise<void> {
  if (decision.allowed && decision.usageId !== undefined) await deleteUsage(db, decision.usageId);
}

// Made for each form checked, so its problems are in the words of the admin who sent it.
function limitField(key: keyof FairUseLimits, whatKey: MessageKey) {
  const words = requestWords();
  const t: Translator['t'] = (key, values) => words.t(key, values);
  const what = t(whatKey);
  const { min, max } = FAIR_USE_RANGES[key];
  // An empty box is not zero: it asks for a number.
  return z
    .string()
    .trim()
    .min(1, { message: t('accounts.fairUse.notANumber', { what }) })
    .pipe(
      z.coerce
        .number<string>({ message: t('accounts.fairUse.notANumber', { what }) })
        .int({ message: t('accounts.fairUse.notWhole', { what }) })
        .min(min, { message: t('accounts.fairUse.tooFew', { min, what }) })
        .max(max, { message: t('accounts.fairUse.tooMany', { max, what }) }),
    );
}

function fairUseForm() {
  return z.object({
    savesPerHour: limitField('savesPerHour', 'accounts.fairUse.savesPerHour'),
    saveMegabytesPerHour: limitField(
      'saveMegabytesPerHour',
      'accounts.fairUse.saveMegabytesPerHour',
    ),
    photosPerHour: limitField('photosPerHour', 'accounts.fairUse.photosPerHour'),
  });
}

/** An admin changes the fair-use limits; nothing is saved if any field is wrong. */
export async function saveFairUseLimits(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<
  | { readonly ok: true; readonly limits: FairUseLimits }
  | {
      readonly ok: false;
      readonly status: 400 | 403;
      readonly errors: Readonly<Record<string, string>>;
    }
> {
  if (!canAdminister(viewer)) {
    return { ok: false, status: 403, errors: { form: requestWords().t('admin.onlyAdmins') } };
  }
  const parsed = parseForm(fairUseForm(), {
    savesPerHour: textField(form, 'savesPerHour'),
    saveMegabytesPerHour: textField(form, 'saveMegabytesPerHour'),
    photosPerHour: textField(form, 'photosPerHour'),
  });
  if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
  await writeSetting(db, FAIR_USE_KEY, parsed.value, now);
  return { ok: true, limits: parsed.value };
}
