// Boolean formulas over a finite request space (space.ts), and the search that finds a request satisfying
// one: a small finite-domain solver (DPLL-style: unit propagation, then branching). The static checks
// (check.ts, via prove.ts) phrase every question — "can a request with PII reach this rule?",
// "can any request reach it?" — as one formula and ask for a satisfying request: found = a counterexample,
// none = a proof.
//
// The search keeps, per dimension, the set of classes still possible (its domain). At each step it first
// propagates: what the formula requires narrows the domains (a rule that must not match and whose other
// conditions already hold excludes the classes that would make it match; `pii: any` against "not pii:
// any" is a conflict at once). Then it evaluates the formula in three-valued logic over the domains: false
// prunes the branch, true ends the search (every request left satisfies it), unknown branches on one
// class of the dimension most undecided atoms name. Worst case exponential, so every search draws on a
// step budget; running out throws TooComplex and the caller fails safe (an error, never a silent pass).

/** A formula. `in`: the request's class in dimension `dim` is one of those set in the bit set `allowed`. */
export type Formula =
  | { readonly op: 'in'; readonly dim: number; readonly allowed: Uint32Array }
  | { readonly op: 'and' | 'or'; readonly items: readonly Formula[] }
  | { readonly op: 'not'; readonly item: Formula }
  | { readonly op: 'const'; readonly value: boolean };

export const TRUE: Formula = { op: 'const', value: true };
export const FALSE: Formula = { op: 'const', value: false };

/** The class in dimension `dim` is one of those for which `allowed(class)` holds (`size` classes). */
export function inClasses(dim: number, size: number, allowed: (c: number) => boolean): Formula {
  let count = 0;
  const mask = inClassesMask(size, (c) => allowed(c) && ++count > 0);
  if (count === size) return TRUE;
  if (count === 0) return FALSE;
  return { op: 'in', dim, allowed: mask };
}

const words = (size: number) => Math.max(1, Math.ceil(size / 32));

/** Is class `c` in the bit set? */
export const has = (set: Uint32Array, c: number): boolean => (set[c >>> 5]! & (1 << (c & 31))) !== 0;

export function and(...items: Formula[]): Formula {
  const kept: Formula[] = [];
  for (const f of items) {
    if (f.op === 'const') {
      if (!f.value) return FALSE;
      continue;
    }
    kept.push(f);
  }
  return kept.length === 0 ? TRUE : kept.length === 1 ? kept[0]! : { op: 'and', items: kept };
}

export function or(...items: Formula[]): Formula {
  const kept: Formula[] = [];
  for (const f of items) {
    if (f.op === 'const') {
      if (f.value) return TRUE;
      continue;
    }
    kept.push(f);
  }
  return kept.length === 0 ? FALSE : kept.length === 1 ? kept[0]! : { op: 'or', items: kept };
}

export function not(item: Formula): Formula {
  if (item.op === 'const') return item.value ? FALSE : TRUE;
  if (item.op === 'not') return item.item;
  return { op: 'not', item };
}

/**
 * The classes still possible in each dimension, one bit set per dimension. A search result is such a set
 * of domains where every combination satisfies the formula.
 */
export type Domains = readonly Uint32Array[];

const enum V {
  F = 0,
  T = 1,
  U = 2,
}

/**
 * The formula's value for every request within the domains: T or F if all agree, U otherwise. `open`
 * counts, per dimension, the undecided atoms looked at (the search branches on the most-named one).
 */
function value(f: Formula, d: Domains, budget: Budget, open?: number[]): V {
  switch (f.op) {
    case 'const':
      return f.value ? V.T : V.F;
    case 'in': {
      budget.spend();
      const dom = d[f.dim]!;
      let yes = 0;
      let no = 0;
      for (let w = 0; w < dom.length; w++) {
        yes |= dom[w]! & f.allowed[w]!;
        no |= dom[w]! & ~f.allowed[w]!;
      }
      if (yes && no) {
        if (open) open[f.dim]!++;
        return V.U;
      }
      return yes ? V.T : V.F;
    }
    case 'not': {
      const v = value(f.item, d, budget, open);
      return v === V.U ? V.U : v === V.T ? V.F : V.T;
    }
    case 'and': {
      let out = V.T;
      for (const item of f.items) {
        const v = value(item, d, budget, open);
        if (v === V.F) return V.F;
        if (v === V.U) out = V.U;
      }
      return out;
    }
    case 'or': {
      let out = V.F;
      for (const item of f.items) {
        const v = value(item, d, budget, open);
        if (v === V.T) return V.T;
        if (v === V.U) out = V.U;
      }
      return out;
    }
  }
}

