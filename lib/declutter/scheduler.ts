/**
 * Runs work in idle-time slices of a few milliseconds, so the page keeps rendering and
 * responding. `step()` does one small unit and returns false when nothing is left.
 */
export const SLICE_BUDGET_MS = 4;
const IDLE_TIMEOUT_MS = 150;

export interface SliceRunner {
  wake(): void;
  cancel(): void;
}

export function sliceRunner(win: Window & typeof globalThis, step: () => boolean): SliceRunner {
  let pending: (() => void) | null = null;
  const now = () => win.performance.now();

  const run = () => {
    pending = null;
    const deadline = now() + SLICE_BUDGET_MS;
    let more = true;
    while (more && now() < deadline) more = step();
    if (more) schedule();
  };

  const schedule = () => {
    if (pending) return;
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      pending = () => win.cancelIdleCallback(id);
    } else {
      const id = win.setTimeout(run, 0);
      pending = () => win.clearTimeout(id);
    }
  };

  return {
    wake: schedule,
    cancel: () => {
      pending?.();
      pending = null;
    },
  };
}
