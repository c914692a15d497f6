// One real Redis for the node project's tests (test/support/redis.ts): started before them, stopped after.
// Tests read its URL with `inject('redisUrl')` and use a key prefix of their own, so they can share it.
import type { TestProject } from 'vitest/node';
import { startRedis } from './redis.ts';

export default async function setup(project: TestProject) {
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** redis://127.0.0.1:PORT — persistence off; shared by every test file of the node project. */
    redisUrl: string;
  }
}
