/**
 * `npm start`: builds, migrates, adds the demo to an empty database, and serves.
 */
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: process.env,
});
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}
process.argv.push('--seed-if-empty');
await import('./serve.ts');
