import type { RelatedCoverage } from '@/lib/related';
import { layoutTimeline, TIMELINE } from '@/lib/related/timeline';
import './related.css';

/** A small picture of the story's coverage: dates across, outlets down, the current article marked. */
export function Timeline({
  coverage,
  current,
}: {
  coverage: RelatedCoverage;
  current: { url: string; outlet: string; published?: string };
}) {
  const layout = layoutTimeline(coverage, current);
  if (!layout) return null;
  const axisY = layout.height - TIMELINE.bottom + 4;
  return (
    <svg
      class="timeline"
      data-testid="timeline"
      role="img"
      aria-label={`Coverage from ${layout.first} to ${layout.last}`}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      {layout.rows.map((row) => (
        <g>
          <line class="row" x1={TIMELINE.left} x2={layout.width - TIMELINE.right} y1={row.y} y2={row.y} />
          <text class="outlet" x={TIMELINE.left - 6} y={row.y + 4} text-anchor="end">
            {row.outlet.length > 16 ? `${row.outlet.slice(0, 15)}…` : row.outlet}
          </text>
        </g>
      ))}
      {layout.dots.map((dot) => (
        <circle
          class={`dot ${dot.kind}`}
          data-testid={dot.current ? 'timeline-current' : 'timeline-dot'}
          cx={dot.x}
          cy={dot.y}
          r={dot.current ? 5 : 3.5}
        >
          <title>{dot.current ? `This article: ${dot.label}` : dot.label}</title>
        </circle>
      ))}
      <text class="axis" x={TIMELINE.left} y={axisY + 10}>
        {layout.first}
      </text>
      <text class="axis" x={layout.width - TIMELINE.right} y={axisY + 10} text-anchor="end">
        {layout.last}
      </text>
    </svg>
  );
}
