#!/usr/bin/env node
// The cluster-form command; the code is built into ../dist/cli.js.
import "../dist/cli.js";
