import { CALENDAR_WORDS } from '../text/name-rules';
import { EVENT_WORDS } from './event-words';
import type { Match } from './score';

const MAX_NAMES = 3;
const MAX_EVENTS = 2;
const MAX_FALLBACK_TERMS = 2;

/** "in 3 days" style distance, or nothing when a date is missing. */
export function daysLabel(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  if (days === 0) return 'same day';
  return days === 1 ? '1 day apart' : `${days} days apart`;
}

/**
 * Short explanation of a match: the people, places and organisations both name, the kinds of event
 * both report, then the distance in time. Other shared words explain only a match that shares none
 * of those, and never a calendar word (a dateline's "Dec").
 */
export function reasonFor(match: Match): string {
  const names = withoutPartsOfLonger(match.sharedNames).slice(0, MAX_NAMES);
  const events = match.sharedTerms.filter((term) => EVENT_WORDS.has(term)).slice(0, MAX_EVENTS);
  const shared = names.length + events.length > 0 ? [...names, ...events] : fallbackTerms(match.sharedTerms);
  const when = daysLabel(match.daysApart);
  return [shared.join(', '), when].filter(Boolean).join('; ');
}

const fallbackTerms = (terms: string[]) => terms.filter((term) => !CALENDAR_WORDS.has(term)).slice(0, MAX_FALLBACK_TERMS);

/**
 * "Xi" says nothing more next to "Xi Jinping": a name whose words all stand in a longer listed name
 * becomes that name, in its own place (it is the more telling mention), and is listed once.
 */
function withoutPartsOfLonger(names: string[]): string[] {
  const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);
  const fullest = (name: string) =>
    names.find((other) => other.length > name.length && wordsOf(name).every((word) => wordsOf(other).includes(word))) ?? name;
  return [...new Set(names.map(fullest))];
}
