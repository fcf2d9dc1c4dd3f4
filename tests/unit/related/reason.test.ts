import { describe, expect, it } from 'vitest';
import { EVENT_WORDS } from '@/lib/related/event-words';
import { reasonFor } from '@/lib/related/reason';
import type { Match } from '@/lib/related/score';
import { stem } from '@/lib/text';

const match = (sharedNames: string[], sharedTerms: string[], daysApart?: number): Match => ({
  score: 0.5,
  lexical: 0.4,
  names: 0.3,
  daysApart,
  sharedNames,
  sharedTerms,
});

describe('reasonFor', () => {
  it('gives shared names, then the kinds of event both report, then the distance in days', () => {
    const reason = reasonFor(match(['Xi Jinping', 'Vladimir Putin', 'Moscow', 'Kremlin'], ['ready', 'video', 'call', 'situation', 'summit'], 0));
    expect(reason).toBe('Xi Jinping, Vladimir Putin, Moscow, call, summit; same day');
  });

  it('names a person once, in full, where the short name ranked: "Xi" becomes "Xi Jinping"', () => {
    expect(reasonFor(match(['Wladimir Putin', 'Xi', 'Xi Jinping', 'Moskau'], [], 0))).toBe('Wladimir Putin, Xi Jinping, Moskau; same day');
    expect(reasonFor(match(['Russia', 'Xi', 'Vladimir Putin', 'Moscow', 'Xi Jinping'], [], 0))).toBe('Russia, Xi Jinping, Vladimir Putin; same day');
  });

  it('leaves out shared words that name no event while names explain the match', () => {
    expect(reasonFor(match(['Russia'], ['dec', 'regarding'], 5))).toBe('Russia; 5 days apart');
  });

  it('falls back to the most telling shared words, never a calendar word, when no name or event is shared', () => {
    expect(reasonFor(match([], ['dec', 'geyser', 'eruption'], 1))).toBe('eruption; 1 day apart');
    expect(reasonFor(match([], ['dec', 'budget', 'deficit']))).toBe('budget, deficit');
  });

  it('lists event words as terms are indexed: lowercase and already stemmed', () => {
    for (const word of EVENT_WORDS) {
      expect(word).toMatch(/^\p{Ll}+$/u);
      expect(stem(word)).toBe(word);
    }
  });
});
