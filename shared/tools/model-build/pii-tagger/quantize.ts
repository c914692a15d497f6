// The INT8 variant of an exported tagger (onnx/model_quantized.onnx), written from its fp32 ONNX file:
// every MatMul by a constant weight becomes the project's dynamic quantization (onnx.ts: int8 weights, one
// scale per output column, 7-bit as the fixtures use so onnxruntime-node on x86 agrees with -web), and the
// word-embedding table (most of the parameters) is stored as int8 rows with one scale per row, looked up and
// rescaled at run time. Everything else stays fp32, as onnxruntime's quantize_dynamic leaves it.
import onnxProto from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';
import { T, intAttr, matmul, node, tensor } from '../onnx.ts';

const { onnx } = onnxProto;

function floats(t: O.ITensorProto): Float32Array {
  if (t.rawData && t.rawData.length) return new Float32Array(Uint8Array.from(t.rawData).buffer);
  return Float32Array.from(t.floatData ?? []);
}

const isMatrix = (t: O.ITensorProto | undefined): t is O.ITensorProto => !!t && t.dataType === T.FLOAT && t.dims?.length === 2;

/** Per-row symmetric int8 rows of a [V, D] table, ±127. */
function quantizeRows(W: Float32Array, V: number, D: number): { q: Int8Array; scale: Float32Array } {
  const q = new Int8Array(V * D);
  const scale = new Float32Array(V);
  for (let v = 0; v < V; v++) {
    let m = 0;
    for (let d = 0; d < D; d++) m = Math.max(m, Math.abs(W[v * D + d]!));
    scale[v] = m > 0 ? m / 127 : 1;
    for (let d = 0; d < D; d++) q[v * D + d] = Math.round(W[v * D + d]! / scale[v]!);
  }
  return { q, scale };
}

/** Gather(table, ids) → Cast(Gather(table_q, ids)) · Unsqueeze(Gather(scale, ids)). */
function quantizedGather(n: O.INodeProto, table: O.ITensorProto, i: number): { nodes: O.NodeProto[]; init: O.TensorProto[] } {
  const [V, D] = table.dims!.map(Number) as [number, number];
  const { q, scale } = quantizeRows(floats(table), V, D);
  const name = table.name!;
  const ids = n.input![1]!;
  const s = `gather_q${i}`;
  return {
    nodes: [
      node('Gather', [`${name}_q`, ids], [`${s}/rows_q`]),
      node('Cast', [`${s}/rows_q`], [`${s}/rows`], [intAttr('to', T.FLOAT)]),
      node('Gather', [`${name}_scale`, ids], [`${s}/scale`]),
      node('Unsqueeze', [`${s}/scale`, `${s}/axis`], [`${s}/scale_col`]),
      node('Mul', [`${s}/rows`, `${s}/scale_col`], [n.output![0]!]),
    ],
    init: [
      tensor(`${name}_q`, T.INT8, [V, D], q),
      tensor(`${name}_scale`, T.FLOAT, [V], scale),
      tensor(`${s}/axis`, T.INT64, [1], BigInt64Array.of(-1n)),
    ],
  };
}

export function quantizeTagger(fp32: Uint8Array, vocabSize: number): Uint8Array {
  const model = onnx.ModelProto.decode(fp32);
  const graph = model.graph!;
  const inits = new Map(graph.initializer!.map((t) => [t.name!, t]));
  const used = new Set<string>();
  const nodes: O.INodeProto[] = [];
  const added: O.TensorProto[] = [];
  graph.node!.forEach((n, i) => {
    const weight = inits.get(n.input?.[n.opType === 'Gather' ? 0 : 1] ?? '');
    if (n.opType === 'MatMul' && isMatrix(weight)) {
      const [D, C] = weight.dims!.map(Number) as [number, number];
      const mm = matmul(n.input![0]!, n.output![0]!, floats(weight), D, C, true, {
        weight: weight.name!,
        scope: `matmul_q${i}`,
        reduceRange: true,
      });
      nodes.push(...mm.nodes);
      added.push(...mm.init);
      used.add(weight.name!);
    } else if (n.opType === 'Gather' && isMatrix(weight) && Number(weight.dims![0]) === vocabSize) {
      const g = quantizedGather(n, weight, i);
      nodes.push(...g.nodes);
      added.push(...g.init);
      used.add(weight.name!);
    } else nodes.push(n);
  });
  graph.node = nodes;
  graph.initializer = [...graph.initializer!.filter((t) => !used.has(t.name!)), ...added];
  model.metadataProps = [
    ...(model.metadataProps ?? []),
    { key: 'quantization', value: 'dynamic-int8 (MatMulInteger, int8 embedding rows)' },
  ];
  const err = onnx.ModelProto.verify(model);
  if (err) throw new Error(`quantized tagger: ${err}`);
  return onnx.ModelProto.encode(model).finish();
}
