import { OFFERING_HEADLINE } from './rules';
import type { Evidence } from './signals';

/** The page's headline: its first `<h1>`, or the declared title when it has none. */
function headlineText(doc: Document, meta: Map<string, string>): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  const text = h1 ? h1.textContent ?? '' : meta.get('og:title') ?? doc.title ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** A headline that names what a business offers ("Cybersecurity Consulting Services") rather than telling news. */
export function headlineShapeEvidence(doc: Document, meta: Map<string, string>): Evidence[] {
  const headline = headlineText(doc, meta);
  if (!headline || headline.length > OFFERING_HEADLINE.maxChars) return [];
  if (!OFFERING_HEADLINE.offering.test(headline) || OFFERING_HEADLINE.story.test(headline)) return [];
  return [{ weight: OFFERING_HEADLINE.weight, reason: 'headline names an offering' }];
}
