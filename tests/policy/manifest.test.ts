// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// The manifest asks only for what the code uses, and the README explains every permission it asks for.
// Built from the same wxt.config.ts the build uses, for both browsers.
type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string }) => Manifest)({ browser });

/** The permission names in the README's "Permissions and privacy" table. */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions and privacy'));
  return [...section.matchAll(/^\| `([A-Za-z]+)`/gm)].map((match) => match[1] ?? '');
}

function productSource(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  return ['entrypoints', 'components', 'lib']
    .flatMap(walk)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);
  const permissions = manifest.permissions ?? [];

  it('asks for no host access, injects no scripts and keeps the default CSP', () => {
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(permissions.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('lists every permission in the README with its reason', () => {
    expect(permissions.filter((p) => !readmePermissions().includes(p))).toEqual([]);
  });

  it('uses every permission it asks for', () => {
    const source = productSource();
    // The API namespace each permission unlocks (storage through @wxt-dev/storage's `storage` items).
    const used = (permission: string) =>
      permission === 'storage'
        ? /from 'wxt\/utils\/storage'|from '#imports'|storage\.defineItem/.test(source)
        : new RegExp(`\\b(browser|chrome)\\.${permission}\\b`).test(source);
    expect(permissions.filter((p) => !used(p))).toEqual([]);
  });
});

it('the README lists no permission that neither browser asks for', () => {
  const asked = new Set([
    ...(manifestFor('chrome').permissions ?? []),
    ...(manifestFor('firefox').permissions ?? []),
  ]);
  expect(readmePermissions().length).toBeGreaterThanOrEqual(7);
  expect(readmePermissions().filter((p) => !asked.has(p))).toEqual([]);
});
