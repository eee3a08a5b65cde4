/**
 * Builders for stories on the public site: text with a marked sensitive detail,
 * photos, themes and content notes, and a public-site yes, all through the app's
 * own validation and repositories.
 */
import { countWords } from '#src/domain/words.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import type { Db } from '#src/server/platform/db.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import { makePhoto } from '../../fixtures/images/make-images.ts';
import { makePerson } from './fixtures.ts';

/** Text before, a marked detail, and text after: "I grew up in [Aberystwyth]." */
export interface MarkedText {
  readonly before: string;
  readonly detail: string;
  readonly replacement: string;
  readonly after: string;
}

const DEFAULT_TEXT: MarkedText = {
  before: 'I grew up in',
  detail: 'Aberystwyth',
  replacement: 'a town in Wales',
  after: '.',
};

/** Saves a revision with a marked detail and these photos (the second and later show people). */
export async function saveMarkedText(
  db: Db,
  storyId: string,
  authorId: string,
  text: Partial<MarkedText>,
  basedOn: number | null,
  photos: readonly string[] = [],
): Promise<void> {
  const { before, detail, replacement, after } = { ...DEFAULT_TEXT, ...text };
  const state = {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: `${before} ` },
            {
              type: 'sensitive-detail',
              detailKind: 'place',
              replacement,
              children: [{ type: 'text', text: detail }],
            },
            { type: 'text', text: after },
          ],
        },
        ...photos.map((mediaId, index) => ({
          type: 'photo',
          mediaId,
          altText: index === 0 ? 'The harbour at dawn' : 'My sister and me',
          showsIdentifiablePeople: index > 0,
        })),
      ],
    },
  };
  const valid = validateEditorState(state, 'life_story');
  if (!valid.ok) throw new Error(valid.message);
  const saved = await insertRevision(db, {
    storyId,
    editorState: valid.state,
    plainText: valid.plainText,
    wordCount: countWords(valid.plainText),
    authorId,
    basedOn,
    now: new Date(),
  });
  if (!saved.ok) throw new Error('could not save');
}

/** A story with a marked place, optionally with a landscape photo and a photo of people. */
export async function makeMarkedStory(
  db: Db,
  options: {
    readonly title?: string;
    readonly authorName?: string;
    readonly themes?: string[];
    readonly contentNotes?: string[];
    readonly text?: Partial<MarkedText>;
    readonly photos?: boolean;
  } = {},
) {
  const author = await makePerson(db, { name: options.authorName ?? 'Margaret Ellis' });
  const story = await insertStory(db, {
    title: options.title ?? 'The harbour',
    kind: 'life_story',
    authorIds: [author],
    themes: options.themes ?? [],
    contentNotes: options.contentNotes ?? [],
    now: new Date(),
  });
  const photo = async (people: boolean) => {
    const stored = await storeUploadedPhoto(db, createLocalMediaStore(), {
      storyId: story.id,
      uploadedBy: author,
      bytes: await makePhoto(64, 48, 'jpeg'),
      altText: people ? 'My sister and me' : 'The harbour at dawn',
      showsIdentifiablePeople: people,
    });
    if (!stored.ok) throw new Error(stored.message);
    return stored.media.id;
  };
  const photos = options.photos === false ? [] : [await photo(false), await photo(true)];
  await saveMarkedText(db, story.id, author, options.text ?? {}, null, photos);
  return {
    author,
    storyId: story.id,
    slug: story.slug,
    landscape: photos[0] ?? '',
    people: photos[1] ?? '',
  };
}

/** The author's yes to the public site for a revision; returns the ledger event id. */
export async function grantPublic(
  db: Db,
  storyId: string,
  author: string,
  revisionNumber: number,
  options: { anonymity?: 'named' | 'first_name'; now?: Date; expiresAt?: Date } = {},
): Promise<string> {
  const result = await appendConsentEvent(
    db,
    storyId,
    {
      kind: 'grant',
      actorId: author,
      subjectId: author,
      scope: 'public_site',
      anonymity: options.anonymity ?? 'first_name',
      revisionNumber,
      expiresAt: options.expiresAt,
    },
    { now: options.now ?? new Date() },
  );
  if (!result.ok) throw new Error(result.reason);
  return result.eventId;
}

/** The author's withdrawal from the public site. */
export async function withdrawPublic(db: Db, storyId: string, author: string): Promise<void> {
  const result = await appendConsentEvent(
    db,
    storyId,
    { kind: 'withdraw', actorId: author, subjectId: author, scope: 'public_site' },
    { now: new Date() },
  );
  if (!result.ok) throw new Error(result.reason);
}
