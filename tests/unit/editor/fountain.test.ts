import { describe, expect, it } from 'vitest';
import {
  fountainTitle,
  fromFountain,
  readFountainElements,
  screenplayState,
  toFountain,
} from '#src/editor/fountain.ts';
import type { ScriptElementText } from '#src/editor/fountain.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { chance, integer, mulberry32, pick } from './support/random.ts';
import type { Random } from './support/random.ts';
import { richScript } from './support/states.ts';

const el = (element: ScriptElementText['element'], text: string): ScriptElementText => ({
  element,
  text,
});

describe('readFountainElements: reading Fountain', () => {
  it.each<[string, string, ScriptElementText[]]>([
    ['INT. scene heading', 'INT. KITCHEN - DAY', [el('scene', 'INT. KITCHEN - DAY')]],
    ['EXT. scene heading', 'EXT. BUS STOP - NIGHT', [el('scene', 'EXT. BUS STOP - NIGHT')]],
    ['EST. scene heading', 'EST. LIVERPOOL', [el('scene', 'EST. LIVERPOOL')]],
    ['INT./EXT. scene heading', 'INT./EXT. CAR - MOVING', [el('scene', 'INT./EXT. CAR - MOVING')]],
    ['INT/EXT scene heading', 'INT/EXT CAR', [el('scene', 'INT/EXT CAR')]],
    ['I/E scene heading', 'I/E CAR', [el('scene', 'I/E CAR')]],
    ['lower-case scene heading', 'int. hall', [el('scene', 'int. hall')]],
    ['forced scene heading', '.THE BEACH', [el('scene', 'THE BEACH')]],
    ['"..." is not a forced scene heading', '...and then', [el('action', '...and then')]],
    ['a word starting INT is action', 'INTERIOR design.', [el('action', 'INTERIOR design.')]],
    [
      'character and dialogue',
      'KAYLA\nI’ll be back at four.',
      [el('character', 'KAYLA'), el('dialogue', 'I’ll be back at four.')],
    ],
    [
      'character with an extension',
      'MUM (O.S.)\nKayla!',
      [el('character', 'MUM (O.S.)'), el('dialogue', 'Kayla!')],
    ],
    [
      'character with a lower-case extension',
      "JAY (cont'd)\nAnyway.",
      [el('character', "JAY (cont'd)"), el('dialogue', 'Anyway.')],
    ],
    [
      'forced character',
      '@McClane\nYippee.',
      [el('character', 'McClane'), el('dialogue', 'Yippee.')],
    ],
    ['dual dialogue caret', 'JAY ^\nSame.', [el('character', 'JAY'), el('dialogue', 'Same.')]],
    [
      'parentheticals around dialogue',
      'KAYLA\n(quietly)\nMum.\n(beat)\nMum?',
      [
        el('character', 'KAYLA'),
        el('parenthetical', '(quietly)'),
        el('dialogue', 'Mum.'),
        el('parenthetical', '(beat)'),
        el('dialogue', 'Mum?'),
      ],
    ],
    [
      'dialogue over several lines, with a kept empty line',
      'KAYLA\nOne.\n  \nTwo.',
      [el('character', 'KAYLA'), el('dialogue', 'One.\n\nTwo.')],
    ],
    ['transition', 'CUT TO:', [el('transition', 'CUT TO:')]],
    ['forced transition', '> Fade out.', [el('transition', 'Fade out.')]],
    ['centred text is action', '> THE END <', [el('action', 'THE END')]],
    ['forced action', '!INT. NOT A SCENE', [el('action', 'INT. NOT A SCENE')]],
    ['capitals alone are action', 'BANG!', [el('action', 'BANG!')]],
    ['action over two lines', 'She waits.\nNothing.', [el('action', 'She waits.\nNothing.')]],
    ['lyrics are action', '~Happy birthday', [el('action', 'Happy birthday')]],
    ['sections, synopses and page breaks are skipped', '# Act one\n\n= She leaves.\n\n===', []],
    [
      'notes and boneyard are removed',
      'She [[a note]]waits./* cut\nthis */',
      [el('action', 'She waits.')],
    ],
    [
      'Windows line endings',
      'INT. HALL\r\n\r\nRain.\r\n',
      [el('scene', 'INT. HALL'), el('action', 'Rain.')],
    ],
    [
      'a title page is skipped',
      'Title: Bus\nAuthor: Kayla\n    and Jay\n\nINT. HALL',
      [el('scene', 'INT. HALL')],
    ],
  ])('%s', (_name, fountain, elements) => {
    expect(readFountainElements(fountain)).toEqual(elements);
  });

  it.each([
    ['Title: The Bus\nAuthor: Kayla\n\nINT. HALL', 'The Bus'],
    ['\n\ntitle:   Spaces  \n', 'Spaces'],
    ['INT. HALL', null],
  ])('fountainTitle(%j) = %j', (fountain, title) => {
    expect(fountainTitle(fountain)).toBe(title);
  });
});

