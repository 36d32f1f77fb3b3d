/**
 * The `jospar` command called in-process: the same `main()` that bin/jospar.js runs, with its standard output and error
 * captured. A launch (a new Node, tsx, and every module the command loads) costs about a second idle and many under
 * load, and adds nothing a test looks at; test/local/cli.test.ts keeps the few launches that check the launcher itself
 * (bin/jospar.js, its exit codes). Use `jospar(...)` wherever a test reads what a command prints or writes.
 */
import { main } from '../src/local/cli/main';

export interface CliRun {
  /** The exit code the command would end with (0 ok, 1 a failed run, 2 a usage or input error). */
  status: number;
  stdout: string;
  stderr: string;
}

export async function jospar(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
