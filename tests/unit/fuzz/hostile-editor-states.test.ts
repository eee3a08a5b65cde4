/**
 * Hostile editor states (the server never trusts what a browser sends): a
 * deterministic corpus of more than 10,000 states — random trees, unknown nodes,
 * script-bearing strings and attributes, javascript: links in every disguise, deep
 * nesting, huge strings, prototype-pollution keys — through validation and, where
 * valid, rendering.
 *
 * Zero throws; no rendered HTML has a <script>, an event-handler attribute, a
 * style attribute, an unexpected tag or attribute, or a script URL; and below
 * `named` no original sensitive detail reaches a reader. Unvalidated states are
 * rendered too, as defence in depth. Seeded (mulberry32), so a failure names
 * the case that found it and reruns the same.
 */
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState } from 'lexical';
import { ANONYMITY_LEVELS } from '#src/domain/consent-types.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { redactedPlainText, renderStoryHtml } from '#src/editor/render.ts';
import { validationMessage } from '#src/editor/refusals.ts';
import type { ValidationProblem } from '#src/editor/refusals.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { unsafeHtmlProblems } from '../editor/support/html.ts';
import { chance, integer, mulberry32, pick } from '../editor/support/random.ts';
import type { Random } from '../editor/support/random.ts';
import { englishOnServer } from '../editor/support/words.ts';

/** A refusal's words, as the server says them in English. */
const said = (problem: ValidationProblem): string => validationMessage(problem, englishOnServer);

type Json = Record<string, unknown>;
type Kind = 'life_story' | 'film_script';

const CORPUS_SIZE = 10_500;
const SECRET = 'SECRET-ORIGINAL';

// ---------------------------------------------------------------- strings --

const SCRIPT_STRINGS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</p><script>alert(1)</script><p>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src=javascript:alert(1)>',
  '<style>body{display:none}</style>',
  '" style="background:url(javascript:alert(1))',
  '<!-- --><script>alert(1)</script>',
  ']]><script>alert(1)</script>',
  '&lt;script&gt;',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028\u2029<script>',
  '\u0000<script>',
  '` onmouseover=alert(1) `',
  'x onfocus=alert(1) autofocus',
];

/** `javascript:` (and friends) in many disguises: casing, whitespace, controls, entities, encodings. */
function disguisedScheme(random: Random): string {
  const scheme = pick(random, ['javascript', 'vbscript', 'data', 'livescript', 'jAvAsCrIpT']);
  let out = '';
  for (const char of scheme) {
    out += chance(random, 0.5) ? char.toUpperCase() : char.toLowerCase();
    if (chance(random, 0.15)) {
      out += pick(random, [
        '\t',
        '\n',
        '\r',
        '\u0000',
        '\u0001',
        ' ',
        '&#x09;',
        '&Tab;',
        '%09',
        '\u200b',
      ]);
    }
  }
  const colon = pick(random, [':', ':', '&colon;', '&#58;', '&#x3a;', '%3A', '\t:']);
  const prefix = pick(random, ['', '', ' ', '\u0001', '\u0000', '\ufeff', '  \n']);
  const payload = pick(random, [
    'alert(1)',
    'text/html,<script>alert(1)</script>',
    '//%0aalert(1)',
    'msgbox(1)',
  ]);
  return `${prefix}${out}${colon}${payload}`;
}

function hostileString(random: Random): string {
  switch (integer(random, 0, 6)) {
    case 0:
      return disguisedScheme(random);
    case 1:
      return pick(random, SCRIPT_STRINGS);
    case 2:
      return `${pick(random, ['https://example.org/', 'mailto:a@example.org?subject=', 'http://x.test/#'])}${pick(random, SCRIPT_STRINGS)}`;
    case 3:
      return pick(random, [
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'valueOf',
        'hasOwnProperty',
      ]);
    case 4:
      return pick(random, [
        '',
        ' ',
        '\t',
        '\n',
        'ordinary words',
        'Zoë 🙂',
        '\ud800',
        'a'.repeat(integer(random, 190, 210)),
      ]);
    case 5:
      return pick(random, [
        'data:image/svg+xml,<svg onload=alert(1)>',
        'file:///etc/passwd',
        '//evil.example',
        '/media/../../etc',
      ]);
    default:
      return `${pick(random, SCRIPT_STRINGS)} ${disguisedScheme(random)}`;
  }
}

// ------------------------------------------------------ valid generation --

