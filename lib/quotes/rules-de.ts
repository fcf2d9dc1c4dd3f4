/**
 * German rules as data: speech cues, role words, pronouns. German reports put the attribution after
 * the quote with the verb first („…“, sagte Streeck / so der Minister) or before it, after a colon
 * (Streeck betonte: „…“). Each table has a test in tests/unit/quotes/german.test.ts; add a row, not code.
 */

/**
 * Speech verbs as written in reports (present and past; plural forms where a group speaks). A
 * separable verb is listed by its first part ("fügte … hinzu", "räumte … ein"): the particle comes
 * after the speaker and is left out of the cue.
 */
export const GERMAN_SPEECH_VERBS = [
  'sagte', 'sagt', 'sagten', 'sagen', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'betonten',
  'meinte', 'meint', 'erzählte', 'erzählt', 'bestätigte', 'bestätigt', 'warnte', 'warnt', 'warnten',
  'kritisierte', 'kritisiert', 'ergänzte', 'ergänzt', 'fügte', 'fügt', 'schrieb', 'schreibt', 'forderte',
  'fordert', 'fragte', 'fragt', 'antwortete', 'antwortet', 'berichtete', 'berichtet', 'beschrieb',
  'beschreibt', 'räumte', 'räumt', 'stellte', 'stellt', 'mahnte', 'mahnt', 'urteilte', 'urteilt',
  'resümierte', 'resümiert', 'versprach', 'verspricht', 'kündigte', 'kündigt', 'teilte', 'teilt',
  'erinnerte', 'erinnert', 'unterstrich', 'unterstreicht', 'bekräftigte', 'bekräftigt', 'lobte', 'lobt',
  'klagte', 'klagt', 'beklagte', 'beklagt', 'verriet', 'verrät', 'gab', 'gibt', 'rief', 'ruft',
  'appellierte', 'appelliert', 'äußerte', 'äußert', 'sprach', 'spricht', 'nannte', 'nennt',
  'bezeichnete', 'bezeichnet', 'schätzte', 'schätzt', 'glaubt', 'glaubte', 'findet', 'fand', 'twitterte',
  'postete', 'zitierte', 'zitiert', 'entgegnete', 'entgegnet', 'widersprach', 'widerspricht', 'wandte',
  'beteuerte', 'beteuert', 'versicherte', 'versichert', 'prognostizierte', 'prognostiziert', 'schimpfte',
  'schimpft', 'protestierte', 'protestiert', 'kommentierte', 'kommentiert', 'konterte', 'kontert',
  'bilanzierte', 'bilanziert', 'jubelte', 'jubelt', 'reagierte', 'reagiert', 'so',
];

/** Cues that name a source rather than a speaker: "laut Bundesregierung", "dem Minister zufolge". */
export const GERMAN_SOURCE_CUES = { before: ['laut'], after: ['zufolge'] };

/** Subject pronouns standing for the person last spoken of. */
export const GERMAN_PRONOUNS = ['er', 'sie'];

/** Articles that open a descriptor ("der CDU-Politiker", "eine Sprecherin des Ministeriums"). */
export const GERMAN_ARTICLES = ['der', 'die', 'das', 'ein', 'eine', 'einer', 'des', 'dem', 'den'];

/**
 * Endings of role nouns, so compounds count too ("Verteidigungsminister", "CDU-Politikerin",
 * "Unionsabgeordnete", "Endokrinologe"): a capitalised word ending in one of these (with or
 * without -in / -innen) is who someone is, not their name.
 */
