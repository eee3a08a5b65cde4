/**
 * The app's page routes, read from src/pages, so a sweep over "every route"
 * notices a page added later that it never reached.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A page route: its name as Astro spells it and a pattern for its paths. */
export interface PageRoute {
  /** e.g. `/my/stories/[id]/history/[number]` */
  readonly name: string;
  readonly pattern: RegExp;
}

const PAGES = 'src/pages';

function pageFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return pageFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** Every `.astro` page under src/pages (endpoints, which answer with files or JSON, are not pages). */
export function listPageRoutes(): PageRoute[] {
  return pageFiles(PAGES)
    .map((file) => {
      const parts = relative(PAGES, file)
        .replace(/\.astro$/, '')
        .split(sep);
      if (parts.at(-1) === 'index') parts.pop();
      const name = `/${parts.join('/')}`;
      const pattern = new RegExp(
        `^${parts
          .map((part) =>
            /^\[\.\.\..+\]$/.test(part)
              ? '.*'
              : part.startsWith('[')
                ? '[^/]+'
                : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .map((part) => `/${part}`)
          .join('')}/?$`,
      );
      return { name, pattern };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The route a path belongs to; static routes win over dynamic ones, as in Astro. */
export function routeOf(routes: readonly PageRoute[], pathname: string): PageRoute | undefined {
  const matches = routes.filter((route) => route.pattern.test(pathname));
  return matches.sort((a, b) => dynamicParts(a) - dynamicParts(b))[0];
}

function dynamicParts(route: PageRoute): number {
  return (route.name.match(/\[/g) ?? []).length;
}
