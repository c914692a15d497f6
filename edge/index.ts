// The Worker's entry: the Hono app (app.ts) and the Durable Object classes wrangler.toml binds.
import { app } from './app.ts';
import { warmUp } from './warm.ts';

export { RateLimiter } from './middleware/rate-limit/index.ts';
export { StickySessions } from './middleware/sticky/index.ts';
export { ReceiptLog } from './middleware/receipts/index.ts';

// At isolate start, not in the first request (warm.ts).
warmUp();

export default app;
