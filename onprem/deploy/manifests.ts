// Reading and checking the on-prem deployment files (used by onprem/deploy/manifests.test.ts):
//  - loadYamlFile / renderKustomization: every YAML document, and what a kustomization directory renders to
//    (the kustomizations here only list resources, and renderKustomization refuses anything else, so the
//    result is exactly what `kubectl kustomize` gives; the test compares the two when kubectl is present);
//  - validateSchema: kubernetes-models' JSON-schema validation per kind (throws on an invalid object);
//  - unknownFields: what that validation does not catch — fields the API does not have (a typo such as
//    `readinessprobe` is silently dropped by a lenient client). Checked by the TypeScript compiler: each
//    manifest becomes an object literal typed as its kubernetes-models interface, and excess-property
//    errors name the stray field;
//  - parseDockerfile: the instructions of a Dockerfile, by stage.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Deployment } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Secret, Service } from 'kubernetes-models/v1';

// Manifests are JSON-shaped data read from YAML; `any` keeps the checks readable (the schema validation and
// the strict field check are what vouch for the shapes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are untyped YAML data; see above
export type K8s = Record<string, any>;

export interface Doc {
  file: string;
  index: number;
  obj: K8s;
}

export const id = (o: K8s): string => `${o.kind}/${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`;

export function loadYamlFile(file: string): Doc[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (!Array.isArray(docs)) throw new Error(`${file}: not a YAML stream`);
  const out: Doc[] = [];
  docs.forEach((d, index) => {
    if (d.errors.length > 0) throw new Error(`${file} (document ${index + 1}): ${d.errors.map((e) => e.message).join('; ')}`);
    const obj: unknown = d.toJS();
    if (obj === null || obj === undefined) return;
    if (typeof obj !== 'object' || Array.isArray(obj)) throw new Error(`${file} (document ${index + 1}): not a mapping`);
    out.push({ file, index, obj: obj as K8s });
  });
  return out;
}

const KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'resources']);

/** The resources a kustomization directory renders to (resources-only kustomizations; others are refused). */
export function renderKustomization(dir: string, seen: Set<string> = new Set()): Doc[] {
  const k = resolve(dir);
  if (seen.has(k)) throw new Error(`kustomization cycle at ${k}`);
  seen.add(k);
  const file = join(k, 'kustomization.yaml');
  const docs = loadYamlFile(file);
  if (docs.length !== 1) throw new Error(`${file}: expected one document`);
  const kz = docs[0]!.obj;
  if (kz.kind !== 'Kustomization') throw new Error(`${file}: kind is ${kz.kind}`);
  const extra = Object.keys(kz).filter((key) => !KUSTOMIZATION_KEYS.has(key));
  if (extra.length > 0) throw new Error(`${file}: only resources are supported here, found ${extra.join(', ')}`);
  const out: Doc[] = [];
  for (const r of (kz.resources ?? []) as string[]) {
    const p = resolve(k, r);
    if (!existsSync(p)) throw new Error(`${file}: resource ${r} does not exist`);
    if (statSync(p).isDirectory()) out.push(...renderKustomization(p, new Set(seen)));
    else out.push(...loadYamlFile(p));
  }
  const ids = new Map<string, string>();
  for (const d of out) {
    const key = id(d.obj);
    if (ids.has(key)) throw new Error(`${file}: ${key} is defined twice (${ids.get(key)} and ${d.file})`);
    ids.set(key, d.file);
  }
  return out;
}

/** kind → its kubernetes-models class, for the kinds this deployment uses (anything else is an error). */
const MODELS: Record<string, { apiVersion: string; validate: (o: K8s) => void; type: { module: string; name: string } }> = {
  Namespace: {
    apiVersion: 'v1',
    validate: (o) => new Namespace(o as never).validate(),
    type: { module: 'kubernetes-models/v1', name: 'INamespace' },
  },
  ConfigMap: {
    apiVersion: 'v1',
    validate: (o) => new ConfigMap(o as never).validate(),
    type: { module: 'kubernetes-models/v1', name: 'IConfigMap' },
  },
  Secret: {
    apiVersion: 'v1',
    validate: (o) => new Secret(o as never).validate(),
    type: { module: 'kubernetes-models/v1', name: 'ISecret' },
  },
  Service: {
    apiVersion: 'v1',
    validate: (o) => new Service(o as never).validate(),
    type: { module: 'kubernetes-models/v1', name: 'IService' },
  },
  PersistentVolumeClaim: {
    apiVersion: 'v1',
    validate: (o) => new PersistentVolumeClaim(o as never).validate(),
    type: { module: 'kubernetes-models/v1', name: 'IPersistentVolumeClaim' },
  },
  Deployment: {
    apiVersion: 'apps/v1',
    validate: (o) => new Deployment(o as never).validate(),
    type: { module: 'kubernetes-models/apps/v1', name: 'IDeployment' },
  },
  NetworkPolicy: {
    apiVersion: 'networking.k8s.io/v1',
    validate: (o) => new NetworkPolicy(o as never).validate(),
    type: { module: 'kubernetes-models/networking.k8s.io/v1', name: 'INetworkPolicy' },
  },
  HorizontalPodAutoscaler: {
    apiVersion: 'autoscaling/v2',
    validate: (o) => new HorizontalPodAutoscaler(o as never).validate(),
    type: { module: 'kubernetes-models/autoscaling/v2', name: 'IHorizontalPodAutoscaler' },
  },
  PodDisruptionBudget: {
    apiVersion: 'policy/v1',
    validate: (o) => new PodDisruptionBudget(o as never).validate(),
    type: { module: 'kubernetes-models/policy/v1', name: 'IPodDisruptionBudget' },
  },
};

