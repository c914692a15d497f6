// `openai` target: any OpenAI-compatible server (OpenAI, vLLM, TGI, llama.cpp server, LiteLLM …).
// POST `${base_url}/chat/completions` (or /embeddings, /classify) with `Authorization: Bearer <secret>` read
// from the binding named by `api_key_secret`. Upstream answers are mapped by http.ts.
import type { Env } from '../env.ts';
import type { TargetSpec } from '../../shared/core/policy/types.ts';
import { TASK_PATHS } from '../../shared/protocol/openai/routes.ts';
import { joinUrl, mapUpstream, networkError, traceHeaders, upstreamBody } from './http.ts';
import { refuseSensitive, TargetError, type Target, type TargetRequest } from './target.ts';

type OpenAiSpec = Extract<TargetSpec, { kind: 'openai' }>;

export function openAiTarget(name: string, spec: TargetSpec, env: Env): Target {
  if (spec.kind !== 'openai') throw new Error(`openAiTarget: target ${name} is of kind ${spec.kind}`);
  const s: OpenAiSpec = spec;
  return {
    name,
    kind: 'openai',
    spec,
    async call(req: TargetRequest): Promise<Response> {
      refuseSensitive(name, spec, req);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: req.stream ? 'text/event-stream' : 'application/json',
        ...traceHeaders(req),
      };
      if (s.api_key_secret !== undefined) {
        const key = readSecret(env, s.api_key_secret);
        if (!key) throw new TargetError(`target ${name}: secret ${s.api_key_secret} (api_key_secret) is not set`, 503, false);
        headers.authorization = `Bearer ${key}`;
      }
      let res: Response;
      try {
        res = await fetch(joinUrl(s.base_url, TASK_PATHS[req.task]), {
          method: 'POST',
          headers,
          body: JSON.stringify(upstreamBody(req)),
          signal: req.signal,
        });
      } catch (err) {
        throw networkError(name, err, req.signal);
      }
      return mapUpstream(name, res, req);
    },
  };
}

/** Secrets are bindings looked up by the name the policy gives (never the key itself in the policy). */
export function readSecret(env: Env, name: string): string | undefined {
  const v = (env as unknown as Record<string, unknown>)[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}
