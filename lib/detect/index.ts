import { datelineEvidence } from './dateline';
import { headlineShapeEvidence } from './headline-shape';
import { pageLinkEvidence } from './page-links';
import { metaTable } from '../extract/meta-table';
import { ARTICLE_THRESHOLD } from './rules';
import {
  BUDGET,
  declaresDate,
  type Evidence,
  metaEvidence,
  ogTypeEvidence,
  proseEvidence,
  proseShape,
  schemaEvidence,
  schemaTypes,
  urlEvidence,
  voiceEvidence,
} from './signals';

/** Article or not, with the score and the reasons that made it. */
export interface Detection {
  isArticle: boolean;
  score: number;
  reasons: string[];
}

/**
 * Decides cheaply whether the live page is a news/blog article. Reads the DOM only (never
 * mutates it), scans a bounded number of elements, and answers "not an article" when unsure
 * or when anything goes wrong.
 */
export function detectArticle(doc: Document, url: string): Detection {
  try {
    const evidence = collectEvidence(doc, url);
    const score = round(evidence.reduce((sum, e) => sum + e.weight, 0));
    return {
      isArticle: score >= ARTICLE_THRESHOLD,
      score,
      reasons: evidence.map((e) => `${e.reason} (${e.weight > 0 ? '+' : ''}${e.weight})`),
    };
  } catch (error) {
    return { isArticle: false, score: 0, reasons: [`detection failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function collectEvidence(doc: Document, url: string): Evidence[] {
  const meta = metaTable(doc, BUDGET.metas);
  const dated = declaresDate(meta);
  const prose = proseShape(doc);
  const address = urlEvidence(url);
  const datedAddress = address.some((e) => e.reason === 'dated path');
  return [
    ...schemaEvidence(schemaTypes(doc)),
    ...ogTypeEvidence(meta),
    ...metaEvidence(meta),
    ...datelineEvidence(doc, dated),
    ...address,
    ...proseEvidence(prose, dated || datedAddress),
    ...voiceEvidence(prose),
    ...pageLinkEvidence(doc),
    ...headlineShapeEvidence(doc, meta),
  ];
}

const round = (value: number) => Math.round(value * 100) / 100;
