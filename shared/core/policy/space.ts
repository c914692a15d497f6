// The finite request space of a policy: every request the edge can route falls into one of finitely many
// classes that no condition of the policy can tell apart, so proving a property for one representative
// of each class proves it for every request. Dimensions and their classes, given the constants the
// policy mentions:
//
//   pii        one yes/no dimension per group of PII types (types in exactly the same `pii:` lists are
//              interchangeable); a request's PII is the set of groups present
//   unscanned  likewise over UNSCANNED_KINDS, grouped by `unscanned:` lists and targets' allow_unscanned
//   task       chat | embeddings | classify
//   stream     false | true (true only with chat: the edge never streams other tasks)
//   model      each alias mentioned and "any other" — with `models:` declared, only the declared aliases,
//              each only for the tasks it lists (the edge answers 404/400 before routing otherwise)
//   tokens     integer intervals between every bound mentioned (≥ 0)
//   tenant, metadata.<key>, header.<name>   each value mentioned and "any other" (which includes absent:
//              a condition on the value holds for neither)
//   sticky     false | true, only when the policy has a `sticky:` section (else no session is ever sticky)
//
// Conditions become formulas over these dimensions (formula.ts); an assignment found by the search turns
// back into a concrete RequestFeatures (to evaluate) and a readable description (for the diagnostic).
import { UNSCANNED_KINDS, type UnscannedKind } from '../inspect/unscanned.ts';
import { TASKS, type Task } from '../../protocol/openai/schema.ts';
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import { and, has, inClasses, not, or, type Domains, type Formula } from './formula.ts';
import type { Condition, PolicySpec } from './schema.ts';
import type { RequestFeatures } from './types.ts';

type SetKey = 'model' | 'tenant' | `metadata.${string}` | `header.${string}`;

interface GroupDim<T extends string> {
  kind: 'pii' | 'unscanned';
  /** Interchangeable members, in declaration order; the first one represents the group. */
  members: T[];
}
interface ValueDim {
  kind: 'set';
  key: SetKey;
  /** The values mentioned; class values.length (when `open`) is "any other value, or none". */
  values: string[];
  open: boolean;
}
type Dimension =
  | GroupDim<PiiType>
  | GroupDim<UnscannedKind>
  | ValueDim
  | { kind: 'task' }
  | { kind: 'stream' }
  | { kind: 'sticky' }
  | { kind: 'tokens'; starts: number[] };

const PRESENT = 1;

/** Every condition in the policy, any_of branches included. */
function conditions(spec: PolicySpec): Condition[] {
  const out: Condition[] = [];
  const walk = (c: Condition) => {
    out.push(c);
    c.any_of?.forEach(walk);
  };
  spec.rules.forEach((r) => walk(r.when));
  return out;
}

/** Partition `universe` into groups of members that appear in exactly the same lists. */
function groupBy<T extends string>(universe: readonly T[], lists: readonly (readonly T[])[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const m of universe) {
    const signature = lists.map((l) => (l.includes(m) ? '1' : '0')).join('');
    const g = groups.get(signature);
    if (g) g.push(m);
    else groups.set(signature, [m]);
  }
  return [...groups.values()];
}

const ownEntries = <V>(r: Readonly<Record<string, V>> | undefined): [string, V][] => (r ? Object.entries(r) : []);

export class RequestSpace {
  readonly dims: Dimension[] = [];
  /** Number of classes per dimension (what the search iterates). */
  readonly sizes: number[] = [];
  /** Holds for exactly the requests the edge can hand to the policy (stream only with chat; declared models). */
  readonly world: Formula;
  /** Some PII was found / none was. */
  readonly piiAny: Formula;
  readonly piiNone: Formula;
  /** The request's session is sticky (never, without a `sticky:` section). */
  readonly stickyYes: Formula;
  /** The policy routes on unscanned content somewhere (so descriptions mention it even when none). */
  private readonly mentionsUnscanned: boolean;

