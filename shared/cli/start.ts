// `triage start` (what `npm start` runs): the stack on this machine, and a ready-to-paste curl.
import { join } from 'node:path';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { startEdge } from './stack.ts';

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const port = Number(process.env.PORT ?? 8787);
  if (args.length) throw new UsageError(`start takes no arguments (set PORT to change the edge's port, now ${port})`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  const persistTo = join(import.meta.dirname, '..', '..', '.wrangler', 'state');

  io.stderr(`[1/2] seeding a development API key into local KV …\n[2/2] starting the edge Worker (wrangler dev --local, workerd) on port ${port} …\n`);
  const t0 = Date.now();
  const edge = await startEdge({ port, persistTo, onLog: (line) => io.stderr(`  [edge] ${line}\n`) });
  const body = JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: 'How do I reset my password?' }], max_tokens: 32 });
  io.stdout(
    `\nTriage edge is up in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${edge.url}\n` +
      `  default policy (shared/policy/policies/default.yaml), models built from code (shared/models/dist)\n\n` +
      `Try it:\n\n` +
      `curl -sS -D - ${edge.url}/v1/chat/completions \\\n  -H "Authorization: Bearer ${edge.apiKey}" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}'\n\n` +
      `(decision headers: x-triage-target, -target-kind, -rule, -policy, -pii, -fallbacks). Ctrl-C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    const quit = () => void edge.stop().then(resolve);
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
  });
  return EXIT.ok;
}
