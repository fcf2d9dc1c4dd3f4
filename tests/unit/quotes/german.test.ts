import { describe, expect, it } from 'vitest';
import { findQuotes, type Quote } from '@/lib/quotes';
import { isGermanRole } from '@/lib/quotes/german-phrases';
import { quoteSpans } from '@/lib/quotes/marks';
import { GERMAN_ROLE_ENDINGS, GERMAN_SENTENCE_STARTERS, GERMAN_SPEECH_VERBS } from '@/lib/quotes/rules-de';

const german = (...paragraphs: string[]): [string, string | undefined][] =>
  findQuotes({ title: '', paragraphs, lang: 'de-DE' }).map((q: Quote) => [q.text, q.speaker]);

describe('German tables', () => {
  it('lists speech verbs and starters in lower case, once each', () => {
    for (const table of [GERMAN_SPEECH_VERBS, GERMAN_SENTENCE_STARTERS, GERMAN_ROLE_ENDINGS]) {
      expect(table.every((word) => word === word.toLowerCase())).toBe(true);
      expect(new Set(table).size).toBe(table.length);
    }
  });

  it('tells a role from a name by its ending, in compounds and declined', () => {
    for (const role of ['Verteidigungsminister', 'CDU-Politikerin', 'Endokrinologe', 'Geheimdienstexperten', 'Usyk-Promoter', 'Schülerin']) expect(isGermanRole(role)).toBe(true);
    for (const name of ['Andreas', 'Pfeiffer', 'Streeck', 'Nora']) expect(isGermanRole(name)).toBe(false);
  });
});

