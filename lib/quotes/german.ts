/**
 * Who said a quote, in German. Reports put the verb before the speaker after a quote („…“, sagte
 * Streeck / so der CDU-Politiker / erklärt er) and introduce a quote with a colon (Er betonte: „…“;
 * Booker Omole, Generalsekretär der CPM-K, sagte dazu: »…«). The phrases next to the verb are read by
 * german-phrases.ts; this module keeps the article's people and whom a pronoun stands for.
 */
import type { Attribution, Speaker } from './attribute';
import { MASK } from './marks';
import {
  articles,
  capitalisedRun,
  isCapitalised,
  isFunctionWord,
  isGermanRole,
  isOrganisation,
  lastPart,
  nameOf,
  opening,
  personDescribed,
  pronouns,
  starters,
  subjectOf,
  wordsOf,
  type Subject,
} from './german-phrases';
import { GERMAN_REPORTED_SPEECH, GERMAN_SOURCE_CUES, GERMAN_SPEECH_VERBS } from './rules-de';
import type { Sentence } from './sentences';

const verbs = new Set(GERMAN_SPEECH_VERBS);
const reportedSpeech = new Set(GERMAN_REPORTED_SPEECH);

interface Person {
  name: string;
  role?: string;
}

/** People of one article, who was last spoken of, and the rules that find a quote's speaker. */
export class GermanReader {
  private readonly people: Person[] = [];
  /** The person last named, credited or referred to: whom "er" / "sie" and "der Minister" stand for. */
  private recent?: Person;
  /** The reporter has named someone since the last quote. */
  private namedSinceQuote = false;
  lastSpeaker?: Speaker;
  lastQuoteLine = -10;
  private line = 0;

  /**
   * Meets the people named anywhere in the article first, so a surname alone finds the full name:
   * those introduced (meet), and those a speech verb names („…“, sagt Braslavski), under the
   * full name the article gives them somewhere ("Rom Braslavski").
   */
  begin(lines: string[]): void {
    for (const line of lines) this.meet(line, false);
    const text = lines.join('\n');
    for (const name of namedByVerbs(text)) {
      if (!this.find(name)) this.know(fullName(text, name) ?? name);
    }
  }

  /** Reporter's text: people named in it are the ones a pronoun after it stands for. */
  read(text: string): void {
    const named = this.meet(text, true);
    if (named.length > 0) this.namedSinceQuote = true;
  }

  credited(speaker: Speaker | undefined, line: number): void {
    this.namedSinceQuote = false;
    if (speaker) {
      this.lastSpeaker = speaker;
      const person = this.find(speaker.name);
      if (person) this.recent = person;
    }
    this.lastQuoteLine = line;
  }

  /** The attribution next to a quote in its sentence: after it first, then before it. */
  attribute(masked: string, sentence: Sentence, span: { open: number; close: number }): Attribution | undefined {
    return this.after(masked.slice(span.close, sentence.end)) ?? this.before(masked.slice(sentence.start, span.open)) ?? this.reported(masked.slice(sentence.start, sentence.end));
  }

  /** The line being read. */
  at(line: number): void {
    this.line = line;
  }

  /** A sentence in reported speech right after a quote ("Drogenkonsum sei „…“") goes on with its speaker's words. */
  private reported(sentence: string): Attribution | undefined {
    if (!this.lastSpeaker || this.lastQuoteLine < this.line - 1) return undefined;
    const form = sentence.match(/\p{L}+/gu)?.find((word) => reportedSpeech.has(word));
    return form ? { cue: form, speaker: this.lastSpeaker } : undefined;
  }

  /**
   * A quote with no cue: the person its own sentence names before a colon (or "er" / "sie" there);
   * else the person the reporter named since the last quote ("Patrick Dury wird noch deutlicher.
   * „…“"); else whoever spoke just before.
   */
  fallback(beforeQuote: string, line: number): Speaker | undefined {
    if (/:\s*$/.test(beforeQuote)) {
      const named = this.meet(beforeQuote, false).pop();
      if (named) return this.recall(named);
      if (pronouns.has(beforeQuote.trim().split(/\s+/)[0]?.toLowerCase() ?? '')) return this.recentSpeaker();
    }
    if (this.namedSinceQuote && this.recent) return this.recentSpeaker();
    return this.lastQuoteLine >= line - 1 ? this.lastSpeaker : undefined;
  }

  /** „…“, sagte Streeck / so der Minister / erklärt er / heißt es (cue, no speaker). */
  private after(text: string): Attribution | undefined {
    const match = /^[\s\uE000]*[,\u2013\u2014-]?\s*(\p{Ll}+)\s+(.*)$/su.exec(text);
    if (!match) return zufolge(text, this);
    const cue = match[1];
    if (/^es\b/.test(match[2])) return verbs.has(cue) ? { cue } : undefined; // "heißt es", "sagt es": nobody named
    const words = wordsOf(match[2]);
    while (words.length > 1 && starters.has(words[0])) words.shift(); // "räumt auch Pfeiffer ein", "erinnert sich"
    const subject = subjectOf(words) ?? personDescribed(words);
    if (!subject) return verbs.has(cue) ? undefined : zufolge(text, this);
    // After a quote the verb comes first: any verb there, if a pronoun, a known person or a role follows it.
    if (!verbs.has(cue) && !this.standsForPerson(subject)) return undefined;
    return { cue, speaker: this.resolve(subject) };
  }

