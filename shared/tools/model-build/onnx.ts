// ONNX graphs written from code (onnx-proto: the ONNX protobuf schema as JS), fp32 and INT8. Pure: returns bytes.
//
// INT8 = dynamic quantization, as onnxruntime's `quantize_dynamic` emits it: weights stored as int8 with one
// symmetric scale per output column; at run time the input is quantized to uint8 (DynamicQuantizeLinear),
// multiplied in integers (MatMulInteger, int32 accumulation) and rescaled to float. Weights are 4× smaller
// and the matrix product runs in integer arithmetic.
//
// The primitives (tensor, node, attributes, `matmul`, `encodeModel`, `GraphBuilder`) are exported for the graphs
// of the test fixtures (fixtures/), which have several inputs of other element types and many weight matrices.
import onnxProto from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';

const { onnx } = onnxProto;
/** ONNX element types (FLOAT, INT64, …) and attribute kinds. */
export const T = onnx.TensorProto.DataType;
const A = onnx.AttributeProto.AttributeType;

type Raw = Float32Array | Int8Array | Uint8Array | BigInt64Array;
const raw = (ta: Raw): Uint8Array => new Uint8Array(ta.buffer, ta.byteOffset, ta.byteLength);
export const tensor = (name: string, dataType: number, dims: number[], ta: Raw): O.TensorProto =>
  onnx.TensorProto.create({ name, dataType, dims, rawData: raw(ta) });
const valueInfo = (name: string, dims: (number | string)[], elemType: number = T.FLOAT): O.ValueInfoProto =>
  onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } },
    },
  });
export const intAttr = (name: string, i: number): O.AttributeProto => onnx.AttributeProto.create({ name, type: A.INT, i });
export const intsAttr = (name: string, ints: number[]): O.AttributeProto => onnx.AttributeProto.create({ name, type: A.INTS, ints });
export const floatAttr = (name: string, f: number): O.AttributeProto => onnx.AttributeProto.create({ name, type: A.FLOAT, f });
export const node = (opType: string, input: string[], output: string[], attribute: O.AttributeProto[] = []): O.NodeProto =>
  onnx.NodeProto.create({ opType, input, output, name: `${opType}_${output[0]}`, attribute });

export interface GraphSpec {
  name: string;
  doc: string;
  input: { name: string; dim: number };
  output: { name: string; dim: number };
  /** Free-form key/values stored in the model's metadata_props (e.g. the manifest id). */
  metadata: Record<string, string>;
}

/** A graph input or output: element type (T.FLOAT, T.INT64, …) and dims, named (`'batch_size'`) where dynamic. */
export interface TensorSpec {
  name: string;
  elemType: number;
  dims: (number | string)[];
}

export interface ModelParts {
  name: string;
  doc: string;
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  nodes: O.NodeProto[];
  initializer: O.TensorProto[];
  metadata: Record<string, string>;
}

/** A verified ONNX model (IR 8, opset 17) as bytes. */
export function encodeModel(parts: ModelParts): Uint8Array {
  const io = (t: TensorSpec) => valueInfo(t.name, t.dims, t.elemType);
  const graph = onnx.GraphProto.create({
    name: parts.name,
    docString: parts.doc,
    node: parts.nodes,
    initializer: parts.initializer,
    input: parts.inputs.map(io),
    output: parts.outputs.map(io),
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'triage-models-build',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 17 }],
    graph,
    metadataProps: Object.entries(parts.metadata).map(([key, value]) => ({ key, value })),
  });
  const err = onnx.ModelProto.verify(model);
  if (err) throw new Error(`invalid ONNX model ${parts.name}: ${err}`);
  return onnx.ModelProto.encode(model).finish();
}

/** The default models' shape: one float input x[N, D] → one float output [N, C]. */
function encode(spec: GraphSpec, nodes: O.NodeProto[], initializer: O.TensorProto[]): Uint8Array {
  return encodeModel({
    name: spec.name,
    doc: spec.doc,
    inputs: [{ name: spec.input.name, elemType: T.FLOAT, dims: ['N', spec.input.dim] }],
    outputs: [{ name: spec.output.name, elemType: T.FLOAT, dims: ['N', spec.output.dim] }],
    nodes,
    initializer,
    metadata: spec.metadata,
  });
}

export interface QuantizedMatrix {
  q: Int8Array;
  /** One scale per column. */
  scale: Float32Array;
}

/**
 * Symmetric per-column int8 quantization of W [D, C], to ±127 — or to ±63 (`reduceRange`, as `quantize_dynamic`'s
 * reduce_range does): x86 CPUs multiply uint8 × int8 in pairs summed into int16 (AVX2 VPMADDUBSW), which
 * saturates with full-range weights, so onnxruntime-node on x86 then computes something else than -web does.
 */