const textNode = (text: string, format = 0): Json => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
});
const element = (type: string, children: Json[], extra: Json = {}): Json => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});

const uuid = (random: Random): string =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => integer(random, 0, 15).toString(16));

/** Words a writer might type, hostile or not: still valid text. */
function words(random: Random): string {
  return chance(random, 0.6)
    ? hostileString(random)
    : pick(random, ['Tea.', 'We went to the pier.', 'KAYLA', 'CUT TO:']);
}

function safeUrl(random: Random): string {
  return pick(random, [
    'https://example.org/',
    'http://example.org/a?b=c',
    'mailto:ann@example.org',
    `https://example.org/${encodeURIComponent(pick(random, SCRIPT_STRINGS))}`,
    'https://example.org/"><script>alert(1)</script>',
  ]);
}

function inline(random: Random, kind: Kind, depth = 0): Json {
  const roll = random();
  if (roll < 0.12) return { type: 'linebreak', version: 1 };
  if (roll < 0.3) {
    return element('sensitive-detail', [textNode(`${SECRET} ${words(random)}`)], {
      detailKind: pick(random, ['person', 'place', 'other']),
      replacement: pick(random, ['my brother', 'a town in Wales', ...SCRIPT_STRINGS]).slice(0, 200),
    });
  }
  if (roll < 0.4 && kind === 'life_story' && depth === 0) {
    return element('link', [inline(random, kind, depth + 1)], {
      url: safeUrl(random),
      rel: null,
      target: null,
      title: chance(random, 0.2) ? pick(random, SCRIPT_STRINGS).slice(0, 200) : null,
    });
  }
  return textNode(words(random), pick(random, [0, 1, 2, 8, 11, 16, 2047]));
}

function inlines(random: Random, kind: Kind): Json[] {
  return Array.from({ length: integer(random, 0, 5) }, () => inline(random, kind));
}

function listNode(random: Random, depth: number): Json {
  const listType = pick(random, ['bullet', 'number']);
  const items = Array.from({ length: integer(random, 1, 3) }, (_, i) =>
    element(
      'listitem',
      depth < 3 && chance(random, 0.2)
        ? [listNode(random, depth + 1)]
        : inlines(random, 'life_story'),
      { value: i + 1 },
    ),
  );
  return element('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' });
}

function validState(random: Random, kind: Kind): SerializedEditorState {
  const blocks: Json[] = [];
  for (let i = integer(random, 0, 8); i > 0; i--) {
    if (kind === 'film_script') {
      blocks.push(
        element('screenplay', inlines(random, kind), {
          element: pick(random, [
            'scene',
            'action',
            'character',
            'parenthetical',
            'dialogue',
            'transition',
          ]),
        }),
      );
      continue;
    }
    switch (integer(random, 0, 5)) {
      case 0:
        blocks.push(element('heading', inlines(random, kind), { tag: pick(random, ['h2', 'h3']) }));
        break;
      case 1:
        blocks.push(element('quote', inlines(random, kind)));
        break;
      case 2:
        blocks.push(listNode(random, 0));
        break;
      case 3:
        blocks.push({
          type: 'photo',
          version: 1,
          mediaId: uuid(random),
          altText: pick(random, ['Nan at the seaside', ...SCRIPT_STRINGS]),
          showsIdentifiablePeople: chance(random, 0.5),
          caption: chance(random, 0.5) ? pick(random, SCRIPT_STRINGS) : '',
          width: chance(random, 0.5) ? 1600 : null,
          height: chance(random, 0.5) ? 1200 : null,
        });
        break;
      default:
        blocks.push(element('paragraph', inlines(random, kind), { textFormat: 0, textStyle: '' }));
    }
  }
  return { root: element('root', blocks) } as unknown as SerializedEditorState;
}

// ------------------------------------------------------ hostile shapes --

const KNOWN_TYPES = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'text',
  'tab',
  'linebreak',
  'photo',
  'sensitive-detail',
  'screenplay',
];
const UNKNOWN_TYPES = [
  'script',
  'iframe',
  'img',
  'autolink',
  'code',
  'table',
  'html',
  'mark',
  '',
  'TEXT',
  ' text',
  '__proto__',
  'constructor',
];
const KEYS = [
  'type',
  'version',
  'children',
  'text',
  'format',
  'detail',
  'mode',
  'style',
  'direction',
  'indent',
  'textFormat',
  'textStyle',
  'tag',
  'listType',
  'start',
  'value',
  'url',
  'rel',
  'target',
  'title',
  'mediaId',
  'altText',
  'showsIdentifiablePeople',
  'caption',
  'width',
  'height',
  'detailKind',
  'replacement',
  'element',
  'onclick',
  'onerror',
  'href',
  'src',
  'html',
  'innerHTML',
  '__proto__',
  'constructor',
  'prototype',
  '$',
  '$slots',
  'checked',
];

