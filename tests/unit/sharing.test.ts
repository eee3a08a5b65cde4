/**
 * What the sharing page says for each state of a use,
 * and the small readers of untrusted input it relies on.
 */
import { describe, expect, it } from 'vitest';
import type { AuthorConsentStatus } from '#src/domain/consent.ts';
import { SCOPES, type Visibility } from '#src/domain/consent-types.ts';
import {
  ANONYMITY_EXPLANATIONS,
  EASY_READ_ICONS,
  parseAnonymity,
  parseScope,
  SCOPE_EXPLANATIONS,
} from '#src/domain/sharing-explanations.ts';
import { describeScopeState, type ScopeStateInput } from '#src/domain/sharing.ts';

const NOW = new Date('2026-03-03T10:00:00Z');
const LATER = new Date('2027-03-03T10:00:00Z');
const day = (text: string) => new Date(`${text}T10:00:00Z`);
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
const visible: Visibility = {
  visible: true,
  revisionNumber: 2,
  consents: [consent],
  expiresAt: LATER,
};
const hidden = (reason: Extract<Visibility, { visible: false }>['reason']): Visibility => ({
  visible: false,
  reason,
});

function stateFor(overrides: Partial<ScopeStateInput> & { mine: AuthorConsentStatus }) {
  return describeScopeState({
    scope: 'public_site',
    visibility: hidden('no-consent'),
    shownName: 'Margaret',
    latestRevision: 2,
    now: NOW,
    formatDate,
    ...overrides,
  });
}

