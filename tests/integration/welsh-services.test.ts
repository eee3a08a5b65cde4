/**
 * Being heard, the admin pages and the identification check in Welsh: a
 * writer whose account is in Welsh reads the answers to their story in Welsh
 * and is emailed in Welsh; a Welsh service lead's pages, a Welsh admin's pages,
 * /cy/you-said-we-did and its feed are all Welsh; refusals come in the words
 * of the person asking; the check speaks Welsh and suggests Welsh words for a
 * Welsh story. English stays English for an English speaker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Role } from '#src/domain/roles.ts';
import { findIdentifyingDetails } from '#src/domain/identification.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { answerStory } from '#src/server/being-heard/services.ts';
import { handleStoryAnswersForm } from '#src/server/being-heard/authors.ts';
import { recordChange } from '#src/server/being-heard/service-changes.ts';
import { handlePeopleForm } from '#src/server/accounts/admin.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import {
  sessionCookieFor,
  signedInCookie,
  startInProcessApp,
  type InProcessApp,
} from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';
import { mailTo, welshPageProblems } from './support/welsh.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-services-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
// Every link in an email comes from the public address (src/server/http/public-address.ts).
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'http://heard.test');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const cy = translatorFor('cy');
const en = translatorFor('en');
const TITLE = 'Y felin ar lan yr afon';
const ANSWER = 'Diolch am rannu hyn. Byddwn ni’n cadw’r ganolfan ar agor tan saith.';
const CHANGE = 'Bydd y ganolfan ddydd ar agor tan saith ar nos Iau';

function get(path: string, cookie = '') {
  return fetch(`${app?.url ?? ''}${path}`, {
    headers: { cookie, 'accept-encoding': 'identity' },
    redirect: 'manual',
  });
}

/** A page that must be all Welsh: its HTML, after checking it is. */
async function welshPage(path: string, cookie = ''): Promise<string> {
  const response = await get(path, cookie);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  expect(welshPageProblems(html), path).toEqual([]);
  return html;
}

/** Someone signed in with these roles, their account in a language. */
async function signedIn(db: Db, roles: Role[], name: string, language: Language) {
  const { personId, cookie } = await signedInCookie(db, roles, name);
  await db.updateTable('people').set({ language }).where('id', '=', personId).execute();
  return { id: personId, roles, cookie };
}

/**
 * Gwen's Welsh story, on the public website and shared to improve our
 * services, her account in `language`; a service lead answers it in Welsh.
 */
async function answeredStory(db: Db, language: Language, now: Date) {
  const { author, storyId } = await makeMarkedStory(db, {
    title: TITLE,
    authorName: 'Gwen Morgan',
    photos: false,
    text: {
      before: 'Roeddwn i’n aros yn',
      detail: 'Ward 7',
      replacement: 'y ward',
      after: ' drwy’r nos.',
    },
  });
  await db.updateTable('stories').set({ language: 'cy' }).where('id', '=', storyId).execute();
  await db.updateTable('people').set({ language }).where('id', '=', author).execute();
  const improve = await appendConsentEvent(
    db,
    storyId,
    {
      kind: 'grant',
      actorId: author,
      subjectId: author,
      scope: 'service_improvement',
      anonymity: 'named',
      revisionNumber: 1,
    },
    { now },
  );
  expect(improve.ok).toBe(true);
  await grantPublic(db, storyId, author, 1, { now });
  const lead = await signedIn(db, ['service_lead'], 'Nia Lewis', 'cy');
  const answered = await answerStory(db, lead, storyId, formData({ text: ANSWER }), now);
  expect(answered).toEqual({ ok: true });
  return { author, storyId, lead };
}

