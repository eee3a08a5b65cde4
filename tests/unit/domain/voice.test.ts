import { describe, expect, it } from 'vitest';
import {
  decideRecordingAccess,
  describeDuration,
  listRecordingIds,
  voiceHeardAt,
  voiceHeardInUse,
  type RecordingInUse,
} from '#src/domain/voice.ts';
import { collectNodeValues } from '#src/domain/editor-state.ts';
import { VOICE_EXPLANATIONS } from '#src/domain/sharing-explanations.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';

const use = (overrides: Partial<RecordingInUse> = {}): RecordingInUse => ({
  inShownRevision: true,
  anonymity: ['first_name'],
  ...overrides,
});

describe('voiceHeardAt: a voice is a name', () => {
  it.each([
    ['named', true],
    ['first_name', true],
    ['pseudonym', false],
    ['anonymous', false],
  ] as const)('%s: heard %s', (anonymity: Anonymity, heard) => {
    expect(voiceHeardAt(anonymity)).toBe(heard);
  });
});

describe('voiceHeardInUse: whether readers of a use hear the recording', () => {
  it.each([
    ['first name, in the revision shown', use(), true],
    ['full name', use({ anonymity: ['named'] }), true],
    ['not in the revision the authors agreed to', use({ inShownRevision: false }), false],
    ['a made-up name', use({ anonymity: ['pseudonym'] }), false],
    ['anonymous', use({ anonymity: ['anonymous'] }), false],
    ['one co-author anonymous, one named', use({ anonymity: ['named', 'anonymous'] }), false],
    ['one co-author by made-up name', use({ anonymity: ['first_name', 'pseudonym'] }), false],
    ['no authors at all', use({ anonymity: [] }), false],
  ])('%s: %s', (_case, recording, heard) => {
    expect(voiceHeardInUse(recording)).toBe(heard);
  });
});

describe('decideRecordingAccess: who may hear a recording', () => {
  it.each([
    ['an author or helper, story private', { isInsider: true, publicUse: undefined }, 'insider'],
    [
      'an author, story public anonymously',
      { isInsider: true, publicUse: use({ anonymity: ['anonymous'] }) },
      'insider',
    ],
    ['anyone, public by first name', { isInsider: false, publicUse: use() }, 'public'],
    [
      'anyone, public anonymously',
      { isInsider: false, publicUse: use({ anonymity: ['anonymous'] }) },
      undefined,
    ],
    [
      'anyone, public but not in that revision',
      { isInsider: false, publicUse: use({ inShownRevision: false }) },
      undefined,
    ],
    ['anyone, not public', { isInsider: false, publicUse: undefined }, undefined],
  ] as const)('%s: %s', (_case, facts, audience) => {
    expect(decideRecordingAccess(facts)).toBe(audience);
  });
});

describe('listRecordingIds and collectNodeValues', () => {
  const state = {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'recordingId' }] },
        { type: 'recording', recordingId: 'r1', children: [{ type: 'paragraph', children: [] }] },
        { type: 'photo', mediaId: 'p1' },
        { type: 'recording', recordingId: 42 },
        { type: 'quote', children: [{ type: 'recording', recordingId: 'r2' }] },
      ],
    },
  };

  it('finds every recording, however deep, and ignores malformed ids', () => {
    expect(listRecordingIds(state).sort()).toEqual(['r1', 'r2']);
    expect(collectNodeValues(state, 'photo', 'mediaId')).toEqual(['p1']);
  });

  it.each([null, undefined, 'text', 3, {}, { root: null }, { root: { children: 'no' } }])(
    'finds nothing in %s',
    (value) => {
      expect(listRecordingIds(value)).toEqual([]);
    },
  );
});

describe('describeDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1000, '1 second'],
    [45_400, '45 seconds'],
    [60_000, '1 minute'],
    [245_000, '4 minutes 5 seconds'],
    [3_600_000, '60 minutes'],
  ])('%i ms reads "%s"', (ms, words) => {
    expect(describeDuration(ms)).toBe(words);
  });
});

describe('VOICE_EXPLANATIONS: the sharing page says what happens to a voice', () => {
  it.each(['named', 'first_name', 'pseudonym', 'anonymous'] as const)(
    '%s: the words match the rule',
    (anonymity) => {
      const words = VOICE_EXPLANATIONS[anonymity].text;
      expect(words.includes('never hear your voice')).toBe(!voiceHeardAt(anonymity));
      expect(words.includes('can hear your recordings')).toBe(voiceHeardAt(anonymity));
    },
  );
});
