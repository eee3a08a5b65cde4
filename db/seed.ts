/**
 * Demo data: a grandparents' group, a young carers' group, a facilitator, a comms
 * person, an admin, a service lead (with an answered story and two changes), and
 * stories that are published, draft, withdrawn and expired, two of them told
 * out loud (db/seed-voice.ts).
 * Everything goes through the same repository functions the app uses, so the
 * consent ledger is real and verifies.
 */
import type { Kysely } from 'kysely';
import type { Role } from '#src/domain/roles.ts';
import type { Language } from '#src/i18n/languages.ts';
import { countWords } from '#src/domain/words.ts';
import { fromFountain } from '#src/editor/fountain.ts';
import { editorStateFromParagraphs, extractPlainText } from '#src/editor/plain-text.ts';
import type { Database, StoryKind } from '#src/server/platform/schema.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { insertWritingPrompt } from '#src/server/groups/prompts.repository.ts';
import { insertPerson, linkGuardian } from '#src/server/accounts/people.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import { insertCoAuthorInvitation } from '#src/server/writing/story-people.repository.ts';
import { createDatabaseMediaStore } from '#src/server/media/database-store.ts';
import type { MediaStore } from '#src/server/media/storage.ts';
import { seedVoiceStories, storeDemoVoiceFiles } from './seed-voice.ts';
import { calendarDayOf, endOfCalendarDay } from '#src/domain/calendar.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import { insertRequest } from '#src/server/requests/requests.repository.ts';
import { setOpenToRequests } from '#src/server/requests/askable.repository.ts';
import {
  insertServiceAnswer,
  setAnswerHelpful,
} from '#src/server/being-heard/being-heard.repository.ts';
import {
  insertServiceChange,
  linkStoryToChange,
  updateServiceChange,
} from '#src/server/being-heard/changes.repository.ts';

/** A demo person and what they can show. */
export interface DemoPerson {
  readonly key: string;
  readonly email: string;
  readonly displayName: string;
  readonly firstName: string;
  readonly roles: readonly Role[];
  /** For young people: their age in whole years when the demo is created. */
  readonly age?: number;
  /** For someone who has just grown up: how many days ago they turned 18. */
  readonly turned18DaysAgo?: number;
  readonly pseudonym?: string;
  /** The language their account is in; English unless given. */
  readonly language?: Language;
  readonly about: string;
}

