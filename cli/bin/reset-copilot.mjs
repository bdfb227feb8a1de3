#!/usr/bin/env node
// The CLI is TypeScript over the shared core; tsx (a dev dependency of this repository)
// compiles it on the fly, so there is no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
