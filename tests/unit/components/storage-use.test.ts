import { describe, expect, it } from 'vitest';
import { sizeLabel } from '@/components/options/StorageUse';

describe('sizeLabel', () => {
  it.each([
    [0, '0 bytes'],
    [900, '900 bytes'],
    [1536, '1.5 KB'],
    [240 * 1024, '240 KB'],
    [5.25 * 1024 * 1024, '5.3 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [4096 * 1024 ** 3, '4096 GB'],
  ])('%i bytes read as %s', (bytes, label) => {
    expect(sizeLabel(bytes)).toBe(label);
  });
});
