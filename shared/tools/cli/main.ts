// `triage` — entry and command dispatch. Node-only, like all of shared/tools/ (the pure layers of shared/ run
// in workerd too).
import { readFileSync } from 'node:fs';
import { auditCommand } from './audit.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { keysCommand } from './keys.ts';
import { modelsCommand } from './models.ts';
import { piiCommand } from './pii.ts';
import { policyCommand } from './policy.ts';
import { startCommand } from './start.ts';

export const USAGE = `usage: triage <command>

  triage policy check FILE...                   validate and statically check routing policies
  triage policy explain FILE --request REQ.json [--json]
                                                show the decision for a request, and why
  triage policy diff DIR|FILE... [--json]       the shadow policy's recorded decisions vs the live ones,
                                                from decision receipts (KV policy/shadow)
  triage policy replay CANDIDATE --receipts DIR|FILE... [--json]
                                                re-decide recorded receipts under CANDIDATE, before a rollout
  triage policy push FILE [WHERE]               validate FILE (as check does), keep it as the next version
                                                and make it live in the edge's KV (policy/current)
  triage policy versions [WHERE]                the live policy and the kept versions
  triage policy rollback [N|default] [WHERE]    make kept version N (default: the one before the live
                                                one) live again; "default": the bundled default policy
  triage keys create --tenant T [--id ID] [--models a,b] [--rpm N] [--tpm N] [WHERE|--onprem FILE] [--print]
                                                a new API key: prints it once, stores only its hash
  triage keys list [WHERE|--onprem FILE]        the keys (id, tenant, status, hash prefix; never a secret)
  triage keys revoke ID [WHERE|--onprem FILE]   the key is refused from now on (the record stays, disabled)
                    WHERE: the local stack's KV (default; --persist-to DIR for another state folder), or
                    a deployed Worker's (--env ENV, or --remote for the top-level environment)
  triage pii --jsonl                            {"id","text"} lines on stdin -> {"id","pii","entities"} lines
  triage pii scan TEXT|-                        human-readable PII scan of TEXT (or stdin with -)
  triage pii score SET.jsonl [--tagger DIR] [--show-misses N] [--show-false-alarms N] [--by-lang] [--json]
                                                score the detector on a labelled set (docs/pii-labels.md)
  triage models checksum DIR [--check]          write DIR/checksums.json (SHA-256 of every file), which a
                                                model folder needs to load; --check verifies it instead
  triage audit verify DIR|FILE... [--public-key PEM]
                                                check decision receipts: chains (gaps, edits, reordering)
                                                and checkpoint signatures; exit 1 on any problem
  triage audit report --from ISO --to ISO [--tenant T] [--json] [--public-key PEM]
                    [--onprem-audit FILE] DIR|FILE...
                                                requests by sensitivity x target, redactions, fallbacks,
                                                policy versions, and the checked statement "0 sensitive
                                                requests reached a non-onprem target"; exit 1 if it fails
  triage audit keygen DIR                       an Ed25519 key pair for RECEIPT_SIGNING_KEY
  triage audit pull OUT [--persist-to DIR]      copy the local stack's receipts (wrangler's local R2) to OUT
  triage start                                  run the stack locally (what npm start does)
  triage --version                              the version
  triage help                                   this text (also: triage COMMAND --help)
`;

export function nodeIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
  };
}

/** The package's version (package.json at the repository root). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const asksForHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  // `triage policy --help`, `triage audit verify -h`: the usage, not an error.
  if (command !== undefined && asksForHelp(rest)) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'pii':
        return await piiCommand(rest, io);
      case 'policy':
        return await policyCommand(rest, io);
      case 'models':
        return await modelsCommand(rest, io);
      case 'audit':
        return await auditCommand(rest, io);
      case 'start':
        return await startCommand(rest, io);
      case 'keys':
        return await keysCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      case 'version':
      case '--version':
      case '-v':
        io.stdout(`triage ${version()}\n`);
        return EXIT.ok;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`triage: ${err.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw err;
  }
}
