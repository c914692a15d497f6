// W3C Trace Context (https://www.w3.org/TR/trace-context/): parse and generate `traceparent`. Pure.
//
//   const ctx = parseTraceparent(req.headers.get('traceparent')) ?? newTrace();   // the client's, or a new trace
//   const server = childSpan(ctx);                                                 // this service's span
//   fetch(url, { headers: { traceparent: formatTraceparent(childSpan(server)) } }); // one child per outgoing call

export interface TraceContext {
  /** 32 lower-case hex digits, not all zero. */
  traceId: string;
  /** 16 lower-case hex digits, not all zero: the span this context identifies. */
  spanId: string;
  /** Trace flags; bit 0 = sampled. */
  flags: number;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** Parses a `traceparent` header; undefined if absent or invalid (the spec says: then start a new trace). */
export function parseTraceparent(header: string | null | undefined): TraceContext | undefined {
  if (!header) return undefined;
  const m = TRACEPARENT.exec(header.trim());
  if (!m) return undefined;
  const [, version, traceId, spanId, flags, rest] = m as unknown as [string, string, string, string, string, string | undefined];
  if (version === 'ff') return undefined;
  // Version 00 has exactly four fields; later versions may append more, which we ignore.
  if (version === '00' && rest !== undefined) return undefined;
  if (/^0+$/.test(traceId) || /^0+$/.test(spanId)) return undefined;
  return { traceId, spanId, flags: parseInt(flags, 16) };
}

export function formatTraceparent(ctx: TraceContext): string {
  return `00-${ctx.traceId}-${ctx.spanId}-${ctx.flags.toString(16).padStart(2, '0')}`;
}

/** Hex of `b[from, to)`; undefined if those bytes are all zero (an invalid id). */
function hexId(b: Uint8Array, from: number, to: number): string | undefined {
  let s = '';
  let any = 0;
  for (let i = from; i < to; i++) {
    any |= b[i]!;
    s += HEX[b[i]!];
  }
  return any === 0 ? undefined : s;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Random bytes for ids, drawn from one buffer the CSPRNG refills in bulk: a getRandomValues call costs far
 * more than the few bytes an id takes (it showed in the on-prem node's profile, three calls per request).
 * Every byte is handed out once; ids need to be unpredictable, not secret from this process.
 */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolUsed = POOL_BYTES; // filled on first use (workerd allows no random values at a module's top level)

/** The offset in `pool` of `n` fresh random bytes (n ≤ POOL_BYTES). */
function takeRandom(n: number): number {
  if (poolUsed + n > POOL_BYTES) {
    crypto.getRandomValues(pool);
    poolUsed = 0;
  }
  const at = poolUsed;
  poolUsed += n;
  return at;
}

function nonZeroRandomHex(bytes: number): string {
  // All-zero ids are invalid; the chance is negligible but the fix is free.
  for (;;) {
    const at = takeRandom(bytes);
    const s = hexId(pool, at, at + bytes);
    if (s !== undefined) return s;
  }
}

/** A new trace (sampled), with a root span. */
export function newTrace(sampled = true): TraceContext {
  return { traceId: nonZeroRandomHex(16), spanId: nonZeroRandomHex(8), flags: sampled ? 1 : 0 };
}

/** A new span in the same trace, child of `parent` (same trace id and flags, fresh span id). */
export function childSpan(parent: TraceContext): TraceContext {
  return { traceId: parent.traceId, spanId: nonZeroRandomHex(8), flags: parent.flags };
}