export const GERMAN_ROLE_ENDINGS = [
  'kanzler', 'minister', 'präsident', 'sprecher', 'chef', 'leiter', 'vorsitzende', 'vorsitzender',
  'politiker', 'abgeordnete', 'abgeordneter', 'experte', 'expertin', 'arzt', 'ärztin', 'lehrer',
  'schüler', 'professor', 'direktor', 'trainer', 'meister', 'rektor', 'sekretär', 'führer', 'gründer',
  'autor', 'forscher', 'loge', 'login', 'wissenschaftler', 'mediziner', 'anwalt', 'anwältin', 'richter',
  'sprecherin', 'bürgermeister', 'beauftragte', 'beauftragter', 'vertreter', 'mitglied', 'kollege',
  'kollegin', 'ökonom', 'ökonomin', 'analyst', 'analystin', 'manager', 'managerin', 'berater',
  'beraterin', 'chefin', 'sänger', 'sängerin', 'spieler', 'spielerin', 'kapitän', 'pfarrer', 'bischof',
  'botschafter', 'general', 'kommissar', 'kommissarin', 'dozent', 'dozentin', 'inhaber', 'inhaberin',
  'bewohner', 'bewohnerin', 'nutzer', 'nutzerin', 'user', 'mitarbeiter', 'mitarbeiterin', 'kandidat',
  'kandidatin', 'jährige', 'jähriger', 'promoter', 'moderator', 'intendant', 'kommentator', 'reporter',
  'spitzenmann', 'spitzenfrau', 'fachmann', 'fachfrau', 'geschäftsmann', 'geschäftsfrau',
];

/** Lower-case words that may sit inside a name ("Ursula von der Leyen"). */
export const GERMAN_NAME_PARTICLES = ['von', 'van', 'de', 'der', 'den', 'di', 'da', 'del'];

/** Endings of organisations that speak ("die Polizei", "das Schulministerium", "die Bundesregierung"). */
export const GERMAN_ORGANISATION_ENDINGS = [
  'ministerium', 'regierung', 'polizei', 'partei', 'verband', 'gewerkschaft', 'behörde', 'amt', 'gericht',
  'staatsanwaltschaft', 'unternehmen', 'konzern', 'bank', 'verein', 'kommission', 'rat', 'agentur',
  'institut', 'stiftung', 'fraktion', 'feuerwehr', 'klinik', 'klinikum', 'krankenhaus', 'universität',
  'hochschule', 'zentrum', 'gesellschaft', 'bundeswehr', 'armee',
];

/** Capitalised words that open sentences but are never a speaker ("Dann sagte er", "Mit Blick auf …"). */
export const GERMAN_SENTENCE_STARTERS = [
  'dann', 'auch', 'doch', 'aber', 'und', 'oder', 'gleichzeitig', 'zudem', 'außerdem', 'später', 'jetzt',
  'nun', 'heute', 'gestern', 'damals', 'deshalb', 'daher', 'so', 'zuvor', 'danach', 'dabei', 'darin',
  'dazu', 'hier', 'dort', 'immer', 'noch', 'schon', 'trotzdem', 'allerdings', 'jedoch', 'bereits',
  'zunächst', 'anschließend', 'am', 'im', 'in', 'mit', 'nach', 'vor', 'bei', 'für', 'auf', 'aus', 'über',
  'unter', 'seit', 'laut', 'wie', 'was', 'wer', 'warum', 'als', 'wenn', 'weil', 'da', 'dass', 'ob', 'es',
  'das', 'dies', 'diese', 'dieser', 'dieses', 'man', 'wir', 'ich', 'ihr', 'du', 'sein', 'seine', 'ihre',
  'vielmehr', 'stattdessen', 'sprich', 'kurz', 'etwa', 'zwar', 'denn', 'sondern', 'nicht', 'kein', 'keine',
  'sich', 'umso', 'beispielsweise', 'insgesamt', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht',
  'neun', 'zehn', 'anfang', 'ende', 'mitte', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
  'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'herr', 'frau', 'davon', 'darauf', 'daraus', 'damit', 'dafür',
  'dagegen', 'darüber', 'dadurch', 'gegenüber', 'übrigens', 'hingegen', 'ebenso', 'ebenfalls', 'schließlich',
  'neben', 'gegen', 'ohne', 'zwischen', 'trotz', 'während', 'wegen', 'durch', 'bis', 'ab', 'hinter', 'zu',
];

/**
 * Subjunctive forms of reported speech (Konjunktiv I, third person): a sentence written with one
 * reports someone's words ("Drogenkonsum sei „…“"), those of whoever was just quoted.
 */
export const GERMAN_REPORTED_SPEECH = [
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'dürfe', 'wolle', 'wisse', 'gebe', 'gelte',
  'brauche', 'fehle', 'bleibe', 'gehe', 'komme', 'liege', 'stehe', 'zeige', 'mache', 'sehe', 'halte',
  'lasse', 'trage', 'finde', 'führe', 'helfe',
];
