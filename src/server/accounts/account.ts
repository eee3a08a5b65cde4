/**
 * A person's whole account: stop sharing everything at once,
 * download everything they wrote, and delete the account.
 *
 * Permission is the caller's: these act for `personId` and must only ever be
 * called with the signed-in person's own id. Consent changes go through
 * appendConsentEvent like any other (one ledger, one set of rules).
 */
import type { SerializedEditorState } from 'lexical';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { foldAuthorConsent } from '#src/domain/consent.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { SCOPES } from '#src/domain/consent-types.ts';
import { formatMomentInWords } from '#src/domain/calendar.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import { toFountain } from '#src/editor/fountain.ts';
import type { Db } from '#src/server/platform/db.ts';
import { requireOutsideTransaction } from '#src/server/platform/transaction.ts';
import type { MediaStore } from '#src/server/media/storage.ts';
import {
  readReceiptController,
  receiptText,
  listReceiptsForPerson,
  sendReceiptSummaryEmail,
} from '#src/server/consent/receipts.ts';
import {
  appendConsentEvent,
  listConsentEventsForStory,
} from '#src/server/consent/consent.repository.ts';
import { sendTakedownNotices } from '#src/server/requests/takedowns.ts';
import { listMediaForStory } from '#src/server/media/photos.repository.ts';
import { exportRecordings } from '#src/server/voice/export.ts';
import { listStorageKeysForStories } from '#src/server/media/storage-keys.repository.ts';
import {
  deleteAuthorships,
  deleteGroupMembershipsOfPerson,
  deleteGuardianLinksOfPerson,
  deleteHelperAccessOfPerson,
  deletePersonAndUser,
  deletePublications,
  deleteStories,
  listActiveStoryIdsForAuthor,
  listPersonNameFacts,
  listRevisionsForExport,
  listStoriesForExport,
  lockAuthorshipsForErasure,
  lockPublishedStoriesOfWards,
} from '#src/server/consent/receipts.repository.ts';
import { findPersonById } from './people.repository.ts';
import { deleteSignInDevicesForEmail } from './sign-in-requests.repository.ts';
import { emailHashOf } from './sign-in.ts';
import { listStoryAuthorsForConsent } from '#src/server/writing/stories.repository.ts';
import {
  listAnswersForStory,
  type AnswerRow,
} from '#src/server/being-heard/being-heard.repository.ts';

/** What "stop sharing all my stories" did. */
export interface WithdrawAllResult {
  /** How many consents (story × use) were withdrawn. */
  readonly withdrawn: number;
  /** How many stories had at least one. */
  readonly stories: number;
  /** The ledger events written, which are also the receipts' ids. */
  readonly eventIds: readonly string[];
}

/**
 * Withdraws every consent of this person that is running (or waiting for a
 * guardian) on every story they write, in every use. Doing it again withdraws
 * nothing more. GDPR Art. 7(3): withdrawing must be as easy as giving.
 */
export async function withdrawAllConsents(
  db: Db,
  personId: string,
  now: Date,
  options: { readonly sendEmail?: boolean } = {},
): Promise<WithdrawAllResult> {
  const eventIds: string[] = [];
  let stories = 0;
  for (const storyId of await listActiveStoryIdsForAuthor(db, personId)) {
    // One transaction per story: each story comes down whole, and a problem with
    // one story never keeps another one up.
    const written = await db.transaction().execute(async (trx) => {
      const authors = await listStoryAuthorsForConsent(trx, storyId);
      const me = authors.find((author) => author.personId === personId);
      if (!me) return [];
      const events = await listConsentEventsForStory(trx, storyId);
      const ids: string[] = [];
      for (const scope of SCOPES) {
        const status = foldAuthorConsent(events, me, scope, now).status;
        if (status !== 'valid' && status !== 'awaiting-guardian') continue;
        const result = await appendConsentEvent(
          trx,
          storyId,
          { kind: 'withdraw', actorId: personId, subjectId: personId, scope },
          { now },
        );
        // 'nothing-to-withdraw' means someone else's request got there first:
        // the consent is already gone, which is what was asked for.
        if (result.ok) ids.push(result.eventId);
      }
      return ids;
    });
    if (written.length > 0) stories += 1;
    eventIds.push(...written);
  }
  if (options.sendEmail !== false && eventIds.length > 0) {
    await sendReceiptSummaryEmail(db, personId, eventIds, { now });
  }
  // Comms staff hear of off-site uses to take down even when the person is
  // being erased: the places the story went must still be cleared.
  if (eventIds.length > 0) await sendTakedownNotices(db, now);
  return { withdrawn: eventIds.length, stories, eventIds };
}

