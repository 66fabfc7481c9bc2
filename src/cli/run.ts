import { fstatSync, writeSync } from 'fs';
import { fileErrorMessage, isLang } from '../core/messages';
import { EXIT } from './exit';
import { defaultIo, main } from './main';
import { writeFailure } from './output';

/**
 * The command line as a process: exit codes set, a reader that stops reading (`check --json |
 * head`) ends the run quietly, a standard output that cannot be written (a full disk) is said
 * once, with exit code 3, instead of Node's stack trace.
 */
export function runCommandLine(argv: string[]): void {
  const langArg = argv[argv.indexOf('--lang') + 1];
  const lang = argv.includes('--lang') && isLang(langArg) ? langArg : 'ro';
  let code: number | undefined;
  const failed = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(code ?? EXIT.ok);
    const failure = writeFailure('stdout', e);
    process.stderr.write(`action-plan-report: ${fileErrorMessage(lang, failure.error, failure.params)}\n`);
    process.exit(EXIT.output);
  };
  process.stdout.on('error', failed);
  // Node's stream to a file drops the rest of a short write (a file-size limit): write it here.
  const toFile = (() => {
    try {
      return fstatSync(1).isFile();
    } catch {
      return false;
    }
  })();
  const out = (s: string) => {
    if (!toFile) {
      process.stdout.write(`${s}\n`);
      return;
    }
    const bytes = Buffer.from(`${s}\n`);
    try {
      for (let done = 0; done < bytes.length;) done += writeSync(1, bytes, done);
    } catch (e) {
      failed(e as NodeJS.ErrnoException);
    }
  };
  main(argv, { out, err: defaultIo.err }).then(
    (c) => {
      code = c;
      process.exitCode = c;
    },
    (e: unknown) => {
      process.stderr.write(`action-plan-report: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
