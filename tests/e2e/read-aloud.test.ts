/**
 * "Read it to me" beside Easy Read (src/components/ReadAloud.astro), in a
 * real browser: hidden while the device has no voice for the page's language,
 * shown once one arrives (`voiceschanged`), it reads the list aloud in the
 * page's language with that voice, and pressing it again (now "Stop reading")
 * stops; it works from the keyboard and is a full-size target. A Welsh page
 * offers it only with a Welsh voice. Public pages carry no script at all.
 *
 * Chromium here has no voices of its own, so the device's speech is a stand-in
 * that records what it is asked to say; a last check uses Chromium's own.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';

const READ = CATALOGUES.en['common.readAloud.button'];
const STOP = CATALOGUES.en['common.readAloud.stop'];

interface Spoken {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | undefined;
}

/** The device's speech, standing in for voices this Chromium lacks; runs before the page's scripts. */
function fakeSpeech(): void {
  type Utterance = EventTarget & { text: string; lang: string; voice: { lang: string } | null };
  const events = new EventTarget();
  let voices: { lang: string; name: string }[] = [];
  const spoken: Utterance[] = [];
  let cancels = 0;
  const synthesis = {
    getVoices: () => voices,
    speak: (utterance: Utterance) => spoken.push(utterance),
    cancel: () => {
      cancels += 1;
    },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: { lang: string } | null = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'testSpeech', {
    value: {
      addVoice(lang: string) {
        voices = [...voices, { lang, name: `Test ${lang}` }];
        events.dispatchEvent(new Event('voiceschanged'));
      },
      spoken: () =>
        spoken.map((u) => ({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? undefined })),
      finish: () => spoken.at(-1)?.dispatchEvent(new Event('end')),
      cancels: () => cancels,
    },
  });
}

type TestSpeech = {
  addVoice(lang: string): void;
  spoken(): Spoken[];
  finish(): void;
  cancels(): number;
};

function speech<T>(page: Page, act: (speech: TestSpeech) => T): Promise<T> {
  return page.evaluate<T>(`(${act.toString()})(window.testSpeech)`);
}

/** A sharing page of one of the signed-in person's stories. */
async function openSharingPage(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/my`);
  const href = await page.locator('a[href$="/sharing"]').first().getAttribute('href');
  expect(href).toMatch(/^\/my\/stories\/[0-9a-f-]{36}\/sharing$/);
  await page.goto(`${base}${href ?? ''}`);
}

describeInBrowser('"Read it to me"', ({ server, browser }) => {
  it('appears only with a voice for the page’s language, reads the Easy Read list, and stops', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.addInitScript(fakeSpeech);
    await signIn(page, base, 'edna@demo.heard.test');
    await openSharingPage(page, base);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');

    // No voice yet: every "Read it to me" is there, hidden.
    const holders = page.locator('[data-read-aloud]');
    expect(await holders.count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: READ }).count()).toBe(0);

    // A voice for English arrives: each list offers it.
    await speech(page, (s) => s.addVoice('en-GB'));
    const buttons = page.getByRole('button', { name: READ });
    expect(await buttons.count()).toBe(await holders.count());
    const first = buttons.first();
    const box = await first.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
    await expectNoAxeViolations(page);

    // From the keyboard: it reads the list it sits in, in the page's language.
    await first.focus();
    await page.keyboard.press('Enter');
    const list = page.locator('.easy-read').first().locator('li');
    const words = (await list.allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
    const [spoken] = await speech(page, (s) => s.spoken());
    expect(spoken).toEqual({ text: words.join(' '), lang: 'en-GB', voice: 'en-GB' });
    const reading = page.locator('[data-read-aloud] button').first();
    expect(await reading.textContent()).toContain(STOP);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(STOP);

    // Pressing it again stops, and it says "Read it to me" again.
    const cancelled = await speech(page, (s) => s.cancels());
    await page.keyboard.press('Space');
    expect(await speech(page, (s) => s.cancels())).toBeGreaterThan(cancelled);
    expect((await reading.textContent())?.trim()).toBe(READ);
    expect(await speech(page, (s) => s.spoken().length)).toBe(1);

    // Read to the end, it is ready to read again.
    await reading.click();
    expect((await reading.textContent())?.trim()).toBe(STOP);
    await speech(page, (s) => s.finish());
    expect((await reading.textContent())?.trim()).toBe(READ);
    await page.close();
  });

  it('a Welsh page offers it only with a Welsh voice', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.addInitScript(fakeSpeech);
    await signIn(page, base, 'eira@demo.heard.test');
    await openSharingPage(page, base);
    // Eira reads Heard in Welsh: chosen with the switch, which her account keeps.
    if ((await page.locator('html').getAttribute('lang')) !== 'cy') {
      await page.getByRole('button', { name: 'Cymraeg' }).first().click();
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    const welshRead = CATALOGUES.cy['common.readAloud.button'];

    await speech(page, (s) => s.addVoice('en-GB'));
    expect(await page.getByRole('button', { name: welshRead }).count()).toBe(0);
    await speech(page, (s) => s.addVoice('cy-GB'));
    expect(await page.getByRole('button', { name: welshRead }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: welshRead }).first().click();
    const [spoken] = await speech(page, (s) => s.spoken());
    expect(spoken?.lang).toBe('cy');
    expect(spoken?.voice).toBe('cy-GB');
    await page.close();
  });

  it('stays hidden without a voice of the device’s own, and public pages run no script', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'edna@demo.heard.test');
    await openSharingPage(page, base);
    // Chromium's own voices, if it has any, once they have had time to load.
    await page.waitForTimeout(500);
    const voices = await page.evaluate(() =>
      'speechSynthesis' in window ? speechSynthesis.getVoices().map((voice) => voice.lang) : [],
    );
    const english = voices.some((lang) => lang.toLowerCase().startsWith('en'));
    expect((await page.getByRole('button', { name: READ }).count()) > 0).toBe(english);

    await page.goto(`${base}/how-consent-works`);
    expect(await page.locator('.easy-read').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-read-aloud]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});
