/**
 * The roles a person can hold. A person may hold several.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';

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

/** Each role's name as people read it (its message in src/i18n/messages/<language>/admin.ts). */
export const ROLE_WORDS: Readonly<Record<Role, MessageKey>> = {
  contributor: 'admin.role.contributor',
  guardian: 'admin.role.guardian',
  facilitator: 'admin.role.facilitator',
  comms: 'admin.role.comms',
  admin: 'admin.role.admin',
  service_lead: 'admin.role.service_lead',
};
