/**
 * The people on a story: co-authors (invited, and writers only once they
 * accept) and helpers. Only a story's authors choose who is on it; an
 * invitation is an invitation until the invited person answers it.
 */
import { isUuid } from '#src/domain/ids.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { refreshPublication } from '#src/server/consent/consent.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import {
  answerCoAuthorInvitation,
  deleteStoryHelper,
  insertCoAuthorInvitation,
  listCoAuthorInvitations,
  listGroupmates,
  listStoryPeople,
  upsertStoryHelper,
} from './story-people.repository.ts';
import { loadStoryForWriting, type StoryForWriting } from './stories.ts';

export type StoryPeopleResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly message: string; readonly notFound?: true };

/**
 * Handles the forms on a story's people page: invite a co-author, share the draft
 * with a helper, stop sharing. Only authors may change who is on a story, and only
 * people who share a group with them can be chosen. What it says is for the
 * author who sent the form, in their language; the invitation's email is in
 * the invited person's.
 */
export async function handleStoryPeopleForm(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<StoryPeopleResult> {
  const words = requestWords();
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded?.isAuthor)
    return { ok: false, message: words.t('my.writing.notFound'), notFound: true };
  const personId = textField(form, 'personId');
  const groupmates = await listGroupmates(db, viewer.id);
  const person = groupmates.find((candidate) => candidate.id === personId);
  switch (textField(form, 'intent')) {
    case 'invite-coauthor':
      if (!person) return { ok: false, message: words.t('my.people.chooseGroupmate') };
      // The invitation and its email (in the outbox) commit together.
      await inTransaction(db, async (trx) => {
        await insertCoAuthorInvitation(trx, storyId, person.id, now);
        await emailCoAuthorInvitation(trx, {
          storyId,
          title: loaded.story.title,
          inviterId: viewer.id,
          inviteeId: person.id,
          now,
        });
      });
      return {
        ok: true,
        message: words.t('my.people.invitedDone', { name: person.display_name }),
      };
    case 'share-with-helper': {
      const access = textField(form, 'access');
      if (!person) return { ok: false, message: words.t('my.people.chooseGroupmate') };
      if (access !== 'read' && access !== 'edit')
        return { ok: false, message: words.t('my.people.chooseAccess') };
      await upsertStoryHelper(db, storyId, person.id, access, viewer.id, now);
      return {
        ok: true,
        message: words.t(access === 'edit' ? 'my.people.sharedEdit' : 'my.people.sharedRead', {
          name: person.display_name,
        }),
      };
    }
    case 'stop-sharing':
      if (!isUuid(personId)) return { ok: false, message: words.t('my.people.chooseSomeone') };
      await deleteStoryHelper(db, storyId, personId);
      return { ok: true, message: words.t('my.people.stopped') };
    default:
      return { ok: false, message: words.t('my.people.unknownForm') };
  }
}

/**
 * Tells the person invited, with a link to the invitation and its equal yes
 * and no, in their own language (people.language).
 */
async function emailCoAuthorInvitation(
  db: Db,
  input: {
    readonly storyId: string;
    readonly title: string;
    readonly inviterId: string;
    readonly inviteeId: string;
    readonly now: Date;
  },
): Promise<void> {
  const people = await listPersonNameFacts(db, [input.inviterId, input.inviteeId]);
  const inviter = people.find((p) => p.id === input.inviterId);
  const invitee = people.find((p) => p.id === input.inviteeId);
  if (!invitee) return;
  const words = translatorFor(invitee.language);
  const who = inviter
    ? (inviter.firstName ?? inviter.displayName)
    : words.t('my.invitation.someone');
  const controller = readReceiptController();
  await sendMail(
    db,
    {
      to: invitee.email,
      subject: words.t('my.invitationEmail.subject', { who, title: input.title }),
      text: [
        words.t('my.invitationEmail.hello', { name: invitee.firstName ?? invitee.displayName }),
        '',
        words.t('my.invitationEmail.asked', { who, title: input.title }),
        words.t('my.invitationEmail.noIsFine'),
        '',
        words.t('my.invitationEmail.answer', {
          link: siteLink(`/my/invitations/${input.storyId}`),
        }),
        '',
        words.t('my.invitationEmail.from', { name: controller.name, email: controller.email }),
        '',
      ].join('\n'),
    },
    input.now,
  );
}

/** Accepts or declines an invitation to co-author a story. */
export async function answerCoAuthorInvite(
  db: Db,
  viewer: Viewer,
  storyId: string,
  accept: boolean,
  now: Date = new Date(),
): Promise<boolean> {
  if (!isUuid(storyId)) return false;
  return db.transaction().execute(async (trx) => {
    const answered = await answerCoAuthorInvitation(trx, storyId, viewer.id, accept);
    // A new co-author has not consented yet: the story leaves every audience
    // until they do (every author must agree).
    if (answered && accept) await refreshPublication(trx, storyId, now);
    return answered;
  });
}

/** Who is on a story, and (for its authors) the groupmates they could invite. */
export interface StoryPeople {
  readonly people: Awaited<ReturnType<typeof listStoryPeople>>;
  readonly groupmates: Awaited<ReturnType<typeof listGroupmates>>;
}

/** Loads a story's people for a person who may write it. */
export async function loadStoryPeople(
  db: Db,
  person: Viewer,
  loaded: StoryForWriting,
): Promise<StoryPeople> {
  const people = await listStoryPeople(db, loaded.story.id);
  const groupmates = loaded.isAuthor ? await listGroupmates(db, person.id) : [];
  return { people, groupmates };
}

/** The invitations to write a story together waiting for this person's answer. */
export function listMyInvitations(
  db: Db,
  person: Viewer,
): ReturnType<typeof listCoAuthorInvitations> {
  return listCoAuthorInvitations(db, person.id);
}
