import { describe, expect, it } from 'vitest';
import { FURNITURE_LINES } from '../../../lib/extract/body';

describe('FURNITURE_LINES', () => {
  const furniture = (line: string) => FURNITURE_LINES.some((pattern) => pattern.test(line));
  it.each(['Read more: Council votes again', 'See also: the 2019 vote', 'Watch: the debate in full', 'Read also the interview', 'Advertisement', 'Share this article', '4 min read',
    'SUBSCRIBE', 'By signing up, you agree to our Privacy Policy', 'We use cookies on our website to give you the most relevant experience.',
    'Copyright © 2025 WABC-TV. All Rights Reserved.', '© Victor Sailer', 'Photo credit: ©iStock.com/gorodenkoff', 'Image: © Silke Woweries/Getty Images'])(
    'drops %j',
    (line) => expect(furniture(line)).toBe(true),
  );
  it.each(['See if your grad would consider hosting a joint party.', 'Read the fine print before you sign.', 'Watch for signs of frost in the morning.',
    'Subscribers will pay more from March.', 'By clicking on a link in the email, victims gave away their passwords.', 'Copyright law has not kept up with AI training.',
    'Photographers say the new rules are unclear.'])(
    'keeps the sentence %j',
    (line) => expect(furniture(line)).toBe(false),
  );
});
