/** The `cluster-form` executable: process streams in, exit code out. Everything else is in ./run.ts. */
import { exitQuietlyOnBrokenPipe } from "./broken-pipe.js";
import { runCli } from "./run.js";

exitQuietlyOnBrokenPipe([process.stdout, process.stderr]);

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() }, process.env);
process.exitCode = code;
