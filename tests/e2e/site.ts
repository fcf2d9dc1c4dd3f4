import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One page of the demo and fixture site, as tests/fixtures/site/manifest.json lists it. */
export interface SitePage {
  path: string;
  kind: 'article' | 'section-front' | 'search' | 'non-news' | 'bad-input';
  seed?: string;
  title?: string;
  outlet?: string;
  published?: string;
  canonicalUrl?: string;
  lang?: string;
  paragraphs?: number;
  bodySelector?: string;
  widgets?: string[];
}

export const SITE_ROOT = resolve('tests/fixtures/site');

export function sitePages(): SitePage[] {
  return (JSON.parse(readFileSync(resolve(SITE_ROOT, 'manifest.json'), 'utf8')) as { pages: SitePage[] }).pages;
}

export const seedPage = (seed: string): SitePage => {
  const page = sitePages().find((p) => p.seed === seed);
  if (!page) throw new Error(`No fixture page for seed ${seed} in tests/fixtures/site/manifest.json`);
  return page;
};
