/** Who said a quote: the cue next to it, the speaker phrase at the cue, resolved to a person. */
import { cuesIn, type CueHit } from './cues';
import { MASK } from './marks';
import { speakerPhrase, mentionsIn, type Mention } from './mentions';
import { isRelationalRole, looksLikeOrganisation, PeopleBook, splitRole, type Person } from './people';
import { PASSIVE_MARKERS, PERSON_ROLE_NOUNS } from './rules';
import { ABBREVIATION_DOT, hideAbbreviationDots, type Sentence } from './sentences';

export interface Speaker {
  name: string;
  role?: string;
  person?: Person;
}

export interface Attribution {
  speaker?: Speaker;
  cue: string;
}

/** Running state over an article: people, the last sentence subject, the last speaker. */
export class ReadingContext {
  readonly book = new PeopleBook();
  /** Sentences read since the subject was last worked out (it is worked out only when asked for). */
  private pending: { text: string; line: number }[] = [];
  private known?: Speaker;

  /** The subject of the latest sentence that has one (pronouns resolved). */
  get subject(): Speaker | undefined {
    while (this.pending.length) {
      const latest = this.pending.pop()!;
      const saved = this.book.line;
      this.book.line = latest.line;
      const subject = sentenceSubject(latest.text, this);
      this.book.line = saved;
      if (subject) {
        this.pending = [];
        this.known = subject;
        this.note(subject);
      }
    }
    return this.known;
  }

  set subject(speaker: Speaker | undefined) {
    this.pending = [];
    this.known = speaker;
  }

  /** Records a sentence of reporter's text; its subject is resolved lazily. */
  read(text: string, line: number): void {
    this.pending.push({ text, line });
  }

  lastSpeaker?: Speaker;
  lastQuoteLine = -10;
  seen: Person[] = [];

  note(speaker: Speaker | undefined): void {
    if (speaker?.person && !this.seen.includes(speaker.person)) this.seen.push(speaker.person);
  }
}

const personRoleNouns = new Set(PERSON_ROLE_NOUNS);

function fromPerson(person: Person): Speaker {
  return { name: person.name, role: person.role, person };
}

/** A name mention → a known person, or a new one (organisations and unknown single names kept as written). */
function resolveName(text: string, ctx: ReadingContext): Speaker {
  const bare = text.replace(/^the\s+/i, '');
  const linked = ctx.book.link(bare);
  if (linked) return fromPerson(linked);
  const { role, name, titled } = splitRole(bare.split(/\s+/));
  const person = ctx.book.link(name.join(' ')) ?? (name.length > 1 ? ctx.book.introduce(name.join(' '), role.join(' ') || undefined, titled) : undefined);
  return person ? fromPerson(person) : { name: text };
}

/** A name mention that links to someone already introduced (no new person). */
function linkedName(text: string, ctx: ReadingContext): Speaker | undefined {
  const bare = text.replace(/^the\s+/i, '');
  const person = ctx.book.link(bare) ?? ctx.book.link(splitRole(bare.split(/\s+/)).name.join(' '));
  return person ? fromPerson(person) : undefined;
}

export function resolveMention(m: Mention, ctx: ReadingContext, before: Mention[] = []): Speaker | undefined {
  if (m.kind === 'name') return resolveName(m.text, ctx);
  if (m.kind === 'pronoun') {
    for (const b of before) {
      if (b.kind === 'pronoun' || b.start >= m.start || b.afterPreposition) continue;
      const s = b.kind === 'name' ? linkedName(b.text, ctx) : resolveMention(b, ctx);
      if (s?.person) return s;
    }
    return personal(ctx.subject);
  }
  const head = m.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  const definite = /^the\s/i.test(m.text);
  const candidates = definite && personRoleNouns.has(head) ? [...ctx.book.people.filter((p) => !ctx.seen.includes(p)), ...ctx.seen] : [];
  const person = ctx.book.describe(m.text, candidates);
  if (person && (definite || candidates.length)) return fromPerson(person);
  return { name: m.text.replace(/^(the|a|an)\s+/i, (d) => d.toLowerCase()) };
}

/** "He" and "she" stand for a person (so does a quote with no cue): never for a bank or a ministry the last sentence was about. */
export function personal(speaker: Speaker | undefined): Speaker | undefined {
  return speaker?.person?.organisation ? undefined : speaker;
}

