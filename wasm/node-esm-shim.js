// Prepended to the node build (precis-node.mjs): the Emscripten loader
// expects CommonJS's require and __dirname, which an ES module lacks.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);
