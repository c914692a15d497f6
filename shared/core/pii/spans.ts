// Spans of a text (start inclusive, end exclusive, UTF-16 code units) and whether they overlap. Pure.

export interface Span {
  start: number;
  end: number;
}

/**
 * Whether a span overlaps one of `spans`, by binary search over them sorted by start with the furthest end so far
 * (a text with thousands of slots is not searched once per candidate).
 */
export function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, i > 0 ? reach[i - 1]! : -1));
  return (span) => {
    let lo = 0;
    let hi = sorted.length; // the first index whose start is at or after the span's end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > span.start;
  };
}
