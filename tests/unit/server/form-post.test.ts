import { describe, expect, it } from 'vitest';
import {
  formChange,
  handleFormPost,
  handleIntentPost,
  NO_INTENT,
  UNKNOWN_INTENT,
} from '#src/server/http/form-post.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { textField } from '#src/server/http/forms.ts';

const NO_INTENT_MESSAGE = translatorFor('en').t(NO_INTENT);
const UNKNOWN_INTENT_MESSAGE = translatorFor('en').t(UNKNOWN_INTENT);

/**
 * What the helpers use of a page's `Astro`: the request, the response's
 * status, and Astro's own answers for a redirect and a rewrite.
 */
function page(method: 'GET' | 'POST', fields: Record<string, string> = {}) {
  const url = new URL('http://heard.test/my/page?from=here');
  const response = { status: 200, headers: new Headers() };
  const rewrites: string[] = [];
  const context = {
    url,
    request: new Request(
      url,
      method === 'POST' ? { method, body: new URLSearchParams(fields) } : {},
    ),
    response,
    redirect: (location: string, status?: number) =>
      new Response(null, { status: status ?? 302, headers: { location } }),
    rewrite: (to: string | URL | Request) => {
      const where = to instanceof Request ? `${to.method} ${new URL(to.url).pathname}` : String(to);
      rewrites.push(where);
      return Promise.resolve(new Response(where, { status: 404 }));
    },
  };
  return { context, response, rewrites };
}

type Saved = { ok: true; id: string } | { ok: false; status: 409; message: string };

/** A change that records what it was given and answers as told. */
function recording(answer: (form: FormData) => Saved) {
  const seen: FormData[] = [];
  return {
    seen,
    run: (form: FormData) => {
      seen.push(form);
      return Promise.resolve(answer(form));
    },
  };
}

describe('handleFormPost', () => {
  it('on a GET, reads nothing and changes nothing', async () => {
    const { context, response } = page('GET');
    const change = recording(() => ({ ok: true, id: 'x' }));
    const outcome = await handleFormPost(context, { run: change.run, redirect: () => '/done' });
    expect(outcome).toMatchObject({ form: undefined, result: undefined, problem: undefined });
    expect(change.seen).toEqual([]);
    expect(response.status).toBe(200);
  });

  it('after a success, redirects with 303 to where the change says', async () => {
    const { context } = page('POST', { title: 'Tea' });
    const change = recording((form) => ({ ok: true, id: textField(form, 'title') }));
    const outcome = await handleFormPost(context, {
      run: change.run,
      redirect: (saved) => `/my/stories/${saved.id}`,
    });
    expect(outcome).toBeInstanceOf(Response);
    const redirect = outcome as Response;
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('/my/stories/Tea');
  });

  it('after a refusal, sets its status and gives its sentence and the form as sent', async () => {
    const { context, response } = page('POST', { title: 'Kept' });
    const outcome = await handleFormPost(context, {
      run: () => Promise.resolve<Saved>({ ok: false, status: 409, message: 'It changed.' }),
      redirect: () => '/never',
    });
    if (outcome instanceof Response) throw new Error('A refusal must not redirect.');
    expect(response.status).toBe(409);
    expect(outcome.problem).toBe('It changed.');
    expect(outcome.errors).toEqual({});
    expect(outcome.allErrors).toEqual({ form: 'It changed.' });
    expect(outcome.form?.get('title')).toBe('Kept');
  });

  it('a refusal naming no status is a 400, with its problems beside their fields', async () => {
    const { context, response } = page('POST', { email: 'nope' });
    const outcome = await handleFormPost(context, {
      run: () =>
        Promise.resolve({ ok: false as const, errors: { email: 'Please check the address.' } }),
    });
    if (outcome instanceof Response) throw new Error('A refusal must not redirect.');
    expect(response.status).toBe(400);
    expect(outcome.problem).toBeUndefined();
    expect(outcome.allErrors).toEqual({ email: 'Please check the address.' });
  });

  it('without a redirect, a success shows the page again with the result', async () => {
    const { context, response } = page('POST');
    const outcome = await handleFormPost(context, {
      run: () => Promise.resolve({ ok: true as const, message: 'Saved.' }),
    });
    if (outcome instanceof Response) throw new Error('Nothing to redirect to.');
    expect(response.status).toBe(200);
    expect(outcome.result).toEqual({ ok: true, message: 'Saved.' });
  });

  it('with notFound "page", "not there" answers with the 404 page, for a fresh GET', async () => {
    for (const refusal of [
      { ok: false as const, notFound: true as const },
      { ok: false as const, status: 404, message: 'There is no such story.' },
    ]) {
      const { context, rewrites } = page('POST');
      const outcome = await handleFormPost(
        context,
        { run: () => Promise.resolve(refusal) },
        { notFound: 'page' },
      );
      expect(outcome).toBeInstanceOf(Response);
      expect(rewrites).toEqual(['GET /404']);
    }
  });

  it('without it, "not there" is shown on the page with 404', async () => {
    const { context, response, rewrites } = page('POST');
    const outcome = await handleFormPost(context, {
      run: () => Promise.resolve({ ok: false as const, status: 404, message: 'Gone.' }),
    });
    expect(outcome).toMatchObject({ problem: 'Gone.' });
    expect(response.status).toBe(404);
    expect(rewrites).toEqual([]);
  });
});