function randomValue(random: Random, depth: number): unknown {
  switch (integer(random, 0, 9)) {
    case 0:
      return hostileString(random);
    case 1:
      return pick(random, [0, 1, -1, 2, 2047, 2048, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER]);
    case 2:
      return chance(random, 0.5);
    case 3:
      return null;
    case 4:
      return depth > 3 ? [] : [randomNode(random, depth + 1)];
    case 5:
      return depth > 3 ? {} : { type: pick(random, KNOWN_TYPES), value: hostileString(random) };
    case 6:
      return pick(random, [
        'h1',
        'h2',
        'h4',
        'bullet',
        'number',
        'check',
        'person',
        'place',
        'scene',
        'montage',
        'ul',
        'ol',
        'ltr',
        'rtl',
      ]);
    case 7:
      return uuid(random);
    default:
      return pick(random, [[], {}, '1', 'true', '0x10']);
  }
}

function randomNode(random: Random, depth: number): Json {
  const node: Json = {};
  if (chance(random, 0.95))
    node['type'] = chance(random, 0.8) ? pick(random, KNOWN_TYPES) : pick(random, UNKNOWN_TYPES);
  for (let i = integer(random, 0, 6); i > 0; i--) {
    const key = pick(random, KEYS);
    // defineProperty, so "__proto__" becomes an own key as JSON.parse makes it.
    Object.defineProperty(node, key, {
      value: randomValue(random, depth),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  if (depth < 6 && chance(random, 0.6)) {
    node['children'] = Array.from({ length: integer(random, 0, 4) }, () =>
      randomNode(random, depth + 1),
    );
  }
  return node;
}

/** All nodes of a tree, for picking one to break. */
function nodesOf(state: unknown): Json[] {
  const found: Json[] = [];
  const stack: unknown[] = [(state as { root?: unknown }).root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    found.push(node as Json);
    const children = (node as Json)['children'];
    if (Array.isArray(children)) stack.push(...(children as unknown[]));
  }
  return found;
}

function mutate(random: Random, state: SerializedEditorState): unknown {
  const copy = structuredClone(state) as unknown as { root: Json };
  for (let m = integer(random, 1, 3); m > 0; m--) {
    const target = pick(random, nodesOf(copy));
    switch (integer(random, 0, 9)) {
      case 0:
        target['type'] = pick(random, [...KNOWN_TYPES, ...UNKNOWN_TYPES]);
        break;
      case 1:
        Object.defineProperty(target, pick(random, KEYS), {
          value: randomValue(random, 0),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      case 2:
        delete target[
          pick(random, [
            'url',
            'altText',
            'mediaId',
            'replacement',
            'detailKind',
            'tag',
            'listType',
            'element',
            'showsIdentifiablePeople',
          ])
        ];
        break;
      case 3:
        target['url'] = disguisedScheme(random);
        break;
      case 4:
        target[
          pick(random, ['text', 'altText', 'caption', 'replacement', 'title', 'style', 'textStyle'])
        ] = hostileString(random);
        break;
      case 5:
        target['children'] = randomValue(random, 5);
        break;
      case 6:
        (Array.isArray(target['children']) ? (target['children'] as unknown[]) : []).push(
          randomNode(random, 3),
        );
        break;
      case 7:
        target['text'] = 'x'.repeat(integer(random, 1_000, 30_000));
        break;
      case 8:
        target['mediaId'] = pick(random, [
          '../../etc/passwd',
          'not-a-uuid',
          uuid(random).toUpperCase(),
          `${uuid(random)}x`,
        ]);
        break;
      default:
        target['children'] = [randomNode(random, 0)];
    }
  }
  return copy;
}

/** A chain `levels` deep of the given wrapper (built iteratively: the test must not overflow either). */
function deep(levels: number, wrap: (inner: Json) => Json, leaf: Json): unknown {
  let node = leaf;
  for (let i = 0; i < levels; i++) node = wrap(node);
  return { root: element('root', [node]) };
}

function specialCases(): { name: string; state: unknown; kind: Kind }[] {
  const text = textNode('deep');
  const hugeText = (length: number): unknown => ({
    root: element('root', [element('paragraph', [textNode('a'.repeat(length))])]),
  });
  const viaJson = (json: string): unknown => JSON.parse(json) as unknown;
  return [
    {
      name: '10,000 nested paragraphs',
      kind: 'life_story',
      state: deep(10_000, (n) => element('paragraph', [n]), text),
    },
    {
      name: '10,000 levels of nested lists',
      kind: 'life_story',
      state: deep(
        5_000,
        (n) => element('list', [element('listitem', [n])], { listType: 'bullet' }),
        text,
      ),
    },
    {
      name: '10,000 nested links',
      kind: 'life_story',
      state: deep(10_000, (n) => element('link', [n], { url: 'https://x.test/' }), text),
    },
    {
      name: '10,000 nested sensitive details',
      kind: 'life_story',
      state: deep(
        10_000,
        (n) => element('sensitive-detail', [n], { detailKind: 'person', replacement: 'x' }),
        text,
      ),
    },
    {
      name: '100,000 nested unknown nodes',
      kind: 'life_story',
      state: deep(100_000, (n) => ({ type: 'x', children: [n] }), text),
    },
    {
      name: '10,000 nested screenplay elements',
      kind: 'film_script',
      state: deep(10_000, (n) => element('screenplay', [n], { element: 'action' }), text),
    },
    { name: '250,000 characters of text', kind: 'life_story', state: hugeText(250_000) },
    { name: '3 million characters of text', kind: 'life_story', state: hugeText(3_000_000) },
    {
      name: '200,000 line breaks',
      kind: 'life_story',
      state: {
        root: element('root', [
          element(
            'paragraph',
            Array.from({ length: 200_000 }, () => ({ type: 'linebreak' })),
          ),
        ]),
      },
    },
    {
      name: 'a 1 MB alt text',
      kind: 'life_story',
      state: {
        root: element('root', [
          {
            type: 'photo',
            mediaId: '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
            altText: 'a'.repeat(1 << 20),
            showsIdentifiablePeople: false,
          },
        ]),
      },
    },
    {
      name: 'a 1 MB link address',
      kind: 'life_story',
      state: {
        root: element('root', [
          element('paragraph', [
            element('link', [textNode('x')], { url: `https://x.test/${'a'.repeat(1 << 20)}` }),
          ]),
        ]),
      },
    },
    {
      name: '__proto__ on the root',
      kind: 'life_story',
      state: viaJson('{"root":{"type":"root","children":[],"__proto__":{"polluted":true}}}'),
    },
    {
      name: '__proto__ as the top-level key',
      kind: 'life_story',
      state: viaJson('{"__proto__":{"type":"root","children":[]}}'),
    },
    {
      name: 'constructor.prototype in a text node',
      kind: 'life_story',
      state: viaJson(
        '{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"x","constructor":{"prototype":{"polluted":true}}}]}]}}',
      ),
    },
    {
      name: 'a photo described with spaces only',
      kind: 'life_story',
      state: {
        root: element('root', [
          {
            type: 'photo',
            mediaId: '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
            altText: ' \t\n',
            showsIdentifiablePeople: false,
          },
        ]),
      },
    },
    {
      name: 'a photo with no description at all',
      kind: 'life_story',
      state: {
        root: element('root', [
          {
            type: 'photo',
            mediaId: '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
            showsIdentifiablePeople: true,
          },
        ]),
      },
    },
    { name: 'an array as the root', kind: 'life_story', state: { root: [] } },
    { name: 'a number', kind: 'life_story', state: 42 },
    {
      name: 'a string of JSON',
      kind: 'life_story',
      state: '{"root":{"type":"root","children":[]}}',
    },
    { name: 'undefined', kind: 'film_script', state: undefined },
  ];
}

// ------------------------------------------------------------- checking --

const RENDER_CASES: { anonymity: Anonymity; showIdentifiablePhotos: boolean }[] = [
  { anonymity: 'named', showIdentifiablePhotos: true },
  { anonymity: 'anonymous', showIdentifiablePhotos: false },
];

interface Tally {
  valid: number;
  refused: number;
  messages: Set<string>;
}

function check(
  name: string,
  state: unknown,
  kind: Kind,
  tally: Tally,
  secretsAreMarked: boolean,
): void {
  const context = `case ${name}`;
  let result: ReturnType<typeof validateEditorState>;
  try {
    result = validateEditorState(state, kind);
  } catch (error) {
    throw new Error(`${context}: validate threw`, { cause: error });
  }
  // Rendering what was never validated must be safe too (defence in depth).
  if (state !== null && typeof state === 'object') {
    const raw = renderStoryHtml(state as SerializedEditorState, {
      anonymity: 'named',
      mediaUrl: mediaPath,
      showIdentifiablePhotos: true,
    });
    const problems = unsafeHtmlProblems(raw);
    if (problems.length > 0) throw new Error(`${context} (unvalidated): ${problems.join('; ')}`);
  }
  if (!result.ok) {
    tally.refused++;
    tally.messages.add(result.message);
    return;
  }
  tally.valid++;
  for (const { anonymity, showIdentifiablePhotos } of RENDER_CASES) {
    const html = renderStoryHtml(result.state, {
      anonymity,
      mediaUrl: mediaPath,
      showIdentifiablePhotos,
    });
    const problems = unsafeHtmlProblems(html);
    if (problems.length > 0) throw new Error(`${context} at ${anonymity}: ${problems.join('; ')}`);
    if (secretsAreMarked && anonymity !== 'named' && html.includes(SECRET)) {
      throw new Error(`${context}: a sensitive detail reached a reader at ${anonymity}`);
    }
  }
  for (const anonymity of ANONYMITY_LEVELS) {
    const text = redactedPlainText(result.state, anonymity, { Kayla: 'Anne' });
    if (secretsAreMarked && anonymity !== 'named' && text.includes(SECRET)) {
      throw new Error(`${context}: a sensitive detail reached a snippet at ${anonymity}`);
    }
  }
}

describe('hostile editor states', () => {
  it(`${CORPUS_SIZE.toLocaleString('en-GB')} generated states: no throws, no script in any rendered HTML, no leaked detail`, () => {
    const random = mulberry32(0x4ea2d);
    const tally: Tally = { valid: 0, refused: 0, messages: new Set() };
    for (let i = 0; i < CORPUS_SIZE; i++) {
      const kind: Kind = chance(random, 0.7) ? 'life_story' : 'film_script';
      const roll = random();
      if (roll < 0.3) {
        check(`${i} (valid, hostile strings)`, validState(random, kind), kind, tally, true);
      } else if (roll < 0.4) {
        // The right nodes for the other kind of story.
        check(
          `${i} (wrong kind)`,
          validState(random, kind),
          kind === 'life_story' ? 'film_script' : 'life_story',
          tally,
          false,
        );
      } else if (roll < 0.75) {
        check(`${i} (mutated)`, mutate(random, validState(random, kind)), kind, tally, false);
      } else {
        check(
          `${i} (random tree)`,
          { root: { ...randomNode(random, 0), type: 'root' } },
          kind,
          tally,
          false,
        );
      }
    }
    for (const special of specialCases())
      check(special.name, special.state, special.kind, tally, false);

    expect(({} as Json)['polluted']).toBeUndefined();
    // The corpus exercises both sides and every kind of refusal worth naming.
    // (Valid states that carry a control character are refused since they
    // cannot be stored, so fewer of the "valid" third pass.)
    expect(tally.valid).toBeGreaterThan(1_500);
    expect(tally.refused).toBeGreaterThan(5_000);
    for (const message of [
      said('notAState'),
      said('damaged'),
      said('unknownPart'),
      said('scriptInLifeStory'),
      said('lifeStoryInScript'),
      said('badLink'),
      said('photoWithoutAlt'),
      said('photoUnknown'),
      said('detailWithoutReplacement'),
      said('tooDeep'),
      said('tooLong'),
      said('tooLarge'),
      said('unstorableCharacter'),
    ]) {
      expect(tally.messages).toContain(message);
    }
  }, 60_000);

  it('the HTML oracle itself catches what it is meant to', () => {
    expect(unsafeHtmlProblems('<p>ok</p>')).toEqual([]);
    expect(unsafeHtmlProblems('<p>&lt;script&gt; onerror=x javascript:</p>')).toEqual([]);
    for (const bad of [
      '<script>x</script>',
      '<p onclick="x">',
      '<a href="javascript:alert(1)">',
      '<a href="java&#x09;script:x">',
      '<img src="data:image/svg+xml,x">',
      '<p style="x">',
      '<iframe>',
      '<p class=x>',
    ]) {
      expect(unsafeHtmlProblems(bad), bad).not.toEqual([]);
    }
  });
});
