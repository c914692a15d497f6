// ONNX graphs written from code (onnx-proto: the ONNX protobuf schema as JS), fp32 and INT8. Pure: returns bytes.
//
// INT8 = dynamic quantization, as onnxruntime's `quantize_dynamic` emits it: weights stored as int8 with one
// symmetric scale per output column; at run time the input is quantized to uint8 (DynamicQuantizeLinear),
// multiplied in integers (MatMulInteger, int32 accumulation) and rescaled to float. Weights are 4× smaller
// and the matrix product runs in integer arithmetic.
import onnxProto from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';

const { onnx } = onnxProto;
const T = onnx.TensorProto.DataType;
const A = onnx.AttributeProto.AttributeType;

const raw = (ta: Float32Array | Int8Array | Uint8Array): Uint8Array => new Uint8Array(ta.buffer, ta.byteOffset, ta.byteLength);
const tensor = (name: string, dataType: number, dims: number[], ta: Float32Array | Int8Array | Uint8Array): O.TensorProto =>
  onnx.TensorProto.create({ name, dataType, dims, rawData: raw(ta) });
const valueInfo = (name: string, dims: (number | string)[]): O.ValueInfoProto =>
  onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: { elemType: T.FLOAT, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } },
    },
  });
const intAttr = (name: string, i: number): O.AttributeProto => onnx.AttributeProto.create({ name, type: A.INT, i });
const node = (opType: string, input: string[], output: string[], attribute: O.AttributeProto[] = []): O.NodeProto =>
  onnx.NodeProto.create({ opType, input, output, name: `${opType}_${output[0]}`, attribute });

export interface GraphSpec {
  name: string;
  doc: string;
  input: { name: string; dim: number };
  output: { name: string; dim: number };
  /** Free-form key/values stored in the model's metadata_props (e.g. the manifest id). */
  metadata: Record<string, string>;
}

function encode(spec: GraphSpec, nodes: O.NodeProto[], initializer: O.TensorProto[]): Uint8Array {
  const graph = onnx.GraphProto.create({
    name: spec.name,
    docString: spec.doc,
    node: nodes,
    initializer,
    input: [valueInfo(spec.input.name, ['N', spec.input.dim])],
    output: [valueInfo(spec.output.name, ['N', spec.output.dim])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'triage-models-build',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 17 }],
    graph,
    metadataProps: Object.entries(spec.metadata).map(([key, value]) => ({ key, value })),
  });
  const err = onnx.ModelProto.verify(model);
  if (err) throw new Error(`invalid ONNX model ${spec.name}: ${err}`);
  return onnx.ModelProto.encode(model).finish();
}

export interface QuantizedMatrix {
  q: Int8Array;
  /** One scale per column. */
  scale: Float32Array;
}

/** Symmetric per-column int8 quantization of W [D, C]. */
export function quantizePerColumn(W: Float32Array, D: number, C: number): QuantizedMatrix {
  const scale = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    let m = 0;
    for (let d = 0; d < D; d++) m = Math.max(m, Math.abs(W[d * C + c]!));
    scale[c] = m > 0 ? m / 127 : 1;
  }
  const q = new Int8Array(D * C);
  for (let d = 0; d < D; d++)
    for (let c = 0; c < C; c++) q[d * C + c] = Math.max(-127, Math.min(127, Math.round(W[d * C + c]! / scale[c]!)));
  return { q, scale };
}

/** Nodes computing `out = in · W` (fp32 MatMul, or dynamic-int8 MatMulInteger + rescale). */
function matmul(
  inName: string,
  outName: string,
  W: Float32Array,
  D: number,
  C: number,
  int8: boolean,
): { nodes: O.NodeProto[]; init: O.TensorProto[] } {
  if (!int8) return { nodes: [node('MatMul', [inName, 'W'], [outName])], init: [tensor('W', T.FLOAT, [D, C], W)] };
  const { q, scale } = quantizePerColumn(W, D, C);
  return {
    nodes: [
      node('DynamicQuantizeLinear', [inName], ['x_q', 'x_scale', 'x_zp']),
      node('MatMulInteger', ['x_q', 'W_q', 'x_zp', 'W_zp'], ['xw_i32']),
      node('Cast', ['xw_i32'], ['xw_f'], [intAttr('to', T.FLOAT)]),
      node('Mul', ['x_scale', 'W_scale'], ['xw_scale']),
      node('Mul', ['xw_f', 'xw_scale'], [outName]),
    ],
    init: [tensor('W_q', T.INT8, [D, C], q), tensor('W_scale', T.FLOAT, [C], scale), tensor('W_zp', T.INT8, [], new Int8Array([0]))],
  };
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
