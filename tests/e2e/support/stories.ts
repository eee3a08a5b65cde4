/**
 * Stories a browser test needs beyond the demo, made the way a contributor makes
 * them: the start form, the editor's save and upload routes, and the sharing
 * page's preview and "Yes, share it".
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { SerializedEditorState } from 'lexical';
import { makePhoto } from '../../fixtures/images/make-images.ts';
import { screenplayState } from '#src/editor/fountain.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';

/** Starts a story with the /write form and returns its id. */
export async function startStory(
  page: Page,
  base: string,
  title: string,
  kind: 'life_story' | 'film_script',
): Promise<string> {
  const response = await page.request.post(`${base}/write`, {
    form: { title, kind, promptId: '' },
    headers: { origin: base },
  });
  const id = /\/my\/stories\/([0-9a-f-]{36})$/.exec(response.url())?.[1];
  expect(id, `starting "${title}" ended at ${response.url()}`).toBeTruthy();
  return id ?? '';
}

/** Saves a new revision of a story through the editor's save route. */
export async function saveStory(
  page: Page,
  base: string,
  storyId: string,
  state: SerializedEditorState,
): Promise<void> {
  const response = await page.request.post(`${base}/api/stories/${storyId}/revisions`, {
    data: { state, basedOn: null },
    headers: { origin: base },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Uploads a photo into a story; returns what the editor puts in its photo node. */
export async function uploadPhoto(
  page: Page,
  base: string,
  storyId: string,
  altText: string,
  size: { width: number; height: number } = { width: 1200, height: 800 },
): Promise<{ mediaId: string; width: number; height: number }> {
  const response = await page.request.post(`${base}/api/stories/${storyId}/media`, {
    multipart: {
      file: {
        name: 'photo.jpg',
        mimeType: 'image/jpeg',
        buffer: await makePhoto(size.width, size.height, 'jpeg', { noise: true }),
      },
      altText,
    },
    headers: { origin: base },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; width: number; height: number };
  return { mediaId: body.id, width: body.width, height: body.height };
}

/** Shares a story on the public website at "first name", through the sharing page. */
export async function shareOnPublicSite(page: Page, base: string, storyId: string): Promise<void> {
  await page.goto(`${base}/my/stories/${storyId}/sharing`);
  await page
    .locator('#public_site')
    .getByRole('link', { name: 'Share it on the public website' })
    .click();
  await page.getByRole('radio', { name: /My first name only/ }).check();
  await page.getByRole('button', { name: 'Show me what people will see' }).click();
  await answer(page, 'Yes, share it');
  await page.waitForURL(/done=/);
}

/**
 * Checks the answers to the question on the page are alike: none chosen, and
 * each as wide and as tall as the others (src/components/Decision.astro).
 */
export async function expectAnswersAlike(page: Page, labels: readonly string[]): Promise<void> {
  const boxes = [];
  for (const label of labels) {
    const radio = page.getByRole('radio', { name: label, exact: true });
    expect(await radio.isChecked(), `"${label}" is chosen before the person chose`).toBe(false);
    boxes.push(await page.locator('label.decision-answer', { has: radio }).boundingBox());
  }
  const widths = new Set(boxes.map((box) => Math.round(box?.width ?? -1)));
  const heights = new Set(boxes.map((box) => Math.round(box?.height ?? -1)));
  expect(widths.size, `answers of different widths: ${[...widths].join(', ')}`).toBe(1);
  expect(heights.size, `answers of different heights: ${[...heights].join(', ')}`).toBe(1);
}

/**
 * Answers the consent question on the page (src/components/Decision.astro):
 * chooses the answer and sends it, as a person does.
 */
export async function answer(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
}

/** The public address of a story, from its author's list. */
export async function publicPathOf(page: Page, base: string, title: string): Promise<string> {
  await page.goto(`${base}/`);
  const href = await page
    .getByRole('link', { name: title, exact: true })
    .first()
    .getAttribute('href');
  expect(href, `"${title}" is not on the home page`).toMatch(/^\/stories\//);
  return href ?? '';
}

/** A life story's editor state: paragraphs with a photo after the first. */
export function storyWithPhoto(
  paragraphs: readonly string[],
  photo: { mediaId: string; altText: string; width: number; height: number; caption?: string },
): SerializedEditorState {
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  const [first = '', ...rest] = paragraphs;
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        paragraph(first),
        {
          type: 'photo',
          version: 1,
          mediaId: photo.mediaId,
          altText: photo.altText,
          showsIdentifiablePeople: false,
          caption: photo.caption ?? '',
          width: photo.width,
          height: photo.height,
        },
        ...rest.map(paragraph),
      ],
    },
  } as unknown as SerializedEditorState;
}

/** A film script's editor state, typed as a writer might: in lower case. */
export function scriptState(
  elements: readonly { element: ScreenplayElement; text: string }[],
): SerializedEditorState {
  return screenplayState(elements);
}