// Names inside the zip come from slugs (already [a-z0-9-]) but are cleaned again
// here so no value can ever make a path that climbs out of its folder.
function safeName(value: string, fallback: string): string {
  const cleaned = value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return cleaned || fallback;
}

/** The answers to a story and the replies to them, in plain words, oldest first. */
function answersText(answers: readonly AnswerRow[], timeZone: string, words: Translator): string {
  const t: Translator['t'] = (key, values) => words.t(key, values);
  const when = (moment: Date) => formatMomentInWords(moment, timeZone, words.language);
  return `${answers
    .map((answer) => {
      const notes = [
        answer.helpful === true ? t('accounts.export.helped') : '',
        answer.helpful === false ? t('accounts.export.notHelped') : '',
        answer.hiddenAt ? t('accounts.export.hidden') : '',
        answer.shownPubliclyAt ? t('accounts.export.shown') : '',
      ].filter((note) => note !== '');
      const replies = answer.replies.map(
        (reply) =>
          `${t('accounts.export.reply', { name: reply.writerName, when: when(reply.createdAt) })}\n${reply.text}`,
      );
      return [
        answer.writerName !== null
          ? t('accounts.export.answer', { name: answer.writerName, when: when(answer.createdAt) })
          : t('accounts.export.answerUnnamed', { when: when(answer.createdAt) }),
        answer.text,
        ...notes,
        ...replies.map((reply) => `\n${reply}`),
      ].join('\n');
    })
    .join('\n\n---\n\n')}\n`;
}

/**
 * A zip of everything the person wrote: every revision as text, Fountain for
 * scripts, photos, answers and receipts. Its words (the README, each
 * revision's heading) are in `language`, the person's; the names of its files
 * and folders are the same in every language, so anything that reads the zip
 * finds them.
 */
export async function exportEverything(
  db: Db,
  store: MediaStore,
  personId: string,
  now: Date = new Date(),
  language: Language = DEFAULT_LANGUAGE,
): Promise<Uint8Array> {
  const { timeZone } = readReceiptController();
  const words = translatorFor(language);
  const t: Translator['t'] = (key, values) => words.t(key, values);
  const files: Zippable = { 'README.txt': strToU8(t('accounts.export.readme')) };
  const used = new Set<string>();
  for (const story of await listStoriesForExport(db, personId)) {
    let folder = safeName(story.slug, 'story');
    for (let n = 2; used.has(folder); n++) folder = `${safeName(story.slug, 'story')}-${n}`;
    used.add(folder);
    const base = `stories/${folder}`;
    const revisions = await listRevisionsForExport(db, story.id);
    for (const revision of revisions) {
      // Numbers as they are, as the file always wrote them.
      const header = [
        t('accounts.export.title', { title: story.title }),
        t('accounts.export.version', {
          number: String(revision.number),
          total: String(revisions.length),
        }),
        t('accounts.export.saved', {
          when: formatMomentInWords(revision.created_at, timeZone, language),
        }),
        t('accounts.export.words', { count: String(revision.word_count) }),
      ].join('\n');
      files[`${base}/revision-${revision.number}.txt`] = strToU8(
        `${header}\n\n${revision.plain_text}\n`,
      );
    }
    const latest = revisions[revisions.length - 1];
    if (story.kind === 'film_script' && latest) {
      files[`${base}/revision-${latest.number}.fountain`] = strToU8(
        toFountain(latest.editor_state as SerializedEditorState, story.title),
      );
    }
    const photos = await listMediaForStory(db, story.id);
    const described: string[] = [];
    for (const photo of photos) {
      const bytes = await store.get(photo.storageKey, 'large');
      if (!bytes) continue;
      const name = `${safeName(photo.id, 'photo')}-large.webp`;
      // WebP is already compressed: store it as it is.
      files[`${base}/photos/${name}`] = [bytes, { level: 0 }];
      described.push(`${name}: ${photo.altText}`);
    }
    if (described.length > 0) {
      files[`${base}/photos/photos.txt`] = strToU8(`${described.join('\n')}\n`);
    }
    Object.assign(
      files,
      await exportRecordings(db, store, story.id, latest?.editor_state, `${base}/recordings`),
    );
    const answers = await listAnswersForStory(db, story.id);
    if (answers.length > 0) {
      files[`${base}/answers.txt`] = strToU8(answersText(answers, timeZone, words));
    }
  }
  const receipts = await listReceiptsForPerson(db, personId, now);
  files['receipts.json'] = strToU8(
    `${JSON.stringify(
      receipts.map((receipt) => receipt.kantara),
      null,
      2,
    )}\n`,
  );
  files['receipts.txt'] = strToU8(
    receipts.length === 0
      ? `${t('accounts.export.noReceipts')}\n`
      : `${receipts.map((receipt) => receiptText(receipt)).join('\n\n---\n\n')}\n`,
  );
  return zipSync(files, { mtime: now });
}

