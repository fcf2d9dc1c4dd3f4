/**
 * Tables for finding names of people, places and organisations in running text.
 * Rules as data: extend a table rather than the algorithm in names.ts.
 */

/** Capitalised words that are never part of a name: calendar words. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
am pm gmt bst ist est edt pst pdt cet utc`.split(/\s+/),
);

/** Roles and honorifics written before a name: they split a run ("Chinese President Xi Jinping" → "Chinese", "Xi Jinping"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr prof sir dame lord lady rev father sister brother
president vice prime minister ministers secretary chancellor premier governor mayor senator sen rep representative
congressman congresswoman king queen prince princess pope emperor sheikh ayatollah
general gen colonel col captain capt lieutenant lt sergeant sgt commander admiral officer chief
judge justice attorney prosecutor sheriff detective inspector superintendent
ceo chairman chairwoman chair director spokesman spokeswoman spokesperson head leader deputy foreign defence defense
coach manager striker goalkeeper quarterback pitcher actor actress singer star rapper
st saint`.split(/\s+/),
);

/** Lowercase words allowed inside a name between two capitalised words ("Bank of England", "Osama bin Laden"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'y']);

/** Capitalised words that open a sentence or heading without naming anything. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it its he she they we you i his her their our my your there here
in on at by for from with to of and or but if when while after before as so because although though
what who whom which where why how all some any each every no not yes one two three
breaking update updated live watch read photo video image getty reuters ap afp advertisement related
skip edit reply share click subscribe sign log menu home news`.split(/\s+/),
);

/** Punctuation between two capitalised words that ends a name ("Moscow, Russia", "Reuters (AP)"). */
export const NAME_BREAKS = /[,;:()\[\]{}"“”‘’|\/–—•·]|\s-\s/u;

/**
 * Last words of an organisation's name. One ends a run of two or more name words when a name of two
 * words follows ("the Security Council Dmitry Medvedev" → "Security Council", "Dmitry Medvedev"); a single
 * capitalised word after it stays ("University College London").
 */
export const ORGANISATION_ENDS: ReadonlySet<string> = new Set(
  `council committee commission ministry department agency office bureau authority board
party parliament assembly congress senate court tribunal cabinet government
union federation association alliance league institute university college academy
bank fund company corporation group foundation
army navy force forces police guard`.split(/\s+/),
);

/**
 * German capitalises every noun, so a capital says nothing there. What tells a noun from a name:
 * nouns take articles and determiners ("die Zusammenarbeit", "keine Sanktionen", "im Frühjahr",
 * across adjectives: "die westlichen Sanktionen"); names of people and most places do not ("Putin",
 * "Moskau"). A word the text ever writes after one of these is a noun.
 */
export const GERMAN_DETERMINERS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
unser unsere unseren unserem unserer euer eure dieser diese dieses diesen diesem jeder jede jedes jeden jedem
alle allen aller viele vielen einige einigen mehrere beide beiden beider andere anderen welche solche
im am zum zur vom beim ins ans aufs durchs fürs ums`.split(/\s+/),
);

/**
 * Endings only German common words have: nouns ("Beziehungen", "Botschaft", "Tradition",
 * "Sicherheit") and adjectives capitalised at a sentence's start ("Chinesische", "Politischen").
 */
export const GERMAN_COMMON_ENDINGS = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|ment|ments|chen|nahme|gabe|ische|ischen|ischer|isches|liche|lichen|licher|liches)$/u;

/** Capitalised German words that name nothing: pronouns, openers, calendar words. */
export const GERMAN_NOT_NAMES: ReadonlySet<string> = new Set(
  `ich du er sie es wir ihr man wer was wie wo warum wann laut seit nach vor bei mit für auf aus über unter
und oder aber doch denn dann auch noch schon nun jetzt heute gestern morgen damals zudem außerdem
wenige viele einige mehrere alle beide andere dabei daher deshalb trotzdem jedoch allerdings zunächst
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
august september oktober november dezember uhr prozent euro dass damit um wenn sprich als ob weil da so
sowohl mehr nicht nichts kein keine etwa rund fast erst nur sehr ganz immer wieder bereits gerade`.split(/\s+/),
);
