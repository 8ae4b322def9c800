import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Text from users, imports and pages (finder queries, notes, backup files, selected text) is only
// ever rendered as text by Preact. This keeps every way of injecting markup out of the product code;
// Biome's noDangerouslySetInnerHtml covers the JSX prop, this covers the DOM APIs and eval.
const forbidden = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write\b/,
  /\bdangerouslySetInnerHTML\b/,
  /\beval\s*\(/,
  /\bnew Function\s*\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('no markup injection in product code', () => {
  const files = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles);

  it('reads the product sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(forbidden.map((pattern) => [pattern.source, pattern] as const))('nothing uses %s', (_, pattern) => {
    const hits = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
