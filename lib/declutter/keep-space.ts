/**
 * Hiding without a jump. The generic pass hides widgets after the page has painted; a widget on
 * screen that vanished would pull what is under it up while the reader looks at it. Such a widget
 * keeps its space (blank, `visibility: hidden`) until it is off screen, and only then collapses:
 * below the window nothing visible moves, and above it the browsers' scroll anchoring keeps the
 * text the reader is on in place. Widgets off screen collapse at the next frame.
 */
export const KEEP_SPACE_ATTRIBUTE = 'data-backstory-keep-space';

export interface SpaceKeeper {
  /** Called as `el` is hidden: keeps its space while it is on screen. */
  hiding(el: Element): void;
  /** Called as `el` is shown again. */
  showing(el: Element): void;
}

/** Keeps nothing: a hidden block collapses at once (no window to watch, or tests that do not look). */
export const COLLAPSE_AT_ONCE: SpaceKeeper = { hiding: () => undefined, showing: () => undefined };

/**
 * A keeper for the page's window; where the browser cannot watch visibility, widgets collapse at
 * once. Every hidden widget keeps its space until the observer's first report, which comes with
 * the next frame: what is off screen then collapses. Asking the layout ourselves
 * (getBoundingClientRect) would force a synchronous layout at every hide, one per widget, right
 * after the last hide had invalidated it.
 */
export function spaceKeeper(win: (Window & typeof globalThis) | null): SpaceKeeper {
  if (!win || typeof win.IntersectionObserver !== 'function') return COLLAPSE_AT_ONCE;
  const observer = new win.IntersectionObserver((entries) => {
    for (const entry of entries) {
      // The box against the window, not what an ancestor clips: a carousel's item out of its frame
      // still holds the carousel open, and collapsing it would move what is under it.
      if (inWindow(entry.boundingClientRect, entry.rootBounds ?? { width: win.innerWidth, height: win.innerHeight })) continue;
      entry.target.removeAttribute(KEEP_SPACE_ATTRIBUTE);
      observer.unobserve(entry.target);
    }
  });
  return {
    hiding(el) {
      el.setAttribute(KEEP_SPACE_ATTRIBUTE, '');
      observer.observe(el);
    },
    showing(el) {
      el.removeAttribute(KEEP_SPACE_ATTRIBUTE);
      observer.unobserve(el);
    },
  };
}

type Box = Pick<DOMRectReadOnly, 'top' | 'bottom' | 'left' | 'right' | 'height'>;

function inWindow(box: Box, view: { width: number; height: number }): boolean {
  return box.height > 0 && box.bottom > 0 && box.top < view.height && box.right > 0 && box.left < view.width;
}
