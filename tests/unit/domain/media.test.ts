import { describe, expect, it } from 'vitest';
import {
  decidePhotoAccess,
  PHOTO_VARIANT_WIDTHS,
  PHOTO_VARIANTS,
  photoShownInUse,
  type PhotoInUse,
} from '#src/domain/media.ts';

const use = (overrides: Partial<PhotoInUse> = {}): PhotoInUse => ({
  inShownRevision: true,
  showsIdentifiablePeople: false,
  anonymity: ['named'],
  ...overrides,
});

describe('photoShownInUse: whether a photo shows in a use', () => {
  it.each([
    ['a photo of a place, in the revision shown', use(), true],
    ['not in the revision the authors agreed to', use({ inShownRevision: false }), false],
    ['recognisable people, every author named', use({ showsIdentifiablePeople: true }), true],
    [
      'recognisable people, one author by first name',
      use({ showsIdentifiablePeople: true, anonymity: ['named', 'first_name'] }),
      false,
    ],
    [
      'recognisable people, anonymous',
      use({ showsIdentifiablePeople: true, anonymity: ['anonymous'] }),
      false,
    ],
    ['a photo of a place, anonymous author', use({ anonymity: ['anonymous'] }), true],
  ] as const)('%s', (_row, photo, expected) => {
    expect(photoShownInUse(photo)).toBe(expected);
  });
});

describe('decidePhotoAccess: who may see a photo', () => {
  const hidden = use({ inShownRevision: false });
  it.each([
    [
      'an author or helper, whatever else',
      { isInsider: true, publicUse: undefined, groupUses: [] },
      'insider',
    ],
    [
      'anyone, while it shows publicly',
      { isInsider: false, publicUse: use(), groupUses: [] },
      'public',
    ],
    [
      'not public when it is not in the public revision',
      { isInsider: false, publicUse: hidden, groupUses: [] },
      undefined,
    ],
    [
      'a group member while it shows in the group',
      { isInsider: false, publicUse: undefined, groupUses: [use()] },
      'group',
    ],
    [
      'a group member, in the book but not the space',
      { isInsider: false, publicUse: undefined, groupUses: [hidden, use()] },
      'group',
    ],
    [
      'a group member, shown nowhere',
      { isInsider: false, publicUse: hidden, groupUses: [hidden] },
      undefined,
    ],
    [
      'a stranger, story private',
      { isInsider: false, publicUse: undefined, groupUses: [] },
      undefined,
    ],
    [
      'public wins over group (it may be cached publicly)',
      { isInsider: false, publicUse: use(), groupUses: [use()] },
      'public',
    ],
  ] as const)('%s', (_row, facts, expected) => {
    expect(decidePhotoAccess(facts)).toBe(expected);
  });
});

describe('photo variants: the sizes stored and offered to readers', () => {
  it('lists the variants smallest first, each wider than the last', () => {
    const widths = PHOTO_VARIANTS.map((variant) => PHOTO_VARIANT_WIDTHS[variant]);
    expect(widths).toEqual([480, 960, 1600]);
  });
});