  private readonly piiDims: number[] = [];
  private readonly unscannedDims: number[] = [];
  private readonly valueDims = new Map<SetKey, number>();
  private readonly taskDim: number;
  private readonly streamDim: number;
  private readonly tokensDim: number;
  /** -1 without a `sticky:` section. */
  private readonly stickyDim: number;

  constructor(private readonly spec: PolicySpec) {
    const conds = conditions(spec);
    const piiLists = [
      ...conds.flatMap((c) => (Array.isArray(c.pii) ? [c.pii] : [])),
      ...Object.values(spec.targets).flatMap((t) => ('allow_redacted' in t && t.allow_redacted ? [t.allow_redacted] : [])),
    ];
    const unscannedLists = [
      ...conds.flatMap((c) => (Array.isArray(c.unscanned) ? [c.unscanned] : [])),
      ...Object.values(spec.targets).flatMap((t) => ('allow_unscanned' in t && t.allow_unscanned ? [t.allow_unscanned] : [])),
    ];
    this.mentionsUnscanned = conds.some((c) => c.unscanned !== undefined) || unscannedLists.length > 0;
    for (const members of groupBy(PII_TYPES, piiLists)) this.piiDims.push(this.add({ kind: 'pii', members }, 2));
    for (const members of groupBy(UNSCANNED_KINDS, unscannedLists)) this.unscannedDims.push(this.add({ kind: 'unscanned', members }, 2));
    this.taskDim = this.add({ kind: 'task' }, TASKS.length);
    this.streamDim = this.add({ kind: 'stream' }, 2);

    const declared = spec.models ? Object.keys(spec.models) : undefined;
    this.addValues('model', declared ?? conds.flatMap((c) => c.model ?? []), declared === undefined);
    const starts = new Set([0]);
    for (const c of conds) {
      if (c.tokens?.min !== undefined) starts.add(c.tokens.min);
      if (c.tokens?.max !== undefined) starts.add(c.tokens.max + 1);
    }
    this.tokensDim = this.add({ kind: 'tokens', starts: [...starts].sort((x, y) => x - y) }, starts.size);
    this.addValues(
      'tenant',
      conds.flatMap((c) => c.tenant ?? []),
      true,
    );
    const metadata = new Map<string, string[]>();
    const headers = new Map<string, string[]>();
    for (const c of conds) {
      for (const [k, vs] of ownEntries(c.metadata)) metadata.set(k, [...(metadata.get(k) ?? []), ...vs]);
      for (const [h, vs] of ownEntries(c.headers)) headers.set(h.toLowerCase(), [...(headers.get(h.toLowerCase()) ?? []), ...vs]);
    }
    for (const [k, vs] of metadata) this.addValues(`metadata.${k}`, vs, true);
    for (const [h, vs] of headers) this.addValues(`header.${h}`, vs, true);

    this.stickyDim = spec.sticky ? this.add({ kind: 'sticky' }, 2) : -1;
    this.stickyYes = this.stickyDim < 0 ? or() : this.is(this.stickyDim, PRESENT);
    this.piiAny = or(...this.piiDims.map((d) => this.is(d, PRESENT)));
    this.piiNone = not(this.piiAny);
    this.world = and(this.streamOnlyWithChat(), this.declaredModels());
  }

  private add(d: Dimension, size: number): number {
    this.dims.push(d);
    this.sizes.push(size);
    return this.dims.length - 1;
  }

  private addValues(key: SetKey, values: readonly string[], open: boolean): void {
    const distinct = [...new Set(values)];
    this.valueDims.set(key, this.add({ kind: 'set', key, values: distinct, open }, distinct.length + (open ? 1 : 0)));
  }

  private is(dim: number, cls: number): Formula {
    return inClasses(dim, this.sizes[dim]!, (c) => c === cls);
  }

  private streamOnlyWithChat(): Formula {
    return or(this.is(this.streamDim, 0), this.is(this.taskDim, TASKS.indexOf('chat')));
  }

