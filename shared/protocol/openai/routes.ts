// The client API's paths (docs/design.md "Contracts"), served by the edge and the on-prem node alike. An upstream's
// base URL ends in its API version (`…/v1`), so targets and engines append TASK_PATHS to it.
import type { Task } from './schema.ts';

/** The OpenAI route for a task, relative to a base URL that ends in the API version (`…/v1`). */
export const TASK_PATHS: Record<Task, string> = {
  chat: '/chat/completions',
  embeddings: '/embeddings',
  classify: '/classify',
};

/** The API routes both gateways serve (each adds its own health and metrics routes). */
export const API_ROUTES = {
  chat: '/v1/chat/completions',
  embeddings: '/v1/embeddings',
  classify: '/v1/classify',
  models: '/v1/models',
  /** The edge's only: translated to chat there, so what reaches the on-prem node is a chat request. */
  responses: '/v1/responses',
} as const;
