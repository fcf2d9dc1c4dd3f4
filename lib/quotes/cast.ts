/** First pass over an article: introduce every named person with the role written next to the name. */
import { maskQuotes, quoteSpans } from './marks';
import { capitalisedRuns } from './mentions';
import { FUNCTION_WORDS } from './rules';
import { isRoleNoun, isRoleWord, looksLikeOrganisation, splitRole, type PeopleBook } from './people';

const functionWords = new Set([...FUNCTION_WORDS, 'said', 'says', 'told']);

/** Lowercase role words right before a name: "the resort's general manager Garrett Turta". */
function roleBefore(text: string): string[] {
  const words = text.trimEnd().split(/\s+/);
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0 && role.length < 4; i--) {
    const w = words[i].replace(/[,;]$/, '');
    const modifier = role.length > 0 && isRoleNoun(role[role.length - 1]) && !functionWords.has(w.toLowerCase()) && /^[\p{L}’'-]+$/u.test(w);
    if (w !== words[i] || !(isRoleNoun(w) || isRoleWord(w) || modifier)) break;
    role.unshift(w);
  }
  return role;
}

/** An appositive role right after a name: ", a senior fellow at the Carnegie Endowment,". */
function roleAfter(text: string): string | undefined {
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;\uE000]{3,90})(?=[,.;]|$)/.exec(text);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  return words.slice(0, 4).some((w) => isRoleNoun(w)) ? m[1].trim() : undefined;
}

/**
 * A name written straight after a name the article uses on its own is two names run together:
 * "Marketing Manager at Ocean Florida Abby Dunn" where "Ocean Florida" stands alone elsewhere.
 */
function withoutKnownPrefix(tokens: string[], standalone: Set<string>): string[] {
  for (let cut = tokens.length - 2; cut >= 2; cut--) {
    if (standalone.has(tokens.slice(0, cut).join(' '))) return tokens.slice(cut);
  }
  return tokens;
}

export function castOf(lines: string[], book: PeopleBook): void {
  const masked = lines.map((line) => maskQuotes(line, quoteSpans(line)));
  const runs = masked.map((text) => capitalisedRuns(text));
  const standalone = new Set(runs.flat().map((run) => run.text));
  masked.forEach((text, index) => {
    for (const run of runs[index]) {
      const tokens = withoutKnownPrefix(run.text.split(/\s+/), standalone);
      const { role, name, titled } = splitRole(tokens);
      // "Bank of England Governor Andrew Bailey" is a person with a role; "Royal Bank of Canada" a body.
      const named = role.length > 0 && name.length >= 2 ? name : tokens;
      if (tokens.length > 1 && looksLikeOrganisation(named)) {
        book.introduceOrganisation(tokens.join(' '), index);
        continue;
      }
      if (name.length < 2 || name.length > 4) continue;
      if (name.some((w) => isRoleWord(w) || /['’]s$/.test(w))) continue;
      const before = roleBefore(text.slice(0, run.start));
      const written = [...before, ...role].join(' ') || roleAfter(text.slice(run.end));
      book.introduce(name.join(' '), written || undefined, titled || Boolean(written), index);
    }
  });
}