  /** Er betonte: „…“ / Streeck nannte sie „…“ / sagte der Minister, „…“ / laut Bundesregierung „…“. */
  private before(text: string): Attribution | undefined {
    const words = [...text.matchAll(/[\p{L}\p{N}’'-]+|\uE000+|[,:;.]/gu)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
    for (let i = words.length - 1; i >= 0; i--) {
      const lower = words[i].word.toLowerCase();
      if (GERMAN_SOURCE_CUES.before.includes(lower)) {
        const subject = subjectOf(wordsOf(text.slice(words[i].at + words[i].word.length)));
        return subject ? { cue: lower, speaker: this.resolve(subject) } : undefined;
      }
      if (!verbs.has(lower) || lower === 'so') continue;
      const ahead = text.slice(0, words[i].at);
      const behind = text.slice(words[i].at + words[i].word.length);
      // The subject stands right before the verb (Streeck nannte …), right after it (betonte er),
      // or opens the sentence (Voigt bedankt sich … und sagt dann: …).
      const subject = subjectOf(wordsOf(ahead.split(',')[0]), true) ?? subjectOf(wordsOf(behind)) ?? opening(ahead);
      if (subject) return { cue: lower, speaker: this.resolve(subject) };
      // Someone the clause describes but does not name ("Die Interviewerin fragt: …"), as written.
      const described = personDescribed(wordsOf(ahead.split(',')[0]));
      return { cue: lower, speaker: described?.kind === 'descriptor' ? { name: described.text } : this.recentSpeaker() };
    }
    return undefined;
  }

  /** "er", a person the article names, or a role ("der AfD-Chef"): someone, not an object of the verb. */
  private standsForPerson(subject: Subject): boolean {
    if (subject.kind === 'pronoun') return true;
    if (subject.kind === 'name') return this.find(subject.name.join(' ')) !== undefined;
    return !subject.indefinite && isGermanRole(subject.head);
  }

  private recentSpeaker(): Speaker | undefined {
    return this.recent && speakerOf(this.recent);
  }

  resolve(subject: Subject): Speaker | undefined {
    if (subject.kind === 'pronoun') return this.recentSpeaker();
    if (subject.kind === 'descriptor') {
      if (subject.indefinite) return { name: subject.text };
      const head = lastPart(subject.head);
      const byRole = [...this.people].reverse().find((p) => p.role?.split(/\s+/).some((word) => lastPart(word).startsWith(head) || head.startsWith(lastPart(word))));
      if (byRole) return this.recall(byRole);
      return isGermanRole(subject.head) || subject.person ? this.recentSpeaker() : { name: subject.text };
    }
    const person = this.know(subject.name.join(' '), subject.role.join(' ') || undefined);
    return this.recall(person);
  }

  private recall(person: Person): Speaker {
    this.recent = person;
    return speakerOf(person);
  }

  /** A person by full name, or by surname or first name alone when the article gives one such person. */
  private find(name: string): Person | undefined {
    const exact = this.people.find((p) => p.name === name);
    if (exact || name.includes(' ')) return exact ?? this.people.find((p) => lastWord(p.name) === lastWord(name) && p.name.includes(' '));
    const matches = this.people.filter((p) => p.name.split(' ').includes(name));
    return matches.length === 1 ? matches[0] : matches.find((p) => lastWord(p.name) === name);
  }

  private know(name: string, role?: string): Person {
    const known = this.find(name);
    if (known) {
      if (role && !known.role) known.role = role;
      return known;
    }
    const person: Person = { name, ...(role ? { role } : {}) };
    this.people.push(person);
    return person;
  }

  /**
   * People in a line, in order: a role and a name ("Lehrer Andreas Heller"), a full name with a party
   * ("Hannes Gnauck (AfD)") or an appositive or relative clause ("Jens Aberle, ärztlicher Leiter …",
   * "Annika Poestges, die …"), or a name already known. `notice`: they become the person last spoken of.
   */
  private meet(text: string, notice: boolean): Person[] {
    const words = text.replace(/\uE000+/g, ' , ').split(/\s+/).filter(Boolean);
    const bare = words.map((w) => w.replace(/[,.;:!?)]+$/, ''));
    const met: Person[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(bare[i]) || isFunctionWord(bare[i])) continue;
      const run = capitalisedRun(bare.slice(i));
      const cut = run.findIndex((_, k) => k > 0 && /[,.;:!?)]$/.test(words[i + k - 1]));
      const phrase = cut > 0 ? run.slice(0, cut) : run;
      i += Math.max(0, phrase.length - 1);
      const named = nameOf(phrase);
      if (named?.kind !== 'name') continue;
      // "den Wirkstoff Semaglutid, der …": after an article, capitals are a noun phrase unless a role
      // says who ("…, den Granit Xhaka zusammenfasste": after a comma the article is a relative pronoun).
      const start = i - phrase.length + 1;
      const afterArticle = articles.has((bare[start - 1] ?? '').toLowerCase()) && !/,$/.test(words[start - 2] ?? '');
      if (named.role.length === 0 && afterArticle) continue;
      const after = words.slice(i + 1, i + 4);
      const person = introduces(named, words[i], after)
        ? this.know(named.name.join(' '), named.role.join(' ') || undefined)
        : this.find(named.name.join(' ')) ?? phrase.map((word) => this.find(word)).find(Boolean); // "Bönte Vorteile": a known name before a noun
      if (!person) continue;
      met.push(person);
      if (notice) this.recent = person;
    }
    return met;
  }
}

