// The node's nonce store, as configured (TRIAGE_ONPREM_NONCE_STORE, onprem/config.ts):
//   memory       one process's memory (shared/protocol/signing MemoryNonceCache): the default, right for ONE replica.
//                Its fence is the moment the node starts, so a request the previous process accepted is
//                refused after a restart. Two processes at once (replicas, or a rolling update's surge pod)
//                would each accept the same request once: use Redis then.
//   redis://…    one Redis every replica shares (redis-nonce-cache.ts); rediss:// for TLS.
//
//   const nonces = await openNonceStore(config.nonceStore, { log });   // before the node takes requests
//   await nonces.close();                                                // after it stopped taking them
import { MemoryNonceCache, type NonceCache } from '../../shared/protocol/signing/index.ts';
import type { NonceStoreConfig } from '../config.ts';

export interface NonceStore extends NonceCache {
  close(): Promise<void>;
}

/** Nonces are kept for one replay window; sized for a busy node (entries are ~100 bytes). */
export const MEMORY_NONCE_ENTRIES = 1_000_000;

export interface NonceStoreOptions {
  /** Availability changes of a shared store (level, message, and an error code or name). */
  onState?: (state: 'up' | 'down', detail?: string) => void;
}

export async function openNonceStore(config: NonceStoreConfig, options: NonceStoreOptions = {}): Promise<NonceStore> {
  if (config.kind === 'memory') return Object.assign(new MemoryNonceCache(MEMORY_NONCE_ENTRIES), { close: async () => {} });
  // Loaded only for a shared store: the Redis client is the largest code the node has (a slower start).
  const { RedisNonceCache } = await import('./redis-nonce-cache.ts');
  return RedisNonceCache.open({
    url: config.url,
    keyPrefix: config.keyPrefix,
    timeoutMs: config.timeoutMs,
    ...(options.onState ? { onState: options.onState } : {}),
  });
}