/** Everyone the demo creates, in the order the README lists them. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    key: 'margaret',
    email: 'margaret@demo.heard.test',
    displayName: 'Margaret Ellis',
    firstName: 'Margaret',
    roles: ['contributor'],
    about:
      "Grandparents' group; one story on the public site, a request to answer, and an invitation to write with Arthur",
  },
  {
    key: 'arthur',
    email: 'arthur@demo.heard.test',
    displayName: 'Arthur Boyle',
    firstName: 'Arthur',
    roles: ['contributor'],
    about:
      "Grandparents' group; a story told out loud (heard, by first name), a draft, an expired story, and open to being asked",
  },
  {
    key: 'edna',
    email: 'edna@demo.heard.test',
    displayName: 'Edna Price',
    firstName: 'Edna',
    pseudonym: 'Rose',
    roles: ['contributor'],
    about:
      "Grandparents' group; one story shared as 'Rose', one withdrawn, one told out loud and shared anonymously (words only)",
  },
  {
    key: 'eira',
    email: 'eira@demo.heard.test',
    displayName: 'Eira Owen',
    firstName: 'Eira',
    language: 'cy',
    roles: ['contributor'],
    about:
      "Grandparents' group; her account is in Welsh (Cymraeg), and her story in Welsh is on the public site",
  },
  {
    key: 'kayla',
    email: 'kayla@demo.heard.test',
    displayName: 'Kayla Hughes',
    firstName: 'Kayla',
    age: 15,
    roles: ['contributor'],
    about:
      'Young carers, aged 15; a film script shared with her parent’s yes, one use waiting for it, one her parent stopped',
  },
  {
    key: 'jay',
    email: 'jay@demo.heard.test',
    displayName: 'Jay Okafor',
    firstName: 'Jay',
    age: 16,
    roles: ['contributor'],
    about:
      'Young carers, aged 16; co-writing a script with Kayla, shared with the group once she says yes',
  },
  {
    key: 'donna',
    email: 'donna@demo.heard.test',
    displayName: 'Donna Hughes',
    firstName: 'Donna',
    roles: ['guardian'],
    about: 'Parent of Kayla (a yes waits for her) and of Leah, who is 18 now',
  },
  {
    key: 'leah',
    email: 'leah@demo.heard.test',
    displayName: 'Leah Hughes',
    firstName: 'Leah',
    turned18DaysAgo: 10,
    roles: ['contributor'],
    about: 'Young carers; turned 18 ten days ago, asked about what she shared at 17',
  },
  {
    key: 'priya',
    email: 'priya@demo.heard.test',
    displayName: 'Priya Shah',
    firstName: 'Priya',
    roles: ['facilitator'],
    about: 'Facilitator of both groups',
  },
  {
    key: 'sam',
    email: 'sam@demo.heard.test',
    displayName: 'Sam Taylor',
    firstName: 'Sam',
    roles: ['comms'],
    about: 'Comms: asks contributors before using their stories',
  },
  {
    key: 'alex',
    email: 'alex@demo.heard.test',
    displayName: 'Alex Morgan',
    firstName: 'Alex',
    roles: ['admin'],
    about: 'Admin: invites people and runs groups (cannot read drafts)',
  },
  {
    key: 'nadia',
    email: 'nadia@demo.heard.test',
    displayName: 'Nadia Khan',
    firstName: 'Nadia',
    roles: ['service_lead'],
    about:
      'Service lead: reads stories shared to improve our services, answers them, records changes',
  },
];

const DAY = 24 * 60 * 60 * 1000;

/** A date of birth that makes someone `age` today, with their birthday some months off. */
function birthdayForAge(age: number, now: Date): string {
  const birthday = new Date(now.getTime() - 100 * DAY);
  birthday.setUTCFullYear(birthday.getUTCFullYear() - age);
  return birthday.toISOString().slice(0, 10);
}

/** The end of the day `days` days from now, in the organisation's time zone. */
function endOfDayInDays(days: number, now: Date): Date {
  const zone = organisationTimeZone();
  return endOfCalendarDay(calendarDayOf(new Date(now.getTime() + days * DAY), zone), zone);
}

/** A date of birth that made someone 18 `days` days ago. */
function eighteenthBirthdayDaysAgo(days: number, now: Date): string {
  const birthday = new Date(now.getTime() - days * DAY);
  birthday.setUTCFullYear(birthday.getUTCFullYear() - 18);
  return birthday.toISOString().slice(0, 10);
}

export type SeedResult =
  { readonly seeded: true } | { readonly seeded: false; readonly reason: string };

/**
 * Creates the demo unless it (or anyone) is already there. Safe to run twice.
 * Recordings go in `store` (the app's media store); without one, in the
 * database.
 */
