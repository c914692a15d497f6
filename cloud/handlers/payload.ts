// What a handler sends to SageMaker, checked byte for byte: the request body as the endpoint will receive it,
// scanned with the edge's own scanner (shared/core/inspect: every string and key, normalized, per text and joined,
// unreadable content named). The cloud tier processes no PII whatever the caller says: a payload that
// carries any is refused (403 `pii_not_allowed`), and so is content the scanner cannot read unless this tier
// is configured to accept that kind (403 `unscanned_not_allowed`). The bytes checked are the bytes sent.
//
// Configuration: TRIAGE_ALLOW_UNSCANNED  comma-separated kinds (image, audio, …; shared/core/inspect/unscanned.ts)
// the endpoints may receive unscanned — the same kinds the edge policy's `allow_unscanned` lists for this
// target. Default: none.
import type { CloudEvent, CloudMode } from '../../shared/protocol/cloud-contract.ts';
import { scanPayload, UNSCANNED_KINDS, type UnscannedKind } from '../../shared/core/inspect/index.ts';
import { errors } from '../../shared/protocol/openai/errors.ts';

/** The endpoint's request body for `event` in `mode`, or a 403 ApiError if it may not leave. */
export function checkedPayload(event: CloudEvent, mode: CloudMode, allowUnscanned: readonly UnscannedKind[] = []): Uint8Array {
  const bytes = new TextEncoder().encode(JSON.stringify({ ...event.body, stream: mode === 'stream' }));
  const { piiTypes, unscanned } = scanPayload(bytes);
  if (piiTypes.length > 0)
    throw errors.forbidden(
      `Refused: the request contains personal data (${piiTypes.join(', ')}); the cloud tier does not process PII.`,
      'pii_not_allowed',
    );
  const refused = unscanned.filter((k) => !allowUnscanned.includes(k));
  if (refused.length > 0)
    throw errors.forbidden(
      `Refused: the request contains content the cloud tier cannot scan (${refused.join(', ')}); it was not sent on.`,
      'unscanned_not_allowed',
    );
  return bytes;
}

/** TRIAGE_ALLOW_UNSCANNED → the kinds, or an Error naming the first unknown one. */
export function allowUnscannedFromEnv(env: Record<string, string | undefined>): UnscannedKind[] {
  const raw = env.TRIAGE_ALLOW_UNSCANNED?.trim();
  if (!raw) return [];
  return raw.split(',').map((s) => {
    const kind = s.trim();
    if (!(UNSCANNED_KINDS as readonly string[]).includes(kind))
      throw new Error(`TRIAGE_ALLOW_UNSCANNED: unknown kind '${kind.slice(0, 40)}'; expected some of ${UNSCANNED_KINDS.join(', ')}`);
    return kind as UnscannedKind;
  });
}
