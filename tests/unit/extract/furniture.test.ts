import { describe, expect, it } from 'vitest';
import { FURNITURE_LINES } from '../../../lib/extract/body';

describe('FURNITURE_LINES', () => {
  const furniture = (line: string) => FURNITURE_LINES.some((pattern) => pattern.test(line));
  it.each(['Read more: Council votes again', 'See also: the 2019 vote', 'Watch: the debate in full', 'Read also the interview', 'Advertisement', 'Share this article', '4 min read',
    'SUBSCRIBE', 'By signing up, you agree to our Privacy Policy', 'We use cookies on our website to give you the most relevant experience.',
    'Copyright © 2025 WABC-TV. All Rights Reserved.', '© Victor Sailer', 'Photo credit: ©iStock.com/gorodenkoff', 'Image: © Silke Woweries/Getty Images',
    'Getty Images / Holger Leue', 'imago images/Pemax', 'Justin Sullivan/Getty Images',
    'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'This slideshow requires JavaScript.',
    'Advertisement. Scroll to continue reading.', 'Empfohlener redaktioneller Inhalt', 'Externen Inhalt anzeigen',
    'An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt. Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.',
    'Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.',
    'Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.'])(
    'drops %j',
    (line) => expect(furniture(line)).toBe(true),
  );
  it.each(['See if your grad would consider hosting a joint party.', 'Read the fine print before you sign.', 'Watch for signs of frost in the morning.',
    'Subscribers will pay more from March.', 'By clicking on a link in the email, victims gave away their passwords.', 'Copyright law has not kept up with AI training.',
    'Photographers say the new rules are unclear.', 'Getty Images reported a rise in licensing revenue last year.', 'Shutterstock expands deal with OpenAI',
    'Advertisement revenue fell by a fifth, the company said.', 'This video requires a subscription, the broadcaster said.',
    'An dieser Stelle wurde 1890 der erste Bahnhof der Stadt gebaut.', 'Ich bin damit einverstanden, sagte der Minister am Dienstag.'])(
    'keeps the sentence %j',
    (line) => expect(furniture(line)).toBe(false),
  );
});
