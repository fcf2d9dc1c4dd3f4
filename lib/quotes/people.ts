/** Who is who in one article: names introduced once, linked from surnames, titles, roles and pronouns. */
import { COURTESY_TITLES, NATIONALITIES, ORGANISATION_WORDS, RELATIONAL_ROLE_NOUNS, ROLE_ABBREVIATIONS, ROLE_NOUNS, ROLE_WORDS } from './rules';

/** Role text lowercased with abbreviations spelled out ("Indiana Gov." → "indiana governor"). */
export function expandRole(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ROLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w)
    .join(' ');
}

export interface Person {
  name: string;
  role?: string;
  /** Country from a nationality word in the role ("Chinese President" → china). */
  country?: string;
  /** Introduced with a title or role, so a first-name or family-name-first mention may link to it. */
  titled: boolean;
  /** Line of the article where the name first appears. */
  firstLine: number;
  organisation?: boolean;
  /** The name's words, split once. */
  tokens: string[];
}

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const roleWords = new Set(ROLE_WORDS);
const courtesy = new Set(COURTESY_TITLES.map((t) => t.toLowerCase()));
const orgWords = new Set(ORGANISATION_WORDS);
const roleNouns = new Set(ROLE_NOUNS);

export const isCourtesyTitle = (w: string): boolean => courtesy.has(lower(w));
export const isRoleWord = (w: string): boolean =>
  roleWords.has(lower(w)) || nationalityOf(w) !== undefined || (w.includes('-') && w.split('-').every((part) => roleWords.has(lower(part))));
export const isRoleNoun = (w: string): boolean => roleNouns.has(lower(w));

const relationalNouns = new Set(RELATIONAL_ROLE_NOUNS);
/** A role that says who someone is to another person ("Chinese counterpart"), not what they are. */
export const isRelationalRole = (role: string): boolean => relationalNouns.has(lower(role.trim().split(/\s+/).pop() ?? ''));

