// The builders' parts: quantization error bounds, graphs that compute what the JS maths says, an honest split.
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { classifierData, paraphrasePairs } from './data.ts';
import { linearSoftmaxModel, projectionModel, quantizePerColumn } from './onnx.ts';
import { predictSparse, randomProjection, toSparse } from './train.ts';

ort.env.wasm.numThreads = 1;
const spec = (inDim: number, outDim: number, out = 'y') => ({
  name: 't',
  doc: '',
  input: { name: 'x', dim: inDim },
  output: { name: out, dim: outDim },
  metadata: {},
});

describe('quantizePerColumn', () => {
  it('keeps every weight within half a step of its column scale', () => {
    const D = 50,
      C = 4;
    const W = randomProjection(D, C, 3);
    const { q, scale } = quantizePerColumn(W, D, C);
    for (let d = 0; d < D; d++)
      for (let c = 0; c < C; c++) {
        expect(Math.abs(q[d * C + c]! * scale[c]! - W[d * C + c]!)).toBeLessThanOrEqual(scale[c]! / 2 + 1e-7);
        expect(Math.abs(q[d * C + c]!)).toBeLessThanOrEqual(127);
      }
  });
});

describe('ONNX graphs', () => {
  const D = 16,
    C = 5;
  const W = randomProjection(D, C, 9);
  const b = Float32Array.from([0.1, -0.2, 0.3, 0, 0.05]);
  const x = Float32Array.from({ length: D }, (_, i) => (i % 3 === 0 ? 0 : Math.sin(i)));
  const ref = predictSparse({ W, b, D, C }, toSparse(x));

  it.each([false, true])('softmax(xW+b) matches the JS reference (int8: %s)', async (int8) => {
    const s = await ort.InferenceSession.create(linearSoftmaxModel(spec(D, C), W, b, int8));
    const y = (await s.run({ x: new ort.Tensor('float32', x, [1, D]) })).y!.data as Float32Array;
    y.forEach((v, i) => expect(Math.abs(v - ref[i]!)).toBeLessThan(int8 ? 0.02 : 1e-5));
  });

  it('normalises the projection inside the graph', async () => {
    const s = await ort.InferenceSession.create(projectionModel(spec(D, 8, 'e'), randomProjection(D, 8, 4), true));
    const e = (await s.run({ x: new ort.Tensor('float32', x, [1, D]) })).e!.data as Float32Array;
    expect(Math.hypot(...e)).toBeCloseTo(1, 5);
  });
});

describe('synthetic data', () => {
  it('holds out slot values: no test sentence of the classifier appears in training', () => {
    const { train, test } = classifierData();
    const seen = new Set(train.map((s) => `${s.group}|${s.slot}`));
    expect(test.length).toBeGreaterThan(100);
    expect(test.filter((s) => seen.has(`${s.group}|${s.slot}`))).toEqual([]);
  });

  it('is the same on every build (seeded)', () => {
    expect(classifierData().test.slice(0, 5)).toEqual(classifierData().test.slice(0, 5));
    const a = paraphrasePairs(),
      b = paraphrasePairs();
    expect(a.test.map((p) => p.a)).toEqual(b.test.map((p) => p.a));
  });
});
