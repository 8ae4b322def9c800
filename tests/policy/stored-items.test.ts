import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every reader of a stored item goes through its validated API (lib/storage/storedItem.ts: `load`,
// `watchChecked`, `check`), so nothing reads a raw stored value and checks it by hand, or forgets to.
// Biome keeps @wxt-dev/storage imports inside lib/storage; this keeps the raw reads there too.
const raw = /\.(getValue|watch|getMeta|snapshot)\(/;

const files = ['entrypoints', 'components', 'lib'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `${dir}/${file}`)
    .filter((file) => !file.startsWith('lib/storage/')),
);

describe('stored items are read through their checked API', () => {
  it('reads the product sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no raw read or watch outside lib/storage', () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (raw.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
