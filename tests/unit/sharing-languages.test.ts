/**
 * Sharing's words in each language: the explanations, the sharing page's
 * states, receipts (plain and Kantara), refusals and stand-in names come from
 * the catalogues, read the same in English as before, and read in Welsh for
 * a Welsh speaker; the Kantara record says which language it is in.
 */
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_NAME,
  anonymousName,
  displayName,
  removedText,
  fallbackName,
} from '#src/domain/anonymity.ts';
import { joinAuthorNames } from '#src/domain/bylines.ts';
import { CONSENT_CHANGE_REASONS, consentChangeMessage } from '#src/domain/consent-change.ts';
import { ANONYMITY_LEVELS, SCOPES } from '#src/domain/consent-types.ts';
import { buildReceipt, type ReceiptInput } from '#src/domain/receipts.ts';
import { scopeName, scopeWords } from '#src/domain/receipt-words.ts';
import { describeScopeState, waitingWords, type ScopeStateInput } from '#src/domain/sharing.ts';
import {
  ANONYMITY_EXPLANATIONS,
  anonymityExplanation,
  SCOPE_EXPLANATIONS,
  scopeExplanation,
  voiceExplanation,
  VOICE_EXPLANATIONS,
} from '#src/domain/sharing-explanations.ts';
import { translatorFor } from '#src/i18n/translator.ts';

const en = translatorFor('en');
const cy = translatorFor('cy');
const NOW = new Date('2026-03-03T10:00:00Z');
const LATER = new Date('2027-03-03T10:00:00Z');
const formatDate = (date: Date) => date.toISOString().slice(0, 10);
const consent = {
  personId: 'me',
  anonymity: 'first_name' as const,
  revisionNumber: 2,
  grantedAt: NOW,
  expiresAt: LATER,
  fingerprint: null,
  contentKey: null,
};

function stateIn(i18n: typeof en, overrides: Partial<ScopeStateInput> = {}) {
  return describeScopeState({
    scope: 'public_site',
    mine: { status: 'valid', consent },
    visibility: { visible: true, revisionNumber: 2, consents: [consent], expiresAt: LATER },
    shownName: 'Margaret',
    latestRevision: 2,
    now: NOW,
    formatDate,
    i18n,
    ...overrides,
  });
}

describe('explanations in each language', () => {
  it('keeps the English tables exactly as the catalogue words them', () => {
    for (const scope of SCOPES)
      expect(scopeExplanation(scope, en)).toEqual(SCOPE_EXPLANATIONS[scope]);
    for (const level of ANONYMITY_LEVELS) {
      expect(anonymityExplanation(level, en)).toEqual(ANONYMITY_EXPLANATIONS[level]);
      expect(voiceExplanation('public_site', level, en)).toEqual(VOICE_EXPLANATIONS[level]);
    }
  });

  it('explains every use in Welsh with the same pictures, in short Easy Read sentences', () => {
    for (const scope of SCOPES) {
      const english = scopeExplanation(scope, en);
      const welsh = scopeExplanation(scope, cy);
      expect(welsh.easyRead.map((line) => line.icon)).toEqual(english.easyRead.map((l) => l.icon));
      expect(welsh.onSite).toBe(english.onSite);
      expect(welsh.title).not.toBe(english.title);
      for (const line of welsh.easyRead) {
        expect(line.text).not.toBe('');
        for (const sentence of line.text.split(/(?<=\.)\s+/)) {
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
        }
      }
    }
    expect(scopeExplanation('public_site', cy).where).toBe('ar y wefan gyhoeddus');
    expect(anonymityExplanation('anonymous', cy).label).toBe('Dim enw (dienw)');
    expect(voiceExplanation('public_site', 'named', cy).text).toBe(cy.t('sharing.voice.heard'));
    expect(voiceExplanation('newsletter', 'named', cy).text).toBe(cy.t('sharing.voice.read'));
  });

  it('names each use on receipts in Welsh, the Kantara categories left as the specification has them', () => {
    for (const scope of SCOPES) {
      expect(scopeName(scope, cy)).not.toBe(scopeName(scope));
      expect(scopeWords(scope, cy).purposeCategory).toBe(scopeWords(scope, en).purposeCategory);
    }
    expect(scopeWords('group', cy).where({ name: 'Kayla' })).toBe('gyda grŵp Kayla');
    expect(scopeWords('group', en).where({ name: 'Kayla' })).toBe('with Kayla’s group');
  });
});

