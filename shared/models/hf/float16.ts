// IEEE 754 half precision: fp16 / q4f16 exports return float16 logits, which ONNX Runtime hands over as their
// bits in a Uint16Array (or a Float16Array where the JavaScript runtime has one). Pure.

/** The float16 values whose bits are `bits`, as float32. */
export function float16ToFloat32(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = halfToNumber(bits[i]!);
  return out;
}

function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // subnormal (and ±0)
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** Elements [start, end) of a float tensor's data as float32: Float32Array, float16 bits, or a Float16Array. */
export function floatRow(data: unknown, start: number, end: number): Float32Array | undefined {
  if (data instanceof Float32Array) return data.slice(start, end);
  if (data instanceof Uint16Array) return float16ToFloat32(data.subarray(start, end));
  // A Float16Array (in runtimes that have one): the only other typed array ORT returns for a float output.
  if (isFloat16Array(data)) return Float32Array.from(data.subarray(start, end));
  return undefined;
}

interface NumberArrayView {
  subarray(start: number, end: number): ArrayLike<number>;
}

function isFloat16Array(data: unknown): data is NumberArrayView {
  return ArrayBuffer.isView(data) && data.constructor.name === 'Float16Array';
}
