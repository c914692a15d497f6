// `openai` target: any OpenAI-compatible server (OpenAI, vLLM, TGI, llama.cpp server, LiteLLM …).
// POST `${base_url}/chat/completions` (or /embeddings, /classify) with `Authorization: Bearer <secret>` read
// from the binding named by `api_key_secret`. Upstream answers are mapped by http.ts.
import type { Env } from '../env.ts';
import { TASK_PATHS } from '../../shared/protocol/openai/routes.ts';
import { jsonHeaders, joinUrl, mapUpstream, postUpstream, upstreamBody } from './http.ts';
import { targetClient, TargetError, type TargetClient, type TargetSpecOf } from './target.ts';

export function openAiClient(name: string, spec: TargetSpecOf<'openai'>, env: Env): TargetClient<'openai'> {
  return targetClient(name, spec, async (req) => {
    const headers = jsonHeaders(req);
    const key = apiKey(name, spec, env);
    if (key !== undefined) headers.authorization = `Bearer ${key}`;
    const res = await postUpstream(name, fetch, joinUrl(spec.base_url, TASK_PATHS[req.task]), {
      headers,
      body: JSON.stringify(upstreamBody(req)),
      signal: req.signal,
    });
    return mapUpstream(name, res, req);
  });
}

/** The API key the spec names (undefined if it names none); 503 if the named secret is not set. */
function apiKey(name: string, spec: TargetSpecOf<'openai'>, env: Env): string | undefined {
  if (spec.api_key_secret === undefined) return undefined;
  const key = readSecret(env, spec.api_key_secret);
  if (!key) throw new TargetError(`target ${name}: secret ${spec.api_key_secret} (api_key_secret) is not set`, 503, false);
  return key;
}

/** Secrets are bindings looked up by the name the policy gives (never the key itself in the policy). */
function readSecret(env: Env, name: string): string | undefined {
  const v: unknown = Reflect.get(env, name);
  return typeof v === 'string' && v !== '' ? v : undefined;
}
