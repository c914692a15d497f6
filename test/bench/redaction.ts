// What redact-and-restore adds to a request's first byte, in Node on this machine (`BENCH_ONLY=redaction npm run bench`):
//   - redacting a typical chat body before it is sent (redactBody: detection on the raw strings, the exactness
//     check, the placeholders, and the full re-scan of the redacted body), next to the one scan inspect()
//     already pays;
//   - the first SSE event through the restoring stream versus a plain stream (what the client waits longer);
//   - the cost per event over a long stream, against an identity TransformStream.
// Medians after warm-up; the stream rounds run ABAB so drift on a shared machine hits both alike.
import { restoringSse } from '../../edge/middleware/redact/sse.ts';
import { scanBody } from '../../shared/core/inspect/scan.ts';
import { redactBody, type RedactionMapping } from '../../shared/core/redact/index.ts';

const PROMPT =
  'Hi, please draft a reply to anna.berg@example.org confirming the meeting on Tuesday. If she cannot make it, call ' +
  '+49 30 1234567 and ask for a new slot. Keep it short and friendly, and cc bob.stone@example.com.';
const BODY = {
  model: 'triage-small',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: PROMPT },
  ],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function timeSync(fn: () => void, n = 500): number {
  for (let i = 0; i < 50; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const encoder = new TextEncoder();
const event = (content: string) =>
  encoder.encode(
    `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`,
  );

async function firstEventMs(through: () => TransformStream<Uint8Array, Uint8Array>): Promise<number> {
  const source = new TransformStream<Uint8Array, Uint8Array>();
  const reader = source.readable.pipeThrough(through()).getReader();
  const writer = source.writable.getWriter();
  const t0 = performance.now();
  void writer.write(event('Hello'));
  await reader.read();
  const ms = performance.now() - t0;
  void writer.close();
  return ms;
}

const PIECES = ['Sure, ', 'I wrote to [EM', 'AIL_1] and ', '[PHONE_1]', ' done.'];
const LONG = Array.from({ length: 2000 }, (_, i) => event(PIECES[i % PIECES.length]!));

async function perEventUs(through: () => TransformStream<Uint8Array, Uint8Array>): Promise<number> {
  const t0 = performance.now();
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (const e of LONG) c.enqueue(e);
      c.close();
    },
  }).pipeThrough(through());
  const reader = stream.getReader();
  while (!(await reader.read()).done);
  return ((performance.now() - t0) / LONG.length) * 1000;
}

async function streams(mapping: RedactionMapping): Promise<void> {
  const plain = () => new TransformStream<Uint8Array, Uint8Array>();
  const restoring = () => restoringSse(mapping);
  const first: [number[], number[]] = [[], []];
  const each: [number[], number[]] = [[], []];
  for (let round = 0; round < 400; round++) {
    const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const k of order) first[k].push(await firstEventMs(k === 0 ? plain : restoring));
  }
  for (let round = 0; round < 10; round++) for (const k of [0, 1] as const) each[k].push(await perEventUs(k === 0 ? plain : restoring));
  const added = median(first[1]) - median(first[0]);
  console.log(
    `first SSE event: plain stream ${median(first[0]).toFixed(3)} ms, restoring stream ${median(first[1]).toFixed(3)} ms (+${added.toFixed(3)} ms; goal ≤ 1 ms)`,
  );
  console.log(`per event over ${LONG.length}: identity ${median(each[0]).toFixed(1)} µs, restoring ${median(each[1]).toFixed(1)} µs`);
}

export async function run(): Promise<void> {
  console.log('\n## Redact-and-restore (Node; medians)');
  const scan = timeSync(() => scanBody(BODY));
  const redacting = timeSync(() => redactBody(BODY));
  console.log(`scanBody (inspect, already paid): ${scan.toFixed(3)} ms`);
  console.log(`redactBody (redact + re-scan):    ${redacting.toFixed(3)} ms (${(redacting / scan).toFixed(2)}× the scan)`);
  const r = redactBody(BODY);
  if (r.kind !== 'redacted') throw new Error(`the bench body must be redactable: ${r.reason}`);
  await streams(r.mapping);
}
