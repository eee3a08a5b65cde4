/**
 * Voice stories in a real browser with a fake microphone: record, pause,
 * listen back and keep; see it sent and made ready; write what was said,
 * mark moments and a private detail in it; then share. Readers hear the
 * voice only while the writer is named by first name: anonymous gives the
 * transcript and a 404 for the sound, and so does stopping sharing, on the
 * very next request. Also a file uploaded, a file refused in plain words,
 * a recording kept on the device across a reload, and a microphone refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAudioTools } from '#src/server/media/audio.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { launchBrowser } from './support/chromium.ts';
import {
  editorOf,
  listenToLiveRegions,
  liveRegionsSaid,
  selectText,
  waitUntilSaved,
} from './support/editor.ts';
import { signIn } from './support/sign-in.ts';
import { answer, publicPathOf, shareOnPublicSite, startStory } from './support/stories.ts';

const tools = findAudioTools();
if (!tools && process.env['REQUIRE_FFMPEG'] === '1') {
  throw new Error('REQUIRE_FFMPEG=1 but ffmpeg/ffprobe were not found.');
}
if (!tools) console.warn('\n*** ffmpeg not found: the voice browser tests are SKIPPED ***\n');
const withFfmpeg = tools ? it : it.skip;

const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const READY = 'Your recording is ready. It is in your story now.';

let files = '';
beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'heard-voice-e2e-'));
});
afterAll(() => {
  rmSync(files, { recursive: true, force: true });
});

/** Opens a new life story's editor and returns its id. */
async function openNewStory(page: Page, base: string, title: string): Promise<string> {
  const storyId = await startStory(page, base, title, 'life_story');
  await page.goto(`${base}/my/stories/${storyId}`);
  await editorOf(page).waitFor();
  return storyId;
}

/** Waits for the recording to be placed in the text; returns its player's address. */
async function waitForRecording(page: Page): Promise<string> {
  const audio = editorOf(page).locator('figure.ed-recording audio');
  await audio.waitFor({ timeout: 90_000 });
  return (await audio.getAttribute('src')) ?? '';
}

/** How many recordings this browser keeps on the device (kept-recordings.ts), for any story. */
async function keptOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('heard-recordings', 1);
        opening.onupgradeneeded = () => opening.result.createObjectStore('kept', { keyPath: 'id' });
        opening.onerror = () => reject(opening.error ?? new Error('no IndexedDB'));
        opening.onsuccess = () => {
          const counting = opening.result.transaction('kept').objectStore('kept').count();
          counting.onsuccess = () => {
            opening.result.close();
            resolve(counting.result);
          };
        };
      }),
  );
}

/** Answers the sharing question for the public site at the naming chosen. */
async function shareNamed(page: Page, base: string, storyId: string, naming: RegExp) {
  await page.goto(`${base}/my/stories/${storyId}/sharing?share=public_site`);
  await page.getByRole('radio', { name: naming }).check();
  await page.getByRole('button', { name: 'Show me what people will see' }).click();
  await answer(page, 'Yes, share it');
  await page.waitForURL(/done=/);
}