  private declaredModels(): Formula {
    const models = this.spec.models;
    if (!models) return and();
    const dim = this.valueDims.get('model')!;
    return or(
      ...Object.entries(models).map(([, alias], i) =>
        and(
          this.is(dim, i),
          inClasses(this.taskDim, TASKS.length, (t) => alias.tasks.includes(TASKS[t]!)),
        ),
      ),
    );
  }

  /** The value in `key` is one of `values` (absent or any other value: false). */
  private valueIn(key: SetKey, values: readonly string[]): Formula {
    const dim = this.valueDims.get(key)!;
    const d = this.dims[dim] as ValueDim;
    return inClasses(dim, this.sizes[dim]!, (c) => c < d.values.length && values.includes(d.values[c]!));
  }

  /** Some member of one of `groups` present (`members` = the listed types or kinds). */
  private groupsMeeting(dims: readonly number[], listed: readonly string[]): Formula {
    return or(
      ...dims.filter((d) => (this.dims[d] as GroupDim<string>).members.some((m) => listed.includes(m))).map((d) => this.is(d, PRESENT)),
    );
  }

  /** The requests a condition holds for. */
  condition(c: Condition): Formula {
    const parts: Formula[] = [];
    if (c.pii === 'any') parts.push(this.piiAny);
    else if (c.pii === 'none') parts.push(this.piiNone);
    else if (c.pii !== undefined) parts.push(this.groupsMeeting(this.piiDims, c.pii));
    const unscannedAny = or(...this.unscannedDims.map((d) => this.is(d, PRESENT)));
    if (c.unscanned === 'any') parts.push(unscannedAny);
    else if (c.unscanned === 'none') parts.push(not(unscannedAny));
    else if (c.unscanned !== undefined) parts.push(this.groupsMeeting(this.unscannedDims, c.unscanned));
    if (c.tokens !== undefined) {
      const { min = 0, max = Infinity } = c.tokens;
      const starts = (this.dims[this.tokensDim] as { starts: number[] }).starts;
      // Intervals never straddle a bound, so testing an interval's first value decides it.
      parts.push(inClasses(this.tokensDim, starts.length, (i) => starts[i]! >= min && starts[i]! <= max));
    }
    if (c.task !== undefined) parts.push(inClasses(this.taskDim, TASKS.length, (t) => c.task!.includes(TASKS[t]!)));
    if (c.stream !== undefined) parts.push(this.is(this.streamDim, c.stream ? 1 : 0));
    if (c.model !== undefined) parts.push(this.valueIn('model', c.model));
    if (c.tenant !== undefined) parts.push(this.valueIn('tenant', c.tenant));
    for (const [k, vs] of ownEntries(c.metadata)) parts.push(this.valueIn(`metadata.${k}`, vs));
    for (const [h, vs] of ownEntries(c.headers)) parts.push(this.valueIn(`header.${h.toLowerCase()}`, vs));
    if (c.sticky !== undefined) parts.push(c.sticky ? this.stickyYes : not(this.stickyYes));
    if (c.any_of !== undefined) parts.push(or(...c.any_of.map((b) => this.condition(b))));
    return and(...parts);
  }

  /** The policy declares its model aliases (a `models:` section). */
  get aliasesDeclared(): boolean {
    return this.spec.models !== undefined;
  }

  /** The request's task is one of `tasks`. */
  taskIn(tasks: readonly Task[]): Formula {
    return inClasses(this.taskDim, TASKS.length, (t) => tasks.includes(TASKS[t]!));
  }

  /** The requested model is one of `aliases` (any other, or none: false). */
  modelIn(aliases: readonly string[]): Formula {
    return this.valueIn('model', aliases);
  }

  /** Some PII type present that `allowed` does not list (a target's allow_redacted). */
  piiOutside(allowed: readonly PiiType[]): Formula {
    return this.groupsMeeting(
      this.piiDims,
      PII_TYPES.filter((t) => !allowed.includes(t)),
    );
  }

  /** Some unscanned content present. */
  get unscannedAny(): Formula {
    return or(...this.unscannedDims.map((d) => this.is(d, PRESENT)));
  }

