import { describe, expect, it } from 'vitest';
import {
  characterName,
  elementForTypedLine,
  isTransitionLine,
  SCENE_HEADING_START,
  suggestCharacterNames,
} from '#src/domain/screenplay.ts';

describe('elementForTypedLine', () => {
  it.each([
    ['action: "INT." starts a scene heading', 'action', 'INT.', 'scene'],
    ['action: "EXT " starts a scene heading', 'action', 'EXT ', 'scene'],
    ['action: lower case "int." too', 'action', 'int.', 'scene'],
    ['action: "EST." too', 'action', 'EST.', 'scene'],
    ['action: "I/E " too', 'action', 'I/E ', 'scene'],
    ['action: "INT./EXT." too', 'action', 'INT./EXT.', 'scene'],
    ['action: leading spaces are ignored', 'action', '  INT.', 'scene'],
    ['character after dialogue: "INT." starts a scene heading', 'character', 'INT.', 'scene'],
    ['action: "INT" without its stop is not yet', 'action', 'INT', null],
    ['action: a whole heading (pasted, or typed on) is left alone', 'action', 'INT. KITCHEN', null],
    ['action: "Interesting" is not a heading', 'action', 'Interesting', null],
    ['action: "CUT TO:" becomes a transition', 'action', 'CUT TO:', 'transition'],
    ['action: "SMASH CUT TO:" too', 'action', 'SMASH CUT TO:', 'transition'],
    ['action: lower-case "cut to:" too', 'action', 'cut to:', 'transition'],
    ['action: "FADE OUT." too', 'action', 'FADE OUT.', 'transition'],
    ['character: "CUT TO:" becomes a transition', 'character', 'CUT TO:', 'transition'],
    ['action: "CUT TO" before its colon is not yet', 'action', 'CUT TO', null],
    ['action: a sentence ending "to:" is not', 'action', 'She points to:', null],
    ['scene: never changed by typing', 'scene', 'CUT TO:', null],
    ['dialogue: never changed by typing', 'dialogue', 'INT.', null],
    ['parenthetical: never changed by typing', 'parenthetical', 'CUT TO:', null],
    ['transition: never changed by typing', 'transition', 'INT.', null],
  ] as const)('%s', (_rule, element, text, expected) => {
    expect(elementForTypedLine(element, text)).toBe(expected);
  });
});

describe('isTransitionLine', () => {
  it.each([
    ['CUT TO:', true],
    ['DISSOLVE TO:', true],
    ['dissolve to:', true],
    ['Fade to black.', true],
    ['  CUT TO:  ', true],
    ['TO:', true],
    ['He turns to:', false],
    ['CUT', false],
    ['', false],
  ] as const)('%j is %s', (text, expected) => {
    expect(isTransitionLine(text)).toBe(expected);
  });
});

describe('SCENE_HEADING_START', () => {
  it.each([
    ['INT. KITCHEN - DAY', true],
    ['ext. bus stop - night', true],
    ['INT./EXT. CAR - MOVING', true],
    ['I/E CAR', true],
    ['Into the night', false],
    ['EXTRA', false],
  ] as const)('%j is %s', (text, expected) => {
    expect(SCENE_HEADING_START.test(text)).toBe(expected);
  });
});

describe('characterName', () => {
  it.each([
    ['jay', 'JAY'],
    ['  Kayla  ', 'KAYLA'],
    ['JAY (V.O.)', 'JAY'],
    ["kayla (cont'd)", 'KAYLA'],
    ['JAY ^', 'JAY'],
    ['MRS   OKAFOR', 'MRS OKAFOR'],
    ['', ''],
  ] as const)('%j is %j', (cue, expected) => {
    expect(characterName(cue)).toBe(expected);
  });
});

describe('suggestCharacterNames', () => {
  const cues = ['JAY', 'KAYLA', 'jay', 'Kayla (V.O.)', 'MUM', 'KAYLA', 'KEV'];
  it.each([
    ['nothing typed: every name, most used first', '', ['KAYLA', 'JAY', 'MUM', 'KEV']],
    ['"k": names starting with K, most used first', 'k', ['KAYLA', 'KEV']],
    ['"KA": only KAYLA', 'KA', ['KAYLA']],
    ['the whole name already typed: nothing more to offer', 'kayla', []],
    ['an extension typed is ignored', 'Ka (V.O.)', ['KAYLA']],
    ['no name starts so', 'Z', []],
  ] as const)('%s', (_rule, typed, expected) => {
    expect(suggestCharacterNames(cues, typed)).toEqual(expected);
  });

  it('offers at most the limit', () => {
    expect(suggestCharacterNames(['A1', 'A2', 'A3'], 'A', 2)).toEqual(['A1', 'A2']);
  });

  it('skips empty cues and cues without a letter', () => {
    expect(suggestCharacterNames(['', '  ', '(V.O.)', '123', 'ANN'], '')).toEqual(['ANN']);
  });
});
