import { run } from './run';

process.exitCode = run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