/** Throws if the object's kind is unknown here, its apiVersion is not the one expected, or the schema rejects it. */
export function validateSchema(o: K8s): void {
  const m = MODELS[o.kind as string];
  if (!m) throw new Error(`${id(o)}: no schema for kind ${String(o.kind)} here`);
  if (o.apiVersion !== m.apiVersion) throw new Error(`${id(o)}: apiVersion ${String(o.apiVersion)}, expected ${m.apiVersion}`);
  m.validate(o);
}

/**
 * Fields the Kubernetes API does not know, as "<manifest>: <compiler message>" lines (empty = none). One
 * TypeScript program for all objects; `root` is where node_modules is found.
 */
export function unknownFields(objs: readonly K8s[], root: string): string[] {
  const imports = new Map<string, Set<string>>();
  const lines: string[] = [];
  const names: string[] = [];
  objs.forEach((o, i) => {
    const m = MODELS[o.kind as string];
    if (!m) throw new Error(`${id(o)}: no type for kind ${String(o.kind)} here`);
    if (!imports.has(m.type.module)) imports.set(m.type.module, new Set());
    imports.get(m.type.module)!.add(m.type.name);
    names.push(id(o));
    lines.push(`export const m${i}: ${m.type.name} = ${JSON.stringify(o, null, 1)};`);
  });
  const header = [...imports].map(([mod, types]) => `import type { ${[...types].join(', ')} } from '${mod}';`);
  const source = [...header, ...lines].join('\n') + '\n';
  const fileName = join(root, '__k8s_manifests_check__.ts');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) =>
    resolve(f) === fileName ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => resolve(f) === fileName || fileExists(f);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (resolve(f) === fileName ? source : readFile(f));
  const program = ts.createProgram([fileName], options, host);
  const diags = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter(
    (d) => d.file && resolve(d.file.fileName) === fileName,
  );
  return diags.map((d) => {
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
    // Which manifest: the nearest `export const m<i>` at or above the line.
    const text = source.split('\n');
    let l = line;
    while (l > 0 && !/^export const m\d+:/.test(text[l]!)) l--;
    const m = /^export const m(\d+):/.exec(text[l] ?? '');
    const where = m ? names[Number(m[1])]! : relative(root, fileName);
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

// ---- Dockerfile -------------------------------------------------------------------------------------------

export interface Instruction {
  cmd: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string | undefined;
  from: string;
  instructions: Instruction[];
}

/** Instructions of a Dockerfile (continuations joined, comments dropped), grouped by stage. */
export function parseDockerfile(text: string): { globalArgs: Map<string, string>; stages: Stage[] } {
  const instructions: Instruction[] = [];
  const src = text.split('\n');
  for (let i = 0; i < src.length; i++) {
    const start = i;
    let line = src[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < src.length) {
      i++;
      const next = src[i]!;
      if (/^\s*#/.test(next)) continue; // comment lines inside a continuation are dropped by Docker too
      line = line.replace(/\\\s*$/, ' ') + next.trim();
    }
    const m = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile line ${start + 1}: cannot parse "${line}"`);
    instructions.push({ cmd: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start + 1 });
  }
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.cmd === 'FROM') {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      if (!m) throw new Error(`Dockerfile line ${ins.line}: cannot parse FROM ${ins.args}`);
      const from = m[1]!.replace(
        /\$\{(\w+)\}|\$(\w+)/g,
        (_, a: string | undefined, b: string | undefined) => globalArgs.get((a ?? b)!) ?? '',
      );
      stages.push({ name: m[2], from, instructions: [] });
    } else if (stages.length === 0) {
      if (ins.cmd !== 'ARG') throw new Error(`Dockerfile line ${ins.line}: ${ins.cmd} before the first FROM`);
      const [k, v] = ins.args.split('=', 2);
      globalArgs.set(k!.trim(), (v ?? '').trim());
    } else {
      stages.at(-1)!.instructions.push(ins);
    }
  }
  return { globalArgs, stages };
}

/** ENV instructions of a stage as a map (the `K=V K2=V2` form). */
export function stageEnv(stage: Stage): Map<string, string> {
  const env = new Map<string, string>();
  for (const ins of stage.instructions.filter((i) => i.cmd === 'ENV')) {
    for (const m of ins.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env.set(m[1]!, m[2]!.replace(/^"|"$/g, ''));
  }
  return env;
}

/** Docker's build-context exclusion for one path, for allow-list ignore files: `*` then `!path` lines. */
export function excludedByDockerignore(ignoreText: string, path: string): boolean {
  let excluded = false;
  for (const raw of ignoreText.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    const pattern = (negate ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
    if (matchesIgnore(pattern, path)) excluded = !negate;
  }
  return excluded;
}

function matchesIgnore(pattern: string, path: string): boolean {
  // Docker (moby/patternmatcher): a pattern matches the path or any of its parent directories; `**` spans
  // directories, `*` does not cross `/`.
  const re = new RegExp(
    '^' +
      pattern
        .split('/')
        .map((seg) =>
          seg === '**'
            ? '.*'
            : seg
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?') +
      '(?:/.*)?$',
  );
  return re.test(path);
}
