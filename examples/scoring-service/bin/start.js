#!/usr/bin/env node
// Runs the compiled service (`pnpm --filter @cluster-form/example-scoring-service build` first).
import "../dist/start.js";