describe('the sharing page in Welsh', () => {
  it('says where a yes stands, the use first, as in English', () => {
    expect(stateIn(en).headline).toBe(
      'On the public website since 2026-03-03, as “Margaret”, until 2027-03-03.',
    );
    expect(stateIn(cy).headline).toBe(
      'Ar y wefan gyhoeddus ers 2026-03-03, fel “Margaret”, tan 2027-03-03.',
    );
  });

  it('counts the last days with every Welsh plural form', () => {
    const ending = (days: number) =>
      stateIn(cy, {
        mine: {
          status: 'valid',
          consent: { ...consent, expiresAt: new Date(NOW.getTime() + days * 86_400_000) },
        },
        daysLeft: () => days,
      }).details;
    expect(ending(0)).toContain(
      'Heddiw yw’r diwrnod olaf y caiff ei rhannu, oni bai eich bod chi’n dewis dal ati i rannu.',
    );
    expect(ending(1)[0]).toMatch(/^Yfory/);
    expect(ending(2)[0]).toContain('ymhen 2 ddiwrnod');
    expect(ending(6)[0]).toContain('ymhen 6 diwrnod');
  });

  it('names who stopped it, verb first in Welsh', () => {
    const stopped = (i18n: typeof en) =>
      stateIn(i18n, {
        mine: { status: 'withdrawn', at: NOW },
        stop: { whose: null, by: { kind: 'yourCarer', name: 'Donna' }, at: NOW },
      }).headline;
    expect(stopped(en)).toBe(
      'Donna, your parent or carer, stopped sharing it on the public website on 2026-03-03.',
    );
    expect(stopped(cy)).toBe(
      'Stopiodd Donna, eich rhiant neu ofalwr, ei rhannu ar y wefan gyhoeddus ar 2026-03-03.',
    );
  });

  it('lists who it waits for as each language joins a list', () => {
    const jay = {
      personId: 'jay',
      name: 'Jay',
      status: { status: 'awaiting-guardian' as const, consent },
      sameVersion: false,
    };
    const sam = { ...jay, personId: 'sam', name: 'Sam', status: { status: 'none' as const } };
    expect(waitingWords({ status: 'none' }, [sam, jay])).toBe(
      'Waiting for Sam and Jay (to say yes to this version), and for Jay’s parent or carer.',
    );
    expect(waitingWords({ status: 'none' }, [sam, jay], false, cy)).toBe(
      'Yn aros am ateb gan: Sam a Jay (i ddweud ie i’r fersiwn hon), a hefyd rhiant neu ofalwr Jay.',
    );
  });
});

describe('receipts in the reader’s language', () => {
  const input: ReceiptInput = {
    event: {
      id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      storyId: '44444444-4444-4444-8444-444444444444',
      subjectId: '11111111-1111-4111-8111-111111111111',
      actorId: '11111111-1111-4111-8111-111111111111',
      kind: 'grant',
      scope: 'public_site',
      occurredAt: NOW,
      requestId: null,
      anonymity: 'first_name',
      revisionNumber: 3,
      expiresAt: LATER,
    },
    storyTitle: 'Y gegin',
    shownName: 'Margaret',
    controller: {
      name: 'Straeon Sefton',
      contact: 'Data protection lead',
      email: 'privacy@sefton.example',
      phone: '0151 000 0000',
      address: '1 Fern Street, Bootle',
      country: 'GB',
      jurisdiction: 'GB',
      policyUrl: 'https://stories.example/how-consent-works',
      timeZone: 'Europe/London',
    },
    now: NOW,
  };

  it('writes a Welsh speaker’s receipt in Welsh, dates too, and says so in the Kantara record', () => {
    const receipt = buildReceipt({ ...input, language: 'cy' });
    expect(receipt.plain.heading).toBe('Dywedoch chi ie i rannu eich stori');
    expect(receipt.plain.lines[0]).toBe(
      'Dywedoch chi ie i ddangos “Y gegin” (fersiwn 3) ar y wefan gyhoeddus, fel ‘Margaret’, tan 3 Mawrth 2027.',
    );
    expect(receipt.plain.lines.at(-1)).toBe('Dyddiad y newid hwn: 3 Mawrth 2026 am 10:00.');
    expect(receipt.kantara.language).toBe('cy');
    expect(receipt.kantara.services[0]?.purposes[0]?.thirdPartyName).toBe(
      'Unrhyw un sy’n ymweld â’r wefan gyhoeddus',
    );
  });

  it('keeps an English speaker’s receipt, and its record, in English', () => {
    const receipt = buildReceipt(input);
    expect(receipt.plain.heading).toBe('You said yes to sharing your story');
    expect(receipt.kantara.language).toBe('en');
    expect(receipt.kantara.services[0]?.purposes[0]?.purpose).toBe(
      'Show “Y gegin” (version 3) on the public website, naming the author as ‘Margaret’',
    );
  });
});

describe('refusals and stand-in names', () => {
  it('gives every refusal in Welsh, each different', () => {
    const welsh = CONSENT_CHANGE_REASONS.map((reason) => consentChangeMessage(reason, cy));
    expect(new Set(welsh).size).toBe(welsh.length);
    for (const [index, reason] of CONSENT_CHANGE_REASONS.entries()) {
      expect(welsh[index]).not.toBe(consentChangeMessage(reason));
    }
  });

  it('says "Anonymous" in the language asked for, and joins bylines in it', () => {
    expect(ANONYMOUS_NAME).toBe('Anonymous');
    expect(anonymousName('cy')).toBe('Dienw');
    expect(removedText('cy')).not.toBe(removedText('en'));
    const nobody = { displayName: 'Ann Jones', firstName: 'Ann', pseudonym: null };
    expect(displayName(nobody, 'anonymous', 'cy')).toBe('Dienw');
    expect(displayName({ ...nobody, displayName: '' }, 'named', 'cy')).toBe('Storïwr');
    expect(joinAuthorNames(['Ann', 'Dienw', 'Dienw'], 'cy')).toBe('Ann ac awduron dienw eraill');
    expect(joinAuthorNames(['Ann', 'Anonymous'])).toBe('Ann and an anonymous co-author');
    expect(joinAuthorNames(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
  });

  it('reads the stand-in words straight from the catalogue exactly as the translator formats them', () => {
    for (const [language, words] of [
      ['en', en],
      ['cy', cy],
    ] as const) {
      expect(anonymousName(language)).toBe(words.t('names.anonymous'));
      expect(fallbackName(language)).toBe(words.t('names.storyteller'));
      expect(removedText(language)).toBe(words.t('names.removed'));
    }
  });
});
