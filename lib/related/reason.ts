import type { Match } from './score';

const MAX_NAMES = 3;
const MAX_TERMS = 2;

/** "in 3 days" style distance, or nothing when a date is missing. */
export function daysLabel(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  if (days === 0) return 'same day';
  return days === 1 ? '1 day apart' : `${days} days apart`;
}

/** Short explanation of a match: shared names and words, then the distance in time. */
export function reasonFor(match: Match): string {
  const shared = [...match.sharedNames.slice(0, MAX_NAMES), ...match.sharedTerms.slice(0, MAX_TERMS)];
  const when = daysLabel(match.daysApart);
  return [shared.join(', '), when].filter(Boolean).join('; ');
}
