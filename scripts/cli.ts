/**
 * Shared by the command-line scripts: run a main function, and turn a
 * StartupError into one plain sentence and exit code 1 (bad configuration stops
 * start-up with one plain sentence, not a stack trace).
 */
import { StartupError } from '#src/server/platform/startup-error.ts';

/** Runs `main`, printing a plain message and exiting non-zero on failure. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof StartupError) {
        console.error(error.message);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