describeInBrowser(
  'voice stories',
  ({ server, browser }) => {
    withFfmpeg(
      'record, write what was said, share by first name, then anonymous, then stop',
      async () => {
        const base = server().url;
        const page = await browser().newPage();
        await signIn(page, base, 'margaret@demo.heard.test');
        const title = 'Singing on the ferry';
        const storyId = await openNewStory(page, base, title);
        await editorOf(page).click();
        await page.keyboard.type('We always sang on the way over.');
        await listenToLiveRegions(page);

        // Record: start, pause, carry on, stop; the clock and the meter show.
        await page.getByRole('button', { name: 'Record', exact: true }).click();
        await expectNoAxeViolations(page);
        const startedAt = Date.now();
        await page.getByRole('button', { name: 'Start recording' }).click();
        const pause = page.getByRole('button', { name: 'Pause' });
        await pause.waitFor();
        // Focus moved to the button that is there now.
        expect(await pause.evaluate((button) => button === document.activeElement)).toBe(true);
        expect(await page.getByLabel('Sound level').count()).toBe(1);
        // Escape does not close the form over a recording not yet kept.
        await page.keyboard.press('Escape');
        expect(await page.getByRole('form', { name: 'Add a recording' }).count()).toBe(1);
        await page.waitForTimeout(1500);
        await expectNoAxeViolations(page);
        await pause.click();
        // The clock counts the time recorded: at least the second and a half waited,
        // and no more than the time since Start (the axe run may be slow).
        const paused = /Paused at 0:(\d\d)/.exec(
          (await page.locator('.ed-recorder__clock').textContent()) ?? '',
        );
        expect(paused, 'the clock says where it paused').not.toBeNull();
        const seconds = Number(paused?.[1]);
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(Math.ceil((Date.now() - startedAt) / 1000));
        await page.getByRole('button', { name: 'Carry on recording' }).click();
        await page.waitForTimeout(1200);
        await page.getByRole('button', { name: 'Stop' }).click();
        const keep = page.getByRole('button', { name: 'Keep this recording' });
        await keep.waitFor();
        expect(await page.getByLabel('Listen to your recording').count()).toBe(1);
        expect(await keep.evaluate((button) => button === document.activeElement)).toBe(true);
        await expectNoAxeViolations(page);
        await keep.press('Enter');

        // Sent in pieces, made ready, placed with a line to write in.
        const src = await waitForRecording(page);
        expect(src).toMatch(/^\/media\/recordings\/[0-9a-f-]{36}$/);
        await expect.poll(() => liveRegionsSaid(page)).toContain(READY);
        const said = await liveRegionsSaid(page);
        expect(said.some((words) => words.startsWith('Sending your recording:'))).toBe(true);
        expect(said.some((words) => words.startsWith('Getting your recording ready:'))).toBe(true);
        // Ready: the copy kept on the device is let go. The author hears her own recording.
        await expect.poll(() => keptOnDevice(page)).toBe(0);
        expect((await page.request.get(base + src)).status()).toBe(200);

        // Write what was said: Enter makes the next line.
        await page.keyboard.type('We sang on the ferry to Birkenhead.');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Every Sunday, rain or shine.');
        const lines = editorOf(page).locator('.ed-transcript-line');
        expect(await lines.allTextContents()).toEqual([
          'We sang on the ferry to Birkenhead.',
          'Every Sunday, rain or shine.',
        ]);

        // Mark the second line at one second in, by keyboard.
        const player = editorOf(page).locator('figure.ed-recording audio');
        await player.evaluate(async (audio: HTMLAudioElement) => {
          if (audio.readyState < 1) {
            await new Promise((resolve) => audio.addEventListener('loadedmetadata', resolve));
          }
          audio.currentTime = 1;
        });
        await page.getByRole('button', { name: 'Mark this moment' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => lines.nth(1).getAttribute('data-start-ms')).toMatch(/^1\d{3}$/);
        expect(await lines.nth(0).getAttribute('data-start-ms')).toBeNull();
        // Its moment button plays from there, and the line being said is shown.
        const playFrom = page.getByRole('button', { name: /^Play from 0:01/ });
        await playFrom.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => lines.nth(1).getAttribute('aria-current')).toBe('true');
        expect(await lines.nth(1).getAttribute('class')).toContain('ed-transcript-line--playing');
        expect(await lines.nth(0).getAttribute('aria-current')).toBeNull();
        await player.evaluate((audio: HTMLAudioElement) => audio.pause());

        // A private detail inside the transcript, marked as in any paragraph.
        await selectText(page, 'Birkenhead');
        await page.getByRole('button', { name: 'Mark as private' }).click();
        await page.getByLabel('A place').check();
        await page.getByLabel('Words to show instead').fill('across the river');
        await page
          .locator('form.ed-inline-form')
          .getByRole('button', { name: 'Mark as private' })
          .click();
        await expect
          .poll(() => lines.nth(0).locator('.ed-sensitive').textContent())
          .toBe('Birkenhead');
        await waitUntilSaved(page);
        await expectNoAxeViolations(page);

        // After a reload all of it is still there.
        await page.reload();
        await editorOf(page).locator('.ed-transcript-line').first().waitFor();
        expect(await editorOf(page).locator('.ed-transcript-line').allTextContents()).toEqual([
          'We sang on the ferry to Birkenhead.',
          'Every Sunday, rain or shine.',
        ]);
        expect(await lines.nth(1).getAttribute('data-start-ms')).toMatch(/^1\d{3}$/);
        expect(await page.getByText(/is on this device but not in your story yet/).count()).toBe(0);

        // Shared by first name: a reader hears it, with the transcript as its text.
        await shareOnPublicSite(page, base, storyId);
        const publicPath = await publicPathOf(page, base, title);
        const publicHtml = await (await fetch(base + publicPath)).text();
        expect(publicHtml).toContain(`<audio controls="" preload="none" src="${src}"`);
        expect(publicHtml).toContain('across the river');
        expect(publicHtml).not.toContain('Birkenhead');
        expect(publicHtml).toContain('Every Sunday, rain or shine.');
        expect((await fetch(base + src)).status).toBe(200);
        await page.goto(base + publicPath);
        await expectNoAxeViolations(page);

        // Anonymous: the words stay, the voice goes.
        await shareNamed(page, base, storyId, /No name \(anonymous\)/);
        const anonymousHtml = await (await fetch(base + publicPath)).text();
        expect(anonymousHtml).toContain('Every Sunday, rain or shine.');
        expect(anonymousHtml).not.toContain('<audio');
        expect((await fetch(base + src)).status).toBe(404);

        // First name again, then stop sharing: gone on the very next request.
        await shareNamed(page, base, storyId, /My first name only/);
        expect((await fetch(base + src)).status).toBe(200);
        await page.goto(`${base}/my/stories/${storyId}/sharing`);
        await page.locator('#public_site').getByRole('link', { name: 'Stop sharing' }).click();
        await answer(page, 'Yes, stop sharing');
        await page.waitForURL(/done=/);
        expect((await fetch(base + src)).status).toBe(404);
        // The author still hears her own.
        expect((await page.request.get(base + src)).status()).toBe(200);
        await page.close();
      },
    );

    withFfmpeg('a recording uploaded from a file, and a file that is not one', async () => {
      const base = server().url;
      const page = await browser().newPage();
      await signIn(page, base, 'edna@demo.heard.test');
      await openNewStory(page, base, 'The band in the park');
      await listenToLiveRegions(page);
      const song = join(files, 'band.m4a');
      execFileSync(tools?.ffmpeg ?? 'ffmpeg', [
        ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=3'],
        ...['-c:a', 'aac', '-b:a', '48k', song],
      ]);

      await page.getByRole('button', { name: 'Record', exact: true }).click();
      // Checked before sending: a picture is not a recording.
      await page.getByLabel('Upload a recording').setInputFiles({
        name: 'band.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('not a recording'),
      });
      await page.getByRole('button', { name: 'Send this recording' }).click();
      expect(await page.getByRole('alert').textContent()).toContain(
        'Heard takes recordings ending in .m4a, .mp3, .wav, .ogg or .webm.',
      );
      await page.getByLabel('Upload a recording').setInputFiles(song);
      await page.getByRole('button', { name: 'Send this recording' }).click();
      await waitForRecording(page);
      await expect.poll(() => liveRegionsSaid(page)).toContain(READY);
      await page.keyboard.type('The brass band played every Saturday.');
      await waitUntilSaved(page);
      await expectNoAxeViolations(page);

      // A text file named .mp3 passes the browser's look, and the server says no, plainly.
      const fake = join(files, 'notes.mp3');
      writeFileSync(fake, 'Remember to buy milk. '.repeat(200));
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByLabel('Upload a recording').setInputFiles(fake);
      await page.getByRole('button', { name: 'Send this recording' }).click();
      const refusal = page.locator('.ed-recording-form .ed-problem');
      await refusal.waitFor({ timeout: 60_000 });
      expect(await refusal.textContent()).toBe(
        'That file is not a sound recording Heard can take. Please send an m4a, mp3, wav, ogg or webm file.',
      );
      expect(await page.getByRole('button', { name: 'Choose another recording' }).count()).toBe(1);
      await expectNoAxeViolations(page);
      // Still one recording in the story; the refused file stays kept until let go.
      expect(await editorOf(page).locator('figure.ed-recording').count()).toBe(1);
      expect(await keptOnDevice(page)).toBe(1);
      await page.getByRole('button', { name: 'Let this recording go' }).click();
      await expect.poll(() => keptOnDevice(page)).toBe(0);
      expect(await page.getByText(/is on this device but not in your story yet/).count()).toBe(0);
      await page.close();
    });

    withFfmpeg(
      'a recording sent while offline carries on, and is offered after a reload',
      async () => {
        const base = server().url;
        let page = await browser().newPage();
        await signIn(page, base, 'margaret@demo.heard.test');
        const storyId = await openNewStory(page, base, 'The corner shop');
        const song = join(files, 'shop.wav');
        execFileSync(tools?.ffmpeg ?? 'ffmpeg', [
          ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2'],
          song,
        ]);
        const lost = page
          .locator('.ed-recording-form')
          .getByText(/could not be sent: the connection was lost/);
        const sendOffline = async (): Promise<void> => {
          await page.getByRole('button', { name: 'Record', exact: true }).click();
          await page.getByLabel('Upload a recording').setInputFiles(song);
          await browser().setOffline(true);
          await page.getByRole('button', { name: 'Send this recording' }).click();
          await lost.waitFor();
        };

        // Back online, it carries on by itself.
        await sendOffline();
        await expectNoAxeViolations(page);
        await browser().setOffline(false);
        await waitForRecording(page);

        // Closed while offline: the next visit offers to send it.
        await sendOffline();
        expect(await keptOnDevice(page)).toBe(1);
        await page.close();
        await browser().setOffline(false);
        page = await browser().newPage();
        await page.goto(`${base}/my/stories/${storyId}`);
        const offer = page.getByText(/is on this device but not in your story yet/);
        await offer.waitFor();
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Send it now' }).click();
        await expect
          .poll(() => editorOf(page).locator('figure.ed-recording').count(), { timeout: 60_000 })
          .toBe(2);
        await expect.poll(() => offer.count()).toBe(0);
        await expect.poll(() => keptOnDevice(page)).toBe(0);
        await waitUntilSaved(page);
        await page.reload();
        await editorOf(page).locator('figure.ed-recording').first().waitFor();
        expect(await editorOf(page).locator('figure.ed-recording').count()).toBe(2);
        expect(await offer.count()).toBe(0);
        await page.close();
      },
    );
  },
  { browser: { args: FAKE_MICROPHONE } },
);

describeInBrowser('recording without a microphone', ({ server }) => {
  it('says in plain words when the microphone is refused, or the browser cannot record', async () => {
    const base = server().url;
    const denying = await launchBrowser({
      args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    });
    try {
      const page = await denying.newPage();
      await signIn(page, base, 'edna@demo.heard.test');
      const storyId = await openNewStory(page, base, 'Quiet please');
      // Only the editor's page may ask for the microphone.
      const policy = async (path: string) =>
        (await page.request.get(base + path)).headers()['permissions-policy'];
      expect(await policy(`/my/stories/${storyId}`)).toContain('microphone=(self)');
      expect(await policy('/my')).toContain('microphone=()');
      expect(await policy('/')).toContain('microphone=()');
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByRole('button', { name: 'Start recording' }).click();
      const alert = page.locator('.ed-recorder [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^Heard could not use your microphone/);
      await expectNoAxeViolations(page);

      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'MediaRecorder');
      });
      await page.goto(`${base}/my/stories/${storyId}`);
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByRole('button', { name: 'Start recording' }).click();
      expect(await page.locator('.ed-recorder [role="alert"]').textContent()).toMatch(
        /^This browser cannot record sound/,
      );
    } finally {
      await denying.close();
    }
  });
});
