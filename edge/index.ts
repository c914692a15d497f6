// The Worker's entry: the Hono app (app.ts) and the Durable Object classes wrangler.toml binds.
import { app } from './app.ts';

export { RateLimiter } from './middleware/rate-limit/index.ts';
export { StickySessions } from './middleware/sticky/index.ts';

export default app;