/** The subject of a sentence: its first mention of someone, resolved. */
export function sentenceSubject(masked: string, ctx: ReadingContext): Speaker | undefined {
  const cue = cuesIn(masked).find((c) => c.kind === 'verb');
  if (cue && !isPassive(masked.slice(0, cue.start))) {
    const np = speakerPhrase(masked.slice(0, cue.start));
    const speaker = np && np.kind !== 'pronoun' ? resolveMention({ ...np, start: cue.start }, ctx) : undefined;
    if (speaker?.person) return speaker;
  }
  const mentions = mentionsIn(masked);
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (m.kind === 'descriptor' && next?.kind === 'name' && next.start - m.end <= 3) continue;
    if (m.kind === 'name') {
      const owner = /^(.*)['’]s$/.exec(m.text)?.[1];
      // "Sandra Lindsay’s sister told": the owner is not the subject; "Ms Narker’s book is out": she is.
      if (owner && isRelationalRole(/^\s*(\p{L}+)/u.exec(masked.slice(m.end))?.[1] ?? '')) continue;
      const linked = linkedName(owner ?? m.text, ctx);
      if (linked) return linked;
      continue;
    }
    if (m.kind === 'pronoun') return personal(ctx.subject);
    const s = resolveMention(m, ctx, mentions);
    if (s?.person) return s;
  }
  return undefined;
}

const INVERTED = /^[\s,]*(said|says|added|adds|told|asked|wrote|writes|continued|explained|insisted|noted|stated|warned|argued|replied|responded|recalled)\s+((?:[^,.;:\uE000]|,(?=\s*\d))+?)(?=\s*(?:[,.;:\uE000]|\s(?:in|on|at|during|who|when|after|before|from|of|to|via)\s|$))/i;

const passive = new RegExp(`\\b(?:${PASSIVE_MARKERS.join('|')})\\s+(?:\\w+ly\\s+)?$`, 'i');

/** "Ishiba was asked": the subject did not say it. */
function isPassive(beforeCue: string): boolean {
  return passive.test(beforeCue);
}

interface Candidate {
  attribution: Attribution;
  distance: number;
}

function speakerAt(np: string, ctx: ReadingContext, sentenceText: string, offset: number): Speaker | undefined {
  const mention = speakerPhrase(np);
  if (!mention) return undefined;
  const before = mentionsIn(sentenceText.slice(0, offset));
  return resolveMention({ ...mention, start: offset }, ctx, before);
}

/** The source after "according to": a known speaker, else the phrase as written ("the documents"). */
function sourceNamed(np: string, ctx: ReadingContext): Speaker | undefined {
  const text = np.replace(/\uE000+/g, ' ').trim();
  if (!text || text.split(/\s+/).length > 10) return undefined;
  const speaker = speakerAt(text, ctx, '', 0);
  return speaker?.person ? speaker : { name: text };
}

/** A clause between a quote and a later cue: the cue is not the quote's ("and" joining names, "Florida and New York", is not one). */
const CLAUSE_BETWEEN = /\b(?:while|and(?=\s+\p{Ll})|but|that|which|whereas|when|as|although)\b/u;

/** Words between a quote and its cue: a speaker with a role, or an appositive chain ("Lina Khatib, an expert on the conflict at U.K. think-tank Chatham House,"). */
const MAX_SPEAKER_WORDS = 12;
const MAX_APPOSITIVE_WORDS = 20;

/** More words than a speaker phrase takes: a clause of its own stands between quote and cue. */
function tooLongForSpeaker(np: string): boolean {
  const words = np.split(/\s+/).filter(Boolean).length;
  return words > (/,\s*$/.test(np) ? MAX_APPOSITIVE_WORDS : MAX_SPEAKER_WORDS);
}

/** `“…,” Peter White, SVP of enterprise AI and automation at Automation Anywhere, told`: the name right after the quote, whatever its role says. */
const NAME_THEN_APPOSITIVE = /^\s*,?\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}),\s[^\uE000]*,\s*$/u;

