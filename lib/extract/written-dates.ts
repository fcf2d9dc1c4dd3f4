/**
 * Dates as pages write them for readers ("Updated August 19, 2025", "16. März 2024",
 * "12.12.2025", "2025年12月18日"), in any of the languages below: the first one in a text,
 * as YYYY-MM-DD (a written date says nothing about the time zone).
 */

/** Month names per language, January first. Genitive forms where a language writes dates with them. */
export const MONTH_NAMES: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  el: ['ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
};

/** Shortest abbreviation read as a month ("Sep", "déc."): shorter ones are too often words. */
const MIN_ABBREVIATION = 3;

/**
 * Every full month name, and every abbreviation, read as the month most languages above mean by it
 * ("Mar" is March in twelve of them, November only as the start of Finnish "marraskuuta"); an
 * abbreviation that languages split evenly ("jui": juin, juillet) is not read.
 */
const MONTHS: Map<string, number> = buildMonths();

/** The month (1–12) a name or abbreviation means, in any language above ("oct", "october", "okt"). */
export const monthNumber = (name: string): number | undefined => MONTHS.get(name.toLowerCase());

function buildMonths(): Map<string, number> {
  const votes = new Map<string, Map<number, number>>();
  for (const names of Object.values(MONTH_NAMES)) {
    names.forEach((name, index) => {
      for (let length = MIN_ABBREVIATION; length < name.length; length++) {
        const prefix = name.slice(0, length);
        const months = votes.get(prefix) ?? new Map<number, number>();
        months.set(index + 1, (months.get(index + 1) ?? 0) + 1);
        votes.set(prefix, months);
      }
    });
  }
  const months = new Map<string, number>();
  for (const [prefix, counts] of votes) {
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!second || first[1] > second[1]) months.set(prefix, first[0]);
  }
  for (const names of Object.values(MONTH_NAMES)) names.forEach((name, index) => months.set(name, index + 1));
  return months;
}

const DAY = String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?`;
const NAME = String.raw`([\p{L}]{3,})\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;

/**
 * The written forms, in the order they are tried on each text: each gives the year, month and
 * day positions of its groups (a month name is looked up in MONTHS).
 */
export const WRITTEN_DATE_FORMS: { pattern: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd']; dayFirstElsewhere?: boolean }[] = [
  // 19 August 2025, 16. März 2024, 5 de marzo de 2024, 20 December, 2025
  { pattern: new RegExp(String.raw`${DAY}\s*(?:de\s+)?${NAME},?\s+(?:de\s+)?${YEAR}`, 'iu'), order: ['d', 'm', 'y'] },
  // August 19, 2025; Dec 15th 2025
  { pattern: new RegExp(String.raw`${NAME}\s+${DAY},?\s+${YEAR}`, 'iu'), order: ['m', 'd', 'y'] },
  // 2023 Jan 7 (citations)
  { pattern: new RegExp(String.raw`(?<!\d)${YEAR}\s+${NAME}\s+${DAY}(?!\d)`, 'iu'), order: ['y', 'm', 'd'] },
  // 2025-02-22, 2025.12.18, 2025/12/18, 2025年12月18日, 2025. 12. 18.
  { pattern: /(?<!\d)((?:19|20)\d\d)\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})(?!\d)/u, order: ['y', 'm', 'd'] },
  // 12.12.2025, 23.07.2025 (day first wherever dots are used)
  { pattern: /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)/u, order: ['d', 'm', 'y'] },
  // 03/01/2017: month first (the American habit) unless the page's language writes the day first
  // (see writtenDates), or the first number cannot be a month
  { pattern: /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/u, order: ['m', 'd', 'y'], dayFirstElsewhere: true },
];

/** Languages that write a slashed date month first ("en", "en-US"); every other one writes the day first ("02/12/2024" in Spanish is 2 December). */
export const MONTH_FIRST_LANGUAGES = /^en(?:[-_]us)?$/i;

/** The forms compiled once for matchAll (detection reads dates on every page's main thread). */
const GLOBAL_FORMS = WRITTEN_DATE_FORMS.map(({ pattern, order, dayFirstElsewhere }) => ({ pattern: new RegExp(pattern.source, `${pattern.flags}g`), order, dayFirstElsewhere }));

/** A date found in a text: where it starts and ends, and the day as YYYY-MM-DD. */
export interface WrittenDate {
  at: number;
  end: number;
  date: string;
}

/** Every date written in the text, in order; `lang` (the page's language, when known) says which way a slashed date reads. */
export function writtenDates(text: string, lang?: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  const dayFirst = !!lang && !MONTH_FIRST_LANGUAGES.test(lang.trim());
  for (const { pattern, order, dayFirstElsewhere } of GLOBAL_FORMS) {
    const read: typeof order = dayFirst && dayFirstElsewhere ? ['d', 'm', 'y'] : order;
    for (const match of text.matchAll(pattern)) {
      const date = dateOf(match, read);
      const at = match.index ?? 0;
      if (date && !found.some((f) => at < f.end && f.at < at + match[0].length)) found.push({ at, end: at + match[0].length, date });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The first date written in the text, as YYYY-MM-DD, or null. */
export function firstWrittenDate(text: string): string | null {
  return writtenDates(text)[0]?.date ?? null;
}

function dateOf(match: RegExpMatchArray, order: ('y' | 'm' | 'd')[]): string | null {
  const parts: Record<string, number> = {};
  for (let i = 0; i < 3; i++) {
    const raw = match[i + 1];
    parts[order[i]] = order[i] === 'm' && /\D/.test(raw) ? (MONTHS.get(raw.toLowerCase()) ?? 0) : Number(raw);
  }
  let { y, m, d } = parts;
  if (m > 12 && d <= 12 && !/\D/.test(match[order.indexOf('m') + 1])) [m, d] = [d, m];
  if (!y || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date line is this short, and its date starts it ("April 8, 2024", "23.07.2025 · 6 min read"): a metadata line, not prose. */
const MAX_DATE_LINE_CHARS = 40;
const MAX_DATE_OFFSET = 10;

/** The date of a short line that starts with one, else undefined. */
export function dateLine(line: string | undefined, lang?: string): string | undefined {
  const date = line && line.length <= MAX_DATE_LINE_CHARS ? writtenDates(line, lang)[0] : undefined;
  return date && date.at <= MAX_DATE_OFFSET ? date.date : undefined;
}
