/**
 * The message catalogues are complete and consistent: every language has
 * exactly the English keys; every message parses as ICU MessageFormat; a
 * translation has the same placeholders and tags as its English; every
 * counted message gives each plural form its language has (Welsh six); and
 * no Welsh message is left in English.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import { LANGUAGE_TAGS, LANGUAGES } from '#src/i18n/languages.ts';

/** Messages that read the same in Welsh on purpose (names, symbols). */
const THE_SAME_IN_WELSH: ReadonlySet<string> = new Set(['common.title', 'common.nav.staff']);

interface Shape {
  readonly arguments: Set<string>;
  readonly tags: Set<string>;
  readonly plurals: { readonly name: string; readonly options: readonly string[] }[];
}

function shapeOf(elements: readonly MessageFormatElement[], shape: Shape = emptyShape()): Shape {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        shape.arguments.add(element.value);
        break;
      case TYPE.tag:
        shape.tags.add(element.value);
        shapeOf(element.children, shape);
        break;
      case TYPE.plural:
      case TYPE.select:
        shape.arguments.add(element.value);
        if (element.type === TYPE.plural) {
          shape.plurals.push({ name: element.value, options: Object.keys(element.options) });
        }
        for (const option of Object.values(element.options)) shapeOf(option.value, shape);
        break;
      case TYPE.literal:
      case TYPE.pound:
        break;
    }
  }
  return shape;
}

function emptyShape(): Shape {
  return { arguments: new Set(), tags: new Set(), plurals: [] };
}

const english = CATALOGUES.en;
const keys = Object.keys(english).sort();

describe('message catalogues', () => {
  it('has messages', () => {
    expect(keys.length).toBeGreaterThan(10);
  });

  for (const language of LANGUAGES) {
    const catalogue = CATALOGUES[language];
    const categories = new Intl.PluralRules(LANGUAGE_TAGS[language]).resolvedOptions()
      .pluralCategories;

    it(`${language}: has exactly the English keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(keys);
    });

    it(`${language}: every message parses, with the English placeholders, tags and every plural form`, () => {
      const problems: string[] = [];
      for (const key of keys) {
        const text = catalogue[key as keyof typeof catalogue];
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push(`${key}: empty`);
          continue;
        }
        let shape: Shape;
        try {
          shape = shapeOf(parse(text));
        } catch (error) {
          problems.push(`${key}: does not parse (${(error as Error).message})`);
          continue;
        }
        const source = shapeOf(parse(english[key as keyof typeof english]));
        const sameArguments =
          [...source.arguments].sort().join() === [...shape.arguments].sort().join();
        if (!sameArguments) {
          problems.push(
            `${key}: placeholders {${[...shape.arguments].join(', ')}} differ from English {${[...source.arguments].join(', ')}}`,
          );
        }
        if ([...source.tags].sort().join() !== [...shape.tags].sort().join()) {
          problems.push(`${key}: tags differ from English`);
        }
        for (const plural of shape.plurals) {
          const missing = categories.filter(
            (category) => category !== 'other' && !plural.options.includes(category),
          );
          if (!plural.options.includes('other') || missing.length > 0) {
            problems.push(
              `${key}: plural {${plural.name}} lacks ${[...missing, 'other'].join(', ')}`,
            );
          }
        }
        if (
          language !== 'en' &&
          text === english[key as keyof typeof english] &&
          /\p{L}{2}/u.test(text) &&
          !THE_SAME_IN_WELSH.has(key)
        ) {
          problems.push(`${key}: still in English`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('keeps typographic apostrophes out of ICU quoting: no ASCII apostrophe before { } # or <', () => {
    const problems = LANGUAGES.flatMap((language) =>
      Object.entries(CATALOGUES[language])
        .filter(([, text]) => /'[{}#<|]/.test(text))
        .map(([key]) => `${language} ${key}`),
    );
    expect(problems).toEqual([]);
  });
});
