import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle, quickArticleCheck } from '@/utils/extract';
const base = '../shared/corpus';
const files = [...readdirSync(`${base}/pages`).filter(f => f.endsWith('.html')).map(f => `${base}/pages/${f}`), ...readdirSync(`${base}/id`).filter(f => f.endsWith('.html')).map(f => `${base}/id/${f}`), `${base}/seed.html`];
const html = files.map(f => readFileSync(f, 'utf8'));
let parseMs = 0, oursMs = 0, readMs = 0, gateMs = 0, bytes = 0;
const med: number[] = [];
for (let rep = 0; rep < 3; rep++) {
  parseMs = oursMs = readMs = gateMs = bytes = 0; med.length = 0;
  for (const h of html) {
    bytes += h.length;
    let t = performance.now();
    const d1 = parseHTML(h).document as unknown as Document;
    parseMs += performance.now() - t;
    t = performance.now();
    quickArticleCheck(d1);
    const g = performance.now() - t; gateMs += g; med.push(g);
    t = performance.now();
    extractArticle(d1);
    oursMs += performance.now() - t;
    const d2 = parseHTML(h).document as unknown as Document;
    t = performance.now();
    try { new Readability(d2).parse(); } catch {}
    readMs += performance.now() - t;
  }
}
med.sort((a, b) => a - b);
console.log(`${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB: linkedom parse ${parseMs.toFixed(0)} ms, gate ${gateMs.toFixed(1)} ms (median ${med[med.length >> 1]!.toFixed(3)} ms), extractArticle ${oursMs.toFixed(0)} ms, Readability.parse ${readMs.toFixed(0)} ms, ratio ${(oursMs / readMs).toFixed(3)}`);