describe('describeScopeState', () => {
  it('says plainly that nothing is shared, and offers only "share"', () => {
    const state = stateFor({ mine: { status: 'none' } });
    expect(state).toMatchObject({
      tone: 'off',
      headline: 'Not shared on the public website.',
      actions: { share: true, change: false, renew: false, stop: false },
    });
  });

  it('says since when, as what name and until when, for a running yes', () => {
    const state = stateFor({ mine: { status: 'valid', consent }, visibility: visible });
    expect(state.tone).toBe('shared');
    expect(state.headline).toBe(
      'On the public website since 2026-03-03, as “Margaret”, until 2027-03-03.',
    );
    expect(state.details).toEqual([]);
    // Nothing to keep going yet: it runs for a year.
    expect(state.actions).toEqual({ share: false, change: true, renew: false, stop: true });
    expect(state.consentedRevision).toBe(2);
    expect(state.endsAt).toEqual(LATER);
  });

  it('words every use so the sentence reads', () => {
    for (const scope of SCOPES) {
      const state = stateFor({ scope, mine: { status: 'valid', consent }, visibility: visible });
      expect(state.headline).toMatch(
        SCOPE_EXPLANATIONS[scope].onSite
          ? /^[A-Z][a-z]+ .+ since 2026-03-03, as “Margaret”, until 2027-03-03\.$/
          : /^You said yes on 2026-03-03: it may be used .+, as “Margaret”, until 2027-03-03\.$/,
      );
    }
  });

  it('says that newer changes stay private until shared', () => {
    const state = stateFor({
      mine: { status: 'valid', consent },
      visibility: visible,
      latestRevision: 5,
    });
    expect(state.details).toEqual([
      'Your yes is for version 2. Your changes since then (version 5) stay private until you share them.',
    ]);
  });

  it('counts down the last 30 days in calendar days', () => {
    const soon = { ...consent, expiresAt: new Date(NOW.getTime() + 6.5 * 86_400_000) };
    const state = stateFor({ mine: { status: 'valid', consent: soon }, visibility: visible });
    expect(state.details).toEqual([
      'The last day it is shared is 6 days from now, unless you choose to keep sharing.',
    ]);
    const tomorrow = { ...consent, expiresAt: new Date(NOW.getTime() + 1.5 * 86_400_000) };
    expect(stateFor({ mine: { status: 'valid', consent: tomorrow } }).details).toContain(
      'Tomorrow is the last day it is shared, unless you choose to keep sharing.',
    );
    const last = { ...consent, expiresAt: new Date(NOW.getTime() + 3_600_000) };
    expect(stateFor({ mine: { status: 'valid', consent: last } }).details).toContain(
      'Today is the last day it is shared, unless you choose to keep sharing.',
    );
  });

  const jay = (status: AuthorConsentStatus, sameVersion = true) => ({
    personId: 'jay',
    name: 'Jay',
    status,
    sameVersion,
  });

  it.each([
    [
      'regression: names the co-author still to say yes',
      { visibility: hidden('awaiting-co-author'), others: [jay({ status: 'none' })] },
      ['Waiting for Jay.'],
    ],
    [
      'names a co-author and their parent or carer',
      {
        visibility: hidden('awaiting-co-author'),
        others: [jay({ status: 'awaiting-guardian', consent }, false)],
      },
      ['Waiting for Jay (to say yes to this version), and for Jay’s parent or carer.'],
    ],
    [
      'names a co-author’s parent or carer alone',
      {
        visibility: hidden('awaiting-guardian'),
        others: [jay({ status: 'awaiting-guardian', consent })],
      },
      ['Waiting for Jay’s parent or carer.'],
    ],
    [
      'regression: says who stopped it, and that it is not shared',
      {
        visibility: hidden('withdrawn'),
        others: [jay({ status: 'withdrawn', at: day('2026-04-01') })],
        stop: { whose: 'Jay', by: { kind: 'writer', name: 'Jay' }, at: day('2026-04-01') },
      },
      [
        'Jay stopped sharing it on 2026-04-01, so it is not shared. It is shared again only if Jay says yes again.',
      ],
    ],
    [
      'regression: says when a co-author’s parent or carer stopped it',
      {
        visibility: hidden('withdrawn'),
        others: [jay({ status: 'withdrawn', at: day('2026-04-01') })],
        stop: {
          whose: 'Jay',
          by: { kind: 'theirCarer', name: 'Jay' },
          at: day('2026-04-01'),
        },
      },
      [
        'Jay’s parent or carer stopped sharing it on 2026-04-01, so it is not shared. It is shared again only if Jay says yes again.',
      ],
    ],
    [
      'names whose yes ran out',
      {
        visibility: hidden('expired'),
        others: [jay({ status: 'expired', at: day('2026-04-01') })],
      },
      ['Jay’s yes has run out, so it is not shared.', 'Waiting for Jay.'],
    ],
    [
      'a co-author’s yes to another version',
      {
        visibility: hidden('revision-not-consented'),
        others: [jay({ status: 'valid', consent }, false)],
      },
      ['Waiting for Jay (to say yes to this version).'],
    ],
    [
      'a co-author who is 18 now is waited for themself, not their parent or carer',
      {
        visibility: hidden('awaiting-guardian'),
        others: [{ ...jay({ status: 'awaiting-guardian', consent }), grownUp: true }],
      },
      ['Waiting for Jay.'],
    ],
  ] as const)('a running yes that is not showing: %s', (_rule, given, details) => {
    const state = stateFor({ mine: { status: 'valid', consent }, ...given });
    expect(state.tone).toBe('waiting');
    expect(state.headline).toBe(
      'You said yes on 2026-03-03 to sharing it on the public website, as “Margaret”, until 2027-03-03. It is not shared yet.',
    );
    expect(state.details).toEqual(details);
    expect(state.actions.stop).toBe(true);
  });

  it('tells a young person their parent or carer must say yes too', () => {
    const state = stateFor({
      mine: { status: 'awaiting-guardian', consent },
      visibility: hidden('awaiting-guardian'),
    });
    expect(state.details[0]).toBe('Waiting for your parent or carer.');
    const grown = stateFor({
      mine: { status: 'awaiting-guardian', consent },
      visibility: hidden('awaiting-guardian'),
      grownUp: true,
    });
    expect(grown.details[0]).toBe(
      'Waiting for you (you are 18 now, so your parent or carer no longer answers).',
    );
    // Not live, so nothing to keep going.
    expect(state.actions).toEqual({ share: false, change: true, renew: false, stop: true });
  });

  it('regression: a young person whose parent or carer stopped it is told so, by name', () => {
    const state = stateFor({
      mine: { status: 'withdrawn', at: day('2026-11-30') },
      stop: { whose: null, by: { kind: 'yourCarer', name: 'Donna' }, at: day('2026-11-30') },
    });
    expect(state.headline).toBe(
      'Donna, your parent or carer, stopped sharing it on the public website on 2026-11-30.',
    );
  });

  it('tells a co-author who is waiting for them, and that no is fine', () => {
    const state = stateFor({
      mine: { status: 'none' },
      others: [jay({ status: 'valid', consent })],
    });
    expect(state.details).toEqual([
      'Jay said yes to sharing it on the public website. It is shared only if you say yes too. No is fine.',
    ]);
  });

  it('says when the author stopped, and when a yes ran out, offering to share again', () => {
    const stopped = stateFor({ mine: { status: 'withdrawn', at: day('2026-04-01') } });
    expect(stopped.headline).toBe('You stopped sharing it on the public website on 2026-04-01.');
    expect(stopped.actions).toEqual({ share: true, change: false, renew: false, stop: false });
    const ended = stateFor({ mine: { status: 'expired', at: LATER } });
    expect(ended.headline).toBe(
      'Your yes to sharing it on the public website ended on 2027-03-03.',
    );
    expect(ended.actions.share).toBe(true);
    expect(ended.actions.renew).toBe(false);
  });

  it.each([
    ['live and ending within 30 days', true, 20, false, true],
    ['live with months to go', true, 200, false, false],
    ['regression: not live yet (waiting for others)', false, 20, false, false],
    ['regression: agreed through a request', true, 20, true, false],
  ] as const)('offers to keep sharing only when %s', (_rule, live, days, viaRequest, renew) => {
    const mine = {
      status: 'valid' as const,
      consent: {
        ...consent,
        expiresAt: new Date(NOW.getTime() + days * 86_400_000),
        ...(viaRequest ? { viaRequest } : {}),
      },
    };
    const state = stateFor({ mine, visibility: live ? visible : hidden('awaiting-co-author') });
    expect(state.actions.renew).toBe(renew);
  });

  it('never offers "stop" without a running yes, nor "share" beside one', () => {
    const statuses: AuthorConsentStatus[] = [
      { status: 'none' },
      { status: 'withdrawn', at: NOW },
      { status: 'expired', at: NOW },
      { status: 'valid', consent },
      { status: 'awaiting-guardian', consent },
    ];
    for (const mine of statuses) {
      const { actions } = stateFor({ mine });
      const running = mine.status === 'valid' || mine.status === 'awaiting-guardian';
      expect(actions.stop).toBe(running);
      expect(actions.share).toBe(!running);
    }
  });
});

