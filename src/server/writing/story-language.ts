/**
 * The language a story is written in, chosen by its writer in the editor
 * (src/editor/StoryLanguage.tsx) and kept on the story as its title is
 * (`stories.language`). The story's publication is then written again from
 * the ledger, so the public copy carries the new language and is searched
 * with that language's configuration (src/domain/story-language.ts).
 */
import { z } from 'zod';
import type { Viewer } from '#src/domain/permissions.ts';
import { isStoryLanguage } from '#src/domain/story-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { refreshPublication } from '#src/server/consent/consent.repository.ts';
import { updateStory } from './stories.repository.ts';
import { openStoryToSave } from './stories.ts';

/** What saving a story's language answers: the language kept, or why not in plain words. */
export type SaveStoryLanguageResult =
  | { readonly status: 200; readonly language: string }
  | { readonly status: 400 | 404; readonly message: string };

/**
 * Saves `{ language }` (a BCP 47 tag, `isStoryLanguage`) as the story's
 * language, for anyone who may edit the story; 404 for anyone else, so
 * nobody learns a private story exists.
 */
export async function saveStoryLanguage(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  body: unknown,
  now: Date,
): Promise<SaveStoryLanguageResult> {
  const opened = await openStoryToSave(db, viewer, storyId);
  if ('status' in opened) return opened;
  const { loaded, t } = opened;
  const parsed = z.object({ language: z.string().refine(isStoryLanguage) }).safeParse(body);
  if (!parsed.success) return { status: 400, message: t('editor.save.badLanguage') };
  const { language } = parsed.data;
  if (language !== loaded.story.language) {
    await updateStory(db, storyId, { language, updated_at: now });
    await refreshPublication(db, storyId, now);
  }
  return { status: 200, language };
}
