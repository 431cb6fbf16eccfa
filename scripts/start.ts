/**
 * `npm start`: builds the site and serves it at http://localhost:4321/. Without a public origin
 * (KB_SITE, or homepage in package.json) the local address is the origin, so the canonical links,
 * feed, open data and handouts of this local copy point at the copy being served.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_ORIGIN, publicOrigin } from '../src/lib/public-origin.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, KB_SITE: publicOrigin() ?? LOCAL_ORIGIN };
const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit', env, cwd: root }).status ?? 1;
const built = run([path.join(root, 'scripts/build.ts')]);
if (built !== 0) process.exit(built);
process.exit(run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', '4321', '--host']));
