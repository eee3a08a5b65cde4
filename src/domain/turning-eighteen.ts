/**
 * Turning 18: a parent or carer speaks for a young person only while they are
 * under 18 (src/domain/consent.ts ignores a guardian's approval or stop made
 * after that). What was decided while they were younger keeps running, so
 * nothing stops without them knowing, and they are asked, in their own name,
 * about each use: keep it or stop it, one press each. Pure: the moment to
 * judge is always passed in.
 */
import { AGE_OF_MAJORITY, isMinorOn } from './age.ts';
import { addMonthsToDay, type CalendarDay } from './calendar.ts';
import { foldAuthorConsent } from './consent.ts';
import {
  SCOPES,
  type AuthorConsent,
  type ConsentEvent,
  type Scope,
  type StoryAuthor,
} from './consent-types.ts';

/** How long after their 18th birthday someone is still told they have turned 18. */
export const TOLD_WITHIN_MONTHS = 13;

/** The calendar day a person born on `dateOfBirth` ('YYYY-MM-DD') turns 18. */
export function eighteenthBirthday(dateOfBirth: CalendarDay): CalendarDay {
  // 29 February + 18 years falls on 1 March in a common year, the usual
  // reading in England and Wales (as src/domain/age.ts counts it).
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const target = year + AGE_OF_MAJORITY;
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (month === 2 && day === 29 && !leap(target)) return `${target}-03-01`;
  return `${target}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The dates of birth of people who turned 18 recently enough to be told, as an
 * inclusive range for a query: born on `earliest` to `latest`, both 'YYYY-MM-DD'.
 * Someone who turned 18 long ago is not told now: anything decided before then
 * has run out (a yes lasts 12 months at most).
 */
export function recentlyEighteenBorn(today: CalendarDay): {
  readonly earliest: CalendarDay;
  readonly latest: CalendarDay;
} {
  const latest = addMonthsToDay(today, -12 * AGE_OF_MAJORITY);
  const earliest = addMonthsToDay(latest, -TOLD_WITHIN_MONTHS);
  return { earliest, latest };
}

/** One use of one story a person decided on while they were under 18. */
export interface UseDecidedYounger {
  readonly storyId: string;
  readonly scope: Scope;
  /** `shared`: running now on their yes from then; `waiting`: it was waiting for a parent or carer. */
  readonly state: 'shared' | 'waiting';
  readonly consent: AuthorConsent;
}

/** A story as the turning-18 question needs it. */
export interface StoryLedger {
  readonly storyId: string;
  readonly authors: readonly StoryAuthor[];
  readonly events: readonly ConsentEvent[];
}

/**
 * Whether `person` is an adult now whose earlier decisions should be asked
 * about: 18 or over by a known date of birth (someone with no date of birth
 * and a parent or carer is treated as under 18, and never "turns" 18 here).
 */
export function isNowAdult(person: StoryAuthor, now: Date): boolean {
  return person.dateOfBirth !== null && !isMinorOn(person, now);
}

/**
 * Every use `personId` said yes to while under 18 that still stands, now that
 * they are 18: each is theirs to keep or stop. A yes given since turning 18
 * replaces the earlier one, so the use drops off this list.
 */
export function usesDecidedYounger(
  personId: string,
  stories: readonly StoryLedger[],
  now: Date,
): UseDecidedYounger[] {
  const uses: UseDecidedYounger[] = [];
  for (const story of stories) {
    const me = story.authors.find((author) => author.personId === personId);
    if (!me || !isNowAdult(me, now)) continue;
    for (const scope of SCOPES) {
      const status = foldAuthorConsent(story.events, me, scope, now);
      if (status.status !== 'valid' && status.status !== 'awaiting-guardian') continue;
      if (!isMinorOn(me, status.consent.grantedAt)) continue;
      uses.push({
        storyId: story.storyId,
        scope,
        state: status.status === 'valid' ? 'shared' : 'waiting',
        consent: status.consent,
      });
    }
  }
  return uses;
}
