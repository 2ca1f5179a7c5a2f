// Writes src/i18n/pseudo.rs, the right-to-left pseudo-locale (tests and
// development only, cargo feature `pseudo-locale`): the English catalogue
// with every letter of every message replaced by an accented one and each
// message in brackets ("[Šķîþ ţö ɱåîñ çöñţéñţ]"), placeholders kept. A word
// of the interface that a page shows untransformed was not taken from the
// catalogue; tests/prerender.rs looks for them, and the pages render right
// to left.
//
//   node scripts/pseudo-locale.mjs           # writes the file
//   node scripts/pseudo-locale.mjs --check   # fails if it is out of date
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/i18n/en.rs', import.meta.url);
const target = new URL('../src/i18n/pseudo.rs', import.meta.url);

const accented = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Letters accented; `{placeholders}` and escapes (`\u{a0}`) stay as they are. */
function accent(text) {
  const parts = text.split(/(\{[a-z_]+\}|\\u\{[0-9a-f]+\}|\\.)/);
  return parts.map((part, i) => (i % 2 ? part : [...part].map((c) => accented[c] ?? c).join(''))).join('');
}

/** One message, transformed and in brackets, so that a message cut short shows. */
function transform(text) {
  return text.trim() === '' ? text : `[${accent(text)}]`;
}

/** String literals (with escapes) in `code`, each changed by `change`. */
const literals = (code, change) => code.replace(/"((?:[^"\\]|\\.)*)"/g, (_, text) => `"${change(text)}"`);

const english = readFileSync(source, 'utf8');
const start = english.indexOf('pub const MESSAGES: Messages = Messages {');
if (start < 0) throw new Error('en.rs: no `pub const MESSAGES` found');
// The formats (month names, date patterns, separators) are accented
// without brackets, as they are parts of a text rather than messages;
// every other string literal in the catalogue is transformed; nothing else
// changes.
const messages = english.slice(start);
const formatEnd = messages.indexOf('\n    },\n', messages.indexOf('format: Format {'));
if (formatEnd < 0) throw new Error('en.rs: no `format: Format { … }` block found');
const catalogue = literals(messages.slice(0, formatEnd), accent) + literals(messages.slice(formatEnd), transform);
const generated = `//! The right-to-left pseudo-locale, for tests and development only
//! (feature \`pseudo-locale\`). Written by \`node scripts/pseudo-locale.mjs\`
//! from \`en.rs\`; do not edit.

use super::messages::*;
use super::{Language, Plural};

pub const LANGUAGE: Language = Language {
    tag: "ar-XB",
    prefix: "/ar-xb",
    own_name: "[Þšéûðö]",
    og_locale: "ar_XB",
    intl_locale: "en-GB",
    dir: "rtl",
    plural: super::plural::english,
    catalogue: super::on_demand(&MESSAGES, None),
};

const fn plural(one: &'static str, other: &'static str) -> Plural {
    Plural { zero: other, one, two: other, few: other, many: other, other }
}

${catalogue}`;
// As \`cargo fmt\` leaves it (the project's rustfmt.toml), so that the check
// and the formatting check agree.
const output = execFileSync('rustfmt', ['--edition', '2024'], {
  input: generated,
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  encoding: 'utf8',
});

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing: out of date.
  }
  if (current !== output) {
    console.error('src/i18n/pseudo.rs is out of date: run `node scripts/pseudo-locale.mjs`');
    process.exit(1);
  }
} else {
  writeFileSync(target, output);
}
