/**
 * Small helpers for API responses.
 */

/** A JSON response that no cache keeps (API answers are per person). */
export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
