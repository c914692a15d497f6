// What a target can serve, and whether it can serve a request. One definition, used by the evaluator (it drops
// targets that cannot serve the request, and refuses with `no_capable_target` when none is left) and by the
// static check (check.ts, prove.ts: a rule must not route a task or model alias to a target that cannot
// serve it).
//
// A target's capabilities are its `serves:` (schema.ts), each key left out taken from its kind's default:
//   edge    chat, embeddings, classify (the Worker's models: edge/targets/edge-local.ts); no tools, no
//           structured output, no images — the edge models would silently ignore them
//   lambda  chat only (cloud/handlers: `infer` and `stream` refuse other tasks); tools and response_format are
//           passed to the SageMaker container's OpenAI-compatible server; no images
//   onprem  everything the node has routes for: chat, embeddings, classify; tools, response_format and images
//           go to its engine (an OpenAI-compatible upstream such as vLLM takes them; the onnx engine does not:
//           narrow `serves` for such a node)
//   openai  everything
// No kind has a context limit unless `max_context_tokens` sets one.
//
// Model aliases: with the policy's `models:` section (the aliases clients may ask for), a target with a `models:`
// mapping serves exactly the aliases it lists, and one without serves them all under their own names. Without
// the section any alias may arrive, and a mapping only renames: an alias it does not list passes through as is.
import type { Needs } from '../inspect/needs.ts';
import { TASKS, type ServesSpec, type TargetKind, type TargetSpec, type Task } from './schema.ts';

/** A target's capabilities with its kind's defaults filled in. */
export interface Capabilities {
  tasks: readonly Task[];
  tools: boolean;
  json_schema: boolean;
  vision: boolean;
  /** Absent: no limit. */
  max_context_tokens?: number;
}

export const KIND_CAPABILITIES: Readonly<Record<TargetKind, Capabilities>> = {
  edge: { tasks: TASKS, tools: false, json_schema: false, vision: false },
  lambda: { tasks: ['chat'], tools: true, json_schema: true, vision: false },
  onprem: { tasks: TASKS, tools: true, json_schema: true, vision: true },
  openai: { tasks: TASKS, tools: true, json_schema: true, vision: true },
};

export function capabilitiesOf(spec: { kind: TargetKind; serves?: ServesSpec | undefined }): Capabilities {
  const defaults = KIND_CAPABILITIES[spec.kind];
  const s = spec.serves ?? {};
  const max = s.max_context_tokens ?? defaults.max_context_tokens;
  return {
    tasks: s.tasks ?? defaults.tasks,
    tools: s.tools ?? defaults.tools,
    json_schema: s.json_schema ?? defaults.json_schema,
    vision: s.vision ?? defaults.vision,
    ...(max !== undefined ? { max_context_tokens: max } : {}),
  };
}

/**
 * Whether the target serves this model alias: listed in its `models:` mapping, or it has none — or the policy
 * declares no aliases (`declared` false), when a mapping only renames.
 */
export function servesAlias(spec: Pick<TargetSpec, 'models'>, alias: string | undefined, declared = true): boolean {
  if (!declared || spec.models === undefined || alias === undefined) return true;
  return Object.hasOwn(spec.models, alias);
}

/** What routing knows about a request that a target must serve. */
export interface Demand {
  task: Task;
  model?: string | undefined;
  /** Absent (e.g. a request recorded before needs were): nothing beyond the task and model. */
  needs?: Needs | undefined;
}

/**
 * Why `spec` cannot serve the request: short phrases for the decision trail (`no tools`, `task embeddings`,
 * `context 5000 > 2048`); empty when it can. Never quotes the request: the model is named only as unmapped.
 * `aliasesDeclared`: the policy has a `models:` section (servesAlias).
 */
export function unmet(spec: TargetSpec, d: Demand, aliasesDeclared = true): string[] {
  const caps = capabilitiesOf(spec);
  const out: string[] = [];
  if (!caps.tasks.includes(d.task)) out.push(`no ${d.task}`);
  if (!servesAlias(spec, d.model, aliasesDeclared)) out.push('model not in its models mapping');
  const n = d.needs;
  if (n === undefined) return out;
  if (n.tools && !caps.tools) out.push('no tools');
  if (n.structuredOutput && !caps.json_schema) out.push(`no ${n.structuredOutput}`);
  if (n.vision && !caps.vision) out.push('no vision');
  if (caps.max_context_tokens !== undefined && n.contextTokens > caps.max_context_tokens)
    out.push(`context ${Math.ceil(n.contextTokens)} > ${caps.max_context_tokens}`);
  return out;
}
