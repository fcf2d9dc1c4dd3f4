/**
 * Hiding without a jump. The generic pass hides widgets after the page has painted; a widget on
 * screen that vanished would pull what is under it up while the reader looks at it. Such a widget
 * keeps its space (blank, `visibility: hidden`) until it is off screen, and only then collapses:
 * below the window nothing visible moves, and above it the browsers' scroll anchoring keeps the
 * text the reader is on in place. Widgets already off screen collapse at once.
 */
export const KEEP_SPACE_ATTRIBUTE = 'data-backstory-keep-space';

export interface SpaceKeeper {
  /** Called as `el` is hidden: keeps its space while it is on screen. */
  hiding(el: Element): void;
  /** Called as `el` is shown again. */
  showing(el: Element): void;
}

/** A keeper for the page's window; where the browser cannot watch visibility, widgets collapse at once. */
export function spaceKeeper(win: (Window & typeof globalThis) | null): SpaceKeeper {
  if (!win || typeof win.IntersectionObserver !== 'function') return { hiding: () => undefined, showing: () => undefined };
  const observer = new win.IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) continue;
      entry.target.removeAttribute(KEEP_SPACE_ATTRIBUTE);
      observer.unobserve(entry.target);
    }
  });
  return {
    hiding(el) {
      if (!onScreen(el, win)) return;
      el.setAttribute(KEEP_SPACE_ATTRIBUTE, '');
      observer.observe(el);
    },
    showing(el) {
      el.removeAttribute(KEEP_SPACE_ATTRIBUTE);
      observer.unobserve(el);
    },
  };
}

function onScreen(el: Element, win: Window): boolean {
  const rect = el.getBoundingClientRect();
  return rect.height > 0 && rect.bottom > 0 && rect.top < win.innerHeight && rect.right > 0 && rect.left < win.innerWidth;
}
