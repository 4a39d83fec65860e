import { ConfigValidationError } from '../config/app-config';

/**
 * Runs an entry point; a returned number is the exit code (for commands that end). A failure prints one clear
 * message (the configuration problems, or the stack) and exits 1.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exit(code);
    },
    (error: unknown) => {
      const message =
        error instanceof ConfigValidationError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error);
      process.stderr.write(`${message}\n`);
      process.exit(1);
    },
  );
}