export function quantizePerColumn(W: Float32Array, D: number, C: number, reduceRange = false): QuantizedMatrix {
  const top = reduceRange ? 63 : 127;
  const scale = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    let m = 0;
    for (let d = 0; d < D; d++) m = Math.max(m, Math.abs(W[d * C + c]!));
    scale[c] = m > 0 ? m / top : 1;
  }
  const q = new Int8Array(D * C);
  for (let d = 0; d < D; d++)
    for (let c = 0; c < C; c++) q[d * C + c] = Math.max(-top, Math.min(top, Math.round(W[d * C + c]! / scale[c]!)));
  return { q, scale };
}

/**
 * Names of a matrix product's weights and intermediates, and its weights' range. The default models have one
 * product per graph and keep the short names (`W`, `x_q`, …) and full-range weights; a graph with many
 * products gives each its own `weight` and `scope`.
 */
export interface MatmulOptions {
  weight: string;
  scope: string;
  reduceRange?: boolean;
}

/** Nodes computing `out = in · W` (fp32 MatMul, or dynamic-int8 MatMulInteger + rescale); `in` may be [.., D]. */
export function matmul(
  inName: string,
  outName: string,
  W: Float32Array,
  D: number,
  C: number,
  int8: boolean,
  names: MatmulOptions = { weight: 'W', scope: '' },
): { nodes: O.NodeProto[]; init: O.TensorProto[] } {
  const w = names.weight;
  if (!int8) return { nodes: [node('MatMul', [inName, w], [outName])], init: [tensor(w, T.FLOAT, [D, C], W)] };
  const at = (n: string) => (names.scope ? `${names.scope}/${n}` : n);
  const { q, scale } = quantizePerColumn(W, D, C, names.reduceRange);
  return {
    nodes: [
      node('DynamicQuantizeLinear', [inName], [at('x_q'), at('x_scale'), at('x_zp')]),
      node('MatMulInteger', [at('x_q'), `${w}_q`, at('x_zp'), `${w}_zp`], [at('xw_i32')]),
      node('Cast', [at('xw_i32')], [at('xw_f')], [intAttr('to', T.FLOAT)]),
      node('Mul', [at('x_scale'), `${w}_scale`], [at('xw_scale')]),
      node('Mul', [at('xw_f'), at('xw_scale')], [outName]),
    ],
    init: [
      tensor(`${w}_q`, T.INT8, [D, C], q),
      tensor(`${w}_scale`, T.FLOAT, [C], scale),
      tensor(`${w}_zp`, T.INT8, [], new Int8Array([0])),
    ],
  };
}

/**
 * Collects a graph's nodes and initializers for the fixtures' many-node graphs; every method returns the name
 * of the tensor(s) it produced, so a graph reads as nested calls.
 */
export class GraphBuilder {
  readonly nodes: O.NodeProto[] = [];
  readonly initializer: O.TensorProto[] = [];

  op(opType: string, inputs: string[], output: string, attributes: O.AttributeProto[] = []): string {
    this.nodes.push(node(opType, inputs, [output], attributes));
    return output;
  }

  /** An operator with several outputs (Split). */
  ops(opType: string, inputs: string[], outputs: string[], attributes: O.AttributeProto[] = []): string[] {
    this.nodes.push(node(opType, inputs, outputs, attributes));
    return outputs;
  }

  floats(name: string, dims: number[], data: Float32Array): string {
    this.initializer.push(tensor(name, T.FLOAT, dims, data));
    return name;
  }

  int64s(name: string, dims: number[], values: number[]): string {
    this.initializer.push(
      tensor(
        name,
        T.INT64,
        dims,
        BigInt64Array.from(values, (v) => BigInt(v)),
      ),
    );
    return name;
  }

  /** `output = x · W` (W [D, C]), fp32 or dynamic int8 as `matmul` writes it. */
  matmul(x: string, output: string, W: Float32Array, D: number, C: number, int8: boolean, names: MatmulOptions): string {
    const mm = matmul(x, output, W, D, C, int8, names);
    this.nodes.push(...mm.nodes);
    this.initializer.push(...mm.init);
    return output;
  }
}

/** probs[N, C] = Softmax(x[N, D] · W + b): the classifier and the LM. */
export function linearSoftmaxModel(spec: GraphSpec, W: Float32Array, b: Float32Array, int8: boolean): Uint8Array {
  const D = spec.input.dim,
    C = spec.output.dim;
  const mm = matmul(spec.input.name, 'xw', W, D, C, int8);
  return encode(
    spec,
    [...mm.nodes, node('Add', ['xw', 'b'], ['logits']), node('Softmax', ['logits'], [spec.output.name], [intAttr('axis', -1)])],
    [...mm.init, tensor('b', T.FLOAT, [C], b)],
  );
}

/** embedding[N, E] = L2-normalise(x[N, D] · P), normalisation inside the graph (LpNormalization p=2). */
export function projectionModel(spec: GraphSpec, P: Float32Array, int8: boolean): Uint8Array {
  const D = spec.input.dim,
    E = spec.output.dim;
  const mm = matmul(spec.input.name, 'proj', P, D, E, int8);
  return encode(
    spec,
    [...mm.nodes, node('LpNormalization', ['proj'], [spec.output.name], [intAttr('axis', -1), intAttr('p', 2)])],
    mm.init,
  );
}
