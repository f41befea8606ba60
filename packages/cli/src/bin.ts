#!/usr/bin/env node
import { run } from './run.js';

// Output piped into a command that stops reading early (`ofkit law changes … | head`): stop quietly
// with success, as Unix tools do, instead of a stack trace about EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
