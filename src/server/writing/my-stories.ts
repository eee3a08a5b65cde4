/**
 * What a person's "My stories" page holds: their stories, the groups they are
 * in, the invitations to write together that wait for their answer, and how
 * many requests to use their stories wait for them. Only ever their own.
 */
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { listRequestsWaitingFor } from '#src/server/requests/requests.repository.ts';
import { listStoriesForAuthor } from './stories.repository.ts';
import { listCoAuthorInvitations, listGroupsForPerson } from './story-people.repository.ts';

/** The person's own stories, groups, invitations and waiting requests. */
export async function loadMyStories(db: Db, person: Viewer, now: Date) {
  const groups = await listGroupsForPerson(db, person.id);
  const stories = await listStoriesForAuthor(db, person.id, now);
  const invitations = await listCoAuthorInvitations(db, person.id);
  const waitingRequests = (await listRequestsWaitingFor(db, person.id)).length;
  return { groups, stories, invitations, waitingRequests };
}
