import { writtenDates } from '../extract/written-dates';
import { HEADLINE_DATE } from './rules';
import type { Evidence } from './signals';

/**
 * The text around the page's headline (the first <h1>): its box, climbed a few levels until it
 * holds some text, read from a little before the headline to a little past it.
 */
export function headlineWindow(doc: Document): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1) return '';
  let box: Element = h1;
  for (let i = 0; i < HEADLINE_DATE.levels && box.parentElement && (box.textContent ?? '').length < HEADLINE_DATE.boxChars; i++) {
    box = box.parentElement;
  }
  const text = box.textContent ?? '';
  const headline = h1.textContent ?? '';
  const start = Math.max(0, text.indexOf(headline) - HEADLINE_DATE.before);
  return text.slice(start, start + HEADLINE_DATE.before + headline.length + HEADLINE_DATE.after).replace(/\s+/g, ' ');
}

/** How many dates the text prints (read as extraction reads a visible date, in any of its languages). */
export function printedDates(text: string): number {
  return writtenDates(text).length;
}

/** A date printed by the headline, on a page whose meta tags declare none (they would count it already). */
export function datelineEvidence(doc: Document, metaDated: boolean): Evidence[] {
  if (metaDated) return [];
  const dates = printedDates(headlineWindow(doc));
  if (dates === 0 || dates >= HEADLINE_DATE.listDates) return [];
  return [{ weight: HEADLINE_DATE.weight, reason: 'date by the headline' }];
}