describe('handleIntentPost', () => {
  const changes = () => {
    const keep = recording(() => ({ ok: true, id: 'kept' }));
    const stop = recording(() => ({ ok: false, status: 409, message: 'Already stopped.' }));
    return {
      keep,
      stop,
      declared: {
        keep: formChange(keep.run, (done) => `/my/page?kept=${done.id}`),
        stop: formChange(stop.run, () => '/never'),
      },
    };
  };

  it('makes the change the form names, and only that one', async () => {
    const { context } = page('POST', { intent: 'keep' });
    const { keep, stop, declared } = changes();
    const outcome = await handleIntentPost(context, declared);
    expect((outcome as Response).headers.get('location')).toBe('/my/page?kept=kept');
    expect(keep.seen).toHaveLength(1);
    expect(stop.seen).toHaveLength(0);
  });

  it('tells the page which change was refused', async () => {
    const { context, response } = page('POST', { intent: 'stop' });
    const outcome = await handleIntentPost(context, changes().declared);
    if (outcome instanceof Response) throw new Error('A refusal must not redirect.');
    expect(outcome.intent).toBe('stop');
    expect(outcome.problem).toBe('Already stopped.');
    expect(response.status).toBe(409);
  });

  it.each([
    ['an unknown intent', { intent: 'delete-everything' }, UNKNOWN_INTENT_MESSAGE],
    ['an intent that only looks like one', { intent: 'toString' }, UNKNOWN_INTENT_MESSAGE],
    ['no intent', { scope: 'group' }, NO_INTENT_MESSAGE],
  ])(
    'refuses %s with 400 and a plain sentence, changing nothing',
    async (_label, fields, message) => {
      const { context, response } = page('POST', fields);
      const { keep, stop, declared } = changes();
      const outcome = await handleIntentPost(context, declared);
      if (outcome instanceof Response) throw new Error('Nothing may be done.');
      expect(response.status).toBe(400);
      expect(outcome).toMatchObject({ intent: undefined, result: undefined, problem: message });
      expect(outcome.allErrors).toEqual({ form: message });
      expect(keep.seen.length + stop.seen.length).toBe(0);
    },
  );

  it('a form with no intent makes the change named for it', async () => {
    const { context } = page('POST', { scope: 'group' });
    const { keep, declared } = changes();
    const outcome = await handleIntentPost(context, declared, { withoutIntent: 'keep' });
    expect((outcome as Response).status).toBe(303);
    expect(keep.seen[0]?.get('scope')).toBe('group');
  });

  it('on a GET, reads nothing', async () => {
    const { context } = page('GET');
    const { keep, stop, declared } = changes();
    expect(await handleIntentPost(context, declared)).toMatchObject({ intent: undefined });
    expect(keep.seen.length + stop.seen.length).toBe(0);
    expect(context.request.bodyUsed).toBe(false);
  });
});
