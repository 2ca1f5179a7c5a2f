// Writes the country and language names of each interface language but
// English (whose names are the site data's own) from CLDR, the Unicode
// Common Locale Data Repository, as the npm package cldr-localenames-modern
// ships it: never typed by hand. One Rust file per language,
// src/i18n/names/<tag>.rs: ISO 3166 alpha-2 codes and ISO 639-1 codes with
// their names. The languages are the catalogues (src/i18n/<tag>.rs) that
// name a table with `#[path = "names/<tag>.rs"]`.
//
//   node scripts/cldr-names.mjs          writes the tables
//   node scripts/cldr-names.mjs --check  fails if a table differs from CLDR
//                                        (scripts/test runs this)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const catalogues = new URL('../src/i18n/', import.meta.url);
const LANGUAGES = readdirSync(catalogues)
  .filter((file) => file.endsWith('.rs'))
  .flatMap((file) => [...readFileSync(new URL(file, catalogues), 'utf8').matchAll(/#\[path = "names\/([A-Za-z-]+)\.rs"\]/g)])
  .map((match) => match[1])
  .sort();
if (!LANGUAGES.length) throw new Error('no catalogue in src/i18n names a CLDR table (#[path = "names/<tag>.rs"])');
const require = createRequire(import.meta.url);
const { version } = require('cldr-localenames-modern/package.json');
const check = process.argv.includes('--check');
let stale = 0;

for (const tag of LANGUAGES) {
  const names = (file) => require(`cldr-localenames-modern/main/${tag}/${file}.json`).main[tag].localeDisplayNames[file];
  const territories = names('territories');
  // Two-letter codes only: the numeric ones are regions ("Европа"), and the
  // alternative forms are for other contexts. Not countries either: the
  // unknown region, pseudo-locales and groupings (EU, eurozone, UN, outlying
  // Oceania).
  const notCountries = new Set(['ZZ', 'XA', 'XB', 'EU', 'EZ', 'UN', 'QO']);
  const rows = Object.entries(territories)
    .filter(([code]) => /^[A-Z]{2}$/.test(code) && !notCountries.has(code))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, name]) => `    (${JSON.stringify(code)}, ${JSON.stringify(name)}),`);
  // Two-letter language codes, the ones documents are tagged with.
  const languages = Object.entries(names('languages'))
    .filter(([code]) => /^[a-z]{2}$/.test(code))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, name]) => `    (${JSON.stringify(code)}, ${JSON.stringify(name)}),`);
  const text = `//! Country and language names in \`${tag}\` from CLDR ${version} (npm
//! cldr-localenames-modern), written by scripts/cldr-names.mjs: do not edit
//! by hand.

/// (ISO 3166 alpha-2 code, name), sorted by code.
pub const COUNTRIES: &[(&str, &str)] = &[
${rows.join('\n')}
];

/// (ISO 639-1 code, name), sorted by code.
pub const LANGUAGES: &[(&str, &str)] = &[
${languages.join('\n')}
];
`;
  const file = new URL(`../src/i18n/names/${tag}.rs`, import.meta.url);
  if (check) {
    let current = '';
    try { current = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error(`src/i18n/names/${tag}.rs differs from CLDR ${version}: run node scripts/cldr-names.mjs`);
      stale++;
    }
  } else {
    writeFileSync(file, text);
    console.log(`src/i18n/names/${tag}.rs: ${rows.length} countries, ${languages.length} languages from CLDR ${version}`);
  }
}
if (stale) process.exit(1);