export async function seedDemo(
  db: Kysely<Database>,
  now: Date = new Date(),
  store?: MediaStore,
): Promise<SeedResult> {
  const existing = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, reason: 'the database already has people in it' };

  const seeded = await db.transaction().execute(async (trx) => {
    // A second seeder racing this one would fail on the unique email: harmless.
    const ids = new Map<string, string>();
    for (const person of DEMO_PEOPLE) {
      const id = await insertPerson(trx, {
        email: person.email,
        displayName: person.displayName,
        firstName: person.firstName,
        defaultPseudonym: person.pseudonym ?? null,
        dateOfBirth:
          person.age !== undefined
            ? birthdayForAge(person.age, now)
            : person.turned18DaysAgo !== undefined
              ? eighteenthBirthdayDaysAgo(person.turned18DaysAgo, now)
              : null,
        roles: person.roles,
      });
      if (person.language) {
        await trx
          .updateTable('people')
          .set({ language: person.language })
          .where('id', '=', id)
          .execute();
      }
      ids.set(person.key, id);
    }
    const id = (key: string): string => {
      const value = ids.get(key);
      if (!value) throw new Error(`No demo person ${key}`);
      return value;
    };
    await linkGuardian(trx, id('donna'), id('kayla'));
    await linkGuardian(trx, id('donna'), id('leah'));

    const grandparents = await insertGroup(trx, {
      slug: 'grandparents-group',
      name: 'Grandparents Group',
      description:
        'We meet on the first Tuesday of the month to write our life stories for a shared book.',
    });
    const youngCarers = await insertGroup(trx, {
      slug: 'young-carers-sefton',
      name: 'Young Carers Sefton',
      description: 'Young carers writing film scripts together.',
    });
    for (const key of ['margaret', 'arthur', 'edna', 'eira'])
      await addGroupMember(trx, grandparents, id(key), 'member');
    for (const key of ['kayla', 'jay', 'leah'])
      await addGroupMember(trx, youngCarers, id(key), 'member');
    await addGroupMember(trx, grandparents, id('priya'), 'facilitator');
    await addGroupMember(trx, youngCarers, id('priya'), 'facilitator');

    const daysAgo = (days: number): Date => new Date(now.getTime() - days * DAY);

    await insertWritingPrompt(trx, {
      groupId: grandparents,
      text: 'A place you loved as a child',
      createdBy: id('priya'),
      now: daysAgo(14),
    });
    await insertWritingPrompt(trx, {
      groupId: youngCarers,
      text: 'A day that changed things',
      createdBy: id('priya'),
      now: daysAgo(7),
    });

    const write = async (story: {
      title: string;
      kind: StoryKind;
      authors: string[];
      groupId: string;
      themes: string[];
      contentNotes?: string[];
      paragraphs: string[];
      /** Words to mark as a sensitive detail, with what readers see instead. */
      sensitive?: { text: string; replacement: string; kind: 'person' | 'place' | 'other' };
      /** The language it is written in; English unless given. */
      language?: string;
      at: Date;
    }): Promise<string> => {
      const row = await insertStory(trx, {
        title: story.title,
        kind: story.kind,
        authorIds: story.authors.map(id),
        groupId: story.groupId,
        themes: story.themes,
        contentNotes: story.contentNotes ?? [],
        now: story.at,
      });
      if (story.language) {
        await trx
          .updateTable('stories')
          .set({ language: story.language })
          .where('id', '=', row.id)
          .execute();
      }
      // Scripts are written in Fountain, the screenwriters' plain-text format.
      const written =
        story.kind === 'film_script'
          ? fromFountain(story.paragraphs.join('\n\n'))
          : editorStateFromParagraphs(story.paragraphs);
      const editorState = story.sensitive ? markSensitive(written, story.sensitive) : written;
      const plainText = extractPlainText(editorState);
      const saved = await insertRevision(trx, {
        storyId: row.id,
        editorState,
        plainText,
        wordCount: countWords(plainText),
        authorId: id(story.authors[0] ?? ''),
        basedOn: null,
        now: story.at,
      });
      if (!saved.ok) throw new Error(`Could not save demo story ${story.title}`);
      return row.id;
    };

    const consent = async (
      storyId: string,
      change: Parameters<typeof appendConsentEvent>[2],
      at: Date,
    ): Promise<void> => {
      const result = await appendConsentEvent(trx, storyId, change, { now: at });
      if (!result.ok) throw new Error(`Demo consent refused: ${result.reason}`);
    };

    // Published: Margaret, on the public site by first name.
    const kitchen = await write({
      title: 'The kitchen on Fern Street',
      kind: 'life_story',
      authors: ['margaret'],
      groupId: grandparents,
      themes: ['home', 'family'],
      paragraphs: [
        'Our kitchen was the warmest room in the house, because the range never went out.',
        'My mother baked on Fridays, and the whole street knew it by four o’clock.',
        'Mrs Kowalski next door swapped her poppy-seed cake for our bread every week.',
        'I still make her bread, though I have never once got it to rise the way hers did.',
      ],
      sensitive: { text: 'Mrs Kowalski', replacement: 'Our neighbour', kind: 'person' },
      at: daysAgo(70),
    });
    for (const scope of ['group', 'public_site', 'book'] as const) {
      await consent(
        kitchen,
        {
          kind: 'grant',
          actorId: id('margaret'),
          subjectId: id('margaret'),
          scope,
          anonymity: 'first_name',
          revisionNumber: 1,
        },
        daysAgo(60),
      );
    }

    // Published in Welsh: Eira, on the public site by first name. Searched word
    // for word (PostgreSQL has no Welsh stemmer: src/domain/story-language.ts).
    const chapel = await write({
      title: 'Y capel ar y bryn',
      kind: 'life_story',
      authors: ['eira'],
      groupId: grandparents,
      themes: ['family', 'home'],
      language: 'cy',
      paragraphs: [
        'Bob bore Sul, byddai Mam-gu yn ein deffro ni’n gynnar i gerdded i’r capel ar y bryn.',
        'Roedd y llwybr yn serth ac yn fwdlyd, ond roedd y canu’n werth pob cam.',
        'Mr Pritchard oedd yn chwarae’r organ, ac roedd e wastad yn dechrau’r emyn yn rhy araf.',
        'Pan fydda i’n clywed ‘Calon Lân’ heddiw, dw i’n ôl yno, yn fy nghot orau, yn dal llaw Mam-gu.',
      ],
      sensitive: { text: 'Mr Pritchard', replacement: 'Yr organydd', kind: 'person' },
      at: daysAgo(55),
    });
    for (const scope of ['group', 'public_site'] as const) {
      await consent(
        chapel,
        {
          kind: 'grant',
          actorId: id('eira'),
          subjectId: id('eira'),
          scope,
          anonymity: 'first_name',
          revisionNumber: 1,
        },
        daysAgo(50),
      );
    }

    // Published under a pseudonym: Edna as "Rose".
    const dancing = await write({
      title: 'Dancing at the Grafton',
      kind: 'life_story',
      authors: ['edna'],
      groupId: grandparents,
      themes: ['music', 'youth'],
      paragraphs: [
        'On Saturday nights we queued round the block for the Grafton ballroom.',
        'I met the man I would marry there, and he trod on my feet all evening.',
      ],
      at: daysAgo(40),
    });
    await consent(
      dancing,
      {
        kind: 'grant',
        actorId: id('edna'),
        subjectId: id('edna'),
        scope: 'public_site',
        anonymity: 'pseudonym',
        revisionNumber: 1,
      },
      daysAgo(30),
    );

    // Edna shares it with her group and the group's book as "Rose" too; the
    // book's yes was for a short while, and its last day is three weeks off, so
    // she is offered to keep sharing it.
    for (const scope of ['group', 'book'] as const) {
      await consent(
        dancing,
        {
          kind: 'grant',
          actorId: id('edna'),
          subjectId: id('edna'),
          scope,
          anonymity: 'pseudonym',
          revisionNumber: 1,
          ...(scope === 'book' ? { expiresAt: endOfDayInDays(21, now) } : {}),
        },
        daysAgo(30),
      );
    }

    // Withdrawn: Edna shared it, then took it back.
    const brother = await write({
      title: 'My brother Tom',
      kind: 'life_story',
      authors: ['edna'],
      groupId: grandparents,
      themes: ['family', 'loss'],
      contentNotes: ['bereavement'],
      paragraphs: ['Tom was two years older than me and afraid of nothing, except the dentist.'],
      at: daysAgo(50),
    });
    await consent(
      brother,
      {
        kind: 'grant',
        actorId: id('edna'),
        subjectId: id('edna'),
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      daysAgo(45),
    );
    await consent(
      brother,
      { kind: 'withdraw', actorId: id('edna'), subjectId: id('edna'), scope: 'public_site' },
      daysAgo(10),
    );

    // Expired: Arthur shared it thirteen months ago and the twelve months ran out.
    const river = await write({
      title: 'The night the river rose',
      kind: 'life_story',
      authors: ['arthur'],
      groupId: grandparents,
      themes: ['home'],
      paragraphs: [
        'The water came up through the floorboards before anyone thought to move the piano.',
      ],
      at: daysAgo(400),
    });
    await consent(
      river,
      {
        kind: 'grant',
        actorId: id('arthur'),
        subjectId: id('arthur'),
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 1,
      },
      daysAgo(396),
    );

    // Draft: Arthur has not shared it with anyone. Its second paragraph names a
    // street and his granddaughter, unmarked, so the check before sharing has
    // something to show a newcomer.
    await write({
      title: 'Learning to swim at forty',
      kind: 'life_story',
      authors: ['arthur'],
      groupId: grandparents,
      themes: ['courage'],
      paragraphs: [
        'Nobody tells you that the shallow end is the hardest part.',
        'I learned at the old baths on Picton Road, with my granddaughter Chloe cheering from the gallery.',
      ],
      at: daysAgo(5),
    });

    // Published film script by Kayla (15), with her guardian's co-consent.
    const shift = await write({
      title: 'Saturday Shift',
      kind: 'film_script',
      authors: ['kayla'],
      groupId: youngCarers,
      themes: ['caring', 'school'],
      paragraphs: [
        'INT. KITCHEN - MORNING',
        'KAYLA (15) balances a tray of tea and toast while checking her phone for the bus time.',
        'KAYLA\nMum, your tablets are by the kettle. I’ll be back at four.',
      ],
      at: daysAgo(25),
    });
    await consent(
      shift,
      {
        kind: 'grant',
        actorId: id('kayla'),
        subjectId: id('kayla'),
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      daysAgo(20),
    );
    await consent(
      shift,
      {
        kind: 'guardian_approve',
        actorId: id('donna'),
        subjectId: id('kayla'),
        scope: 'public_site',
        revisionNumber: 1,
      },
      daysAgo(19),
    );

    // Kayla said yes to the newsletter too: it waits for Donna's answer.
    await consent(
      shift,
      {
        kind: 'grant',
        actorId: id('kayla'),
        subjectId: id('kayla'),
        scope: 'newsletter',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      daysAgo(1),
    );
    // And to training, which Donna agreed to and later stopped.
    await consent(
      shift,
      {
        kind: 'grant',
        actorId: id('kayla'),
        subjectId: id('kayla'),
        scope: 'training',
        anonymity: 'anonymous',
        revisionNumber: 1,
      },
      daysAgo(15),
    );
    await consent(
      shift,
      {
        kind: 'guardian_approve',
        actorId: id('donna'),
        subjectId: id('kayla'),
        scope: 'training',
        revisionNumber: 1,
      },
      daysAgo(14),
    );
    await consent(
      shift,
      {
        kind: 'guardian_withdraw',
        actorId: id('donna'),
        subjectId: id('kayla'),
        scope: 'training',
      },
      daysAgo(6),
    );

    // Shared when Leah was 17, with Donna's yes: still shared, and Leah, 18
    // now, is asked whether to keep it.
    const carer = await write({
      title: 'The year I turned seventeen',
      kind: 'life_story',
      authors: ['leah'],
      groupId: youngCarers,
      themes: ['caring', 'growing up'],
      paragraphs: [
        'The year I turned seventeen I learned to drive, mostly so I could take Mum to her appointments.',
        'My friends went to festivals. I went to the hospital car park, and I got very good at parking.',
      ],
      at: daysAgo(80),
    });
    await consent(
      carer,
      {
        kind: 'grant',
        actorId: id('leah'),
        subjectId: id('leah'),
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      daysAgo(70),
    );
    await consent(
      carer,
      {
        kind: 'guardian_approve',
        actorId: id('donna'),
        subjectId: id('leah'),
        scope: 'public_site',
        revisionNumber: 1,
      },
      daysAgo(69),
    );

    // Draft film script co-written by Kayla and Jay.
    const buses = await write({
      title: 'Two Buses Home',
      kind: 'film_script',
      authors: ['jay', 'kayla'],
      groupId: youngCarers,
      themes: ['caring', 'friendship'],
      paragraphs: [
        'EXT. BUS STOP - NIGHT',
        'JAY and KAYLA share one pair of headphones.',
        'JAY\n(quietly)\nYou think she’s asleep yet?',
      ],
      at: daysAgo(3),
    });
    // Jay said yes to sharing it with their group: it waits for Kayla.
    await consent(
      buses,
      {
        kind: 'grant',
        actorId: id('jay'),
        subjectId: id('jay'),
        scope: 'group',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      daysAgo(2),
    );

    // Arthur asked Margaret to write one with him: an invitation waiting for her answer.
    const coach = await write({
      title: 'The coach trip to Llandudno',
      kind: 'life_story',
      authors: ['arthur'],
      groupId: grandparents,
      themes: ['friendship'],
      paragraphs: ['Forty of us on one coach, and only one of us knew the words to every song.'],
      at: daysAgo(4),
    });
    await insertCoAuthorInvitation(trx, coach, id('margaret'), daysAgo(4));

    // Open to being asked: Arthur shared his river story with the group again,
    // so comms staff see its title (never its text) and may ask him.
    await consent(
      river,
      {
        kind: 'grant',
        actorId: id('arthur'),
        subjectId: id('arthur'),
        scope: 'group',
        anonymity: 'named',
        revisionNumber: 1,
      },
      daysAgo(2),
    );
    await setOpenToRequests(trx, id('arthur'), true);
    await setOpenToRequests(trx, id('margaret'), true);
    await setOpenToRequests(trx, id('eira'), true);

    // Waiting for Margaret's answer: Sam asks to quote her story in the newsletter.
    const asked = await insertRequest(trx, {
      storyId: kitchen,
      requestedBy: id('sam'),
      channel: 'newsletter',
      purpose: 'Our winter newsletter, about the homes we grew up in.',
      audience: 'About 2,000 people who get our newsletter by email or on paper.',
      excerpt: 'Our kitchen was the warmest room in the house, because the range never went out.',
      revisionNumber: 1,
      anonymity: 'first_name',
      startsOn: now.toISOString().slice(0, 10),
      endsOn: new Date(now.getTime() + 60 * DAY).toISOString().slice(0, 10),
      message: 'We loved this. Only if you are happy to: no is fine.',
      now: daysAgo(1),
    });
    if (!asked) throw new Error('Could not add the demo request');
    // Sam asks Eira, in Welsh, to use her Welsh story.
    const askedEira = await insertRequest(trx, {
      storyId: chapel,
      requestedBy: id('sam'),
      channel: 'newsletter',
      purpose: 'Ein cylchlythyr gaeaf yn Gymraeg, am y lleoedd lle cawson ni ein magu.',
      audience: 'Tua 600 o bobl sy’n cael ein cylchlythyr Cymraeg.',
      excerpt: 'Roedd y llwybr yn serth ac yn fwdlyd, ond roedd y canu’n werth pob cam.',
      revisionNumber: 1,
      anonymity: 'first_name',
      startsOn: now.toISOString().slice(0, 10),
      endsOn: new Date(now.getTime() + 60 * DAY).toISOString().slice(0, 10),
      message: 'Dim ond os ydych chi’n hapus: mae na yn iawn.',
      now: daysAgo(1),
    });
    if (!askedEira) throw new Error('Could not add the demo request');

    // Being heard: Margaret shares a story to improve our services; Nadia
    // answered it (Margaret found it helpful) and the change it led to is
    // done. Arthur's story waits for an answer and led to a planned change.
    const bus = await write({
      title: 'The bus that never waited',
      kind: 'life_story',
      authors: ['margaret'],
      groupId: grandparents,
      themes: ['getting about'],
      paragraphs: [
        'The day centre bus comes at ten, and by the time I have my coat and my stick it has gone.',
        'Twice this winter I stood at the gate and watched it turn the corner without me.',
      ],
      at: daysAgo(24),
    });
    const loud = await write({
      title: 'Too loud to think',
      kind: 'life_story',
      authors: ['arthur'],
      groupId: grandparents,
      themes: ['getting older'],
      paragraphs: [
        'With my hearing aids in, the day centre at dinner time sounds like a railway station.',
        'I would stay longer if there were somewhere quiet to sit with a cup of tea.',
      ],
      at: daysAgo(14),
    });
    for (const [storyId, key, anonymity, at] of [
      [bus, 'margaret', 'first_name', daysAgo(20)],
      [loud, 'arthur', 'named', daysAgo(12)],
    ] as const) {
      await consent(
        storyId,
        {
          kind: 'grant',
          actorId: id(key),
          subjectId: id(key),
          scope: 'service_improvement',
          anonymity,
          revisionNumber: 1,
        },
        at,
      );
    }
    const answer = await insertServiceAnswer(trx, {
      storyId: bus,
      writtenBy: id('nadia'),
      text: 'Thank you for telling us, Margaret. From next week every driver will wait ten minutes at each stop and ring the bell, so nobody is left at the gate.',
      now: daysAgo(16),
    });
    await setAnswerHelpful(trx, answer, true);
    const busChange = {
      what: 'The day centre bus waits ten minutes at every stop',
      service: 'Day centre transport',
      status: 'planned',
      whyNot: null,
    } as const;
    const waits = await insertServiceChange(trx, {
      ...busChange,
      recordedBy: id('nadia'),
      now: daysAgo(15),
    });
    await linkStoryToChange(trx, {
      changeId: waits,
      storyId: bus,
      linkedBy: id('nadia'),
      now: daysAgo(15),
    });
    await updateServiceChange(trx, waits, { ...busChange, status: 'done' }, daysAgo(3));
    const quiet = await insertServiceChange(trx, {
      what: 'A quiet room at the day centre, with tea, for anyone who finds it too loud',
      service: 'Day centre',
      status: 'planned',
      whyNot: null,
      recordedBy: id('nadia'),
      now: daysAgo(6),
    });
    await linkStoryToChange(trx, {
      changeId: quiet,
      storyId: loud,
      linkedBy: id('nadia'),
      now: daysAgo(6),
    });

    // Two voice stories: Arthur's heard by his first name, Edna's anonymous (words only).
    const voiceFiles = await seedVoiceStories(trx, {
      personId: id,
      groupId: grandparents,
      at: daysAgo(90),
    });

    return { seeded: true, voiceFiles } as const;
  });
  await storeDemoVoiceFiles(store ?? createDatabaseMediaStore(db), seeded.voiceFiles);
  return { seeded: true };
}

/**
 * Wraps the first occurrence of `detail.text` in a sensitive-detail node, as the
 * editor's "Mark as private" does, so the demo shows replacements at work.
 */
function markSensitive<T>(
  state: T,
  detail: { text: string; replacement: string; kind: 'person' | 'place' | 'other' },
): T {
  type Json = { type?: string; text?: string; children?: Json[] } & Record<string, unknown>;
  const copy = structuredClone(state) as { root: Json };
  const visit = (node: Json): boolean => {
    const children = node.children ?? [];
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index];
      if (!child) continue;
      if (child.type === 'text' && typeof child.text === 'string') {
        const at = child.text.indexOf(detail.text);
        if (at < 0) continue;
        const piece = (text: string): Json => ({ ...child, text });
        const parts: Json[] = [
          ...(at > 0 ? [piece(child.text.slice(0, at))] : []),
          {
            type: 'sensitive-detail',
            detailKind: detail.kind,
            replacement: detail.replacement,
            children: [piece(detail.text)],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
          ...(at + detail.text.length < child.text.length
            ? [piece(child.text.slice(at + detail.text.length))]
            : []),
        ];
        children.splice(index, 1, ...parts);
        return true;
      }
      if (visit(child)) return true;
    }
    return false;
  };
  visit(copy.root);
  return copy as T;
}
