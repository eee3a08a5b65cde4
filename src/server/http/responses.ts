/**
 * Small helpers for HTTP responses.
 */
import { STATUS_CODES } from 'node:http';

/** A JSON response that no cache keeps (API answers are per person). */
export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

// Statuses whose responses never carry a body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The response with its code's standard reason phrase (RFC 9110 §15). A page
 * that sets `Astro.response.status` keeps Astro's default "OK", which would go
 * out as "410 OK"; an empty reason is left for Node to fill in.
 */
export function withStandardReason(response: Response): Response {
  const reason = STATUS_CODES[response.status] ?? '';
  if (response.statusText === '' || response.statusText === reason) return response;
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : response.body, {
    status: response.status,
    statusText: reason,
    headers: response.headers,
  });
}

/**
 * A name for a file that a header can carry: plain letters, digits and
 * hyphens, since a header holds nothing else safely (so "grŵp" becomes
 * "gr-p"); `fallback` when nothing is left.
 */
export function headerSafeName(words: string, fallback: string): string {
  return words.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}

/**
 * A file to save rather than show (`Content-Disposition: attachment`), for
 * the person who asked alone and kept by no cache: what it holds follows
 * consent that can end at any moment. `fileName` must be header-safe
 * (`headerSafeName`).
 */
export function fileDownload(bytes: Uint8Array, type: string, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
