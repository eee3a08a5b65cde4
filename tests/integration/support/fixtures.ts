/**
 * Small builders for integration tests, all through the app's own repositories.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import { countWords } from '#src/domain/words.ts';
import { editorStateFromParagraphs, extractPlainText } from '#src/editor/plain-text.ts';
import type { Db } from '#src/server/platform/db.ts';
import { insertPerson } from '#src/server/accounts/people.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';

/** A person's sign-in address, as the app keeps it. */
export async function emailOf(db: Db, personId: string): Promise<string> {
  const row = await db
    .selectFrom('User')
    .select('email')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.email;
}

/** The language a person reads Heard in, as stored on their account. */
export async function languageOf(db: Db, personId: string): Promise<string> {
  const row = await db
    .selectFrom('people')
    .select('language')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.language;
}

/** Creates a person with a unique email. */
export async function makePerson(
  db: Db,
  options: {
    name?: string;
    firstName?: string;
    dateOfBirth?: string;
    roles?: Role[];
    pseudonym?: string;
  } = {},
): Promise<string> {
  const name = options.name ?? 'Test Person';
  return insertPerson(db, {
    email: `${randomBytes(6).toString('hex')}@example.test`,
    displayName: name,
    firstName: options.firstName ?? name.split(' ')[0] ?? null,
    defaultPseudonym: options.pseudonym ?? null,
    dateOfBirth: options.dateOfBirth ?? null,
    roles: options.roles ?? ['contributor'],
  });
}

/** Creates a story by these authors with one revision of the given text. */
export async function makeStory(
  db: Db,
  authorIds: string[],
  options: { title?: string; paragraphs?: string[]; now?: Date } = {},
): Promise<{ id: string; slug: string }> {
  const now = options.now ?? new Date('2026-01-01T10:00:00Z');
  const story = await insertStory(db, {
    title: options.title ?? 'A test story',
    kind: 'life_story',
    authorIds,
    now,
  });
  await saveText(
    db,
    story.id,
    authorIds[0] ?? '',
    options.paragraphs ?? ['Once upon a time.'],
    null,
    now,
  );
  return { id: story.id, slug: story.slug };
}

/** Saves a new revision of plain paragraphs on top of `basedOn`. */
export async function saveText(
  db: Db,
  storyId: string,
  authorId: string,
  paragraphs: string[],
  basedOn: number | null,
  now = new Date('2026-01-01T10:00:00Z'),
) {
  const editorState = editorStateFromParagraphs(paragraphs);
  const plainText = extractPlainText(editorState);
  return insertRevision(db, {
    storyId,
    editorState,
    plainText,
    wordCount: countWords(plainText),
    authorId,
    basedOn,
    now,
  });
}

/** A form post's fields, as a page would receive them (repeated keys for lists). */
export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/**
 * Waits until the sign-in link for `email` works. Auth.js stores a link's
 * token and sends its email side by side, after the sign-in page has
 * answered, so the email can be in the outbox a moment before its token is.
 */
export async function waitForSignInToken(db: Db, email: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          await db
            .selectFrom('VerificationToken')
            .select('identifier')
            .where('identifier', '=', email)
            .execute()
        ).length,
    )
    .toBeGreaterThan(0);
}