describe('German speakers', () => {
  it('reads the verb-first attribution after a quote, with roles before the name', () => {
    expect(german('„Auch wenn es eher zehn Kilogramm werden“, erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer von der Charité.')).toEqual([
      ['Auch wenn es eher zehn Kilogramm werden', 'Andreas Pfeiffer'],
    ]);
  });

  it('finds the full name of a surname, a pronoun and a role standing for the person last spoken of', () => {
    const quotes = german(
      'Der Drogenbeauftragte Hendrik Streeck hat die Doku gelobt.',
      '„Sie ist berührend“, sagte Streeck. „Das ist wichtig“, so der Drogenbeauftragte weiter.',
      'Er warnte vor Nachahmern. „Kokain macht abhängig“, sagte er.',
    );
    expect(quotes).toEqual([
      ['Sie ist berührend', 'Hendrik Streeck'],
      ['Das ist wichtig', 'Hendrik Streeck'],
      ['Kokain macht abhängig', 'Hendrik Streeck'],
    ]);
  });

  it('reads a speaker before a colon, and one the reporter has just named', () => {
    const quotes = german(
      'Nora Back (OGBL) sprach zuerst. Patrick Dury (LCGB) hörte zu.',
      'Back betonte: „Die Regierung muss sich bewegen.“',
      'Patrick Dury wird später noch deutlicher. „Das ist ein Warnschuss.“',
    );
    expect(quotes).toEqual([
      ['Die Regierung muss sich bewegen.', 'Nora Back'],
      ['Das ist ein Warnschuss.', 'Patrick Dury'],
    ]);
  });

  it('takes any verb after a quote when a known person follows it', () => {
    const quotes = german('Patrick Dury (LCGB) sprach nach Nora Back (OGBL).', '„Der heutige Tag ist ein Warnschuss“, stützt Patrick Dury die These.');
    expect(quotes).toEqual([['Der heutige Tag ist ein Warnschuss', 'Patrick Dury']]);
  });

  it('meets a person whom a speech verb names after a quote, under the full name the article gives', () => {
    const quotes = german(
      'Zwei Jahre war Rom Braslavski in Geiselhaft, sagt der Deutsch-Israeli.',
      '„Sie haben mir alles genommen“, sagt er.',
      'Die Interviewerin fragt: „War es Missbrauch?“ Braslavski antwortet: „Eindeutig ja.“',
    );
    expect(quotes).toEqual([
      ['Sie haben mir alles genommen', 'Rom Braslavski'],
      ['War es Missbrauch?', 'Die Interviewerin'],
      ['Eindeutig ja.', 'Rom Braslavski'],
    ]);
  });

  it('credits a headline quote to whoever says those words in the body', () => {
    const quotes = german('Geisel nach zwei Jahren frei: „Dem Teufel begegnet“', 'Lehrer Rom Braslavski war in Geiselhaft.', '„Ich bin dem Teufel begegnet“, sagt Braslavski.');
    expect(quotes).toEqual([
      ['Dem Teufel begegnet', 'Rom Braslavski'],
      ['Ich bin dem Teufel begegnet', 'Rom Braslavski'],
    ]);
  });

  it('finds the full name of a name written family name first ("Xi Jinping" for Xi)', () => {
    const quotes = german(
      'Wladimir Putin und Xi Jinping haben am Freitag gesprochen.',
      'Laut dem Staatssender CCTV sagte Xi, China sei bereit. „Der Weg wird nicht einfach sein“, betonte er.',
    );
    expect(quotes).toEqual([['Der Weg wird nicht einfach sein', 'Xi Jinping']]);
  });

  it('takes an unlisted verb after a quote when a role follows it ("schimpft der AfD-Chef")', () => {
    const quotes = german(
      'Neben Mario Voigt (CDU) steht AfD-Spitzenmann Björn Höcke.',
      'Voigt wird von dem neben ihm stehenden Höcke unterbrochen. „Das ist doch absurd“, zetert der AfD-Chef.',
    );
    expect(quotes).toEqual([['Das ist doch absurd', 'Björn Höcke']]);
  });

  it('credits no one where the report names no one ("heißt es"), and keeps an unnamed source as written', () => {
    expect(german('„Die Lage ist ernst“, heißt es in dem Bericht.', '„Wir prüfen das“, sagte eine Sprecherin des Ministeriums.')).toEqual([
      ['Die Lage ist ernst', undefined],
      ['Wir prüfen das', 'eine Sprecherin des Ministeriums'],
    ]);
  });

  it('credits a fragment in reported speech to whoever was just quoted, and only then', () => {
    const quotes = german(
      '„Kokain macht abhängig“, sagte Hendrik Streeck. Drogenkonsum sei „alles andere als ein Ausdruck von Stärke“.',
      'Der Film läuft seit Freitag.',
      'Der Konsum sei „ein Symbol für Erfolg“ geworden, heißt es in Songtexten.',
    );
    expect(quotes).toEqual([
      ['Kokain macht abhängig', 'Hendrik Streeck'],
      ['alles andere als ein Ausdruck von Stärke', 'Hendrik Streeck'],
    ]);
  });

  it('does not take a noun phrase or an acronym for a person', () => {
    const quotes = german(
      'Lehrer Andreas Heller nutzt den Begriff Künstliche Intelligenz (KI) oft. Es enthält den Wirkstoff Semaglutid, der hilft.',
      '„Die GPT ist anpassbar“, erklärt er.',
    );
    expect(quotes).toEqual([['Die GPT ist anpassbar', 'Andreas Heller']]);
  });

  it('judges an article that declares no language by its commonest words', () => {
    const paragraphs = ['Der Minister Olaf Scholz sprach mit den Journalisten über die Lage und die Pläne der Regierung für das nächste Jahr.', '„Wir haben keine Wahl“, sagte Scholz.'];
    expect(findQuotes({ title: '', paragraphs })[0]).toMatchObject({ text: 'Wir haben keine Wahl', speaker: 'Olaf Scholz' });
  });
});

describe('German quotation marks', () => {
  it('keeps a nested single quote inside »…« and reads « only as a closing mark after a word', () => {
    const line = 'und warnte vor einem »weiteren Schritt« zu einer »›Blut und Ehre‹-Mentalität um deutsche Soldaten«.';
    expect(quoteSpans(line).map((s) => s.text)).toEqual(['weiteren Schritt', '›Blut und Ehre‹-Mentalität um deutsche Soldaten']);
  });
});
