import { describe, expect, it } from 'vitest';
import {
  canAdminister,
  canEditStory,
  canReadDraft,
  canRequestFeature,
  canUseStaffPages,
  safeReturnPath,
  type StoryAccess,
  type Viewer,
} from '#src/domain/permissions.ts';
import type { Role } from '#src/domain/roles.ts';

const person = (id: string, ...roles: Role[]): Viewer => ({ id, roles });
const story: StoryAccess = {
  authorIds: ['author', 'coauthor'],
  helpers: [
    { personId: 'reader-helper', access: 'read' },
    { personId: 'editor-helper', access: 'edit' },
  ],
};

describe('reading and editing drafts', () => {
  it.each([
    ['nobody', undefined, false, false],
    ['an author', person('author', 'contributor'), true, true],
    ['a co-author', person('coauthor', 'contributor'), true, true],
    ['a helper who may read', person('reader-helper', 'facilitator'), true, false],
    ['a helper who may edit', person('editor-helper', 'facilitator'), true, true],
    ['an admin', person('admin', 'admin'), false, false],
    ['comms', person('comms', 'comms'), false, false],
    ['a facilitator not asked to help', person('facilitator', 'facilitator'), false, false],
    ['a guardian of someone else', person('guardian', 'guardian'), false, false],
    [
      'someone with every role',
      person('boss', 'admin', 'comms', 'facilitator', 'guardian'),
      false,
      false,
    ],
  ])('%s: read %s, edit %s', (_label, viewer, read, edit) => {
    expect(canReadDraft(viewer, story)).toBe(read);
    expect(canEditStory(viewer, story)).toBe(edit);
  });
});

describe('role-based pages', () => {
  it.each([
    [undefined, false, false, false],
    [person('c', 'contributor'), false, false, false],
    [person('f', 'facilitator'), false, false, false],
    [person('g', 'guardian'), false, false, false],
    [person('s', 'comms'), true, true, false],
    [person('a', 'admin'), false, true, true],
  ])('%j: request %s, staff %s, admin %s', (viewer, request, staff, admin) => {
    expect(canRequestFeature(viewer)).toBe(request);
    expect(canUseStaffPages(viewer)).toBe(staff);
    expect(canAdminister(viewer)).toBe(admin);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/my/account', '/my/account'],
    ['/my/stories/1?tab=history', '/my/stories/1?tab=history'],
    [null, '/my'],
    ['', '/my'],
    ['https://evil.test/', '/my'],
    ['//evil.test/', '/my'],
    ['/\\evil.test', '/my'],
    ['/\tevil', '/my'],
    ['javascript:alert(1)', '/my'],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
