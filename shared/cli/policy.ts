// `triage policy check|explain` — placeholder until shared/policy lands (being written now).
import { type CliIo, UsageError } from './io.ts';

export async function policyCommand(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError('policy commands are not implemented yet');
}
