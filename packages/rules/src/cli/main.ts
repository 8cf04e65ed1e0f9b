/** The `cluster-form` executable: process streams in, exit code out. Everything else is in ./run.ts. */
import { runCli } from "./run.js";

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() }, process.env);
process.exitCode = code;
