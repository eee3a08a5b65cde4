/**
 * State kept once per process, whichever copy of a module asks for it.
 *
 * When Heard runs, Node loads `src/server` once: the built pages import it
 * from `src/` instead of bundling a copy (astro.config.mjs), so the pages and
 * scripts/serve.ts share every module. The tests load it twice, though:
 * Vitest runs its own copy of each module beside the one the built pages
 * import. The database a test opened, the address its server listens on,
 * whether it is stopping, the ledger key and the clients holding connections
 * must be the same for both copies, so they live on the process under a
 * `Symbol.for` name (`heard.<name>`), which every copy finds.
 */

/** One value kept on the process. */
export interface ProcessWide<T> {
  get(): T | undefined;
  set(value: T): void;
  clear(): void;
}

/** The process's value called `name`, shared by every copy of the module that asks. */
export function processWide<T>(name: string): ProcessWide<T> {
  const key = Symbol.for(`heard.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, unknown>;
  return {
    get: () => holder[key] as T | undefined,
    set: (value) => {
      holder[key] = value;
    },
    clear: () => {
      delete holder[key];
    },
  };
}
