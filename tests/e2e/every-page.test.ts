/**
 * Every page on every screen: each route, as each kind of person sees it
 * (a reader, a contributor, a guardian, comms staff, a facilitator, an admin,
 * a service lead),
 * at 320, 390 and 1280 px wide, with the demo plus a story with a photo, a film
 * script typed in lower case and a 300-character search. On every one the page
 * is no wider than the screen (WCAG 1.4.10 Reflow), no heading's words are split
 * into columns, and axe finds nothing.
 * Failures name the route, the address and the width.
 *
 * Pages are found by following links from a few starting points, one address
 * per route and set of query keys; the last test checks that every page route
 * in src/pages was reached, so a new page cannot slip past.
 *
 * HEARD_SHOTS=<folder> saves a full-page screenshot of each visit.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Cookie, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { listPageRoutes, routeOf, type PageRoute } from './support/routes.ts';
import { signIn } from './support/sign-in.ts';
import {
  publicPathOf,
  saveStory,
  scriptState,
  shareOnPublicSite,
  startStory,
  storyWithPhoto,
  uploadPhoto,
} from './support/stories.ts';

const WIDTHS = [320, 390, 1280] as const;
const SHOTS = process.env['HEARD_SHOTS'];
const LONG_QUERY = 'supercalifragilistic'.repeat(15);
const PHOTO_STORY = 'The allotment on Vale Road';
const SCRIPT = 'Corridor';

/** Links a sweep never follows: not pages, or pages that change something on GET. */
const NOT_PAGES = [
  /^\/api\//,
  /^\/media\//,
  /^\/signout$/,
  /\.(json|xml|zip)$/,
  /\/book\/pdf$/,
  /\/account\/export$/,
];

/** Routes every visitor shares: visited once, by the reader. */
const READER_ONLY = /^\/(stories|themes|search|how-consent-works|you-said-we-did|signin|dev)(\/|$)/;

/** The pages a signed-out reader can open. */
function isPublic(pathname: string): boolean {
  return pathname === '/' || READER_ONLY.test(pathname);
}

interface Role {
  readonly name: string;
  readonly email?: string;
  readonly start: (extras: Extras) => string[];
}

interface Extras {
  readonly photoStoryId: string;
  readonly photoStoryPath: string;
  readonly scriptId: string;
  readonly scriptPath: string;
}

const ROLES: readonly Role[] = [
  {
    name: 'reader',
    start: (extras) => [
      '/',
      extras.photoStoryPath,
      extras.scriptPath,
      '/themes/home',
      '/search',
      '/search?q=bread',
      `/search?q=${LONG_QUERY}`,
      '/how-consent-works',
      '/you-said-we-did',
      '/signin',
      '/signin/check-email',
      '/signin/problem',
      '/dev/outbox',
      '/403',
      '/a-page-that-is-not-here',
    ],
  },
  {
    name: 'contributor',
    email: 'margaret@demo.heard.test',
    start: (extras) => [
      '/',
      '/my',
      '/write',
      `/my/stories/${extras.photoStoryId}`,
      `/my/stories/${extras.photoStoryId}/history`,
      `/my/stories/${extras.photoStoryId}/history/1`,
      `/my/stories/${extras.scriptId}`,
      `/my/stories/${extras.scriptId}/history/1`,
      `/my/stories/${extras.scriptId}/sharing?share=group`,
      // The question itself, with the exact preview.
      `/my/stories/${extras.photoStoryId}/sharing?share=newsletter&name=named&months=12`,
      '/my/requests',
      '/my/turning-18',
      '/my/consents',
      '/my/account',
      '/my/account/stop-sharing',
      '/my/account/delete',
    ],
  },
  { name: 'guardian', email: 'donna@demo.heard.test', start: () => ['/', '/my/approvals'] },
  {
    name: 'comms',
    email: 'sam@demo.heard.test',
    start: () => ['/', '/staff/stories', '/staff/requests', '/staff/takedowns', '/staff/fairness'],
  },
  { name: 'facilitator', email: 'priya@demo.heard.test', start: () => ['/', '/my'] },
  {
    name: 'admin',
    email: 'alex@demo.heard.test',
    start: () => ['/', '/admin/people', '/admin/groups', '/admin/settings'],
  },
  {
    name: 'service lead',
    email: 'nadia@demo.heard.test',
    start: () => ['/', '/services/stories', '/services/changes'],
  },
];

