/**
 * Languages: addresses per language, the browser's preference, a switch's
 * return address, story languages, and words, dates and numbers in Welsh.
 */
import { describe, expect, it } from 'vitest';
import {
  asLanguage,
  isLanguage,
  pathInLanguage,
  splitLanguagePrefix,
} from '#src/i18n/languages.ts';
import { preferredLanguage } from '#src/i18n/negotiate.ts';
import { escapeHtml, translatorFor } from '#src/i18n/translator.ts';
import { chosenLanguage, localReturnPath, readerLanguage } from '#src/server/http/language.ts';
import { formatCalendarDay, formatMomentInWords } from '#src/domain/calendar.ts';
import {
  isStoryLanguage,
  searchConfigurationFor,
  storyLanguageName,
} from '#src/domain/story-language.ts';

describe('addresses per language', () => {
  it.each([
    ['/cy', { language: 'cy', path: '/' }],
    ['/cy/', { language: 'cy', path: '/' }],
    ['/cy/stories/x', { language: 'cy', path: '/stories/x' }],
    ['/cy?q=1', { language: 'cy', path: '/?q=1' }],
    ['/cymru', { language: undefined, path: '/cymru' }],
    ['/stories/cy', { language: undefined, path: '/stories/cy' }],
    ['/', { language: undefined, path: '/' }],
  ])('splits %s', (path, expected) => {
    expect(splitLanguagePrefix(path)).toEqual(expected);
  });

  it('puts every language but English under its code', () => {
    expect(pathInLanguage('en', '/search')).toBe('/search');
    expect(pathInLanguage('cy', '/search?q=a')).toBe('/cy/search?q=a');
    expect(pathInLanguage('cy', '/')).toBe('/cy');
    expect(splitLanguagePrefix(pathInLanguage('cy', '/themes/family')).path).toBe('/themes/family');
  });

  it('knows only its own languages', () => {
    expect(isLanguage('cy')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
    expect(asLanguage('xx')).toBe('en');
  });
});

describe("a reader's language", () => {
  it.each([
    ['cy', 'cy'],
    ['cy-GB,cy;q=0.9,en;q=0.8', 'cy'],
    ['en-GB,en;q=0.9,cy;q=0.5', 'en'],
    ['fr', 'en'],
    ['fr,cy;q=0.1', 'cy'],
    ['', 'en'],
    ['*', 'en'],
    ['cy;q=0', 'en'],
    ['\u0000garbage;;;q=x', 'en'],
  ])('Accept-Language %j gives %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });

  it('puts a choice made with the switch over the browser', () => {
    expect(readerLanguage({ cookie: 'heard-language=en', acceptLanguage: 'cy' })).toBe('en');
    expect(readerLanguage({ cookie: 'heard-language=xx', acceptLanguage: 'cy' })).toBe('cy');
    expect(readerLanguage({ cookie: 'a=b; heard-language=cy', acceptLanguage: undefined })).toBe(
      'cy',
    );
    expect(chosenLanguage('heard-language=%ZZ')).toBeUndefined();
  });

  it('sends a switch back only to a page on this site', () => {
    expect(localReturnPath('/stories/x?read=1')).toBe('/stories/x?read=1');
    for (const outside of [
      '//evil.example',
      '/\\evil',
      'https://evil',
      'evil',
      '/a\nb',
      '',
      null,
    ]) {
      expect(localReturnPath(outside)).toBe('/');
    }
    expect(localReturnPath(`/${'a'.repeat(2001)}`)).toBe('/');
  });
});

describe('story languages', () => {
  it('accepts language tags and refuses anything else', () => {
    for (const tag of ['en', 'cy', 'pa', 'pt-BR', 'zh-Hant-TW'])
      expect(isStoryLanguage(tag)).toBe(true);
    for (const bad of ['', 'EN', 'x<script>', 'c', 'cy\u0000', 'a'.repeat(40), 7, null]) {
      expect(isStoryLanguage(bad)).toBe(false);
    }
  });

  it('searches English with stemming and every other language word for word', () => {
    expect(searchConfigurationFor('en')).toBe('english');
    expect(searchConfigurationFor('cy')).toBe('simple');
    expect(searchConfigurationFor('pl')).toBe('simple');
  });

  it('names a language in itself', () => {
    expect(storyLanguageName('cy')).toBe('Cymraeg');
    expect(storyLanguageName('xx')).toBe('xx');
  });
});

describe('words in Welsh', () => {
  const cy = translatorFor('cy');
  const en = translatorFor('en');

  it('writes dates and times as Welsh does', () => {
    expect(formatCalendarDay('2027-02-28', 'cy')).toBe('28 Chwefror 2027');
    expect(formatCalendarDay('2027-02-28', 'en')).toBe('28 February 2027');
    expect(formatMomentInWords(new Date('2026-03-03T10:42:00Z'), 'UTC', 'cy')).toBe(
      '3 Mawrth 2026 am 10:42',
    );
  });

  it('writes numbers and lists in the language', () => {
    expect(cy.number(1234)).toBe('1,234');
    expect(cy.list(['Arthur', 'Edna', 'Eira'])).toBe('Arthur, Edna ac Eira');
    expect(cy.list(['Eira', 'Edna', 'Arthur'])).toBe('Eira, Edna ac Arthur');
    expect(cy.list(['Eira', 'Mair'])).toBe('Eira a Mair');
    expect(cy.list(['Mair'])).toBe('Mair');
    expect(en.list(['Arthur', 'Edna', 'Eira'])).toBe('Arthur, Edna and Eira');
  });

  it('gives each page frame its Welsh words', () => {
    expect(cy.t('common.skipLink')).toBe('Neidio i’r prif gynnwys');
    expect(en.t('common.title', { page: 'Search' })).toBe('Search · Heard');
  });

  it('escapes words and values in HTML messages, keeping only our tags', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const html = en.html('common.title', { page: '<img src=x onerror=alert(1)>' }, {});
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; · Heard');
  });

  it('counts in HTML messages as in plain ones: one, several, in both languages', () => {
    const link = { link: (words: string) => `<a href="/my/requests">${words}</a>` };
    expect(en.html('my.home.waitingRequests', { count: 1 }, link)).toBe(
      'Someone would like to use one of your stories. <a href="/my/requests">See what they ask, and answer</a>. No is fine.',
    );
    expect(en.html('my.home.waitingRequests', { count: 3 }, link)).toBe(
      'Someone would like to use your stories (3 requests). <a href="/my/requests">See what they ask, and answer</a>. No is fine.',
    );
    expect(en.html('my.home.asGuardian', { count: 1 }, link)).toMatch(
      /^A young person you look after has asked to share something\./,
    );
    expect(en.html('my.home.asGuardian', { count: 2 }, link)).toMatch(
      /^Young people you look after have asked to share 2 things\./,
    );
    const welshOne = cy.html('my.home.asGuardian', { count: 1 }, link);
    const welshTwo = cy.html('my.home.asGuardian', { count: 2 }, link);
    expect(welshOne).not.toBe(welshTwo);
    expect(`${welshOne} ${welshTwo}`).not.toContain('NaN');
    expect(welshTwo).toContain('dau beth');
  });
});
