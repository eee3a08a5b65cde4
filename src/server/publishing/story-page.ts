/**
 * What the public story page shows, read fresh on every request: the story's
 * publication and the "more stories like this" beside it. `key` names exactly
 * that content (the story's publication version and every related story's), so
 * a cached rendering under one key can never show a story whose consent has
 * changed since (docs/decisions/005-cache-invalidation.md).
 */
import { redactionOf } from '#src/domain/audience.ts';
import { showsOnPublicPage } from '#src/domain/being-heard.ts';
import { themeSlug } from '#src/domain/slug.ts';
import type { ReaderView } from '#src/editor/reader.ts';
import type { Db } from '#src/server/platform/db.ts';
import { renderStoredRevision } from '#src/server/writing/reader-revisions.ts';
import { wasStoryEverPublic } from '#src/server/writing/stories.repository.ts';
import { listAnswersChosenForPublicPage } from '#src/server/being-heard/being-heard.repository.ts';
import {
  findPublicationNow,
  listRelatedStories,
  type PublishedStory,
} from './publications.repository.ts';
import {
  storyCache,
  surrogateKeyForStory,
  type CachedPage,
  type HeldAnswer,
  type StoryCache,
} from './story-cache.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';

/** How many related stories the page shows. */
export const RELATED_STORIES = 3;

/** A public story page's content, by consent now. */
export interface StoryPageContent {
  readonly publication: PublishedStory;
  readonly related: readonly PublishedStory[];
  /** Changes whenever anything the page shows changes. */
  readonly key: string;
}

/** The public story at this slug with its related stories, or undefined when it is not public now. */
export async function loadStoryPage(
  db: Db,
  slug: string,
  now: Date,
): Promise<StoryPageContent | undefined> {
  const publication = await findPublicationNow(db, { slug }, now);
  if (!publication) return undefined;
  const related = await listRelatedStories(db, {
    storyId: publication.story_id,
    themeSlugs: publication.themes.map(themeSlug).filter((theme) => theme !== ''),
    now,
    limit: RELATED_STORIES,
  });
  const key = [publication, ...related]
    .map((story) => `${story.story_id}:${story.version}`)
    .join(',');
  return { publication, related, key };
}

/**
 * A story page's content read by the fast path (src/server/http/server.ts) for
 * this request, handed to the page as `Astro.locals.storyRead` so it is read
 * once; `keep` takes the finished page back, to hold for the next reader.
 */
export interface StoryRead {
  readonly content: StoryPageContent;
  readonly keep: (headers: Headers, body: Buffer) => void;
}

/** An answer to the story, as the public page shows it. */
export type PublicAnswer = HeldAnswer;

/** What the public story page shows, and with which status. */
export type StoryPageAnswer =
  | {
      readonly status: 200;
      readonly content: StoryPageContent;
      readonly view: ReaderView;
      /** Answers to the story its authors chose to show here (src/domain/being-heard.ts). */
      readonly answers: readonly PublicAnswer[];
      /** The Surrogate-Key: this story, every story it lists, and `stories`. */
      readonly surrogateKey: string;
    }
  /** It was public once, and is not now: withdrawn, or its consent ran out. */
  | { readonly status: 410 }
  /** It never was public (or there is no such story): nothing to say about it. */
  | { readonly status: 404 };

/**
 * The public story page at `slug`: its content as already read for this request
 * (`read`), or read now; its text rendered for readers in `language` (the
 * words around a recording are ours), from `cache` when held at exactly this
 * publication version and language; or 410 or 404.
 */
export async function answerStoryPage(
  db: Db,
  slug: string,
  now: Date,
  read: StoryRead | undefined,
  language: Language = DEFAULT_LANGUAGE,
  cache: StoryCache = storyCache,
): Promise<StoryPageAnswer> {
  const content =
    read?.content.publication.slug === slug ? read.content : await loadStoryPage(db, slug, now);
  if (!content) return { status: (await wasStoryEverPublic(db, slug)) ? 410 : 404 };
  const { publication, related } = content;
  const surrogateKey = [
    'stories',
    ...[publication, ...related].map((story) => surrogateKeyForStory(story.story_id)),
  ].join(' ');
  // Choosing or hiding an answer gives the publication a new version, so the
  // answers held with a rendering are exactly those of its version, and a page
  // held under the old one is never served again (touchPublication).
  const heldAnswers = cache.getHeldAnswers(publication.story_id, publication.version, language);
  const answers =
    heldAnswers ??
    (await listAnswersChosenForPublicPage(db, publication.story_id))
      .filter((answer) => showsOnPublicPage(answer, true))
      .map(({ id, text, createdAt }) => ({ id, text, createdAt }));
  const audience = redactionOf(publication.anonymity);
  const held = cache.getRendering(publication.story_id, publication.version, language);
  if (held !== undefined && heldAnswers !== undefined) {
    const view = { ok: true, html: held, anonymity: audience.redaction } as const;
    return { status: 200, content, view, answers, surrogateKey };
  }
  const view = await renderStoredRevision(
    db,
    {
      storyId: publication.story_id,
      revisionNumber: publication.revision_number,
      kind: publication.kind,
    },
    audience,
    translatorFor(language).t('public.story.cannotShow'),
    { playsRecordings: true, language, storyLanguage: publication.language },
  );
  if (view.ok)
    cache.setRendering(publication.story_id, publication.version, view.html, answers, language);
  return { status: 200, content, view, answers, surrogateKey };
}

// The connection's framing, and anything that is one reader's, is not the page's.
const NOT_KEPT = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);
// A page bigger than this is not a story page as the site renders them.
const MAX_KEPT_BYTES = 2 * 1024 * 1024;

/**
 * The page to hold from a finished response of the story page, or undefined
 * when it must not be held: a cookie set, too big, or a page about other
 * stories than `content` (its Surrogate-Key names every story it shows, and
 * they must be the ones whose versions make up the content key).
 */
export function pageWorthKeeping(
  content: StoryPageContent,
  headers: Headers,
  body: Buffer,
): CachedPage | undefined {
  if (headers.has('set-cookie') || body.length > MAX_KEPT_BYTES) return undefined;
  const shown = new Set(
    (headers.get('surrogate-key') ?? '')
      .split(/\s+/)
      .filter((key) => key.startsWith('story-'))
      .map((key) => key.slice('story-'.length)),
  );
  const expected = new Set(
    [content.publication, ...content.related].map((story) => story.story_id),
  );
  if (shown.size !== expected.size || [...expected].some((id) => !shown.has(id))) return undefined;
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name)) kept[name] = value;
  });
  return { headers: kept, body, etag: kept['etag'] };
}
