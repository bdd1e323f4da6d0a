// The obvious Node pipeline the CLI is compared with, as a plain script (no tsx, like the
// bundled CLI): read each file named on the command line, parse it with linkedom and run
// Mozilla Readability's parse(); print one line per file so the work cannot be skipped.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const files = process.argv.slice(2);
let chars = 0;
for (const file of files) {
  try {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const article = new Readability(document).parse();
    chars += article?.textContent?.length ?? 0;
    process.stdout.write(`${file}\t${article?.textContent?.length ?? 0}\n`);
  } catch (error) {
    process.stderr.write(`${file}: ${error.message}\n`);
  }
}
process.stderr.write(`anchor: ${files.length} files, ${chars} characters of article text\n`);
