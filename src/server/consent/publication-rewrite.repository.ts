/**
 * The publications read model, written from the ledger: a story's public row,
 * its themes and its search words, made to match what the domain decides for
 * the public site now. Called only by consent.repository.ts, under the ledger's
 * lock and in the transaction of the change that calls for it
 * (docs/decisions/002-ledger-and-read-model.md).
 */
import { sql } from 'kysely';
import type { SerializedEditorState } from 'lexical';
import { anonymousName, displayName, mostPrivateAnonymity } from '#src/domain/anonymity.ts';
import { joinAuthorNames } from '#src/domain/bylines.ts';
import { asLanguage } from '#src/i18n/languages.ts';
import { decideVisibility, type VisibilityInput } from '#src/domain/consent-visibility.ts';
import type { Visibility } from '#src/domain/consent-types.ts';
import { themeSlug } from '#src/domain/slug.ts';
import { countWords, excerptOf } from '#src/domain/words.ts';
import { redactedPlainText } from '#src/editor/render.ts';
import { listStoryAuthorNames } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/**
 * Makes the story's publication row match what the domain decides for the public
 * site now: written when visible, removed when not. Announces the change so every
 * app instance drops what it holds for the story.
 */
export async function rewritePublication(
  trx: Db,
  storyId: string,
  input: Pick<VisibilityInput, 'authors' | 'events' | 'now'>,
): Promise<Visibility> {
  const visibility = decideVisibility({
    authors: input.authors,
    events: input.events,
    scope: 'public_site',
    now: input.now,
  });
  if (!visibility.visible) {
    await trx.deleteFrom('publications').where('story_id', '=', storyId).execute();
  } else {
    const current = await trx
      .selectFrom('stories')
      .select([
        'slug',
        'title',
        'kind',
        'themes',
        'content_notes',
        'first_published_at',
        'language',
      ])
      .where('id', '=', storyId)
      .executeTakeFirstOrThrow();
    // What the public sees is what each author agreed to: the title, themes,
    // notes and the name each was shown as, kept with their yes. Edits since
    // stay private until every author shares them (only a yes recorded before
    // these were kept falls back to the story as it is).
    const fingerprints = visibility.consents.flatMap((consent) =>
      consent.fingerprint === null ? [] : [consent.fingerprint],
    );
    const agreed =
      fingerprints.length === 0
        ? []
        : await trx
            .selectFrom('consented_versions')
            .selectAll()
            .where('story_id', '=', storyId)
            .where('fingerprint', 'in', fingerprints)
            .execute();
    const version = agreed[0];
    const story = {
      ...current,
      title: version?.title ?? current.title,
      themes: version?.themes ?? current.themes,
      content_notes: version?.content_notes ?? current.content_notes,
    };
    const people = await listStoryAuthorNames(trx, storyId);
    // Stand-in names ("Anonymous") are in the story's language, as its preview showed them.
    const language = asLanguage(current.language);
    const names = visibility.consents.map((consent) => {
      const kept = agreed.find((row) => row.fingerprint === consent.fingerprint);
      if (kept) return kept.shown_name;
      const person = people.find((candidate) => candidate.personId === consent.personId);
      return person ? displayName(person, consent.anonymity, language) : anonymousName(language);
    });
    const revision = await trx
      .selectFrom('revisions')
      .select(['editor_state', 'script_names'])
      .where('story_id', '=', storyId)
      .where('number', '=', visibility.revisionNumber)
      .executeTakeFirstOrThrow();
    // Search, snippets, excerpts and feeds only ever see this text: the consented
    // revision with sensitive details replaced as the most private author chose.
    const searchText = redactedPlainText(
      revision.editor_state as SerializedEditorState,
      mostPrivateAnonymity(visibility.consents.map((consent) => consent.anonymity)),
      revision.script_names,
    );
    const publishedAt = visibility.consents.reduce(
      (latest, consent) => (consent.grantedAt > latest ? consent.grantedAt : latest),
      new Date(0),
    );
    const row = {
      slug: story.slug,
      title: story.title,
      kind: story.kind,
      revision_number: visibility.revisionNumber,
      author_names: joinAuthorNames(names, language),
      anonymity: visibility.consents.map((consent) => consent.anonymity),
      themes: story.themes,
      content_notes: story.content_notes,
      published_at: publishedAt,
      expires_at: visibility.expiresAt,
      search_text: searchText,
      excerpt: excerptOf(searchText),
      word_count: countWords(searchText),
      // Decides the search document's text-search configuration (db/migrations/0019_languages.ts).
      language: story.language,
      // A new version on every rewrite, so caches and ETags keyed by it never outlive it.
      version: sql<number>`nextval('publication_versions')`,
    };
    await trx
      .insertInto('publications')
      .values({ story_id: storyId, ...row })
      .onConflict((oc) => oc.column('story_id').doUpdateSet(row))
      .execute();
    await replacePublicationThemes(trx, storyId, story.themes, publishedAt, visibility.expiresAt);
    await replacePublicationWords(trx, storyId);
    if (!story.first_published_at) {
      await trx
        .updateTable('stories')
        .set({ first_published_at: publishedAt })
        .where('id', '=', storyId)
        .execute();
    }
  }
  // Delivered only when the transaction commits, so no instance hears of a change
  // that did not happen.
  await sql`select pg_notify('heard_publication', ${storyId})`.execute(trx);
  return visibility;
}

/** Rewrites the one-row-per-theme index of a publication (theme pages and the theme list). */
async function replacePublicationThemes(
  trx: Db,
  storyId: string,
  themes: readonly string[],
  publishedAt: Date,
  expiresAt: Date,
): Promise<void> {
  await trx.deleteFrom('publication_themes').where('story_id', '=', storyId).execute();
  const bySlug = new Map<string, string>();
  for (const theme of themes) {
    const slug = themeSlug(theme);
    if (slug !== '' && !bySlug.has(slug)) bySlug.set(slug, theme.trim());
  }
  if (bySlug.size === 0) return;
  await trx
    .insertInto('publication_themes')
    .values(
      [...bySlug].map(([slug, theme]) => ({
        theme_slug: slug,
        theme,
        published_at: publishedAt,
        story_id: storyId,
        expires_at: expiresAt,
      })),
    )
    .execute();
}

/**
 * Rewrites the distinct words of a publication's title and redacted text, which
 * search suggestions are drawn from (db/migrations/0013_public_words.ts). Read
 * from the row just written, so only what the public may read is ever here.
 */
async function replacePublicationWords(trx: Db, storyId: string): Promise<void> {
  await trx.deleteFrom('publication_words').where('story_id', '=', storyId).execute();
  await sql`
    insert into publication_words (story_id, word)
    select distinct p.story_id, w.word
    from publications p,
      unnest(tsvector_to_array(to_tsvector('simple', p.title || ' ' || p.search_text))) as w(word)
    where p.story_id = ${storyId}
      and length(w.word) between 3 and 40 and w.word !~ '[0-9_./@:-]'`.execute(trx);
}