describe('explanations', () => {
  it('explains every use in Easy Read, each sentence short and with a picture', () => {
    for (const scope of SCOPES) {
      const explanation = SCOPE_EXPLANATIONS[scope];
      expect(explanation.easyRead.length).toBeGreaterThanOrEqual(2);
      for (const line of explanation.easyRead) {
        expect(EASY_READ_ICONS).toContain(line.icon);
        // Easy Read: one idea per sentence, short sentences.
        for (const sentence of line.text.split(/(?<=\.)\s+/)) {
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
        }
      }
      expect(explanation.easyRead.some((line) => line.icon === 'hand')).toBe(true);
    }
  });

  it('names each way of being named', () => {
    expect(Object.keys(ANONYMITY_EXPLANATIONS)).toEqual([
      'named',
      'first_name',
      'pseudonym',
      'anonymous',
    ]);
  });
});

describe('helpers', () => {
  it('reads only known scopes and levels from input', () => {
    expect(parseScope('public_site')).toBe('public_site');
    expect(parseScope('toString')).toBeUndefined();
    expect(parseScope(null)).toBeUndefined();
    expect(parseAnonymity('first_name')).toBe('first_name');
    expect(parseAnonymity('constructor')).toBeUndefined();
    expect(parseAnonymity(3)).toBeUndefined();
  });
});
