// The Worker's entry: the Hono app (app.ts) and the Durable Object classes wrangler.toml binds.
import { app } from './app.ts';

export default app;
