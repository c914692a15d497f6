// float16 bits → float32, as an fp16 export's logits arrive from ONNX Runtime.
import { describe, expect, it } from 'vitest';
import { float16ToFloat32, floatRow } from './float16.ts';

describe('float16', () => {
  it('decodes normal, subnormal, zero, infinite and NaN halves', () => {
    const bits = Uint16Array.from([0x3c00, 0xc000, 0x3555, 0x7bff, 0x0001, 0x0000, 0x8000, 0x7c00, 0xfc00, 0x7e00]);
    const values = Array.from(float16ToFloat32(bits));
    expect(values.slice(0, 6)).toEqual([1, -2, Math.fround(0.333251953125), 65504, Math.fround(2 ** -24), 0]);
    expect(Object.is(values[6], -0)).toBe(true);
    expect(values.slice(7, 9)).toEqual([Infinity, -Infinity]);
    expect(values[9]).toBeNaN();
  });

  it('reads a row of float32 data or float16 bits; other data is not a float row', () => {
    expect(Array.from(floatRow(Float32Array.from([1, 2, 3, 4]), 1, 3)!)).toEqual([2, 3]);
    expect(Array.from(floatRow(Uint16Array.from([0x3c00, 0x4000, 0x4200]), 1, 3)!)).toEqual([2, 3]);
    expect(floatRow(new BigInt64Array(2), 0, 1)).toBeUndefined();
    expect(floatRow([1, 2], 0, 1)).toBeUndefined();
  });
});
