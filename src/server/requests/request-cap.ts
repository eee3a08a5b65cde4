/**
 * The request cap: how many requests any one person may be sent in a period,
 * so nobody is asked again and again. An admin sets it; asking and the staff
 * stories page count against it.
 */
import { z } from 'zod';
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import {
  capPeriodStart,
  MAX_CAP_DAYS,
  MAX_CAP_REQUESTS,
  MIN_CAP_DAYS,
  MIN_CAP_REQUESTS,
  parseRequestCap,
  requestsLeft,
  type RequestCap,
} from '#src/domain/requests.ts';
import type { Db } from '#src/server/platform/db.ts';
import { readSetting } from '#src/server/platform/settings.repository.ts';
import { parseForm, problem, textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import {
  listRequestTimesByPerson,
  REQUEST_CAP_KEY,
  writeRequestCap,
} from './requests.repository.ts';
import type { RequestFailure } from './requests.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** The per-person cap on requests: the admin's setting, or 2 per 90 days. */
export async function readRequestCap(db: Db): Promise<RequestCap> {
  return parseRequestCap(await readSetting(db, REQUEST_CAP_KEY));
}

/** One of the cap's numbers: a whole number from `min` to `max`, each problem in its own words. */
function capNumber(field: 'capRequests' | 'capDays', min: number, max: number) {
  return z.coerce
    .number(problem(`requests.error.${field}`))
    .int(problem(`requests.error.${field}Whole`))
    .min(min, problem({ key: `requests.error.${field}Min`, values: { min } }))
    .max(max, problem({ key: `requests.error.${field}Max`, values: { max } }));
}

const capForm = z.object({
  requests: capNumber('capRequests', MIN_CAP_REQUESTS, MAX_CAP_REQUESTS),
  days: capNumber('capDays', MIN_CAP_DAYS, MAX_CAP_DAYS),
});

/** An admin changes the cap. */
export async function saveRequestCap(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly cap: RequestCap } | RequestFailure> {
  if (!canAdminister(viewer)) return refusal(403, 'requests.error.onlyAdmins');
  const parsed = parseForm(capForm, {
    requests: textField(form, 'requests'),
    days: textField(form, 'days'),
  });
  if (!parsed.ok) {
    const message = Object.values(parsed.errors)[0] ?? requestWords().t('requests.error.tryAgain');
    return { ok: false, status: 400, message };
  }
  await writeRequestCap(db, parsed.value, now);
  return { ok: true, cap: parsed.value };
}

/** How many more requests each person may be sent now, within the cap. */
export async function requestsLeftFor(
  db: Db,
  personIds: readonly string[],
  cap: RequestCap,
  now: Date,
): Promise<Map<string, number>> {
  const times = await listRequestTimesByPerson(db, personIds, capPeriodStart(cap, now));
  return new Map(personIds.map((id) => [id, requestsLeft(times.get(id) ?? [], cap, now)]));
}
