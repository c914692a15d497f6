// The policy file's schema (zod). Objects are strict so a typo such as `fallback:` is an error, and every
// object lists its allowed keys in the message. Cross-references (target names, aliases) are checked by
// check.ts, which can point at the offending YAML node.
import { TASKS, type Task } from '../../protocol/openai/schema.ts';
export { TASKS, type Task };
import { z } from 'zod';
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import { UNSCANNED_KINDS, type UnscannedKind } from '../inspect/unscanned.ts';

export const TARGET_KINDS = ['edge', 'lambda', 'onprem', 'openai'] as const;

const quoteList = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** A strict object whose unknown-key message names the keys it does allow. */
function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `unknown key ${quoteList(iss.keys)}; expected one of: ${allowed.join(', ')}` : undefined,
  });
}

/** `x` or `[x, ...]`, normalised to a non-empty list. */
function oneOrMany<T extends z.ZodType<string>>(item: T, what: string, plural = what + 's') {
  return z
    .union([item, z.array(item).min(1, `expected at least one ${what}`)], {
      error: `expected a ${what} or a non-empty list of ${plural}`,
    })
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const Name = z.string().regex(NAME_RE, 'expected a name of letters, digits, ".", "_" or "-"');

/** A target's capabilities as written: the tasks, and the request features it honours. */
export const Serves = strict({
  tasks: z.array(z.enum(TASKS)).min(1, 'expected at least one task').optional(),
  /** Tool (function) definitions: the model may answer with tool calls. */
  tools: z.boolean().optional(),
  /** `response_format` json_schema / json_object: structured output. */
  json_schema: z.boolean().optional(),
  /** Image parts in messages. */
  vision: z.boolean().optional(),
  /** The most tokens (prompt + max_tokens) a request may need. */
  max_context_tokens: z.number().int().positive().optional(),
});

const TargetCommon = {
  description: z.string().optional(),
  /** Give up on this target after this long (then the next fallback is tried). */
  timeout_ms: z.number().int().positive().max(600_000).default(30_000),
  /**
   * Give up if the target's first event has not arrived after this long (a stream's first data event; a JSON
   * answer whole; non-streamed chat is then asked as a stream and assembled at the edge); ≤ timeout_ms (check.ts).
   */
  first_byte_timeout_ms: z.number().int().positive().max(600_000).optional(),
  /** Extra attempts on this target before moving on to the next fallback. */
  retries: z.number().int().min(0).max(5).default(0),
  /**
   * Gateway model alias → the model id this target knows it by. With the policy's `models:` section, a target
   * with a mapping serves only the aliases it lists; without the section an unlisted alias passes through as is
   * (capabilities.ts).
   */
  models: z.record(z.string(), z.string()).optional(),
  /** What this target can serve; each key left out takes its kind's default (capabilities.ts, README). */
  serves: Serves.optional(),
};

/**
 * Kinds of content the edge cannot scan that this (non-onprem) target may still receive. Default: none, so
 * a request carrying any of them goes on-prem or is refused.
 */
const AllowUnscanned = {
  allow_unscanned: z.array(z.enum(UNSCANNED_KINDS)).optional(),
};

/**
 * PII types this (non-onprem) target may receive redacted: each value replaced by a typed placeholder before
 * the request leaves, restored in the answer (shared/core/redact/). Only when every type found is listed, no
 * content is unscanned and every finding is certain (sensitivity of redaction: redaction.ts). Default: none.
 */
const AllowRedacted = {
  allow_redacted: z.array(z.enum(PII_TYPES)).optional(),
};

const HttpsUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const EdgeTarget = strict({
  kind: z.literal('edge'),
  model: z.string().min(1),
  ...AllowUnscanned,
  ...AllowRedacted,
  ...TargetCommon,
});
export const LambdaTarget = strict({
  kind: z.literal('lambda'),
  function: z.string().min(1),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'expected an AWS region such as "us-east-1"'),
  /** Lambda function URL for response streaming (IAM auth); without it streams are buffered. */
  stream_url: HttpsUrl.optional(),
  ...AllowUnscanned,
  ...AllowRedacted,
  ...TargetCommon,
});
export const OnpremTarget = strict({ kind: z.literal('onprem'), base_url: HttpsUrl, ...TargetCommon });
export const OpenAiTarget = strict({
  kind: z.literal('openai'),
  base_url: HttpsUrl,
  /** Name of the secret (Worker binding / env var) holding the API key; never the key itself. */
  api_key_secret: z.string().min(1).optional(),
  ...AllowUnscanned,
  ...AllowRedacted,
  ...TargetCommon,
});

export const Target = z.discriminatedUnion('kind', [EdgeTarget, LambdaTarget, OnpremTarget, OpenAiTarget]);

export const ModelAlias = strict({
  description: z.string().optional(),
  tasks: z.array(z.enum(TASKS)).min(1).default(['chat']),
});

export const Cache = strict({
  enabled: z.boolean().optional(),
  ttl_seconds: z.number().int().min(1).max(86_400).optional(),
});

/** A condition as written (after normalisation of `x | [x]` to lists). All given keys must hold. */
export interface Condition {
  pii?: 'any' | 'none' | PiiType[];
  unscanned?: 'any' | 'none' | UnscannedKind[];
  tokens?: { min?: number; max?: number };
  model?: string[];
  task?: Task[];
  tenant?: string[];
  stream?: boolean;
  metadata?: Record<string, string[]>;
  headers?: Record<string, string[]>;
  /** The request's session is sticky (PII seen in it within the policy's `sticky.ttl_seconds`). */
  sticky?: boolean;
  any_of?: Condition[];
}

type OneOrMany<T> = T | T[];

