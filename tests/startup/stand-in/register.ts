// Loaded with `node --import`: installs hooks.ts (bundled next to this file) before main.js loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
