// What cache() leaves on the context: whether the answer came from the cache (types only).

export type CacheStatus = 'hit' | 'miss' | 'bypass';

export interface CacheVars {
  cache: CacheStatus;
}
