import { afterEach, describe, expect, it } from 'vitest';
import { processWide } from '#src/server/platform/process-wide.ts';
import type * as ProcessWideModule from '#src/server/platform/process-wide.ts';

const NAME = 'process-wide-test';

afterEach(() => {
  processWide(NAME).clear();
});

describe('state kept once per process', () => {
  it('is the same value for every copy of a module that asks', async () => {
    // A second copy of the module, as the tests load beside the built pages' own.
    const secondCopy = '#src/server/platform/process-wide.ts?second-copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof ProcessWideModule;
    expect(copy.processWide).not.toBe(processWide);
    processWide<number>(NAME).set(7);
    expect(copy.processWide<number>(NAME).get()).toBe(7);
    copy.processWide<number>(NAME).clear();
    expect(processWide<number>(NAME).get()).toBeUndefined();
  });

  it('keeps each name apart, and nothing until it is set', () => {
    expect(processWide<string>(NAME).get()).toBeUndefined();
    processWide<string>(NAME).set('here');
    expect(processWide<string>(`${NAME}-other`).get()).toBeUndefined();
    expect(processWide<string>(NAME).get()).toBe('here');
  });
});