describe('toFountain: writing Fountain', () => {
  it('writes a title page and each element', () => {
    expect(toFountain(richScript(), 'The Bus')).toBe(
      [
        'Title: The Bus',
        '',
        'INT. KITCHEN - MORNING',
        '',
        'Kayla balances a tray.',
        '',
        'KAYLA',
        '(quietly)',
        'Mum, your tablets are by the Sharon',
        '',
        'CUT TO:',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, ScriptElementText[], string]>([
    [
      'a scene heading Fountain would not recognise',
      [el('scene', 'Kitchen - night')],
      '.Kitchen - night',
    ],
    [
      'action that looks like a scene heading',
      [el('action', 'int. house is empty')],
      '!int. house is empty',
    ],
    ['action that looks like a transition', [el('action', 'CUT TO:')], '!CUT TO:'],
    ['action that looks like a speech', [el('action', 'BANG\nShe falls.')], '!BANG\nShe falls.'],
    ['action starting with a forcing mark', [el('action', '@home')], '!@home'],
    ['a character in lower case', [el('character', 'Kayla'), el('dialogue', 'Hi.')], '@Kayla\nHi.'],
    ['a character with no dialogue', [el('character', 'KAYLA')], '@KAYLA'],
    ['a transition without TO:', [el('transition', 'FADE OUT.')], '>FADE OUT.'],
    [
      'a parenthetical written without brackets',
      [el('character', 'JAY'), el('parenthetical', 'beat'), el('dialogue', 'Yes.')],
      'JAY\n(beat)\nYes.',
    ],
    ['dialogue with no character (kept as action)', [el('dialogue', 'Hello?')], 'Hello?'],
    ['empty elements are left out', [el('action', '  '), el('scene', 'INT. HALL')], 'INT. HALL'],
  ])('forces or adjusts %s', (_name, elements, body) => {
    expect(toFountain(screenplayState(elements), 'T')).toBe(`Title: T\n\n${body}\n`);
  });
});

// Canonical scripts (see fountain.ts): what the importer itself produces.
const SCENES = [
  'INT. KITCHEN - MORNING',
  'EXT. BUS STOP - NIGHT',
  'EST. THE ESTATE',
  'INT./EXT. MUM’S CAR - MOVING',
  'INT/EXT FRONT DOOR',
  'I/E CAR',
  'int. hospital corridor',
  'Ext. beach - day',
  'Kitchen - later',
  'THE BEACH',
  'INT. ÉCOLE #12#',
];
const ACTION_LINES = [
  'Kayla balances a tray of tea and toast.',
  'BANG!',
  'CUT TO:',
  'int. house looks empty',
  'EXT. is written on the sign.',
  '@home, she waits',
  '> not a transition',
  '!important',
  '(she waits)',
  '= sign on the wall',
  '# hashtag',
  '~ humming',
  '===',
  'KAYLA',
  'Mum (O.S.) calls out.',
  'A tab\there.',
  'Zoë 🙂 laughs.',
  '.dot at the start',
  '>centred<',
];
const CHARACTERS = [
  'KAYLA',
  'JAY (V.O.)',
  "MUM (cont'd)",
  'DR. PATEL',
  'ZOË',
  'Kayla',
  'INT. MAN',
  'CUT TO:',
  '@HANDLE',
  'Nan',
];
const PARENTHETICALS = ['(quietly)', '(beat)', '(to Jay)', '(into phone, whispering)'];
const DIALOGUE_LINES = [
  'Mum, your tablets are by the kettle.',
  'I’ll be back at four.',
  'INT. is what they write.',
  'CUT TO: the chase.',
  '!wow',
  '@you',
  'WHAT?',
  '(sigh) Fine.',
  'Ok.',
];
const TRANSITIONS = [
  'CUT TO:',
  'FADE TO:',
  'SMASH CUT TO:',
  'Fade out.',
  'FADE OUT.',
  'Dissolve to:',
];

function lines(random: Random, pool: readonly string[], allowEmpty: boolean): string {
  const count = integer(random, 1, 3);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (allowEmpty && i > 0 && i < count - 1 && chance(random, 0.2)) out.push('');
    else out.push(pick(random, pool));
  }
  return out.join('\n');
}

function generateScript(random: Random): ScriptElementText[] {
  const elements: ScriptElementText[] = [];
  const beats = integer(random, 1, 12);
  for (let b = 0; b < beats; b++) {
    switch (pick(random, ['scene', 'action', 'speech', 'speech', 'transition'] as const)) {
      case 'scene':
        elements.push(el('scene', pick(random, SCENES)));
        break;
      case 'action':
        elements.push(el('action', lines(random, ACTION_LINES, true)));
        break;
      case 'transition':
        elements.push(el('transition', pick(random, TRANSITIONS)));
        break;
      case 'speech': {
        elements.push(el('character', pick(random, CHARACTERS)));
        let previous: string = 'character';
        const parts = integer(random, 0, 4);
        for (let p = 0; p < parts; p++) {
          const element =
            previous === 'dialogue' || chance(random, 0.3) ? 'parenthetical' : 'dialogue';
          elements.push(
            element === 'parenthetical'
              ? el('parenthetical', pick(random, PARENTHETICALS))
              : el('dialogue', lines(random, DIALOGUE_LINES, true)),
          );
          previous = element;
        }
        break;
      }
    }
  }
  return elements;
}

describe('Fountain round trip: state → Fountain → state', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i + 1);

  it.each(seeds)('seed %i gives back an equal, valid state', (seed) => {
    const random = mulberry32(seed);
    const state = screenplayState(generateScript(random));
    const title = pick(random, ['The Bus', 'Untitled', '  Two\nlines  ', '']);
    const fountain = toFountain(state, title);
    const back = fromFountain(fountain);
    expect(back).toEqual(state);
    expect(fountainTitle(fountain)).toBe(title.trim().replace(/\s+/g, ' '));
    const validated = validateEditorState(back, 'film_script');
    expect(validated.ok && validated.state).toEqual(state);
  });

  it('round-trips a script written in the editor', () => {
    const state = richScript();
    // Sensitive details go out as the author's words and come back unmarked.
    expect(readFountainElements(toFountain(state, 'T'))).toEqual([
      el('scene', 'INT. KITCHEN - MORNING'),
      el('action', 'Kayla balances a tray.'),
      el('character', 'KAYLA'),
      el('parenthetical', '(quietly)'),
      el('dialogue', 'Mum, your tablets are by the Sharon'),
      el('transition', 'CUT TO:'),
    ]);
  });

  it('brings a non-canonical script to canonical form in one trip, then holds it', () => {
    const state = screenplayState([
      el('character', 'JAY'),
      el('dialogue', 'One.'),
      el('dialogue', 'Two.'),
      el('parenthetical', 'beat'),
    ]);
    const once = fromFountain(toFountain(state, 'T'));
    expect(readFountainElements(toFountain(once, 'T'))).toEqual([
      el('character', 'JAY'),
      el('dialogue', 'One.\nTwo.'),
      el('parenthetical', '(beat)'),
    ]);
    expect(fromFountain(toFountain(once, 'T'))).toEqual(once);
  });
});
