import { describe, expect, it } from 'vitest';
import { cuesIn } from '@/lib/quotes/cues';
import { isCourtesyTitle, isRoleNoun, isRoleWord, looksLikeOrganisation, nationalityOf, splitRole } from '@/lib/quotes/people';
import { COURTESY_TITLES, NATIONALITIES, ORGANISATION_WORDS, PERSON_ROLE_NOUNS, SPEECH_CUES, type CueKind } from '@/lib/quotes/rules';

describe('speech-cue table', () => {
  for (const kind of Object.keys(SPEECH_CUES) as CueKind[]) {
    it(`finds every ${kind} cue as a whole word, with its kind`, () => {
      for (const cue of SPEECH_CUES[kind]) {
        const hits = cuesIn(`Someone ${cue} something`);
        expect(hits.map((h) => [h.cue, h.kind]), cue).toContainEqual([cue, kind]);
      }
    });
  }

  it('does not find cues inside other words', () => {
    expect(cuesIn('the unsaid toldness of addedness')).toEqual([]);
  });

  it('prefers the longest cue ("according to", not a verb)', () => {
    expect(cuesIn('according to the Kremlin')[0]).toMatchObject({ cue: 'according to', kind: 'source' });
  });

  it('has no cue in two kinds', () => {
    const all = Object.values(SPEECH_CUES).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('organisation and place words', () => {
  it('are lower case, once each', () => {
    expect(ORGANISATION_WORDS.every((word) => word === word.toLowerCase())).toBe(true);
    expect(new Set(ORGANISATION_WORDS).size).toBe(ORGANISATION_WORDS.length);
  });

  it('make a run of names a place or a body, not a person; surnames that are also places stay people', () => {
    for (const place of ['Frogmore Cottage', 'Kensington Palace', 'Heathrow Airport', 'UAV Tactical Systems']) expect(looksLikeOrganisation(place.split(' ')), place).toBe(true);
    for (const person of ['Stuart Hall', 'Frank Church', 'Nathan Lane', 'Michael Bay']) expect(looksLikeOrganisation(person.split(' ')), person).toBe(false);
  });
});

describe('titles, roles, nationalities', () => {
  it('treats every courtesy title as a title', () => {
    for (const t of COURTESY_TITLES) expect(isCourtesyTitle(t), t).toBe(true);
  });

  it('maps every nationality word to a country and counts it as a role word', () => {
    for (const [word, country] of Object.entries(NATIONALITIES)) {
      if (word.includes(' ')) continue;
      expect(nationalityOf(word)).toBe(country);
      expect(isRoleWord(word)).toBe(true);
    }
  });

  it('knows every person role noun as a role noun', () => {
    for (const n of PERSON_ROLE_NOUNS) expect(isRoleNoun(n), n).toBe(true);
  });

  it('splits a role from the name', () => {
    expect(splitRole('Chinese Foreign Minister Wang Yi'.split(' '))).toMatchObject({ role: ['Chinese', 'Foreign', 'Minister'], name: ['Wang', 'Yi'] });
    expect(splitRole('AFP Global News Director Phil Chetwynd'.split(' ')).name).toEqual(['Phil', 'Chetwynd']);
    expect(splitRole('Sir Keir Starmer'.split(' '))).toMatchObject({ role: [], name: ['Keir', 'Starmer'], titled: true });
  });
});
