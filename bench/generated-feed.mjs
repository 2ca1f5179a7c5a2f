// A large feed for the search benchmarks (bench/search.mjs and
// bench/compare-pagefind.mjs): real words from the bundled titles and
// summaries, about 3% of the items in Russian and 3% in Arabic, a third of
// them events and a quarter documents. Deterministic for a given count.
import { readFileSync } from 'node:fs';
import { rng } from './lib.mjs';

/** Words of the bundled feed's titles and summaries, to write with. */
function vocabulary() {
  const feed = JSON.parse(readFileSync('public/data/feed.json', 'utf8'));
  const words = feed.items.flatMap((i) => `${i.title ?? ''} ${i.summary ?? ''}`.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
  return [...new Set(words)];
}

const RUSSIAN = ['миграция', 'миграции', 'стратегия', 'сотрудничество', 'возвращение', 'граница', 'конференция', 'встреча', 'декларация', 'партнёрство'];
const ARABIC = ['الهجرة', 'الحدود', 'التعاون', 'العودة', 'استراتيجية', 'المهاجرين', 'مؤتمر', 'إعلان', 'الشراكة', 'اجتماع'];

export function generatedFeed(count) {
  const random = rng(count);
  const english = vocabulary();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const text = (list, n) => Array.from({ length: n }, () => pick(list)).join(' ');
  const items = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(1994 + Math.floor(random() * 31), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const language = random();
    const words = language < 0.03 ? RUSSIAN : language < 0.06 ? ARABIC : english;
    const title = text(words, 5 + Math.floor(random() * 6));
    const base = {
      id: `gen-${i}`, title: title[0].toUpperCase() + title.slice(1), summary: text(words, 14 + Math.floor(random() * 10)),
      content_html: `<p>${text(words, 30 + Math.floor(random() * 30))}</p>`, date_published: date.toISOString(),
    };
    const kind = random();
    if (kind < 0.34) return { ...base, _bp: { kind: 'event', start: date.toISOString().slice(0, 10), place: 'Vienna, Austria' } };
    if (kind < 0.59) return { ...base, _bp: { kind: 'document', type: 'Report', year: date.getUTCFullYear() } };
    return base;
  });
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Generated', items });
}

