import type { KeyQuote } from '@/lib/quotes';
import { textFragmentUrl } from '@/lib/quotes';

/** Key quotes of the story: the words, who said them, and every outlet that reported them. */
export function KeyQuotes({ quotes }: { quotes: KeyQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section class="key-quotes" data-testid="key-quotes">
      <h2>Key quotes</h2>
      <ol>
        {quotes.map((q) => (
          <li class={q.partial ? 'key-quote partial' : 'key-quote'} data-testid="key-quote">
            <blockquote>“{q.text}”</blockquote>
            <p class="attribution">
              {q.speaker ? <strong data-testid="speaker">{q.speaker}</strong> : <em>Unattributed</em>}
              {q.role && <span data-testid="role">, {q.role}</span>}
            </p>
            <p class="outlets">
              {q.sources.map((s, i) => (
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
    </section>
  );
}