/** A condition as written in YAML (single values or lists). */
export interface ConditionInput {
  pii?: 'any' | 'none' | PiiType[];
  unscanned?: 'any' | 'none' | UnscannedKind[];
  tokens?: { min?: number; max?: number };
  model?: OneOrMany<string>;
  task?: OneOrMany<Task>;
  tenant?: OneOrMany<string>;
  stream?: boolean;
  metadata?: Record<string, OneOrMany<string>>;
  headers?: Record<string, OneOrMany<string>>;
  sticky?: boolean;
  any_of?: ConditionInput[];
}

const Pii = z.union([z.enum(['any', 'none']), z.array(z.enum(PII_TYPES)).min(1, 'expected at least one PII type')], {
  error: `expected "any", "none" or a list of PII types (${PII_TYPES.join(', ')})`,
});

const Unscanned = z.union([z.enum(['any', 'none']), z.array(z.enum(UNSCANNED_KINDS)).min(1, 'expected at least one kind')], {
  error: `expected "any", "none" or a list of unscanned content kinds (${UNSCANNED_KINDS.join(', ')})`,
});

const Tokens = strict({
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
}).check((ctx) => {
  const { min, max } = ctx.value;
  if (min === undefined && max === undefined)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'expected "min", "max" or both' });
  else if (min !== undefined && max !== undefined && min > max)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `min (${min}) is greater than max (${max})` });
});

export const ConditionSchema: z.ZodType<Condition, ConditionInput> = z.lazy(() =>
  strict({
    pii: Pii.optional(),
    unscanned: Unscanned.optional(),
    tokens: Tokens.optional(),
    model: oneOrMany(z.string().min(1), 'model alias', 'model aliases').optional(),
    task: oneOrMany(z.enum(TASKS), 'task').optional(),
    tenant: oneOrMany(z.string().min(1), 'tenant').optional(),
    stream: z.boolean().optional(),
    metadata: z.record(z.string(), oneOrMany(z.string(), 'string')).optional(),
    headers: z
      .record(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'expected an HTTP header name'), oneOrMany(z.string(), 'string'))
      .optional(),
    sticky: z.boolean().optional(),
    any_of: z.array(ConditionSchema).min(1, 'expected at least one condition').optional(),
  }),
);

export const BUCKET_BY_RE = /^(tenant|request_id|model|metadata\.[^\s]+|header\.[A-Za-z0-9!#$%&'*+.^_`|~-]+)$/;

export const SplitArm = strict({ target: z.string(), weight: z.number().int() });

export const Rule = strict({
  name: Name,
  description: z.string().optional(),
  when: ConditionSchema.default({}),
  target: z.string().optional(),
  split: z.array(SplitArm).min(2, 'a split needs at least two arms').optional(),
  bucket_by: z.string().regex(BUCKET_BY_RE, 'expected tenant, request_id, model, metadata.<key> or header.<name>').optional(),
  fallbacks: z.array(z.string()).default([]),
  cache: Cache.optional(),
}).check((ctx) => {
  const r = ctx.value;
  if (r.target === undefined && r.split === undefined)
    ctx.issues.push({ code: 'custom', input: r, message: 'expected "target" or "split"' });
  if (r.target !== undefined && r.split !== undefined)
    ctx.issues.push({ code: 'custom', input: r, path: ['split'], message: 'a rule has "target" or "split", not both' });
  if (r.split !== undefined && r.bucket_by === undefined)
    ctx.issues.push({
      code: 'custom',
      input: r,
      message: 'a split needs "bucket_by" (tenant, request_id, model, metadata.<key> or header.<name>)',
    });
  if (r.split === undefined && r.bucket_by !== undefined)
    ctx.issues.push({ code: 'custom', input: r, path: ['bucket_by'], message: '"bucket_by" only applies to a split' });
});

const HeaderName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'expected an HTTP header name');

/**
 * Sticky sensitivity: where a request's session id comes from (a request header, and/or the OpenAI `user`
 * field of chat requests; the header wins when both are given) and how long a session in which PII was seen
 * stays on-prem. Absent: no sessions, every request is routed on its own.
 */
export const Sticky = strict({
  header: HeaderName.optional(),
  user: z.boolean().optional(),
  ttl_seconds: z
    .number()
    .int()
    .min(1)
    .max(30 * 86_400),
}).check((ctx) => {
  if (ctx.value.header === undefined && ctx.value.user !== true)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'expected a session id source: "header", "user: true" or both' });
});

export const Default = strict({ target: z.string(), fallbacks: z.array(z.string()).default([]), cache: Cache.optional() });

export const PolicySchema = strict({
  /** File-format version; only 1 exists. */
  format: z.literal(1).default(1),
  description: z.string().optional(),
  targets: z.record(Name, Target).check((ctx) => {
    if (Object.keys(ctx.value).length === 0) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'expected at least one target' });
  }),
  models: z.record(Name, ModelAlias).optional(),
  cache: strict({
    enabled: z.boolean().default(false),
    ttl_seconds: z.number().int().min(1).max(86_400).default(300),
  }).default({ enabled: false, ttl_seconds: 300 }),
  rules: z.array(Rule).default([]),
  default: Default,
  sticky: Sticky.optional(),
});

/** A policy file after parsing and defaults: what checks, versioning and compilation work on. */
export type PolicySpec = z.output<typeof PolicySchema>;
export type TargetSpec = z.output<typeof Target>;
export type RuleSpec = z.output<typeof Rule>;
export type TargetKind = (typeof TARGET_KINDS)[number];
export type StickySpec = z.output<typeof Sticky>;
export type ServesSpec = z.output<typeof Serves>;