  /** Some unscanned kind present that `allowed` does not list. */
  unscannedOutside(allowed: readonly UnscannedKind[]): Formula {
    const outside = UNSCANNED_KINDS.filter((k) => !allowed.includes(k));
    return this.groupsMeeting(this.unscannedDims, outside);
  }

  /** The class shown for a dimension: of those the search left possible (any would do), the plainest. */
  private classOf(a: Domains, dim: number): number {
    const dom = a[dim]!;
    const d = this.dims[dim]!;
    const plainest = d.kind === 'set' && d.open ? d.values.length : 0;
    if (has(dom, plainest)) return plainest;
    for (let c = 0; c < this.sizes[dim]!; c++) if (has(dom, c)) return c;
    return plainest; // an empty domain is never part of a solution
  }

  private members<T extends string>(a: Domains, dims: readonly number[]): T[] {
    return dims.filter((d) => this.classOf(a, d) === PRESENT).map((d) => (this.dims[d] as GroupDim<T>).members[0]!);
  }

  private value(a: Domains, key: SetKey): string | undefined {
    const dim = this.valueDims.get(key)!;
    const d = this.dims[dim] as ValueDim;
    return d.values[this.classOf(a, dim)];
  }

  /** A concrete request in the class an assignment names (a representative of every group present). */
  features(a: Domains): RequestFeatures {
    // Entries, not assignment: a key such as "__proto__" must become an own property.
    const metadata: [string, string][] = [];
    const headers: [string, string][] = [];
    for (const key of this.valueDims.keys()) {
      const v = this.value(a, key);
      if (v === undefined) continue;
      if (key.startsWith('metadata.')) metadata.push([key.slice('metadata.'.length), v]);
      else if (key.startsWith('header.')) headers.push([key.slice('header.'.length), v]);
    }
    const tenant = this.value(a, 'tenant');
    return {
      piiTypes: this.members<PiiType>(a, this.piiDims),
      unscanned: this.members<UnscannedKind>(a, this.unscannedDims),
      estimatedTokens: (this.dims[this.tokensDim] as { starts: number[] }).starts[this.classOf(a, this.tokensDim)]!,
      model: this.value(a, 'model') ?? this.otherModel(),
      task: TASKS[this.classOf(a, this.taskDim)]!,
      stream: this.classOf(a, this.streamDim) === 1,
      metadata: Object.fromEntries(metadata),
      headers: Object.fromEntries(headers),
      ...(tenant !== undefined ? { tenant } : {}),
      ...(this.stickyDim >= 0 && this.classOf(a, this.stickyDim) === PRESENT ? { sticky: true } : {}),
    };
  }

  /** A model name no condition mentions (the edge always has one). */
  private otherModel(): string {
    const mentioned = (this.dims[this.valueDims.get('model')!] as ValueDim).values;
    let name = 'other-model';
    while (mentioned.includes(name)) name += '-';
    return name;
  }

  /** `a request with pii [EMAIL], task chat, model triage-small, tokens 2049, stream false, tenant (any other)`. */
  describe(a: Domains): string {
    const f = this.features(a);
    const parts = [f.piiTypes.length ? `pii [${f.piiTypes.join(', ')}]` : 'no pii'];
    if (f.unscanned.length) parts.push(`unscanned [${f.unscanned.join(', ')}]`);
    else if (this.mentionsUnscanned) parts.push('no unscanned content');
    const other = '(any other)';
    parts.push(`task ${f.task}`, `model ${this.value(a, 'model') ?? other}`, `tokens ${f.estimatedTokens}`, `stream ${f.stream}`);
    parts.push(`tenant ${f.tenant ?? other}`);
    if (this.stickyDim >= 0) parts.push(f.sticky ? 'sticky session' : 'no sticky session');
    for (const key of this.valueDims.keys()) {
      if (key === 'model' || key === 'tenant') continue;
      const label = key.startsWith('header.') ? `header ${key.slice('header.'.length)}` : key;
      parts.push(`${label} ${this.value(a, key) ?? other}`);
    }
    return `a request with ${parts.join(', ')}`;
  }
}