/** What erasing an account did. */
export type EraseAccountResult =
  | {
      readonly ok: true;
      readonly withdrawn: number;
      readonly storiesErased: number;
      readonly authorshipsRemoved: number;
      readonly photosErased: number;
      readonly recordingsErased: number;
      /** Photo files that could not be removed (logged with their keys for a sweep). */
      readonly filesLeft: number;
    }
  | { readonly ok: false; readonly reason: 'no-such-person' };

/** What the account page's "Yes, delete my account" button sends; nothing else erases. */
export const DELETE_CONFIRMATION = 'delete-my-account';

/**
 * Erases a person's account: withdraws every consent first (so their stories come
 * off the public site through the ledger), then, in one transaction, deletes the
 * stories only they write (with revisions and photos), their place on stories
 * written with others, their sessions, guardian links, group memberships and
 * profile. Photo files go only after that commits. The ledger keeps its opaque
 * ids and hashes, so it still verifies.
 */
export async function eraseAccount(
  db: Db,
  store: MediaStore,
  personId: string,
  now: Date,
): Promise<EraseAccountResult> {
  requireOutsideTransaction(db, 'eraseAccount', 'files go once the rows have');
  // No receipt emails: the account (and its address) is about to go, and the
  // outbox must not keep story titles of an erased person.
  const { withdrawn } = await withdrawAllConsents(db, personId, now, { sendEmail: false });
  const erased = await db.transaction().execute(async (trx) => {
    if (!(await findPersonById(trx, personId))) return undefined;
    const authorships = await lockAuthorshipsForErasure(trx, personId);
    const sole = authorships
      .filter((a) => a.status === 'active' && a.otherActiveAuthors === 0)
      .map((a) => a.storyId);
    const shared = authorships.filter((a) => !sole.includes(a.storyId)).map((a) => a.storyId);
    // Their consents were just withdrawn, so none of these is public; taking the
    // rows down again covers a consent given in the moment between (the byline
    // would still carry their name) and announces the change to every instance.
    await deletePublications(trx, [...sole, ...shared]);
    const photoKeys = await listStorageKeysForStories(trx, 'media', sole);
    const recordingKeys = await listStorageKeysForStories(trx, 'recordings', sole);
    const storiesErased = await deleteStories(trx, sole);
    const authorshipsRemoved = await deleteAuthorships(trx, personId, shared);

    // A young person's story shown with this guardian's co-consent loses it when
    // the link goes (the rule counts only guardians linked now), so the read
    // model must follow: take down any that the rules no longer allow.
    const wardStories = await lockPublishedStoriesOfWards(trx, personId);
    await deleteGuardianLinksOfPerson(trx, personId);
    const noLongerPublic: string[] = [];
    for (const storyId of wardStories) {
      const visibility = decideVisibility({
        authors: await listStoryAuthorsForConsent(trx, storyId),
        events: await listConsentEventsForStory(trx, storyId),
        scope: 'public_site',
        now,
      });
      if (!visibility.visible) noLongerPublic.push(storyId);
    }
    await deletePublications(trx, noLongerPublic);

    await deleteGroupMembershipsOfPerson(trx, personId);
    await deleteHelperAccessOfPerson(trx, personId);
    // The browsers they signed in on are remembered by a hash of their address.
    const [facts] = await listPersonNameFacts(trx, [personId]);
    if (facts) await deleteSignInDevicesForEmail(trx, emailHashOf(facts.email));
    await deletePersonAndUser(trx, personId);
    return {
      storiesErased,
      authorshipsRemoved,
      storageKeys: [...photoKeys, ...recordingKeys],
      photosErased: photoKeys.length,
      recordingsErased: recordingKeys.length,
    };
  });
  if (!erased) return { ok: false, reason: 'no-such-person' };

  let filesLeft = 0;
  for (const key of erased.storageKeys) {
    try {
      await store.delete(key);
    } catch (error) {
      // The rows are gone, so nobody can be served these files; log the key so
      // the stray files can be found and removed (docs/decisions/004).
      filesLeft += 1;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(
        `Could not remove the files of an erased photo or recording (${key}): ${reason}`,
      );
    }
  }
  return {
    ok: true,
    withdrawn,
    storiesErased: erased.storiesErased,
    authorshipsRemoved: erased.authorshipsRemoved,
    photosErased: erased.photosErased,
    recordingsErased: erased.recordingsErased,
    filesLeft,
  };
}
