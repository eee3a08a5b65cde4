/**
 * The service leads' changes: recording what changed (or could not, and why)
 * and linking the stories that led to it; each linked author is told. Whether
 * a link may be made, and what it shows to whom, is src/domain/being-heard.ts's.
 */
import {
  CHANGE_STATUS_MESSAGES,
  canUseServicePages,
  checkChange,
  decideChangeLink,
  decideImprovementReading,
  type ChangeDraft,
} from '#src/domain/being-heard.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { isUuid } from '#src/domain/ids.ts';
import { audienceAt, decideStory } from './decide.ts';
import { findImprovementCandidate } from './being-heard.repository.ts';
import { mailStoryAuthors } from './author-mail.ts';
import {
  findServiceChange,
  insertServiceChange,
  linkStoryToChange,
  listLinksOfChanges,
  listServiceChanges,
  unlinkStoryFromChange,
  updateServiceChange,
  type ChangeRow,
} from './changes.repository.ts';

import { loadServiceStories, type ServiceFailure, type ServiceStoryCard } from './services.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** A story linked to a change, as a service lead may see it. */
export interface LinkedStory {
  readonly storyId: string;
  readonly title: string;
  /** The story's language (a BCP 47 tag), for marking its title. */
  readonly language: string;
  readonly byline: string;
}

/** A change with the stories a service lead may see linked to it. */
export interface ServiceChange extends ChangeRow {
  readonly statusWords: string;
  readonly stories: readonly LinkedStory[];
}

/**
 * The links of changes that show to a service lead now (consent for
 * improvement holds), each status in the words of the request's language.
 */
async function withLinkedStories(
  db: Db,
  changes: readonly ChangeRow[],
  now: Date,
): Promise<ServiceChange[]> {
  const links = await listLinksOfChanges(
    db,
    changes.map((change) => change.id),
  );
  const shown = new Map<string, LinkedStory | null>();
  for (const link of links) {
    if (shown.has(link.storyId)) continue;
    const decided = await decideStory(db, link.storyId, now);
    const decision = decideChangeLink({ audience: 'service_lead', ...decided });
    const story = decision.shown ? await findImprovementCandidate(db, link.storyId) : undefined;
    shown.set(
      link.storyId,
      decision.shown && story
        ? {
            storyId: link.storyId,
            title: story.title,
            language: story.language,
            byline: (await audienceAt(db, link.storyId, decided.authors, decision.anonymity))
              .byline,
          }
        : null,
    );
  }
  const words = requestWords();
  return changes.map((change) => ({
    ...change,
    statusWords: words.t(CHANGE_STATUS_MESSAGES[change.status]),
    stories: links
      .filter((link) => link.changeId === change.id)
      .flatMap((link) => {
        const story = shown.get(link.storyId);
        return story ? [story] : [];
      }),
  }));
}

