/**
 * The roles a person can hold. A person may hold several (DESIGN.md §3).
 */
export const ROLES = ['contributor', 'guardian', 'facilitator', 'comms', 'admin'] as const;
export type Role = (typeof ROLES)[number];
