/**
 * The texts the quote annotations are made on, derived from the shared datasets (never copied into
 * the repo). A text is its headline, then its paragraphs, separated by blank lines; paragraph 0 is
 * the headline.
 *   fundus-NNN.txt       entry NNN (0-based) of fundus/manifest.json: title + body_text
 *   readability-NAME.txt readability/NAME: expected-metadata.json's title, then the text of each
 *                        <p> of expected.html (Readability's gold article), whitespace collapsed
 *   wcxb-NNNN.txt        wcxb-dev/ground-truth/NNNN.json: the gold title, then the gold main_content
 *
 *   npx tsx scripts/lib/quote-texts.ts --out DIR readability-nytimes-3.txt …   # writes them to DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

const DATASETS = resolve('../shared/datasets/extraction');

/** The Fundus manifest (1.6 MB), parsed once per run rather than once per text. */
const manifests = new Map<string, { title: string; body_text: string }[]>();
function fundusManifest(path: string): { title: string; body_text: string }[] {
  if (!manifests.has(path)) manifests.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return manifests.get(path)!;
}

export function quoteText(file: string, datasets = DATASETS): string {
  const fundus = /^fundus-(\d+)\.txt$/.exec(file);
  if (fundus) {
    const entry = fundusManifest(join(datasets, 'fundus/manifest.json'))[Number(fundus[1])];
    return `${entry.title}\n\n${entry.body_text}`;
  }
  const readability = /^readability-(.+)\.txt$/.exec(file);
  if (readability) {
    const dir = join(datasets, 'readability', readability[1]);
    const { title } = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title: string };
    const doc = new JSDOM(readFileSync(join(dir, 'expected.html'), 'utf8')).window.document;
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    return [title.replace(/\s+/g, ' ').trim(), ...paragraphs].join('\n\n');
  }
  const wcxb = /^wcxb-(\d+)\.txt$/.exec(file);
  if (wcxb) {
    const { ground_truth: gold } = JSON.parse(readFileSync(join(datasets, 'wcxb-dev/ground-truth', `${wcxb[1]}.json`), 'utf8')) as { ground_truth: { title: string; main_content: string } };
    return `${gold.title}\n\n${gold.main_content}`;
  }
  throw new Error(`No derivation for ${file} (fundus-NNN.txt, readability-NAME.txt or wcxb-NNNN.txt)`);
}

if (process.argv[1]?.endsWith('quote-texts.ts')) {
  const args = process.argv.slice(2);
  const out = args[args.indexOf('--out') + 1];
  if (!args.includes('--out') || !out) throw new Error('Usage: --out DIR FILE…');
  mkdirSync(out, { recursive: true });
  for (const file of args.filter((a, i) => a !== '--out' && i !== args.indexOf('--out') + 1)) writeFileSync(join(out, file), quoteText(file));
}
