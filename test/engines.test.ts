/**
 * Issue 12 item 5: `engines` tells the truth. The lowest Node of each range `engines` names satisfies
 * the `engines` of every package in the lock that a clean install on Linux x64 installs, so `npm ci`
 * there prints no EBADENGINE warning. (Platform packages of other systems, and optional packages whose
 * parent is not in the lock, are not installed and are skipped.)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(v: string, r: string): boolean };

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }>;
};

it('the lowest Node of each engines range installs every locked package without EBADENGINE', () => {
  expect(lock.packages['']!.engines).toEqual(pkg.engines);
  const lowest = pkg.engines.node.split('||').map((range) => semver.minVersion(range.trim())!.version);
  expect(lowest.length).toBeGreaterThanOrEqual(2);
  const bad: string[] = [];
  for (const [path, meta] of Object.entries(lock.packages)) {
    if (!path || !meta.engines || Array.isArray(meta.engines) || !meta.engines.node) continue;
    if (meta.os && !meta.os.includes('linux')) continue;
    if (meta.cpu && !meta.cpu.includes('x64')) continue;
    // An optional platform package whose parent package is not in the lock (nothing installs it).
    const parent = path.replace(/-linux-x64-(gnu|musl)$/, '');
    if (meta.optional && parent !== path && !lock.packages[parent]) continue;
    for (const version of lowest) if (!semver.satisfies(version, meta.engines.node)) bad.push(`${path} wants ${meta.engines.node}, not ${version}`);
  }
  expect(bad).toEqual([]);
});
