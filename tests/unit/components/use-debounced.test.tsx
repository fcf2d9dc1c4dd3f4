// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebounced } from '@/components/useDebounced';

const seen: string[] = [];
function Probe({ value }: { value: string }) {
  const settled = useDebounced(value, 200);
  seen.push(settled);
  return <span>{settled}</span>;
}

describe('useDebounced (the corpus search box)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    seen.length = 0;
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => vi.useRealTimers());

  const type = (value: string) => act(() => render(<Probe value={value} />, root));
  const wait = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('gives the value once typing has paused, not each keystroke on the way', () => {
    type('');
    for (const value of ['l', 'li', 'lig', 'ligh']) {
      type(value);
      wait(50);
    }
    expect(root.textContent).toBe('');
    wait(200);
    expect(root.textContent).toBe('ligh');
    expect(seen.filter((v) => v && v !== 'ligh')).toEqual([]);
  });

  it('gives an emptied box at once, so the whole corpus shows without a wait', () => {
    type('cadiz');
    wait(200);
    expect(root.textContent).toBe('cadiz');
    type('');
    expect(root.textContent).toBe('');
  });
});
