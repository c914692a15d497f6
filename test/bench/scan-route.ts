// Scan + route: the per-request work the edge does before it calls any target — parse the body, scan it
// (shared/core/inspect: every string and key, normalized, per text and joined), estimate tokens, evaluate the
// routing policy. Beside it, the rule detectors alone over the message texts (what the scan costed before it
// read the whole body and normalized it), so the price of the full scan is a ratio measured in the same run.
import { readFileSync } from 'node:fs';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { inspectRequest } from '../../shared/core/inspect/index.ts';
import { scanText } from '../../shared/core/pii/detect.ts';
import { ChatCompletionRequest } from '../../shared/protocol/openai/schema.ts';
import { evaluatePolicy, loadPolicy } from '../../shared/core/policy/index.ts';
import type { RequestFeatures } from '../../shared/core/policy/types.ts';
import { estimateTokens } from '../../shared/core/tokens/estimate.ts';
import { makePrompt } from './prompts.ts';
import { progress, sample, table } from './stats.ts';

const policyFile = new URL('../../shared/core/policy/policies/default.yaml', import.meta.url);

export function run(samples: number): void {
  const loaded = loadPolicy(readFileSync(policyFile, 'utf8'), 'default.yaml');
  if (!loaded.ok) throw new Error('default policy does not load');
  const policy = loaded.policy;

  const rows: (string | number)[][] = [];
  const tokenRows: (string | number)[][] = [];
  for (const size of [1024, 16 * 1024]) {
    for (const withPii of [false, true]) {
      const label = `${size / 1024} KB${withPii ? ' +PII' : ''}`;
      progress(`scan + route, ${label}`);
      const prompt = makePrompt(size, withPii);
      const body = JSON.stringify({
        model: 'triage-small',
        max_tokens: 256,
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: prompt },
        ],
      });
      const n = size > 4096 ? Math.ceil(samples / 8) : samples;

      const parse = () => ChatCompletionRequest.parse(JSON.parse(body));
      const parsed = parse();
      const inspect = () => inspectRequest({ task: 'chat', body: parsed });
      const features = (): RequestFeatures => {
        const i = inspect();
        return {
          piiTypes: i.piiTypes,
          unscanned: i.unscanned,
          estimatedTokens: i.estimatedTokens,
          model: i.model,
          task: i.task,
          stream: i.stream,
          tenant: 'acme',
          metadata: {},
          headers: {},
        };
      };
      const f = features();
      const route = () => evaluatePolicy(policy, f);

      const messageTexts = parsed.messages.map((m) => String(m.content));
      const tParse = sample(parse, n);
      const tDetect = sample(() => messageTexts.map((t) => scanText(t)), n);
      const tInspect = sample(inspect, n);
      const tRoute = sample(route, n);
      const tTotal = sample(() => evaluatePolicy(policy, features()), n);
      const decision = route();
      rows.push([
        label,
        tParse.p50,
        tDetect.p50,
        tInspect.p50,
        tInspect.p50 / tDetect.p50,
        tInspect.p99,
        tRoute.p50,
        tTotal.p50,
        tTotal.p99,
        body.length / tInspect.p50, // bytes per µs = MB/s
        tTotal.p50 / tParse.p50,
        decision.kind === 'route' ? decision.target : `refuse (${decision.code})`,
      ]);

      progress(`tokens, ${label}`);
      const tEst = sample(() => estimateTokens(prompt), n);
      const tBpe = sample(() => countTokens(prompt), Math.ceil(n / 4));
      tokenRows.push([label, tEst.p50, tBpe.p50, tBpe.p50 / tEst.p50, estimateTokens(prompt), countTokens(prompt)]);
    }
  }

  console.log('\n## Scan + route per request (µs; baseline = JSON.parse + schema validation of the same body)\n');
  console.log(
    table(
      [
        'prompt',
        'parse p50',
        'detectors p50',
        'scan p50',
        'scan / detectors',
        'scan p99',
        'route p50',
        'scan+route p50',
        'scan+route p99',
        'scan MB/s',
        '× parse',
        'decision',
      ],
      rows,
    ),
  );
  console.log('\n## Token counting (µs): the routing estimator vs a real BPE tokenizer (gpt-tokenizer, o200k_base)\n');
  console.log(table(['prompt', 'estimate p50', 'o200k p50', 'o200k / estimate', 'estimate', 'o200k'], tokenRows));
}
