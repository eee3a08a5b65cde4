/**
 * What waits for someone's answer, for the notes on their home page (/my):
 * uses their co-authors said yes to and they have not, and young people's
 * yeses that wait for them as a parent or carer.
 */
import { foldAuthorConsent } from '#src/domain/consent.ts';
import { SCOPES, type Scope } from '#src/domain/consent-types.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { scopeExplanation } from '#src/domain/sharing-explanations.ts';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { listStoriesForAuthor } from '#src/server/writing/stories.repository.ts';
import { loadGuardianItems } from './approvals.ts';
import { firstNameOf, loadFacts, runningConsent } from './sharing-facts.ts';

/** A use of a story that waits for this person's yes (a co-author said yes). */
export interface WaitingForMe {
  readonly storyId: string;
  readonly title: string;
  readonly scope: Scope;
  readonly where: string;
  /** First names of the co-authors who said yes. */
  readonly saidYes: readonly string[];
}

/**
 * What waits for this person, for the notes on their home page: uses their
 * co-authors said yes to and they have not, and young people's yeses that wait
 * for them as a parent or carer; in their words (the request's language unless given).
 */
export async function listWaitingForMe(
  db: Db,
  person: Viewer,
  now: Date,
  language: Language = currentLanguage(),
): Promise<{ readonly asCoAuthor: readonly WaitingForMe[]; readonly asGuardian: number }> {
  const i18n = translatorFor(language);
  const asCoAuthor: WaitingForMe[] = [];
  for (const story of await listStoriesForAuthor(db, person.id, now)) {
    const facts = await loadFacts(db, story.id);
    const me = facts?.authors.find((author) => author.personId === person.id);
    if (!facts || !me || facts.authors.length < 2) continue;
    for (const scope of SCOPES) {
      if (runningConsent(foldAuthorConsent(facts.events, me, scope, now))) continue;
      const saidYes = facts.authors
        .filter((author) => author.personId !== person.id)
        .filter((author) => runningConsent(foldAuthorConsent(facts.events, author, scope, now)))
        .map((author) => firstNameOf(facts, author.personId));
      if (saidYes.length > 0) {
        asCoAuthor.push({
          storyId: story.id,
          title: story.title,
          scope,
          where: scopeExplanation(scope, i18n).where,
          saidYes,
        });
      }
    }
  }
  const asGuardian = (await loadGuardianItems(db, person, now, language)).filter(
    (item) => item.status === 'waiting',
  ).length;
  return { asCoAuthor, asGuardian };
}