export function nationalityOf(word: string): string | undefined {
  const bare = word.toLowerCase().replace(/['’]s$/, '');
  return NATIONALITIES[bare] ?? NATIONALITIES[lower(bare)];
}

/** Splits a capitalised run into its leading role words and the name ("Chinese President" | "Xi Jinping"). */
export function splitRole(tokens: string[]): { role: string[]; name: string[]; titled: boolean } {
  let k = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (isRoleWord(tokens[i]) || isCourtesyTitle(tokens[i]) || /['’]s$/.test(tokens[i])) k = i + 1;
  }
  const titled = k > 0;
  const role = tokens.slice(0, k).filter((t) => !isCourtesyTitle(t));
  return { role, name: tokens.slice(k), titled };
}

export function looksLikeOrganisation(tokens: string[]): boolean {
  return tokens.some((t) => orgWords.has(lower(t)));
}

const countries = new Set(Object.values(NATIONALITIES));

function countryIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const w of text.split(/\s+/)) {
    const word = lower(w).replace(/['’]s$/, '');
    const country = NATIONALITIES[word] ?? (countries.has(word) ? word : undefined);
    if (country) return country;
  }
  return undefined;
}

/** The people (and named organisations) of one article, in order of first mention. */
export class PeopleBook {
  readonly people: Person[] = [];
  /** People by the last and by the first word of their name (multi-word names only). */
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();

  private add(person: Person): void {
    this.people.push(person);
    if (person.tokens.length < 2) return;
    const index = (map: Map<string, Person[]>, key: string) => map.set(key, [...(map.get(key) ?? []), person]);
    index(this.bySurname, person.tokens[person.tokens.length - 1]);
    index(this.byFirst, person.tokens[0]);
  }

  private latest(list: Person[] | undefined, ok: (p: Person) => boolean = () => true): Person | undefined {
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (list[i].firstLine <= this.line && ok(list[i])) return list[i];
    return undefined;
  }
  /** Only people named up to this line are visible to links and descriptors. */
  line = Number.MAX_SAFE_INTEGER;

  /** Most recent first. */
  private visibleRecent(): Person[] {
    const out: Person[] = [];
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].firstLine <= this.line) out.push(this.people[i]);
    return out;
  }

  /** Records a full name with its role; returns the person (existing one when already known). */
  introduce(name: string, role?: string, titled = false, line = this.line): Person {
    const known = this.people.find((p) => p.name === name);
    if (known) {
      if (role && (!known.role || (isRelationalRole(known.role) && !isRelationalRole(role)))) {
        known.role = role;
        known.country = countryIn(role);
      }
      known.titled ||= titled;
      return known;
    }
    const person: Person = { name, role, country: countryIn(role), titled, firstLine: line, tokens: name.split(/\s+/) };
    this.add(person);
    return person;
  }

  /** Records a named organisation ("Russia’s Defense Ministry"), for "the ministry said". */
  introduceOrganisation(name: string, line: number): void {
    if (!this.people.some((p) => p.name === name)) {
      this.add({ name, titled: false, firstLine: line, organisation: true, tokens: name.split(/\s+/) });
    }
  }

  /** Links a mention ("Putin", "Sir Keir", "Xi") to a full name already introduced. */
  link(mention: string): Person | undefined {
    const tokens = mention.split(/\s+/).filter((t) => !isCourtesyTitle(t));
    if (tokens.length === 0) return undefined;
    const joined = tokens.join(' ');
    const exact = this.latest(this.bySurname.get(tokens[tokens.length - 1]), (p) => p.name === joined);
    if (exact) return exact;
    const single = (word: string, whole?: string): Person | undefined => this.linkSingle(word, whole) ?? this.linkAhead(word, whole);
    if (tokens.length === 1) return single(tokens[0]);
    return single(tokens[tokens.length - 1], tokens.join(' '));
  }

  /** A name mentioned before its full introduction (headlines, cataphora) links to the later full name. */
  private linkAhead(word: string, whole?: string): Person | undefined {
    const saved = this.line;
    this.line = Number.MAX_SAFE_INTEGER;
    const person = this.linkSingle(word, whole);
    this.line = saved;
    return person;
  }

  private linkSingle(word: string, whole?: string): Person | undefined {
    const bySurname = this.latest(this.bySurname.get(word), (p) => !whole || p.name.endsWith(whole) || whole.endsWith(p.name));
    if (bySurname || whole) return bySurname;
    return this.latest(this.byFirst.get(word));
  }

  /**
   * Resolves a descriptor ("the Russian president", "the bank", "the ministry"): a person whose
   * role or name holds the head noun, else the most recent candidate whose country does not conflict.
   */
  describe(descriptor: string, candidates: Person[]): Person | undefined {
    const words = descriptor.toLowerCase().split(/\s+/).filter((w) => !['the', 'a', 'an'].includes(w));
    const head = words[words.length - 1];
    const country = countryIn(descriptor);
    const stem = head.replace(/(s|es)$/, '').slice(0, 5);
    const compatible = (p: Person): boolean => !country || !p.country || p.country === country;
    const hasHead = (p: Person): boolean =>
      expandRole(`${p.role ?? ''} ${p.name}`).split(/[\s’']+/).some((w) => w.startsWith(stem));
    const visible = this.visibleRecent();
    const byName = visible.find((p) => p.organisation && p.name.toLowerCase().split(/\s+/).includes(head));
    if (byName) return byName;
    const byRole =
      visible.find((p) => country !== undefined && p.country === country && hasHead(p)) ??
      visible.find((p) => compatible(p) && hasHead(p));
    if (byRole) return byRole;
    const pool = candidates.length ? candidates : [];
    return [...pool].reverse().find((p) => p.firstLine <= this.line && (country ? p.country === country : false) && isPersonLike(p)) ??
      [...pool].reverse().find((p) => p.firstLine <= this.line && compatible(p) && isPersonLike(p));
  }
}

function isPersonLike(p: Person): boolean {
  return !p.organisation && !looksLikeOrganisation(p.tokens);
}
