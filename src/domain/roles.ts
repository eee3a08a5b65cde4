/**
 * The roles a person can hold. A person may hold several.
 */
export const ROLES = ['contributor', 'guardian', 'facilitator', 'comms', 'admin'] as const;
export type Role = (typeof ROLES)[number];