const CONFLICT = 'conflict';

/**
 * Narrows the domains (in place) by what must hold for `f` to have the value `want`: an atom that must
 * hold removes the classes it excludes; an AND that must hold forces every item, an OR only when a single
 * item is still open (unit propagation). Returns whether anything changed, or CONFLICT.
 */
function force(f: Formula, want: boolean, d: Uint32Array[], budget: Budget): boolean | typeof CONFLICT {
  switch (f.op) {
    case 'const':
      return f.value === want ? false : CONFLICT;
    case 'in': {
      budget.spend();
      const dom = d[f.dim]!;
      let changed = false;
      let left = 0;
      for (let w = 0; w < dom.length; w++) {
        const kept = dom[w]! & (want ? f.allowed[w]! : ~f.allowed[w]!);
        if (kept !== dom[w]) changed = true;
        dom[w] = kept;
        left |= kept;
      }
      return left ? changed : CONFLICT;
    }
    case 'not':
      return force(f.item, !want, d, budget);
    case 'and':
    case 'or': {
      // AND true / OR false: every item. AND false / OR true: the one item that can still decide it.
      if ((f.op === 'and') === want) {
        let changed = false;
        for (const item of f.items) {
          const r = force(item, want, d, budget);
          if (r === CONFLICT) return CONFLICT;
          changed ||= r;
        }
        return changed;
      }
      const decided = want ? V.T : V.F;
      let open: Formula | undefined;
      for (const item of f.items) {
        const v = value(item, d, budget);
        if (v === decided) return false;
        if (v === V.U) {
          if (open) return false; // two or more open: nothing forced
          open = item;
        }
      }
      return open ? force(open, want, d, budget) : CONFLICT;
    }
  }
}

/** The search ran out of steps (atoms evaluated): the policy is too complex to prove either way. */
export class TooComplex extends Error {
  constructor(readonly steps: number) {
    super(`search bound of ${steps} steps reached`);
  }
}

/** Steps left for all searches of one policy (shared, so a policy's total work is bounded). */
export class Budget {
  private left: number;
  constructor(readonly steps: number) {
    this.left = steps;
  }
  spend(): void {
    if (--this.left < 0) throw new TooComplex(this.steps);
  }
  /** Steps spent so far. */
  get used(): number {
    return this.steps - this.left;
  }
}

/**
 * Requests satisfying `f` (`sizes[d]` classes in dimension d), as domains every combination of which
 * satisfies it, or null if no request does.
 */
export function satisfy(f: Formula, sizes: readonly number[], budget: Budget): Domains | null {
  const dive = (d: Uint32Array[]): Domains | null => {
    for (;;) {
      const r = force(f, true, d, budget);
      if (r === CONFLICT) return null;
      if (!r) break;
    }
    const open = sizes.map(() => 0);
    const v = value(f, d, budget, open);
    if (v !== V.U) return v === V.T ? d : null;
    // Unknown, so some undecided atom names a dimension with several classes left: branch on the one
    // named most often.
    let dim = 0;
    for (let k = 1; k < open.length; k++) if (open[k]! > open[dim]!) dim = k;
    for (let c = 0; c < sizes[dim]!; c++) {
      if (!has(d[dim]!, c)) continue;
      const next = d.map((dom, k) => (k === dim ? only(c, sizes[dim]!) : dom.slice()));
      const found = dive(next);
      if (found) return found;
    }
    return null;
  };
  return dive(sizes.map((n) => inClassesMask(n, () => true)));
}

/** The bit set of the classes of `size` for which `pick` holds. */
function inClassesMask(size: number, pick: (c: number) => boolean): Uint32Array {
  const mask = new Uint32Array(words(size));
  for (let c = 0; c < size; c++) if (pick(c)) mask[c >>> 5]! |= 1 << (c & 31);
  return mask;
}

const only = (c: number, size: number) => inClassesMask(size, (k) => k === c);
