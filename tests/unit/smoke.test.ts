import { describe, expect, it } from 'vitest';
describe('test setup', () => {
  it('has an IndexedDB implementation', () => {
    expect(typeof indexedDB.open).toBe('function');
  });
});