/** `/services/changes`: every change, latest news first, with the stories that led to it. */
export async function loadServiceChanges(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<ServiceChange[] | undefined> {
  if (!canUseServicePages(viewer)) return undefined;
  return withLinkedStories(db, await listServiceChanges(db), now);
}

/** `/services/changes/[id]`: one change, and the stories that may still be linked to it. */
export async function loadServiceChange(
  db: Db,
  viewer: Viewer,
  changeId: string,
  now: Date,
): Promise<{ change: ServiceChange; linkable: ServiceStoryCard[] } | undefined> {
  if (!canUseServicePages(viewer) || !isUuid(changeId)) return undefined;
  const row = await findServiceChange(db, changeId);
  if (!row) return undefined;
  const [change] = await withLinkedStories(db, [row], now);
  if (!change) return undefined;
  const linked = new Set(change.stories.map((story) => story.storyId));
  const stories = (await loadServiceStories(db, viewer, now)) ?? [];
  return { change, linkable: stories.filter((story) => !linked.has(story.storyId)) };
}

/** The change a form describes, or a refusal naming the details to fix. */
function changeFromForm(
  form: FormData,
): { readonly ok: true; readonly change: ChangeDraft } | ServiceFailure {
  const words = requestWords();
  const checked = checkChange(
    {
      what: textField(form, 'what'),
      service: textField(form, 'service'),
      status: form.get('status'),
      whyNot: textField(form, 'whyNot'),
    },
    words,
  );
  if (checked.ok) return checked;
  const message = words.t('services.refused.someDetails');
  return { ok: false, status: 400, message, errors: checked.errors };
}

/** Records a change, linked at once to the story it came from when one is given. */
export async function recordChange(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly changeId: string } | ServiceFailure> {
  if (!canUseServicePages(viewer)) return refusal(403, 'services.refused.onlyLeadsRecord');
  const checked = changeFromForm(form);
  if (!checked.ok) return checked;
  const storyId = textField(form, 'story');
  if (storyId !== '' && !(await isReadableForLink(db, viewer, storyId, now))) {
    return refusal(404, 'services.refused.thatNotShared');
  }
  const changeId = await db.transaction().execute(async (trx) => {
    const id = await insertServiceChange(trx, { ...checked.change, recordedBy: viewer.id, now });
    if (storyId !== '') {
      await linkStoryToChange(trx, { changeId: id, storyId, linkedBy: viewer.id, now });
    }
    return id;
  });
  if (storyId !== '') await tellAuthorsOfLink(db, storyId, checked.change, now);
  return { ok: true, changeId };
}

async function isReadableForLink(
  db: Db,
  viewer: Viewer,
  storyId: string,
  now: Date,
): Promise<boolean> {
  if (!isUuid(storyId)) return false;
  const decided = await decideStory(db, storyId, now);
  return decideImprovementReading(viewer, decided.improvement).readable;
}

/** What a change page's forms did. */
export type ChangeFormDone = 'saved' | 'linked' | 'unlinked';

/** `/services/changes/[id]` forms: update the change, link a story, take a link off. */
export async function handleServiceChangeForm(
  db: Db,
  viewer: Viewer,
  changeId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly done: ChangeFormDone } | ServiceFailure> {
  if (!canUseServicePages(viewer)) return refusal(403, 'services.refused.onlyLeadsChange');
  const change = isUuid(changeId) ? await findServiceChange(db, changeId) : undefined;
  if (!change) return refusal(404, 'services.refused.noSuchChange');
  const intent = form.get('intent');
  switch (typeof intent === 'string' ? intent : '') {
    case 'update': {
      const checked = changeFromForm(form);
      if (!checked.ok) return checked;
      await updateServiceChange(db, changeId, checked.change, now);
      if (checked.change.status !== change.status) {
        for (const link of await listLinksOfChanges(db, [changeId])) {
          await tellAuthorsOfLink(db, link.storyId, checked.change, now);
        }
      }
      return { ok: true, done: 'saved' };
    }
    case 'link': {
      const storyId = textField(form, 'story');
      if (!(await isReadableForLink(db, viewer, storyId, now))) {
        return refusal(400, 'services.refused.chooseSharedStory');
      }
      const added = await linkStoryToChange(db, { changeId, storyId, linkedBy: viewer.id, now });
      if (added) await tellAuthorsOfLink(db, storyId, change, now);
      return { ok: true, done: 'linked' };
    }
    case 'unlink': {
      const storyId = textField(form, 'story');
      if (!isUuid(storyId)) return refusal(400, 'services.refused.chooseStory');
      await unlinkStoryFromChange(db, changeId, storyId);
      return { ok: true, done: 'unlinked' };
    }
    default:
      return refusal(400, 'services.refused.tryAgain');
  }
}

/**
 * Tells a story's authors what is happening because of it, only while the
 * link shows to them (their yes for improving services holds), each in their
 * own language. No request to tell more, speak publicly or share again: only
 * what changed.
 */
async function tellAuthorsOfLink(
  db: Db,
  storyId: string,
  change: ChangeDraft,
  now: Date,
): Promise<void> {
  const decided = await decideStory(db, storyId, now);
  if (!decideChangeLink({ audience: 'author', ...decided }).shown) return;
  const story = await findImprovementCandidate(db, storyId);
  if (!story) return;
  await mailStoryAuthors(db, storyId, now, (words, site) => {
    const status = words.t(CHANGE_STATUS_MESSAGES[change.status]);
    return {
      subject: words.t('services.email.change.subject', { title: story.title }),
      lines: [
        words.t('services.email.change.intro', { title: story.title, service: change.service }),
        '',
        change.what,
        change.whyNot
          ? words.t('services.email.change.standsWhy', { status, why: change.whyNot })
          : words.t('services.email.change.stands', { status }),
        '',
        words.t('services.email.change.seeAll'),
        `${site}/my/changes`,
      ],
    };
  });
}
