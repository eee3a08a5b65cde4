/**
 * Auth.js, mounted as an Astro endpoint: magic-link callbacks, sessions, sign-out.
 */
import type { APIRoute } from 'astro';
import { handleAuthRequest } from '../../../server/auth.ts';

export const GET: APIRoute = ({ request }) => handleAuthRequest(request);
export const POST: APIRoute = ({ request }) => handleAuthRequest(request);
