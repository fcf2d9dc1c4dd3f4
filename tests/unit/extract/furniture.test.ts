import { describe, expect, it } from 'vitest';
import { FURNITURE_LINES } from '../../../lib/extract/body';

describe('FURNITURE_LINES', () => {
  const furniture = (line: string) => FURNITURE_LINES.some((pattern) => pattern.test(line));
  it.each(['Read more: Council votes again', 'See also: the 2019 vote', 'Watch: the debate in full', 'Read also the interview', 'Advertisement', 'Share this article', '4 min read'])(
    'drops %j',
    (line) => expect(furniture(line)).toBe(true),
  );
  it.each(['See if your grad would consider hosting a joint party.', 'Read the fine print before you sign.', 'Watch for signs of frost in the morning.'])(
    'keeps the sentence %j',
    (line) => expect(furniture(line)).toBe(false),
  );
});