/** Attribution after the quote: `“…,” he said` or `“…,” said Alexander Gabuev`. */
function afterQuote(masked: string, s: Sentence, close: number, ctx: ReadingContext): Candidate | undefined {
  const after = masked.slice(close, s.end);
  if (after.trimStart().startsWith(MASK)) return undefined;
  // `said C. Eugene Steuerle, a fellow…`: an initial's or a title's dot does not end the name.
  const inverted = INVERTED.exec(hideAbbreviationDots(after));
  if (inverted) {
    const speaker = speakerAt(inverted[2].replaceAll(ABBREVIATION_DOT, '.'), ctx, masked.slice(s.start, close), close - s.start);
    if (speaker) return { attribution: { speaker, cue: inverted[1].toLowerCase() }, distance: 0 };
  }
  const upTo = after.search(/\uE000/);
  const window = upTo < 0 ? after : after.slice(0, upTo);
  const cue = cuesIn(window)[0];
  if (!cue) return undefined;
  if (cue.kind === 'source') {
    const np = window.slice(cue.end).split(/[,.;]/)[0];
    return { attribution: { speaker: sourceNamed(np, ctx), cue: cue.cue }, distance: cue.start };
  }
  const np = window.slice(0, cue.start);
  if (cue.kind === 'participle') return undefined;
  const named = NAME_THEN_APPOSITIVE.exec(np);
  if (named && !tooLongForSpeaker(np) && !looksLikeOrganisation(named[1].split(/\s+/))) {
    const speaker = speakerAt(named[1], ctx, masked.slice(s.start, close), close - s.start);
    if (speaker) return { attribution: { speaker, cue: cue.cue }, distance: cue.start };
  }
  if (CLAUSE_BETWEEN.test(np)) return undefined;
  // A "." here is an abbreviation ("U.K."): the sentence splitter already decided the sentence goes on.
  if (tooLongForSpeaker(np) || /[;:]/.test(np)) return undefined;
  const speaker = speakerAt(np, ctx, masked.slice(s.start, close + cue.start), close - s.start);
  return speaker ? { attribution: { speaker, cue: cue.cue }, distance: cue.start } : undefined;
}

/** Attribution before the quote, in the same sentence: `Putin added that … “the best in history”`. */
function beforeQuote(masked: string, s: Sentence, open: number, ctx: ReadingContext): Candidate | undefined {
  const before = masked.slice(s.start, open);
  const cues = cuesIn(before);
  const cue: CueHit | undefined = cues[cues.length - 1];
  if (!cue) return undefined;
  const distance = before.length - cue.end;
  if (cue.kind === 'source') {
    const np = before.slice(cue.end).split(/[,;:]/)[0];
    return { attribution: { speaker: sourceNamed(np, ctx), cue: cue.cue }, distance };
  }
  if (cue.kind === 'participle') {
    const earlier = cues.slice(0, -1).reverse().find((c) => c.kind === 'verb');
    const speaker = earlier ? speakerAt(before.slice(0, earlier.start), ctx, before, earlier.start) : sentenceSubject(before, ctx);
    return { attribution: { speaker: speaker ?? ctx.subject, cue: cue.cue }, distance };
  }
  if (isPassive(before.slice(0, cue.start))) return { attribution: { cue: cue.cue }, distance };
  if (/\bto\s+$/i.test(before.slice(0, cue.start))) {
    const subject = sentenceSubject(before.slice(0, cue.start), ctx) ?? ctx.subject;
    return subject ? { attribution: { speaker: subject, cue: cue.cue }, distance } : undefined;
  }
  const speaker = speakerAt(before.slice(0, cue.start), ctx, before, cue.start) ?? sentenceSubject(before.slice(0, cue.start), ctx);
  return speaker ? { attribution: { speaker, cue: cue.cue }, distance } : undefined;
}

/** The best attribution for a quote span in its sentence, or undefined when the sentence has none. */
export function attributeQuote(
  masked: string,
  sentence: Sentence,
  span: { open: number; close: number },
  ctx: ReadingContext,
): Attribution | undefined {
  const after = afterQuote(masked, sentence, span.close, ctx);
  const before = beforeQuote(masked, sentence, span.open, ctx);
  if (after && before) return after.distance <= before.distance ? after.attribution : before.attribution;
  return (after ?? before)?.attribution;
}
