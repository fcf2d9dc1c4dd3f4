/** Links that open the source at the quote (Chromium text fragments: url#:~:text=...). */

/** Percent-encodes text for a text directive: also `-`, `,` and `&`, which the syntax reserves. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The first words of the quote (a short prefix is enough to find it and survives small differences). */
export function quotePrefix(quote: string, words = 6): string {
  return quote.trim().split(/\s+/).slice(0, words).join(' ').replace(/[\s,.;:!?"'“”‘’]+$/u, '');
}

export function textFragmentUrl(url: string, quote: string): string {
  const base = url.replace(/#.*$/, '');
  const prefix = quotePrefix(quote);
  return prefix ? `${base}#:~:text=${encodeTextDirective(prefix)}` : base;
}
