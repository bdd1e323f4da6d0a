/**
 * `tsx cli/debug-extract.ts PAGE.html...`: what the extraction sees on a page (signals,
 * title, credits, blocks), for tuning the extraction on real pages.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/extract/extract';

for (const file of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const started = performance.now();
  const a = extractArticle(document as unknown as Document);
  const ms = performance.now() - started;
  console.log(`== ${file} isArticle=${a.isArticle} ${ms.toFixed(1)} ms lang=${a.langHint} url=${a.url}`);
  console.log(`   signals: ${a.signals.join(' ')}`);
  console.log(`   title: ${a.title}`);
  console.log(`   credits: ${JSON.stringify(a.credits)}`);
  for (const b of a.blocks) console.log(`   [${b.type}] ${b.text.slice(0, 140)}`);
}
