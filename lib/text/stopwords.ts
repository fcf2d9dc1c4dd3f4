import { isGerman } from './language';
/**
 * English function words: carry no topic, so lexical matching ignores them.
 * Kept as data; add a word here rather than special-casing it in code.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she
she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's
with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
said says say saying told tell according just like will may might must shall also yet still even though although
however since per via upon within without across along among around toward towards onto unless whether
s t re ve ll d m one two three new mr mrs ms`.split(/\s+/),
);

/**
 * German function words, read in German text instead of the English ones: without them "der",
 * "und", "nicht" were the terms two unrelated German articles shared (rare, so weighty, in a
 * corpus of mostly English news), and "war" or "will" met their English false friends.
 */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern nicht kein keine
keinen keinem keiner ist sind war waren wird werden wurde wurden worden sein seine seinen seinem seiner ihr
ihre ihren ihrem ihrer hat haben hatte hatten habe kann können konnte konnten muss müssen musste soll sollen
sollte will wollen wollte darf dürfen mag möchte er sie es wir ich du man sich mich mir uns euch ihm ihn
ihnen wer was wie wo wann warum welche welcher welches dieser diese dieses diesen diesem jener jede jeder
jedes jeden jedem alle allen aller auch noch schon nur sehr so als wenn dass ob weil da dann damit denn
bei mit von vom zu zum zur im in am an auf aus für über unter vor nach seit bis durch gegen ohne um zwischen
während wegen trotz beim ins ans hier dort heute gestern morgen jetzt nun immer wieder mehr viel viele
etwa rund bereits sowie zudem jedoch allerdings laut sagte sagt sagten erklärte gibt gab etwas nichts
selbst sei seien wäre wären würde würden hätte hätten einmal mal ja nein`.split(/\s+/),
);

/** True when the word (lowercased) is a function word (of German text when `lang` is German). */
export function isStopword(word: string, lang?: string): boolean {
  return isGerman(lang) ? GERMAN_STOPWORDS.has(word) : STOPWORDS.has(word);
}