/** What one visit found wrong, in words that name the route. */
async function checkVisit(
  page: Page,
  base: string,
  path: string,
  route: PageRoute,
  role: string,
): Promise<{ problems: string[]; links: string[] }> {
  const problems: string[] = [];
  let links: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 1000 ? 800 : 900 });
    await page.goto(base + path);
    // Islands render after load; the print view lays out its pages after load.
    await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
    if (route.name.endsWith('/book/print')) {
      await page.waitForFunction(() => document.documentElement.dataset['bookPages'] !== undefined);
    }
    const where = `${role} at ${width}px, ${route.name} (${path.slice(0, 80)})`;
    const size = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (size.scroll > size.client) {
      problems.push(`${where}: the page is ${size.scroll}px wide on a ${size.client}px screen`);
    }
    // A heading laid out as a row (an Easy Read icon beside its words) must not
    // split its words into columns: a question holding a story's title in its
    // own language is one sentence, read as one.
    const splitHeadings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4')]
        .filter((heading) => /flex|grid/.test(getComputedStyle(heading).display))
        .filter(
          (heading) =>
            [...heading.childNodes].filter((node) => (node.textContent ?? '').trim() !== '')
              .length > 1,
        )
        .map((heading) => (heading.textContent ?? '').trim().slice(0, 60)),
    );
    for (const heading of splitHeadings) {
      problems.push(`${where}: the heading "${heading}" is split into columns`);
    }
    for (const violation of await axeViolations(page)) problems.push(`${where}: ${violation}`);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const name = `${role}${route.name.replaceAll(/[/[\]]+/g, '_')}-${width}`;
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    if (width === 1280) {
      links = await page
        .locator('a[href]')
        .evaluateAll((anchors: Element[]) =>
          anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
        );
    }
  }
  return { problems, links };
}

describeInBrowser('every page on every screen', ({ server, browser }) => {
  const routes = listPageRoutes();
  const reached = new Set<string>();
  const cookies = new Map<string, Cookie[]>();
  let extras: Extras | undefined;

  // Signing in polls the page, which vitest allows only inside a test.
  it('signs everyone in and adds a story with a photo and a script', async () => {
    const base = server().url;
    for (const role of ROLES) {
      if (!role.email) continue;
      await browser().clearCookies();
      const page = await browser().newPage();
      await signIn(page, base, role.email);
      if (role.name === 'contributor') extras = await addStories(page, base);
      cookies.set(role.name, await browser().cookies());
      await page.close();
    }
    await browser().clearCookies();
    expect(extras).toBeDefined();
  });

  it.each(ROLES.map((role) => [role.name, role] as const))(
    'seen by the %s: no page is wider than the screen and axe finds nothing',
    async (_name, role) => {
      if (!extras) throw new Error('The extra stories were not made.');
      const base = server().url;
      await browser().addCookies(cookies.get(role.name) ?? []);
      const page = await browser().newPage();
      // Starting points are all visited; links found on the way, once per route and query keys.
      const queue = role.start(extras).map((path) => ({ path, start: true }));
      const seen = new Set<string>();
      const problems: string[] = [];
      while (queue.length > 0) {
        const { path, start } = queue.shift() ?? { path: '/', start: false };
        const url = new URL(path, base);
        const route = routeOf(routes, url.pathname) ?? {
          name: '/404',
          pattern: /$^/,
        };
        const key = `${route.name}?${[...url.searchParams.keys()].sort().join('&')}`;
        if (seen.has(key) && !start) continue;
        seen.add(key);
        reached.add(route.name);
        const visit = await checkVisit(page, base, path, route, role.name);
        problems.push(...visit.problems);
        for (const href of visit.links) {
          const link = new URL(href);
          if (link.origin !== new URL(base).origin) continue;
          if (NOT_PAGES.some((pattern) => pattern.test(link.pathname))) continue;
          // Readers stay on public pages; signed-in people skip them (the reader saw them).
          if (role.email ? READER_ONLY.test(link.pathname) : !isPublic(link.pathname)) continue;
          queue.push({ path: link.pathname + link.search, start: false });
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    },
    // Dozens of pages, three widths and axe on each: minutes on a busy machine.
    600_000,
  );

  it('reached every page route', () => {
    const missed = routes.map((route) => route.name).filter((name) => !reached.has(name));
    expect(missed).toEqual([]);
  });
});

/** Margaret adds a story with a photo and a script typed in lower case, both public. */
async function addStories(page: Page, base: string): Promise<Extras> {
  const photoStoryId = await startStory(page, base, PHOTO_STORY, 'life_story');
  const photo = await uploadPhoto(page, base, photoStoryId, 'Runner beans climbing canes');
  await saveStory(
    page,
    base,
    photoStoryId,
    storyWithPhoto(
      [
        'Dad took the allotment in 1958, the year the council dug the new plots.',
        'He grew runner beans up hazel canes, and never once bought a bean from a shop.',
      ],
      { ...photo, altText: 'Runner beans climbing canes' },
    ),
  );
  await shareOnPublicSite(page, base, photoStoryId);

  const scriptId = await startStory(page, base, SCRIPT, 'film_script');
  await saveStory(
    page,
    base,
    scriptId,
    scriptState([
      { element: 'scene', text: 'int. school corridor - day' },
      { element: 'action', text: 'Lockers slam. jay walks against the crowd, head down.' },
      { element: 'character', text: 'jay' },
      { element: 'parenthetical', text: '(under his breath)' },
      { element: 'dialogue', text: 'Four more hours. Then the bus. Then Mum.' },
      { element: 'transition', text: 'cut to:' },
    ]),
  );
  await shareOnPublicSite(page, base, scriptId);
  return {
    photoStoryId,
    photoStoryPath: await publicPathOf(page, base, PHOTO_STORY),
    scriptId,
    scriptPath: await publicPathOf(page, base, SCRIPT),
  };
}
