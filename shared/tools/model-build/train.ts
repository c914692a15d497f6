// Training in plain JS for the default models: softmax regression (classifier, LM) and a contrastive linear
// projection (embeddings), both over sparse inputs with AdaGrad. Pure and deterministic (seeded).
import { mulberry32 } from '../../models/runner.ts';

export interface SparseRow {
  idx: Int32Array;
  val: Float32Array;
}

export function toSparse(v: Float32Array): SparseRow {
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < v.length; i++)
    if (v[i] !== 0) {
      idx.push(i);
      val.push(v[i]!);
    }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

function shuffle(n: number, rand: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export interface Linear {
  /** [D, C] row-major. */
  W: Float32Array;
  /** [C] */
  b: Float32Array;
  D: number;
  C: number;
}

export interface SoftmaxOptions {
  epochs: number;
  lr: number;
  seed: number;
  /** L2 penalty applied to the rows a sample touches. */
  l2?: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

/** Multinomial logistic regression, per-sample AdaGrad on the touched rows only (fast for sparse input). */
export function trainSoftmax(rows: readonly SparseRow[], y: ArrayLike<number>, D: number, C: number, o: SoftmaxOptions): Linear {
  const W = new Float32Array(D * C);
  const b = new Float32Array(C);
  const GW = new Float32Array(D * C).fill(1e-6);
  const Gb = new Float32Array(C).fill(1e-6);
  const rand = mulberry32(o.seed);
  const z = new Float64Array(C);
  const l2 = o.l2 ?? 0;
  for (let ep = 0; ep < o.epochs; ep++) {
    let loss = 0;
    for (const n of shuffle(rows.length, rand)) {
      const { idx, val } = rows[n]!;
      const target = y[n]!;
      for (let c = 0; c < C; c++) z[c] = b[c]!;
      for (let k = 0; k < idx.length; k++) {
        const off = idx[k]! * C,
          v = val[k]!;
        for (let c = 0; c < C; c++) z[c]! += v * W[off + c]!;
      }
      let m = -Infinity;
      for (let c = 0; c < C; c++) if (z[c]! > m) m = z[c]!;
      let s = 0;
      for (let c = 0; c < C; c++) {
        z[c] = Math.exp(z[c]! - m);
        s += z[c]!;
      }
      loss -= Math.log(Math.max(z[target]! / s, 1e-12));
      for (let c = 0; c < C; c++) {
        const g = z[c]! / s - (c === target ? 1 : 0);
        z[c] = g;
        Gb[c]! += g * g;
        b[c]! -= (o.lr * g) / Math.sqrt(Gb[c]!);
      }
      for (let k = 0; k < idx.length; k++) {
        const off = idx[k]! * C,
          v = val[k]!;
        for (let c = 0; c < C; c++) {
          const g = z[c]! * v + l2 * W[off + c]!;
          if (g === 0) continue;
          GW[off + c]! += g * g;
          W[off + c]! -= (o.lr * g) / Math.sqrt(GW[off + c]!);
        }
      }
    }
    o.onEpoch?.(ep, loss / rows.length);
  }
  return { W, b, D, C };
}

/** Row-wise softmax(xW + b) for a sparse row (JS reference for checks). */
export function predictSparse(m: Linear, row: SparseRow): Float64Array {
  const z = new Float64Array(m.C);
  for (let c = 0; c < m.C; c++) z[c] = m.b[c]!;
  for (let k = 0; k < row.idx.length; k++) for (let c = 0; c < m.C; c++) z[c]! += row.val[k]! * m.W[row.idx[k]! * m.C + c]!;
  let mx = -Infinity;
  for (const v of z) mx = Math.max(mx, v);
  let s = 0;
  for (let c = 0; c < m.C; c++) {
    z[c] = Math.exp(z[c]! - mx);
    s += z[c]!;
  }
  for (let c = 0; c < m.C; c++) z[c]! /= s;
  return z;
}

export interface ContrastiveOptions {
  E: number;
  steps: number;
  batch: number;
  lr: number;
  temperature: number;
  seed: number;
  onStep?: (step: number, loss: number) => void;
}

/** Gaussian random projection [D, E] scaled 1/sqrt(E) (Johnson–Lindenstrauss: preserves cosines). */
export function randomProjection(D: number, E: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  const P = new Float32Array(D * E);
  const k = 1 / Math.sqrt(E);
  for (let i = 0; i < P.length; i += 2) {
    const u = Math.max(rand(), 1e-12),
      v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    P[i] = r * Math.cos(2 * Math.PI * v) * k;
    if (i + 1 < P.length) P[i + 1] = r * Math.sin(2 * Math.PI * v) * k;
  }
  return P;
}

/** normalize(xP) for a sparse row. */
export function projectSparse(P: Float32Array, E: number, row: SparseRow): Float64Array {
  return projectSparseWithNorm(P, E, row).z;
}

/** normalize(xP) for a sparse row, and the norm it was divided by (training needs it for the gradient). */
function projectSparseWithNorm(P: Float32Array, E: number, row: SparseRow): Projected {
  const u = new Float64Array(E);
  for (let k = 0; k < row.idx.length; k++) {
    const off = row.idx[k]! * E,
      v = row.val[k]!;
    for (let e = 0; e < E; e++) u[e]! += v * P[off + e]!;
  }
  let n = 0;
  for (const x of u) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let e = 0; e < E; e++) u[e]! /= n;
  return { z: u, n };
}

/**
 * Trains P [D, E] (starting from a random projection) with a symmetric InfoNCE loss over in-batch negatives:
 * paraphrase pairs (a_i, b_i) are pulled together, every (a_i, b_j≠i) pushed apart. AdaGrad on touched rows.
 */
export function trainContrastive(pairs: readonly { a: SparseRow; b: SparseRow }[], D: number, o: ContrastiveOptions): Float32Array {
  const { E, batch: B, temperature: tau } = o;
  const adagrad: AdaGrad = { P: randomProjection(D, E, o.seed), G: new Float32Array(D * E).fill(1e-6), E, lr: o.lr };
  const rand = mulberry32(o.seed + 1);
  const fwd = (row: SparseRow) => projectSparseWithNorm(adagrad.P, E, row);
  for (let step = 0; step < o.steps; step++) {
    const chosen: { a: SparseRow; b: SparseRow }[] = [];
    for (let i = 0; i < B; i++) chosen.push(pairs[Math.floor(rand() * pairs.length)]!);
    const A = chosen.map((p) => fwd(p.a));
    const Bv = chosen.map((p) => fwd(p.b));
    const { dS, loss } = infoNce(similarities(A, Bv, E, tau), B);
    const { dA, dB } = embeddingGradients(dS, A, Bv, E, tau);
    for (let i = 0; i < B; i++) {
      adagradStep(adagrad, chosen[i]!.a, A[i]!, dA[i]!);
      adagradStep(adagrad, chosen[i]!.b, Bv[i]!, dB[i]!);
    }
    o.onStep?.(step, loss / (2 * B));
  }
  return adagrad.P;
}

/** A projected row: normalize(xP) and the norm it was divided by. */
type Projected = { z: Float64Array; n: number };

/** S[i, j] = a_i · b_j / tau. */
function similarities(A: readonly Projected[], Bv: readonly Projected[], E: number, tau: number): Float64Array {
  const B = A.length;
  const S = new Float64Array(B * B);
  for (let i = 0; i < B; i++)
    for (let j = 0; j < B; j++) {
      let d = 0;
      for (let e = 0; e < E; e++) d += A[i]!.z[e]! * Bv[j]!.z[e]!;
      S[i * B + j] = d / tau;
    }
  return S;
}

/** The symmetric InfoNCE loss (summed) and dL/dS: CE over rows (a→b) and over columns (b→a), averaged. */
function infoNce(S: Float64Array, B: number): { dS: Float64Array; loss: number } {
  const dS = new Float64Array(B * B);
  let loss = 0;
  for (let i = 0; i < B; i++) {
    let m = -Infinity,
      s = 0;
    for (let j = 0; j < B; j++) m = Math.max(m, S[i * B + j]!);
    for (let j = 0; j < B; j++) s += Math.exp(S[i * B + j]! - m);
    loss -= S[i * B + i]! - m - Math.log(s);
    for (let j = 0; j < B; j++) dS[i * B + j]! += (Math.exp(S[i * B + j]! - m) / s - (i === j ? 1 : 0)) / (2 * B);
  }
  for (let j = 0; j < B; j++) {
    let m = -Infinity,
      s = 0;
    for (let i = 0; i < B; i++) m = Math.max(m, S[i * B + j]!);
    for (let i = 0; i < B; i++) s += Math.exp(S[i * B + j]! - m);
    loss -= S[j * B + j]! - m - Math.log(s);
    for (let i = 0; i < B; i++) dS[i * B + j]! += (Math.exp(S[i * B + j]! - m) / s - (i === j ? 1 : 0)) / (2 * B);
  }
  return { dS, loss };
}

/** dL/da_i and dL/db_j from dL/dS. */
function embeddingGradients(dS: Float64Array, A: readonly Projected[], Bv: readonly Projected[], E: number, tau: number) {
  const B = A.length;
  const dA = A.map(() => new Float64Array(E));
  const dB = Bv.map(() => new Float64Array(E));
  for (let i = 0; i < B; i++)
    for (let j = 0; j < B; j++) {
      const g = dS[i * B + j]! / tau;
      if (g === 0) continue;
      for (let e = 0; e < E; e++) {
        dA[i]![e]! += g * Bv[j]!.z[e]!;
        dB[j]![e]! += g * A[i]!.z[e]!;
      }
    }
  return { dA, dB };
}

/** The projection being trained and AdaGrad's sums of squared gradients, per weight. */
interface AdaGrad {
  P: Float32Array;
  G: Float32Array;
  E: number;
  lr: number;
}

/** Back through the normalisation into the rows of P the sparse row touches, one AdaGrad update each. */
function adagradStep({ P, G, E, lr }: AdaGrad, row: SparseRow, f: Projected, dz: Float64Array): void {
  let dot = 0;
  for (let e = 0; e < E; e++) dot += f.z[e]! * dz[e]!;
  const du = new Float64Array(E);
  for (let e = 0; e < E; e++) du[e] = (dz[e]! - f.z[e]! * dot) / f.n;
  for (let k = 0; k < row.idx.length; k++) {
    const off = row.idx[k]! * E,
      v = row.val[k]!;
    for (let e = 0; e < E; e++) {
      const g = v * du[e]!;
      G[off + e]! += g * g;
      P[off + e]! -= (lr * g) / Math.sqrt(G[off + e]!);
    }
  }
}

export interface LmSequence {
  /** Identity of the prompt (examples of one sequence share it). */
  bag?: Float32Array;
  /** The prompt's features (indices already offset into the model's input). */
  prompt: SparseRow;
  /** Per answer token: the active one-hot context inputs and the token to predict. */
  steps: { ctx: readonly number[]; next: number }[];
}

/**
 * Softmax regression for the LM, sequence by sequence: the prompt's contribution to the logits is computed
 * once per sequence (it is the same for every token of the answer) and its gradient summed over the
 * sequence, so a rich prompt representation costs little. AdaGrad; classes with a negligible gradient skipped.
 */
export function trainLm(seqs: readonly LmSequence[], D: number, V: number, o: SoftmaxOptions): Linear {
  const W = new Float32Array(D * V);
  const b = new Float32Array(V);
  const GW = new Float32Array(D * V).fill(1e-6);
  const Gb = new Float32Array(V).fill(1e-6);
  const rand = mulberry32(o.seed);
  const base = new Float64Array(V);
  const z = new Float64Array(V);
  const gPrompt = new Float64Array(V);
  const upd = (off: number, g: number) => {
    GW[off]! += g * g;
    W[off]! -= (o.lr * g) / Math.sqrt(GW[off]!);
  };
  for (let ep = 0; ep < o.epochs; ep++) {
    let loss = 0,
      n = 0;
    for (const si of shuffle(seqs.length, rand)) {
      const { prompt, steps } = seqs[si]!;
      base.set(b);
      for (let k = 0; k < prompt.idx.length; k++) {
        const off = prompt.idx[k]! * V,
          v = prompt.val[k]!;
        for (let c = 0; c < V; c++) base[c]! += v * W[off + c]!;
      }
      gPrompt.fill(0);
      for (const { ctx, next } of steps) {
        z.set(base);
        for (const f of ctx) {
          const off = f * V;
          for (let c = 0; c < V; c++) z[c]! += W[off + c]!;
        }
        let m = -Infinity;
        for (let c = 0; c < V; c++) if (z[c]! > m) m = z[c]!;
        let s = 0;
        for (let c = 0; c < V; c++) {
          z[c] = Math.exp(z[c]! - m);
          s += z[c]!;
        }
        loss -= Math.log(Math.max(z[next]! / s, 1e-12));
        n++;
        for (let c = 0; c < V; c++) {
          const g = z[c]! / s - (c === next ? 1 : 0);
          if (g > -1e-5 && g < 1e-5) continue;
          gPrompt[c]! += g;
          Gb[c]! += g * g;
          b[c]! -= (o.lr * g) / Math.sqrt(Gb[c]!);
          for (const f of ctx) upd(f * V + c, g);
        }
      }
      for (let k = 0; k < prompt.idx.length; k++) {
        const off = prompt.idx[k]! * V,
          v = prompt.val[k]!;
        for (let c = 0; c < V; c++) if (gPrompt[c] !== 0) upd(off + c, (gPrompt[c]! * v) / steps.length);
      }
    }
    o.onEpoch?.(ep, loss / Math.max(1, n));
  }
  return { W, b, D, C: V };
}