describeEachDatabase('being heard, admin and the check in Welsh', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('shows a Welsh writer the answers to their story in Welsh, and emails them in Welsh', async () => {
    use();
    const now = new Date();
    const { author, storyId } = await answeredStory(db(), 'cy', now);

    const [mail] = await mailTo(db(), author);
    expect(mail?.subject).toBe(cy.t('services.email.answer.subject', { title: TITLE }));
    expect(mail?.text_body).toContain(cy.t('services.email.hello', { name: 'Gwen' }));
    expect(mail?.text_body).toContain(cy.t('services.email.answer.intro', { title: TITLE }));
    expect(mail?.text_body).toContain(ANSWER);
    expect(mail?.text_body).toContain(cy.t('services.email.nothingToDo'));
    expect(mail?.text_body).not.toContain(en.t('services.email.nothingToDo'));

    const cookie = await sessionCookieFor(db(), author);
    const writer = { id: author, roles: ['contributor' as const] };
    const [answer] = await db()
      .selectFrom('service_answers')
      .select('id')
      .where('story_id', '=', storyId)
      .execute();
    const helped = await handleStoryAnswersForm(
      db(),
      writer,
      storyId,
      formData({ intent: 'helpful', answer: answer?.id ?? '' }),
      now,
    );
    expect(helped).toEqual({ ok: true, done: 'helpful' });

    const page = await welshPage(`/my/stories/${storyId}/answers?done=helpful`, cookie);
    expect(page).toContain(`<span lang="cy">${TITLE}</span>`);
    expect(page).toContain(cy.t('services.answers.shared'));
    expect(page).toContain(cy.t('services.answers.done.helpful'));
    expect(page).toContain(cy.t('services.answer.youFoundHelpful'));
    // Her story is public and hers alone, so she may show the answer under it.
    expect(page).toContain(cy.t('services.answers.mayShow'));
    expect(page).toContain(cy.t('services.answers.turnOff'));

    // A refusal is in the words of the person asking.
    const refused = await answerInLanguage('cy', () =>
      handleStoryAnswersForm(db(), writer, storyId, formData({ intent: 'reply', answer: '' }), now),
    );
    expect(refused).toMatchObject({ message: cy.t('services.refused.chooseAnswer') });
  });

  it('emails an English writer in English about the same answer', async () => {
    use();
    const { author } = await answeredStory(db(), 'en', new Date());
    const [mail] = await mailTo(db(), author);
    expect(mail?.subject).toBe(`An answer to your story “${TITLE}”`);
    expect(mail?.text_body).toContain('You do not have to do anything.');
  });

  it('shows a Welsh service lead the stories, the answers and the changes in Welsh', async () => {
    use();
    const now = new Date();
    const { author, storyId, lead } = await answeredStory(db(), 'cy', now);
    const recorded = await answerInLanguage('cy', () =>
      recordChange(
        db(),
        lead,
        formData({ what: CHANGE, service: 'Canolfan ddydd', status: 'planned', story: storyId }),
        now,
      ),
    );
    if (!recorded.ok) throw new Error(recorded.message);

    const list = await welshPage('/services/stories', lead.cookie);
    expect(list).toContain(TITLE);
    expect(list).toContain(cy.t('services.stories.answered'));

    const story = await welshPage(`/services/stories/${storyId}`, lead.cookie);
    expect(story).toContain(ANSWER);
    expect(story).toContain(cy.t('services.story.answerLabel'));
    expect(story).toContain(cy.t('services.status.planned'));

    const changes = await welshPage('/services/changes', lead.cookie);
    expect(changes).toContain(CHANGE);
    expect(changes).toContain(cy.t('services.field.what'));

    const change = await welshPage(
      `/services/changes/${recorded.changeId}?done=recorded`,
      lead.cookie,
    );
    expect(change).toContain(cy.t('services.change.done.recorded'));
    expect(change).toContain(`lang="cy">${TITLE}</a>`);

    // Gwen is told of the change in Welsh, with its status in Welsh.
    const told = (await mailTo(db(), author)).at(-1);
    expect(told?.subject).toBe(cy.t('services.email.change.subject', { title: TITLE }));
    expect(told?.text_body).toContain(
      cy.t('services.email.change.stands', { status: cy.t('services.status.planned') }),
    );

    // A change that does not say what is changing is refused in Welsh.
    const refused = await answerInLanguage('cy', () =>
      recordChange(db(), lead, formData({ what: '', service: '', status: 'done' }), now),
    );
    expect(refused).toMatchObject({
      ok: false,
      message: cy.t('services.refused.someDetails'),
      errors: { what: cy.t('services.check.noWhat') },
    });
  });

  it('shows “You said, we did” and its feed in Welsh at /cy, and in English at the plain address', async () => {
    use();
    const now = new Date();
    const { storyId, lead } = await answeredStory(db(), 'cy', now);
    const recorded = await recordChange(
      db(),
      lead,
      formData({ what: CHANGE, service: 'Canolfan ddydd', status: 'done', story: storyId }),
      now,
    );
    expect(recorded.ok).toBe(true);

    const page = await welshPage('/cy/you-said-we-did');
    expect(page).toContain(CHANGE);
    expect(page).toContain(`<strong>${cy.t('services.status.done')}</strong>`);
    // Gwen's story is public: it is quoted, marked with its language.
    expect(page).toContain('<blockquote lang="cy">');
    expect(page).toContain('href="/cy/you-said-we-did/rss.xml"');

    const feed = await (await get('/cy/you-said-we-did/rss.xml')).text();
    expect(feed).toContain(cy.t('services.yswd.feedTitle'));
    expect(feed).toContain(`${CHANGE} (${cy.t('services.status.done')})`);
    expect(feed).toContain('/cy/you-said-we-did#change-');

    const english = await (await get('/you-said-we-did')).text();
    expect(english).toContain('<html lang="en-GB"');
    expect(english).toContain(`<strong>Done</strong>`);
    const englishFeed = await (await get('/you-said-we-did/rss.xml')).text();
    expect(englishFeed).toContain('Heard: you said, we did');
  });

  it('shows a Welsh admin the people, groups, settings and failing email pages in Welsh', async () => {
    use();
    const admin = await signedIn(db(), ['admin'], 'Rhys Prys', 'cy');
    const groupId = await insertGroup(db(), { slug: 'grwp-y-felin', name: 'Grŵp y Felin' });
    await addGroupMember(db(), groupId, admin.id, 'facilitator');

    const people = await welshPage('/admin/people', admin.cookie);
    expect(people).toContain(cy.t('admin.role.service_lead'));
    expect(people).toContain(cy.t('admin.people.guardiansLead'));
    const groups = await welshPage('/admin/groups', admin.cookie);
    expect(groups).toContain(
      cy.t('admin.groups.member', { name: 'Rhys Prys', role: 'facilitator' }),
    );
    const settings = await welshPage('/admin/settings', admin.cookie);
    expect(settings).toContain(cy.t('admin.settings.fairUseHeading'));
    const mail = await welshPage('/admin/mail', admin.cookie);
    expect(mail).toContain(cy.t('admin.mail.title'));

    // An admin's change is answered in their words; so is someone who is not an admin.
    const refused = await answerInLanguage('cy', () =>
      handlePeopleForm(db(), admin, formData({ intent: 'set-roles', personId: 'nobody' }), {
        now: new Date(),
      }),
    );
    expect(refused).toEqual({ ok: false, errors: { form: cy.t('admin.refused.chooseSomeone') } });
    const notAdmin = await answerInLanguage('cy', () =>
      handlePeopleForm(db(), { id: admin.id, roles: ['contributor'] }, formData({}), {
        now: new Date(),
      }),
    );
    expect(notAdmin).toEqual({ ok: false, errors: { form: cy.t('admin.onlyAdmins') } });
  });

  it('checks a Welsh story in Welsh, suggesting Welsh words to show instead', async () => {
    use();
    const { author, storyId } = await makeMarkedStory(db(), {
      title: 'Ein tŷ ni',
      authorName: 'Gwen Morgan',
      photos: false,
      text: {
        before: 'Roeddwn i’n byw ar Heol y Frenhines, ac es i i Ysgol Gyfun Llangefni. Ein',
        detail: 'cartref',
        replacement: 'cartref',
        after: ' oedd y lle gorau.',
      },
    });
    await db().updateTable('stories').set({ language: 'cy' }).where('id', '=', storyId).execute();
    await db().updateTable('people').set({ language: 'cy' }).where('id', '=', author).execute();
    const cookie = await sessionCookieFor(db(), author);
    const sharing = `/my/stories/${storyId}/sharing?share=public_site&name=anonymous`;
    const page = await welshPage(sharing, cookie);
    expect(page).toContain(cy.t('identification.headline.full'));
    expect(page).toContain(cy.t('identification.kind.street'));
    expect(page).toMatch(/<strong lang="cy"[^>]*>“Heol y Frenhines”<\/strong>/);

    const marking = await welshPage(
      `${sharing}&mark=${encodeURIComponent('Ysgol Gyfun Llangefni')}`,
      cookie,
    );
    expect(marking).toContain(cy.t('identification.markForm.kind'));
    // The words to show instead go into a Welsh story, so they are Welsh.
    expect(marking).toContain(`value="${cy.t('identification.suggest.school')}"`);

    // The check reads Welsh prose with English patterns: it finds Welsh street,
    // school and hospital names, but not a place after a mutation.
    const found = findIdentifyingDetails({
      parts: [
        {
          where: 'story',
          segments: [{ text: 'Roeddwn i’n byw yng Nghaerdydd, ger Ysbyty Gwynedd.' }],
        },
      ],
      shownNames: [],
      language: 'cy',
    });
    expect(found.map((detail) => [detail.kind, detail.text, detail.suggestion])).toEqual([
      ['hospital', 'Ysbyty Gwynedd', 'yr ysbyty'],
    ]);
  });
});
