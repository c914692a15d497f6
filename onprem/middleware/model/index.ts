// Step: the model the request names — the engine serves it (404 `model_not_found`), the caller's API key may
// use it (403 `model_not_allowed`), and it serves this task (400 `model_not_supported`). Only a model the
// engine serves reaches the audit line; an unknown id is client text and is recorded as "unknown".
// GET /v1/models lists the engine's models the caller may use.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), inspect(), model({ engine }), ...)
//   app.get('/v1/models', listModels({ engine }))
import type { Handler, MiddlewareHandler } from 'hono';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Engine } from '../../engines/engine.ts';
import { modelAllowed, type AuthVariables } from '../auth/index.ts';
import type { BodyVariables } from '../body/index.ts';
import type { ContextVariables } from '../context/index.ts';

export interface ModelOptions {
  engine: Pick<Engine, 'models'>;
}

export function model(options: ModelOptions): MiddlewareHandler<{ Variables: ContextVariables & AuthVariables & BodyVariables }> {
  const { engine } = options;
  return async function model(c, next) {
    const { task, body } = c.get('request');
    const served = engine.models().find((m) => m.id === body.model);
    if (!served) throw errors.notFound('The model does not exist on this node; GET /v1/models lists them.', 'model_not_found', 'model');
    c.get('record').model = served.id;
    if (!modelAllowed(c.get('caller'), served.id))
      throw errors.forbidden(`This API key may not use the model '${served.id}'.`, 'model_not_allowed');
    if (!served.tasks.includes(task))
      throw errors.badRequest(`The model '${served.id}' does not serve ${task}.`, 'model', 'model_not_supported');
    await next();
  };
}

/**
 * GET /v1/models: the engine's models this caller may use, in OpenAI's list shape; where the node runs a model
 * itself, `triage` says what it is (a built-in demo or a folder, its version and variant) and its tasks.
 */
export function listModels(options: ModelOptions): Handler<{ Variables: AuthVariables }> {
  const { engine } = options;
  return function listModels(c) {
    const data = engine
      .models()
      .filter((m) => modelAllowed(c.get('caller'), m.id))
      .map((m) => ({
        id: m.id,
        object: 'model',
        created: 0,
        owned_by: 'triage-onprem',
        ...(m.info ? { triage: { ...m.info, tasks: m.tasks } } : {}),
      }));
    return c.json({ object: 'list', data });
  };
}
