/**
 * Emails to a story's authors about what a service did with it: an answer, or
 * a change linked to the story. Each author is written to in their own
 * language, greeted by name, and told there is nothing they need to do, so
 * the mail never reads as a request to tell more or share again.
 */
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { listAuthorContacts } from './being-heard.repository.ts';

/** One author's email: its subject and the lines between the greeting and the sign-off. */
export interface AuthorMail {
  readonly subject: string;
  readonly lines: readonly string[];
}

/** Emails each active author of the story, `write` wording it in their language (`site` is Heard's address). */
export async function mailStoryAuthors(
  db: Db,
  storyId: string,
  now: Date,
  write: (words: Translator, site: string) => AuthorMail,
): Promise<void> {
  const site = publicOrigin();
  for (const author of await listAuthorContacts(db, storyId)) {
    const words = translatorFor(author.language);
    const mail = write(words, site);
    await sendMail(
      db,
      {
        to: author.email,
        subject: mail.subject,
        text: [
          words.t('services.email.hello', { name: author.name }),
          '',
          ...mail.lines,
          '',
          words.t('services.email.nothingToDo'),
          '',
        ].join('\n'),
      },
      now,
    );
  }
}