/** "KI" for "… Künstliche Intelligenz": the initials of the words it follows. */
function isAcronymOf(acronym: string, words: string[]): boolean {
  const initials = words.flatMap((word) => word.split('-')).map((part) => part[0] ?? '').join('').toUpperCase();
  return initials.endsWith(acronym.toUpperCase());
}

/** Does the text around a name introduce a person? A role before it, or a party, appositive or relative clause after it. */
function introduces(named: { name: string[]; role: string[] }, last: string, after: string[]): boolean {
  if (named.role.length > 0) return true;
  if (named.name.length < 2 || !last.endsWith(',') && !/^\(/.test(after[0] ?? '')) return false;
  const party = /^\(([\p{L}-]{2,12})\)?[,.;:]?$/u.exec(after[0] ?? '');
  if (party) return !isAcronymOf(party[1], named.name); // "Begriff Künstliche Intelligenz (KI)" defines an acronym
  if (!last.endsWith(',')) return false;
  if (/^(der|die|das)$/.test(after[0] ?? '')) return /^\p{Ll}/u.test(after[1] ?? ''); // relative clause: "…, die im Haus …"
  return after.slice(0, 2).some((w) => isGermanRole(w.replace(/[,.;:]+$/, ''))); // "…, ärztlicher Leiter der Sektion"
}

const lastWord = (name: string) => name.split(' ').pop() ?? '';
const speakerOf = (person: Person): Speaker => ({ name: person.name, ...(person.role ? { role: person.role } : {}) });

/** Single names right after a speech verb ("sagt Pfeiffer", "so Streeck", "fragt Lehrerin Anna Roth"): people. */
function namedByVerbs(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/(\p{Ll}+)\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)/gu)) {
    if (!verbs.has(match[1])) continue;
    const subject = subjectOf(match[2].split(/\s+/));
    if (subject?.kind === 'name' && subject.name.length === 1) names.push(subject.name[0]);
  }
  // A sentence opened by a name and a speech verb, after a stop or a quote: "… ja?“ Braslavski antwortet: „…“".
  for (const match of text.matchAll(/(?:^|[.!?:\uE000“”"«»]\s+)(\p{Lu}[\p{Ll}-]+)\s+(\p{Ll}+)\b/gmu)) {
    const [, name, verb] = match;
    if (verbs.has(verb) && verb !== 'so' && !isFunctionWord(name) && !isGermanRole(name) && !isOrganisation(name)) names.push(name);
  }
  return names;
}

/** The full name the article gives a surname somewhere ("Rom Braslavski" for Braslavski), not after an article (a noun phrase). */
function fullName(text: string, surname: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`(\\p{L}+\\s+)?(\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}\\p{Ll}+)?) ${escaped}\\b`, 'gu'))) {
    const before = (match[1] ?? '').trim().toLowerCase();
    const first = match[2];
    if (articles.has(before) || starters.has(first.toLowerCase()) || isGermanRole(first) || isOrganisation(first)) continue;
    return `${first} ${surname}`;
  }
  return surnameFirst(text, escaped);
}

/**
 * Names written family name first ("Xi Jinping" for Xi): the name and one capitalised word after
 * it that ends the run, when no given name stands before it anywhere.
 */
function surnameFirst(text: string, escaped: string): string | undefined {
  for (const match of text.matchAll(new RegExp(`(\\p{L}+\\s+)?(${escaped}) (\\p{Lu}[\\p{Ll}]+)(?=[\\s,.;:]+(?:\\p{Ll}|$))`, 'gu'))) {
    const before = (match[1] ?? '').trim().toLowerCase();
    const given = match[3];
    if (articles.has(before) || isFunctionWord(given) || isGermanRole(given) || isOrganisation(given)) continue;
    return `${match[2]} ${given}`;
  }
  return undefined;
}

/** „…“, dem Minister zufolge: the source before "zufolge". */
function zufolge(text: string, reader: GermanReader): Attribution | undefined {
  const match = new RegExp(`^[\\s${MASK}]*,?\\s*((?:\\S+\\s+){0,4}?)(${GERMAN_SOURCE_CUES.after.join('|')})\\b`, 'u').exec(text);
  if (!match) return undefined;
  const subject = subjectOf(wordsOf(match[1]), true);
  return { cue: match[2], speaker: subject && reader.resolve(subject) };
}
