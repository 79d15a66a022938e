#!/usr/bin/env node
// After `npm run build`: records when the build finished, so `npm start`
// knows the outputs are current even where tsc left an unchanged file alone.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.writeFileSync(path.join(root, '.build-stamp'), `${new Date().toISOString()}\n`);
