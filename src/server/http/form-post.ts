/**
 * One way for a page to answer a form POST. The form is read once and handed
 * to the change it asks for (a service function, which checks the viewer may
 * do it and answers with a typed result). On success the page redirects with
 * 303, so reloading sends nothing twice; on a refusal the page shows again
 * with the refusal's status, its sentence, the problems beside their fields
 * and the form as sent, so nothing the person typed is lost.
 *
 * `handleFormPost` is for a page with one change; `handleIntentPost` for a page
 * whose forms each name their change in an `intent` field. On a GET both
 * answer "nothing was posted" without reading anything, so a page is one
 * straight line: guard → handle the form → load → render.
 */
import type { AstroGlobal } from 'astro';
import { z } from 'zod';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { readForm, textField } from './forms.ts';
import { rewriteToNotFound } from './guards.ts';
import { requestWords } from './request-language.ts';

/** What a change answers: every service's typed result has this shape. */
export type ChangeResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The response's status; 400 when the refusal names none. */
      readonly status?: number;
      /** One plain sentence about what went wrong. */
      readonly message?: string;
      /** Plain sentences beside the fields they are about. */
      readonly errors?: Readonly<Record<string, string>> | undefined;
      /** The thing to change is not there (or not for this viewer). */
      readonly notFound?: true;
    };

type Done<R> = Extract<R, { readonly ok: true }>;

/** A change a form can ask for, and where the person goes once it is made. */
export interface FormChange<R extends ChangeResult> {
  readonly run: (form: FormData) => Promise<R>;
  /**
   * The address to redirect to (303) once the change is made. Without it the
   * page shows again with the result (an admin page's "Saved" message).
   */
  redirect?(done: Done<R>): string;
}

/** A change for `handleIntentPost`, typed from its service's result. */
export function formChange<R extends ChangeResult>(
  run: (form: FormData) => Promise<R>,
  redirect?: (done: Done<R>) => string,
): FormChange<R> {
  return redirect ? { run, redirect } : { run };
}

/** What the page shows of a form: the form as sent, what the change answered, and its problems. */
interface Outcome<Form, Result, Problem> {
  /** The form as sent, to show the person's words again. */
  readonly form: Form;
  /** What the change answered: a refusal, or a success that stays on the page. */
  readonly result: Result;
  /** The refusal's sentence. */
  readonly problem: Problem;
  /** The refusal's problems by field. */
  readonly errors: Readonly<Record<string, string>>;
  /**
   * The problems by field, or else the sentence under `form`: for a form that
   * shows every problem in one summary.
   */
  readonly allErrors: Readonly<Record<string, string>>;
}

/** What the page shows after a form that did not redirect. */
type Shown<R> = Outcome<FormData, R, string | undefined>;

/** Nothing was posted (a GET): there is nothing to show. */
type NothingPosted = Outcome<undefined, undefined, undefined>;

/** A form that asked for no change this page offers: refused, nothing done. */
type NoSuchChange = Outcome<FormData, undefined, string> & { readonly intent: undefined };

export type FormOutcome<R extends ChangeResult> = NothingPosted | Shown<R>;

type Changes = Readonly<Record<string, FormChange<ChangeResult>>>;
type ResultOf<C> = C extends FormChange<infer R> ? R : never;

/** As `FormOutcome`, and which change the form asked for (`intent`) to tell them apart. */
export type IntentOutcome<C extends Changes> =
  | (NothingPosted & { readonly intent: undefined })
  | NoSuchChange
  | { readonly [K in keyof C & string]: Shown<ResultOf<C[K]>> & { readonly intent: K } }[keyof C &
      string];

export interface FormPostOptions {
  /**
   * `'page'`: a refusal that says the thing is not there (status 404) answers
   * with the 404 page, as if the page itself were not found.
   */
  readonly notFound?: 'page';
}

export interface IntentPostOptions<K extends string> extends FormPostOptions {
  /** The change a form asks for when it sends no `intent` at all. */
  readonly withoutIntent?: K;
}

/** A form that sent no answer: the radio buttons of a question (`Decision`) are named `intent`. */
export const NO_INTENT: MessageKey = 'http.form.noIntent';
/** A form that names a change this page does not offer (an old page, a hand-made post). */
export const UNKNOWN_INTENT: MessageKey = 'http.form.unknownIntent';

/**
 * A service's refusal of a button its page does not have (a stale page, a
 * forged post): nothing is done. Its sentence is read when the refusal is
 * shown, so it is in the words of the person who pressed the button.
 */
export const UNKNOWN_BUTTON = {
  ok: false,
  status: 400,
  get message(): string {
    return requestWords().t(UNKNOWN_INTENT);
  },
} as const;

type PostContext = Pick<AstroGlobal, 'request' | 'response' | 'redirect' | 'rewrite' | 'url'>;

const NOTHING_POSTED: NothingPosted & { readonly intent: undefined } = {
  form: undefined,
  intent: undefined,
  result: undefined,
  problem: undefined,
  errors: {},
  allErrors: {},
};

/** Reads the form (on a POST) and makes the one change this page offers. */
export async function handleFormPost<R extends ChangeResult>(
  context: PostContext,
  change: FormChange<R>,
  options: FormPostOptions = {},
): Promise<Response | FormOutcome<R>> {
  if (context.request.method !== 'POST') return NOTHING_POSTED;
  return make(context, await readForm(context.request), change, options);
}

/**
 * Reads the form (on a POST) and makes the change its `intent` names, one of
 * `changes`. A form naming no change offered here is refused with 400 and a
 * plain sentence, and nothing is done.
 */
export async function handleIntentPost<C extends Changes>(
  context: PostContext,
  changes: C,
  options: IntentPostOptions<keyof C & string> = {},
): Promise<Response | IntentOutcome<C>> {
  if (context.request.method !== 'POST') return NOTHING_POSTED;
  const form = await readForm(context.request);
  const sent = textField(form, 'intent');
  const names = Object.keys(changes) as [keyof C & string, ...(keyof C & string)[]];
  const intent = sent === '' ? options.withoutIntent : z.enum(names).safeParse(sent).data;
  const change = intent === undefined ? undefined : changes[intent];
  if (intent === undefined || change === undefined) {
    context.response.status = 400;
    const problem = requestWords().t(sent === '' ? NO_INTENT : UNKNOWN_INTENT);
    return {
      form,
      intent: undefined,
      result: undefined,
      problem,
      errors: {},
      allErrors: { form: problem },
    };
  }
  const shown = await make(context, form, change, options);
  if (shown instanceof Response) return shown;
  return { ...shown, intent } as IntentOutcome<C>;
}

async function make<R extends ChangeResult>(
  context: PostContext,
  form: FormData,
  change: FormChange<R>,
  options: FormPostOptions,
): Promise<Response | Shown<R>> {
  const result = await change.run(form);
  if (refused(result)) {
    if (options.notFound === 'page' && (result.notFound || result.status === 404)) {
      return rewriteToNotFound(context);
    }
    context.response.status = result.status ?? 400;
    const errors = result.errors ?? {};
    const allErrors =
      Object.keys(errors).length > 0 || result.message === undefined
        ? errors
        : { form: result.message };
    return { form, result, problem: result.message, errors, allErrors };
  }
  if (change.redirect) return context.redirect(change.redirect(result as Done<R>), 303);
  return { form, result, problem: undefined, errors: {}, allErrors: {} };
}

type Refusal = Extract<ChangeResult, { readonly ok: false }>;

function refused(result: ChangeResult): result is Refusal {
  return !result.ok;
}
