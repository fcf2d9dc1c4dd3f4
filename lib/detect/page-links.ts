import { PAGE_LINKS } from './rules';
import type { Evidence } from './signals';

/** Candidate links read at most per rule. */
const LINK_BUDGET = 200;
/** Longer link texts are sentences (teasers, citations), never a control's label. */
const LABEL_CHARS = 40;

/** Evidence from links that name the kind of page (an "Edit this page" link on docs), each rule once. */
export function pageLinkEvidence(doc: Document): Evidence[] {
  return PAGE_LINKS.filter((rule) => {
    const links = doc.querySelectorAll(rule.href);
    for (let i = 0; i < links.length && i < LINK_BUDGET; i++) {
      const label = (links[i].textContent ?? '').trim();
      if (label.length <= LABEL_CHARS && rule.text.test(label)) return true;
    }
    return false;
  }).map(({ weight, reason }) => ({ weight, reason }));
}
