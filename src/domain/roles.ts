/**
 * The roles a person can hold. A person may hold several.
 */
export const ROLES = [
  'contributor',
  'guardian',
  'facilitator',
  'comms',
  'admin',
  // Managers and staff who plan services: they read only stories shared "to
  // improve our services", answer them, and record what changed.
  'service_lead',
] as const;
export type Role = (typeof ROLES)[number];
