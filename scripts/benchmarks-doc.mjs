// Assembles docs/benchmarks.md from the per-feature sections in docs/benchmarks/*.md,
// each written by its benchmark or evaluation's owner.  Run: npm run docs:benchmarks
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'docs/benchmarks';
const ORDER = ['page', 'detect', 'extract', 'declutter', 'related', 'related-browser', 'quotes', 'search'];

const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
const rank = (f) => (ORDER.indexOf(f.replace(/\.md$/, '')) + 1 || ORDER.length + 1);
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const header = `# Benchmarks and evaluations

Speed, memory and quality figures, each measured by a script in \`scripts/\` (its command is given
in its section) on this project's machine: a 2-core VM with 24 GiB, Node 20, Debian 12, and Debian's
Chromium and Firefox ESR (156 and 153 on the machines of the earlier sessions, 150 and 140 on the
twelfth 2026-11-26 session's). Every script compares against a baseline in the same run and ends with one JSON line.
This page is assembled from \`docs/benchmarks/*.md\` by \`npm run docs:benchmarks\`.
`;

const sections = files.map((f) => `<!-- ${join(DIR, f)} -->\n${readFileSync(join(DIR, f), 'utf8').trim()}\n`);
writeFileSync('docs/benchmarks.md', [header, ...sections].join('\n'));
console.log(`docs/benchmarks.md: ${files.length} sections (${files.join(', ')})`);
