// Lists the keys of public/_locales/en/messages.json that a locale lacks (and keys it has that English
// does not), with the English text and placeholders, to translate. Usage: node tests/tools/locale-missing.mjs es
import { readFileSync } from 'node:fs';

const language = process.argv[2] ?? 'es';
const read = (lang) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = read('en');
const other = read(language);
const missing = Object.keys(en).filter((key) => !(key in other));
const extra = Object.keys(other).filter((key) => !(key in en));
for (const key of missing) {
  const placeholders = en[key].placeholders ? ` ${JSON.stringify(en[key].placeholders)}` : '';
  console.log(`${key}\t${en[key].message}${placeholders}`);
}
if (extra.length) console.log(`\nNot in English (remove): ${extra.join(', ')}`);
console.error(`${missing.length} missing, ${extra.length} extra in ${language}`);
