import type { KeyQuote } from '@/lib/quotes';
import { textFragmentUrl } from '@/lib/quotes';
import './key-quotes.css';

/** Quotes shown at once; the others wait behind "More quotes". */
export const QUOTES_SHOWN = 6;

/** Key quotes of the story: the words, who said them, and every outlet that reported them. */
export function KeyQuotes({ quotes }: { quotes: KeyQuote[] }) {
  if (quotes.length === 0) return null;
  const more = quotes.slice(QUOTES_SHOWN);
  return (
    <section class="key-quotes" data-testid="key-quotes">
      <h2>Key quotes</h2>
      <QuoteList quotes={quotes.slice(0, QUOTES_SHOWN)} />
      {more.length > 0 && (
        <details class="more-quotes" data-testid="more-quotes">
          <summary>More quotes ({more.length})</summary>
          <QuoteList quotes={more} />
        </details>
      )}
    </section>
  );
}

function QuoteList({ quotes }: { quotes: KeyQuote[] }) {
  return (
    <ol>
      {quotes.map((q) => (
        <li class={q.partial ? 'key-quote partial' : 'key-quote'} data-testid="key-quote">
          {/* <q> takes its marks from its language: “…” in English, „…“ in German, « … » in French. */}
          <blockquote lang={q.lang}>
            <q>{shownText(q.text)}</q>
          </blockquote>
          <p class="attribution">
            {q.speaker ? <strong data-testid="speaker">{q.speaker}</strong> : <em>Unattributed</em>}
            {q.role && <span data-testid="role">, {q.role}</span>}
          </p>
          <p class="outlets">
            {onePerOutlet(q.sources).map((s, i) => (
              <>
                {i > 0 && ' · '}
                <a href={textFragmentUrl(s.url, s.text)} target="_blank" rel="noopener noreferrer" data-testid="outlet">
                  {s.outlet}
                </a>
              </>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The words without the comma or colon that led back into the sentence ("…global partners," Xi said). */
export const shownText = (text: string): string => text.replace(/\s*[,;:]\s*$/, '');

/** An outlet that reported the remark in several articles is credited once, linking to the first. */
function onePerOutlet(sources: KeyQuote['sources']): KeyQuote['sources'] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.outlet) && seen.add(s.outlet));
}
