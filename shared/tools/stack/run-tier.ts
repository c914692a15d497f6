// The child side of tier-programs.ts: `tsx shared/tools/stack/run-tier.ts <tier> [args…]` runs that tier's
// program in this process. The tier's name is taken out of process.argv first, so the program reads its own
// arguments as if it had been started by itself. Node-only.
import { isTierProgram, TIER_PROGRAMS } from './tier-programs.ts';

const [tier] = process.argv.splice(2, 1);
if (!isTierProgram(tier)) {
  process.stderr.write(`usage: run-tier.ts <${Object.keys(TIER_PROGRAMS).join('|')}> [args…]\n`);
  process.exit(2);
}
await TIER_PROGRAMS[tier]();
