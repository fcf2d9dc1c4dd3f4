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

export function castOf(lines: string[], book: PeopleBook): void {
  lines.forEach((line, index) => {
    const masked = maskQuotes(line, quoteSpans(line));
    for (const run of capitalisedRuns(masked)) {
      const tokens = run.text.split(/\s+/);
      if (tokens.length > 1 && looksLikeOrganisation(tokens)) {
        book.introduceOrganisation(tokens.join(' '), index);
        continue;
      }
      const { role, name, titled } = splitRole(tokens);
      if (name.length < 2 || name.length > 4) continue;
      if (name.some((w) => isRoleWord(w) || /['’]s$/.test(w))) continue;
      const before = roleBefore(masked.slice(0, run.start));
      const written = [...before, ...role].join(' ') || roleAfter(masked.slice(run.end));
      book.introduce(name.join(' '), written || undefined, titled || Boolean(written), index);
    }
  });
}
