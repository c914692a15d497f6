// The on-prem deployment, checked without a cluster or a Docker engine (neither exists here):
//  1. every Kubernetes manifest parses, passes kubernetes-models' schema validation and has no field the API
//     does not know; each kustomization renders (and, where kubectl is installed, renders the same there);
//  2. the properties operators depend on hold in every variant (GPU, probes ↔ service routes and port,
//     pod security, Secret mounted where TRIAGE_ONPREM_SIGNING_KEYS_FILE points, shutdown timing, HPA on
//     the service's own metrics, NetworkPolicies admitting only the tunnel, a nonce store shared by every
//     replica the HPA or a rollout can run) — and each check is shown to fail on a manifest broken in that
//     respect;
//  3. the configuration the manifests give the container is accepted by the service's own loader;
//  4. the Dockerfile, statically (stages, numeric non-root USER, HEALTHCHECK, EXPOSE, ENV, build context);
//  5. what the image runs, for real: the bundle from onprem/deploy/build.ts, copied outside the repository,
//     started with `node`, ready, answering a signed request (its nonce kept in a real Redis, the shared store
//     the manifests configure), passing the HEALTHCHECK command, and exiting 0 on SIGTERM.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { DEFAULTS, ENV_VARS, loadConfig } from '../config.ts';
import { freePort } from '../../test/support/free-port.ts';
import { signRequest } from '../../shared/protocol/signing/index.ts';
import { buildOnprem, root, type BuildResult } from './build.ts';
import { healthUrl } from './healthcheck.ts';
import {
  excludedByDockerignore,
  id,
  loadYamlFile,
  parseDockerfile,
  renderKustomization,
  stageEnv,
  unknownFields,
  validateSchema,
  type K8s,
  type Stage,
} from './manifests.ts';

const here = import.meta.dirname;
const k8sDir = join(here, 'k8s');
const VARIANTS = { 'onnx-gpu': 'onnx', vllm: 'openai-upstream' } as const;
type Variant = keyof typeof VARIANTS;
const NS = 'triage-onprem';
const SIGNING_SECRET = { name: 'triage-onprem-signing-keys', key: 'signing-keys' };
const TUNNEL_SECRET = { name: 'cloudflared-tunnel-token', key: 'token' };

const clone = <T>(x: T): T => structuredClone(x);
const render = (v: Variant) => renderKustomization(join(k8sDir, v)).map((d) => d.obj);
const secretTemplates = loadYamlFile(join(k8sDir, 'secrets.example.yaml')).map((d) => d.obj);
/** Metric names the service registers (onprem/metrics.ts), the HPA's only valid inputs. */
const serviceMetrics = new Set(
  [...readFileSync(join(root, 'onprem', 'metrics.ts'), 'utf8').matchAll(/\.(?:gauge|counter|histogram)\(\s*'([a-z_]+)'/g)].map(
    (m) => m[1]!,
  ),
);

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// ---- the checks (each returns problems; [] = fine) -----------------------------------------------------

const find = (objs: K8s[], kind: string, name: string, ns?: string) =>
  objs.find((o) => o.kind === kind && o.metadata?.name === name && (ns === undefined || o.metadata?.namespace === ns));
const subset = (want: Record<string, string> | undefined, have: Record<string, string> | undefined) =>
  Object.entries(want ?? {}).every(([k, v]) => have?.[k] === v);

/** Stands in for a value the kubelet takes from a Secret (URL-safe, so it can sit in a URL as it would). */
const fromSecret = (name: string, key: string) => `secret-${name}-${key}`;

/**
 * The container's environment as the kubelet builds it: envFrom ConfigMaps, then env (which wins), with
 * $(VAR) references to earlier entries expanded; values from a Secret are placeholders (fromSecret).
 */
function containerEnv(c: K8s, objs: K8s[], ns: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const src of c.envFrom ?? []) {
    const cm = src.configMapRef ? find(objs, 'ConfigMap', src.configMapRef.name, ns) : undefined;
    Object.assign(env, cm?.data ?? {});
  }
  const secrets: Record<string, string> = {};
  for (const e of c.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    if (ref) secrets[e.name] = fromSecret(ref.name, ref.key);
    else if (typeof e.value === 'string')
      env[e.name] = e.value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m: string, v: string) => env[v] ?? secrets[v] ?? m);
  }
  return env;
}

/** A container port by number or name. */
function portOf(c: K8s, p: number | string): number | undefined {
  return typeof p === 'number' ? p : (c.ports ?? []).find((x: K8s) => x.name === p)?.containerPort;
}

function quantity(q: string | number | undefined): number {
  if (typeof q === 'number') return q;
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q ?? '');
  if (!m) return NaN;
  return Number(m[1]) / (m[2] === 'm' ? 1000 : 1);
}

/** Pod-level and per-container hardening (the `restricted` Pod Security profile, plus a read-only root). */
function podSecurityProblems(name: string, pod: K8s): string[] {
  const p: string[] = [];
  const sc = pod.securityContext ?? {};
  if (sc.runAsNonRoot !== true) p.push(`${name}: pod securityContext.runAsNonRoot must be true`);
  if (!Number.isInteger(sc.runAsUser) || sc.runAsUser <= 0) p.push(`${name}: pod securityContext.runAsUser must be a numeric non-root uid`);
  if (sc.seccompProfile?.type !== 'RuntimeDefault') p.push(`${name}: pod seccompProfile must be RuntimeDefault`);
  if (pod.automountServiceAccountToken !== false)
    p.push(`${name}: automountServiceAccountToken must be false (the pod never calls the API server)`);
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (pod[f] === true) p.push(`${name}: ${f} must not be set`);
  for (const v of pod.volumes ?? []) if (v.hostPath) p.push(`${name}: volume ${v.name} is a hostPath`);
  for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const csc = c.securityContext ?? {};
    if (csc.allowPrivilegeEscalation !== false) p.push(`${name}/${c.name}: allowPrivilegeEscalation must be false`);
    if (csc.readOnlyRootFilesystem !== true) p.push(`${name}/${c.name}: readOnlyRootFilesystem must be true`);
    if (!(csc.capabilities?.drop ?? []).includes('ALL')) p.push(`${name}/${c.name}: capabilities must drop ALL`);
    if ((csc.capabilities?.add ?? []).length > 0) p.push(`${name}/${c.name}: adds capabilities`);
    if (csc.privileged === true) p.push(`${name}/${c.name}: privileged`);
    if (csc.runAsUser === 0) p.push(`${name}/${c.name}: runs as root`);
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
      if (c[probe]?.httpGet?.host) p.push(`${name}/${c.name}: ${probe}.httpGet.host is set (it would probe the node, not the pod)`);
    const image = String(c.image ?? '');
    if (!/:[\w][\w.-]*$/.test(image) && !image.includes('@sha256:')) p.push(`${name}/${c.name}: image ${image} has no tag`);
    if (/:latest$/.test(image)) p.push(`${name}/${c.name}: image ${image} uses :latest`);
  }
  return p;
}

interface Peer {
  namespace: string | undefined;
  labels: Record<string, string> | undefined;
  ipBlock: boolean;
}

/** Policies in `ns` whose podSelector selects pods with `labels`, and that govern `type`. */
function policiesFor(objs: K8s[], ns: string, labels: Record<string, string>, type: 'Ingress' | 'Egress'): K8s[] {
  return objs.filter(
    (o) =>
      o.kind === 'NetworkPolicy' &&
      o.metadata.namespace === ns &&
      subset(o.spec.podSelector?.matchLabels, labels) &&
      (o.spec.policyTypes ?? ['Ingress']).includes(type),
  );
}

/** Rule problems (an absent `from`/`to` admits everything; so does an empty selector) and the peers a rule admits. */
function rulePeers(where: string, rule: K8s, dir: 'from' | 'to', problems: string[], ns?: string): Peer[] {
  const peers = (rule[dir] ?? []) as K8s[];
  if (peers.length === 0) problems.push(`${where}: a rule without "${dir}" admits every ${dir === 'from' ? 'source' : 'destination'}`);
  if (!rule.ports || rule.ports.length === 0) problems.push(`${where}: a rule without ports admits every port`);
  for (const peer of peers) {
    if (peer.matchExpressions || peer.namespaceSelector?.matchExpressions || peer.podSelector?.matchExpressions)
      problems.push(`${where}: matchExpressions are not checked here; use matchLabels`);
  }
  return peers.map((peer) => ({
    // A pod selector without a namespace selector means the policy's own namespace.
    namespace: peer.namespaceSelector
      ? peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name']
      : peer.podSelector
        ? ns
        : undefined,
    labels: peer.podSelector?.matchLabels,
    ipBlock: peer.ipBlock !== undefined,
  }));
}

interface NonceStoreRef {
  /** TRIAGE_ONPREM_NONCE_STORE as written in the manifest (before the kubelet expands it). */
  written: string;
  host: string;
  port: number;
  service?: K8s;
  deployment?: K8s;
  ns: string;
  labels?: Record<string, string>;
  containerPort?: number;
}

/** The Redis the node's TRIAGE_ONPREM_NONCE_STORE names, found in the manifests (Service → Deployment). */
function sharedNonceStore(objs: K8s[], env: Record<string, string>): NonceStoreRef | undefined {
  const url = env.TRIAGE_ONPREM_NONCE_STORE;
  if (!url || url === 'memory' || !URL.canParse(url)) return undefined;
  const u = new URL(url);
  // <service>.<namespace>.svc[.cluster.local], <service>.<namespace> or <service>
  const [name, ns = NS] = u.hostname.split('.');
  const service = find(objs, 'Service', name!, ns);
  const deployment =
    service &&
    objs.find(
      (o) =>
        o.kind === 'Deployment' &&
        o.metadata.namespace === ns &&
        Object.keys(service.spec.selector ?? {}).length > 0 &&
        subset(service.spec.selector, o.spec.template.metadata.labels),
    );
  const port = Number(u.port || 6379);
  const sp = service?.spec.ports?.find((x: K8s) => x.port === port);
  const container = deployment?.spec.template.spec.containers[0];
  return {
    written: url,
    host: u.hostname,
    port,
    service,
    deployment,
    ns,
    labels: deployment?.spec.template.metadata.labels,
    containerPort: container && sp ? portOf(container, sp.targetPort ?? sp.port) : undefined,
  };
}

/**
 * With more than one node process at a time — the HPA's maxReplicas > 1, or a rolling update's surge pod —
 * nonces must live in one shared store: each process's own memory would accept a captured request once.
 * The store must then really be one (a single pod, replaced with Recreate), keep every nonce (noeviction),
 * want a password that comes from a Secret, admit only the node's pods, and be reachable by them.
 */
function nonceStoreProblems(
  objs: K8s[],
  dep: K8s,
  env: Record<string, string>,
  hpa: K8s | undefined,
  store: NonceStoreRef | undefined,
  reachable: boolean,
): string[] {
  const p: string[] = [];
  const maxReplicas = hpa?.spec.maxReplicas ?? dep.spec.replicas ?? 1;
  const rolling =
    (dep.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate' && String(dep.spec.strategy?.rollingUpdate?.maxSurge ?? '25%') !== '0';
  if (maxReplicas <= 1 && !rolling) return p;
  const why = `${maxReplicas > 1 ? `the HPA runs up to ${maxReplicas} replicas` : 'a rolling update runs two pods at once'}`;
  const written = (dep.spec.template.spec.containers as K8s[])
    .find((c) => c.name === 'triage-onprem')
    ?.env?.find((e: K8s) => e.name === 'TRIAGE_ONPREM_NONCE_STORE');
  if (!env.TRIAGE_ONPREM_NONCE_STORE || env.TRIAGE_ONPREM_NONCE_STORE === 'memory')
    return [
      `${why}, but TRIAGE_ONPREM_NONCE_STORE is memory: each replica would accept a captured request once; the nonce store must be shared`,
    ];
  if (!store?.service) return [`TRIAGE_ONPREM_NONCE_STORE names ${store?.host ?? '?'}, which is no Service in the manifests`];
  if (!store.deployment) return [`the nonce store's Service ${store.service.metadata.name} selects no Deployment`];
  const password = written?.value && URL.canParse(written.value) ? new URL(written.value).password : '';
  if (!/^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(decodeURIComponent(password)))
    p.push('the nonce store URL must take its password from a Secret ($(VAR) of an env entry with secretKeyRef), not carry one');
  const sd = store.deployment;
  const name = `Deployment ${sd.metadata.name}`;
  if (sd.spec.replicas !== 1) p.push(`${name}: the nonce store must be exactly one pod (replicas ${sd.spec.replicas})`);
  if (sd.spec.strategy?.type !== 'Recreate')
    p.push(`${name}: strategy must be Recreate — a rolling update would run two stores at once and split the nonces between them`);
  const c = sd.spec.template.spec.containers[0] as K8s;
  const args = ((c.args ?? []) as string[]).join(' ');
  if (!/--maxmemory-policy noeviction\b/.test(args))
    p.push(`${name}: --maxmemory-policy noeviction is required (an evicting Redis forgets nonces and lets their replays through)`);
  const pass = /--requirepass (\S+)/.exec(args)?.[1];
  const passVar = pass && /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(pass)?.[1];
  if (!passVar || !(c.env ?? []).some((e: K8s) => e.name === passVar && e.valueFrom?.secretKeyRef))
    p.push(`${name}: --requirepass must be set from a Secret`);
  if (store.containerPort === undefined) p.push(`the nonce store's Service has no port ${store.port} leading to a container port`);
  p.push(...podSecurityProblems(sd.metadata.name, sd.spec.template.spec));
  // Ingress to the store: only the node's pods, only on its port.
  const nodeLabels: Record<string, string> = dep.spec.template.metadata.labels;
  const isNode = (peer: Peer) =>
    !peer.ipBlock && peer.namespace === NS && Object.keys(peer.labels ?? {}).length > 0 && subset(peer.labels, nodeLabels);
  let admitsNode = false;
  for (const pol of policiesFor(objs, store.ns, store.labels ?? {}, 'Ingress')) {
    for (const rule of pol.spec.ingress ?? []) {
      const peers = rulePeers(`NetworkPolicy ${pol.metadata.name}`, rule, 'from', p, store.ns);
      for (const peer of peers)
        if (!isNode(peer))
          p.push(`NetworkPolicy ${pol.metadata.name} lets ${JSON.stringify(peer)} reach the nonce store; only the node's pods may`);
      for (const rp of rule.ports ?? [])
        if (rp.port !== store.containerPort && rp.port !== 'redis')
          p.push(`NetworkPolicy ${pol.metadata.name} admits port ${rp.port} to the nonce store`);
      if (peers.some(isNode)) admitsNode = true;
    }
  }
  if (!admitsNode) p.push("no NetworkPolicy admits the node's pods to the nonce store");
  if (!reachable) p.push("the node's egress policy does not let it reach the nonce store on its port");
  return p;
}

function checkVariant(objs: K8s[]): string[] {
  const p: string[] = [];
  const dep = find(objs, 'Deployment', 'triage-onprem', NS);
  if (!dep) return ['no Deployment triage-onprem'];
  const pod = dep.spec.template.spec;
  const labels: Record<string, string> = dep.spec.template.metadata.labels;
  if (!subset(dep.spec.selector.matchLabels, labels)) p.push('Deployment selector does not select its pods');
  const main = (pod.containers as K8s[]).find((c) => c.name === 'triage-onprem');
  if (!main) return [...p, 'no container triage-onprem'];
  const all: K8s[] = [...(pod.initContainers ?? []), ...pod.containers];
  const env = containerEnv(main, objs, NS);

  // Port: container == TRIAGE_ONPREM_PORT == Service targetPort; listening on all interfaces.
  const port = Number(env.TRIAGE_ONPREM_PORT ?? DEFAULTS.port);
  if (portOf(main, 'http') !== port) p.push(`container port "http" (${portOf(main, 'http')}) != TRIAGE_ONPREM_PORT (${port})`);
  if (env.TRIAGE_ONPREM_HOST !== '0.0.0.0') p.push('TRIAGE_ONPREM_HOST must be 0.0.0.0 in a pod (the default 127.0.0.1 is unreachable)');
  const svc = find(objs, 'Service', 'triage-onprem', NS);
  if (!svc) p.push('no Service triage-onprem');
  else {
    if (!subset(svc.spec.selector, labels) || Object.keys(svc.spec.selector ?? {}).length === 0)
      p.push('Service selector does not select the pods');
    if ((svc.spec.type ?? 'ClusterIP') !== 'ClusterIP')
      p.push(`Service type ${svc.spec.type}: the node must not be exposed outside the cluster`);
    for (const sp of svc.spec.ports)
      if (portOf(main, sp.targetPort ?? sp.port) !== port)
        p.push(`Service port ${sp.port}: targetPort ${sp.targetPort} is not the node's port ${port}`);
  }

  // Probes: the service's routes on its port.
  const want = { livenessProbe: '/healthz', readinessProbe: '/readyz', startupProbe: '/readyz' } as const;
  for (const [probe, path] of Object.entries(want)) {
    const g = main[probe]?.httpGet;
    if (!g) p.push(`${probe} missing (or not httpGet)`);
    else {
      if (g.path !== path) p.push(`${probe} path ${g.path}, the service serves ${path}`);
      if (portOf(main, g.port) !== port) p.push(`${probe} port ${g.port} is not the node's port ${port}`);
      if ((g.scheme ?? 'HTTP') !== (env.TRIAGE_ONPREM_TLS_CERT ? 'HTTPS' : 'HTTP'))
        p.push(`${probe} scheme ${g.scheme} does not match the node's TLS setting`);
    }
  }

  // GPU: exactly one container holds one GPU, requests == limits; scheduled on GPU nodes.
  const gpu = all.filter(
    (c) => c.resources?.limits?.['nvidia.com/gpu'] !== undefined || c.resources?.requests?.['nvidia.com/gpu'] !== undefined,
  );
  if (gpu.length !== 1) p.push(`expected one container with nvidia.com/gpu, found ${gpu.length}`);
  for (const c of gpu) {
    const r = quantity(c.resources.requests?.['nvidia.com/gpu']),
      l = quantity(c.resources.limits?.['nvidia.com/gpu']);
    if (!(r === 1 && l === 1)) p.push(`${c.name}: nvidia.com/gpu requests ${r} / limits ${l}, expected 1 / 1`);
  }
  if (!pod.nodeSelector?.['nvidia.com/gpu.present']) p.push('no nodeSelector for GPU nodes');
  if (!(pod.tolerations ?? []).some((t: K8s) => t.key === 'nvidia.com/gpu')) p.push('no toleration for the nvidia.com/gpu taint');
  for (const c of all)
    if (!c.resources?.requests?.memory || !c.resources?.limits?.memory) p.push(`${c.name}: memory requests and limits must be set`);

  p.push(...podSecurityProblems('triage-onprem', pod));

  // The signing keys: a Secret mounted as a file, at the path TRIAGE_ONPREM_SIGNING_KEYS_FILE names.
  const keysFile = env.TRIAGE_ONPREM_SIGNING_KEYS_FILE;
  if (env.TRIAGE_ONPREM_SIGNING_KEYS !== undefined) p.push('TRIAGE_ONPREM_SIGNING_KEYS (inline secrets) must not be set from a manifest');
  if (env.TRIAGE_ONPREM_UPSTREAM_API_KEY !== undefined)
    p.push('TRIAGE_ONPREM_UPSTREAM_API_KEY must come from a Secret (valueFrom), not a value');
  if (!keysFile) p.push('TRIAGE_ONPREM_SIGNING_KEYS_FILE is not set');
  else {
    const mount = (main.volumeMounts ?? []).find((m: K8s) => keysFile.startsWith(`${m.mountPath.replace(/\/$/, '')}/`));
    const vol = mount && (pod.volumes ?? []).find((v: K8s) => v.name === mount.name);
    const item = vol?.secret?.items?.find((i: K8s) => i.key === SIGNING_SECRET.key);
    if (!mount || !vol?.secret) p.push(`TRIAGE_ONPREM_SIGNING_KEYS_FILE=${keysFile} is not under a Secret volume mount`);
    else {
      if (vol.secret.secretName !== SIGNING_SECRET.name)
        p.push(`signing keys volume uses Secret ${vol.secret.secretName}, expected ${SIGNING_SECRET.name}`);
      if (vol.secret.optional === true) p.push('signing keys Secret must not be optional');
      if (!item || `${mount.mountPath.replace(/\/$/, '')}/${item.path}` !== keysFile)
        p.push(`Secret key ${SIGNING_SECRET.key} is not mounted at ${keysFile}`);
      if (mount.readOnly !== true) p.push('signing keys mount must be readOnly');
      const mode = item?.mode ?? vol.secret.defaultMode ?? 0o644;
      if ((mode & 0o007) !== 0) p.push(`signing keys file mode ${mode.toString(8)} is world-readable`);
    }
  }
  // Every variable the container gets is one the service knows (typos would be silently ignored).
  for (const k of Object.keys(env))
    if (k.startsWith('TRIAGE_ONPREM_') && !ENV_VARS.includes(k)) p.push(`${k} is not a variable the service reads`);

  // Shutdown: preStop sleep + the drain fit in terminationGracePeriodSeconds.
  const graceS = Number(env.TRIAGE_ONPREM_SHUTDOWN_GRACE_MS ?? DEFAULTS.shutdown_grace_ms) / 1000;
  const cmd = main.lifecycle?.preStop?.exec?.command as string[] | undefined;
  const preStopS = cmd?.[0] === 'sleep' ? Number(cmd[1]) : Number(main.lifecycle?.preStop?.sleep?.seconds ?? 0);
  const tgps = pod.terminationGracePeriodSeconds ?? 30;
  if (!(tgps > graceS + preStopS))
    p.push(
      `terminationGracePeriodSeconds ${tgps} <= preStop ${preStopS} s + TRIAGE_ONPREM_SHUTDOWN_GRACE_MS ${graceS} s: SIGKILL would cut the drain`,
    );

  // HPA: on this Deployment, on the service's own gauges, with a target the gauge can reach.
  const hpa = objs.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.namespace === NS);
  if (!hpa) p.push('no HorizontalPodAutoscaler');
  else {
    const ref = hpa.spec.scaleTargetRef;
    if (ref.apiVersion !== 'apps/v1' || ref.kind !== 'Deployment' || ref.name !== dep.metadata.name)
      p.push(`HPA targets ${ref.kind}/${ref.name}, not the Deployment`);
    const metrics = (hpa.spec.metrics ?? []) as K8s[];
    if (!metrics.some((m) => m.type === 'Pods' && m.pods.metric.name === 'triage_onprem_inflight'))
      p.push('HPA does not scale on triage_onprem_inflight');
    for (const m of metrics) {
      if (m.type !== 'Pods') p.push(`HPA metric of type ${m.type}: only the node's Pods metrics are intended`);
      else if (!serviceMetrics.has(m.pods.metric.name)) p.push(`HPA metric ${m.pods.metric.name} is not one the service exports`);
    }
    const inflight = metrics.find((m) => m.pods?.metric.name === 'triage_onprem_inflight');
    const maxConcurrent = Number(env.TRIAGE_ONPREM_MAX_CONCURRENT ?? DEFAULTS.max_concurrent);
    if (inflight && !(quantity(inflight.pods.target.averageValue) < maxConcurrent))
      p.push(
        `HPA inflight target ${inflight.pods.target.averageValue} >= TRIAGE_ONPREM_MAX_CONCURRENT ${maxConcurrent}: in-flight never exceeds it, so it would never scale`,
      );
    if (!(hpa.spec.minReplicas >= 1 && hpa.spec.maxReplicas >= hpa.spec.minReplicas)) p.push('HPA replica bounds are wrong');
  }
  const pdb = objs.find((o) => o.kind === 'PodDisruptionBudget' && o.metadata.namespace === NS);
  if (!pdb || !subset(pdb.spec.selector.matchLabels, labels)) p.push('no PodDisruptionBudget selecting the pods');

  // NetworkPolicies: default deny; ingress only from the tunnel (and Prometheus, in its own policy) on the
  // node's port; egress only to cluster DNS.
  const cloudflared = objs.find((o) => o.kind === 'Deployment' && o.metadata.name === 'cloudflared');
  const tunnelNs: string | undefined = cloudflared?.metadata.namespace;
  const tunnelLabels: Record<string, string> | undefined = cloudflared?.spec.template.metadata.labels;
  const isTunnel = (peer: Peer) =>
    !peer.ipBlock && peer.namespace === tunnelNs && Object.keys(peer.labels ?? {}).length > 0 && subset(peer.labels, tunnelLabels);
  const isPrometheus = (peer: Peer) =>
    !peer.ipBlock && peer.namespace === 'monitoring' && peer.labels?.['app.kubernetes.io/name'] === 'prometheus';
  const isDns = (peer: Peer) => !peer.ipBlock && peer.namespace === 'kube-system' && peer.labels?.['k8s-app'] === 'kube-dns';
  if (!cloudflared) p.push('no cloudflared Deployment (the documented way in)');
  if (
    !objs.some(
      (o) =>
        o.kind === 'NetworkPolicy' &&
        o.metadata.namespace === NS &&
        Object.keys(o.spec.podSelector ?? {}).length === 0 &&
        !o.spec.ingress &&
        !o.spec.egress &&
        ['Ingress', 'Egress'].every((t) => o.spec.policyTypes?.includes(t)),
    )
  )
    p.push('no default-deny NetworkPolicy in the namespace');
  const ingress = policiesFor(objs, NS, labels, 'Ingress');
  const admitted: Peer[] = [];
  for (const pol of ingress) {
    for (const rule of pol.spec.ingress ?? []) {
      const peers = rulePeers(`NetworkPolicy ${pol.metadata.name}`, rule, 'from', p);
      admitted.push(...peers);
      for (const rp of rule.ports ?? [])
        if (portOf(main, rp.port) !== port || (rp.protocol ?? 'TCP') !== 'TCP')
          p.push(`NetworkPolicy ${pol.metadata.name} admits port ${rp.protocol ?? 'TCP'}/${rp.port}, not only the node's TCP/${port}`);
      for (const peer of peers) {
        if (pol.metadata.name === 'triage-onprem' ? !isTunnel(peer) : !(isTunnel(peer) || isPrometheus(peer)))
          p.push(
            `NetworkPolicy ${pol.metadata.name} admits ${JSON.stringify(peer)}, which is not the tunnel's cloudflared pods${pol.metadata.name === 'triage-onprem' ? '' : ' or Prometheus'}`,
          );
      }
    }
  }
  if (!admitted.some(isTunnel)) p.push('no NetworkPolicy admits the tunnel (cloudflared) pods');
  const store = sharedNonceStore(objs, env);
  const isStore = (peer: Peer) =>
    !peer.ipBlock &&
    store !== undefined &&
    peer.namespace === store.ns &&
    Object.keys(peer.labels ?? {}).length > 0 &&
    subset(peer.labels, store.labels);
  const egress = policiesFor(objs, NS, labels, 'Egress');
  if (!egress.some((pol) => pol.spec.podSelector?.matchLabels)) p.push('no egress policy for the node pods');
  let reachesStore = false;
  for (const pol of egress) {
    for (const rule of pol.spec.egress ?? []) {
      const peers = rulePeers(`NetworkPolicy ${pol.metadata.name} egress`, rule, 'to', p, NS);
      for (const peer of peers)
        if (!isDns(peer) && !isStore(peer))
          p.push(
            `NetworkPolicy ${pol.metadata.name} lets the node send to ${JSON.stringify(peer)}; it may reach only DNS and the nonce store (its engine is in the pod)`,
          );
      const ports = ((rule.ports ?? []) as K8s[]).map((rp) => rp.port);
      const allowed = peers.every(isDns) ? [53] : peers.every(isStore) ? [store?.containerPort, store?.port] : [];
      for (const port of ports) if (!allowed.includes(port)) p.push(`NetworkPolicy ${pol.metadata.name} egress on port ${port}`);
      if (peers.some(isStore) && ports.some((x) => x === store?.containerPort || x === store?.port)) reachesStore = true;
    }
  }
  p.push(...nonceStoreProblems(objs, dep, env, hpa, store, reachesStore));

  // The tunnel: token from its Secret, allowed to reach the node, hardened like the node.
  if (cloudflared) {
    const cpod = cloudflared.spec.template.spec;
    p.push(...podSecurityProblems('cloudflared', cpod));
    const token = (cpod.containers[0].env ?? []).find((e: K8s) => e.name === 'TUNNEL_TOKEN')?.valueFrom?.secretKeyRef;
    if (token?.name !== TUNNEL_SECRET.name || token?.key !== TUNNEL_SECRET.key)
      p.push('cloudflared TUNNEL_TOKEN does not come from the Secret cloudflared-tunnel-token/token');
    const out = policiesFor(objs, tunnelNs!, tunnelLabels ?? {}, 'Egress').flatMap((pol) => (pol.spec.egress ?? []) as K8s[]);
    const toNode = out.some(
      (rule) =>
        (rule.to ?? []).some(
          (peer: K8s) =>
            peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === NS &&
            subset(peer.podSelector?.matchLabels, labels) &&
            Object.keys(peer.podSelector?.matchLabels ?? {}).length > 0,
        ) && (rule.ports ?? []).some((x: K8s) => x.port === port),
    );
    if (!toNode) p.push("cloudflared's egress policy does not allow the node's pods on its port");
    if (policiesFor(objs, tunnelNs!, tunnelLabels ?? {}, 'Ingress').some((pol) => (pol.spec.ingress ?? []).length > 0))
      p.push('cloudflared admits ingress; it only dials out');
  }

  // Every Secret the manifests reference has a template (same namespace, name, key) with a placeholder.
  const refs: { ns: string; name: string; key: string }[] = [];
  for (const o of objs.filter((x) => x.kind === 'Deployment')) {
    const spec = o.spec.template.spec;
    for (const v of spec.volumes ?? [])
      if (v.secret) for (const i of v.secret.items ?? []) refs.push({ ns: o.metadata.namespace, name: v.secret.secretName, key: i.key });
    for (const c of [...(spec.initContainers ?? []), ...spec.containers])
      for (const e of c.env ?? [])
        if (e.valueFrom?.secretKeyRef)
          refs.push({ ns: o.metadata.namespace, name: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key });
  }
  for (const r of refs) {
    const t = secretTemplates.find((s) => s.metadata.name === r.name && s.metadata.namespace === r.ns);
    if (!t || typeof t.stringData?.[r.key] !== 'string')
      p.push(`Secret ${r.ns}/${r.name} key ${r.key} has no template in secrets.example.yaml`);
    else if (!t.stringData[r.key].includes('REPLACE'))
      p.push(`secrets.example.yaml: ${r.name}/${r.key} must hold a placeholder, never a key`);
  }
  if (objs.some((o) => o.kind === 'Secret'))
    p.push('a Secret is part of the applied manifests; Secrets are created by the operator (secrets.example.yaml is a template)');
  return p;
}

// ---- 1. schema -------------------------------------------------------------------------------------------

describe('Kubernetes manifests: schema', () => {
  const files = yamlFilesUnder(k8sDir);
  const kustomizations = files.filter((f) => f.endsWith('kustomization.yaml'));
  const manifests = files.filter((f) => !f.endsWith('kustomization.yaml'));
  const docs = manifests.flatMap(loadYamlFile);

  it('finds the manifests: every kind the deployment needs', () => {
    expect(new Set(docs.map((d) => d.obj.kind))).toEqual(
      new Set([
        'Namespace',
        'ConfigMap',
        'Secret',
        'Service',
        'Deployment',
        'NetworkPolicy',
        'HorizontalPodAutoscaler',
        'PodDisruptionBudget',
        'PersistentVolumeClaim',
      ]),
    );
    expect(kustomizations.map((f) => relative(k8sDir, f)).sort()).toEqual([
      'base/kustomization.yaml',
      'kustomization.yaml',
      'onnx-gpu/kustomization.yaml',
      'tunnel/kustomization.yaml',
      'vllm/kustomization.yaml',
    ]);
  });

  it.each(docs.map((d) => [`${relative(k8sDir, d.file)}: ${id(d.obj)}`, d.obj] as const))('%s passes schema validation', (_name, obj) => {
    expect(() => validateSchema(obj)).not.toThrow();
  });

  // A TypeScript program over every manifest: seconds of CPU, many more on a loaded machine.
  const COMPILER_TIMEOUT = 120_000;

  it(
    'has no field the Kubernetes API does not know (checked by the TypeScript compiler against kubernetes-models types)',
    { timeout: COMPILER_TIMEOUT },
    () => {
      expect(
        unknownFields(
          docs.map((d) => d.obj),
          root,
        ),
      ).toEqual([]);
    },
  );

  it('rejects broken manifests: wrong types, missing required fields, unknown kinds, unknown fields', { timeout: COMPILER_TIMEOUT }, () => {
    const dep = clone(render('onnx-gpu').find((o) => o.kind === 'Deployment' && o.metadata.name === 'triage-onprem')!);
    expect(() => validateSchema(dep)).not.toThrow();
    const portAsString = clone(dep);
    portAsString.spec.template.spec.containers[0].ports[0].containerPort = '8788';
    expect(() => validateSchema(portAsString)).toThrow(/containerPort must be integer/);
    const noImage = clone(dep);
    delete noImage.spec.template.spec.containers[0].name;
    expect(() => validateSchema(noImage)).toThrow(/must have required property 'name'|required property name/);
    const badHpa = clone(render('onnx-gpu').find((o) => o.kind === 'HorizontalPodAutoscaler')!);
    badHpa.spec.metrics[0].pods.target = { type: 'AverageValue', averageValue: { six: 6 } };
    expect(() => validateSchema(badHpa)).toThrow();
    expect(() => validateSchema({ ...dep, apiVersion: 'extensions/v1beta1' })).toThrow(/apiVersion/);
    expect(() => validateSchema({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no schema for kind Pod/);
    // The schema validation lets unknown fields through; the strict check does not.
    const typo = clone(dep);
    typo.spec.template.spec.containers[0].readinessprobe = typo.spec.template.spec.containers[0].readinessProbe;
    delete typo.spec.template.spec.containers[0].readinessProbe;
    expect(() => validateSchema(typo)).not.toThrow();
    const found = unknownFields([typo], root);
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^Deployment\/triage-onprem\/triage-onprem: .*readinessprobe.* does not exist in type 'IContainer'/);
  });

  it('parses YAML the way kubectl does where it matters (no leading-zero octals, which YAML 1.1 and 1.2 read differently)', () => {
    for (const f of manifests) expect(readFileSync(f, 'utf8'), relative(k8sDir, f)).not.toMatch(/:\s+0[0-7]+\s*(#.*)?$/m);
  });
});

// ---- kustomizations ------------------------------------------------------------------------------------

describe('kustomizations', () => {
  it('render every variant without duplicates; the default is onnx-gpu; every manifest is used (or is the Secret template)', () => {
    const byVariant = Object.fromEntries((Object.keys(VARIANTS) as Variant[]).map((v) => [v, renderKustomization(join(k8sDir, v))]));
    const def = renderKustomization(k8sDir).map((d) => d.obj);
    expect(def).toEqual(byVariant['onnx-gpu']!.map((d) => d.obj));
    const used = new Set(Object.values(byVariant).flatMap((docs) => docs.map((d) => d.file)));
    const unused = yamlFilesUnder(k8sDir)
      .filter((f) => !f.endsWith('kustomization.yaml') && !used.has(f))
      .map((f) => relative(k8sDir, f));
    expect(unused).toEqual(['secrets.example.yaml']);
  });

  it('refuses kustomizations it cannot render faithfully (patches, generators)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-kz-'));
    try {
      writeFileSync(
        join(dir, 'kustomization.yaml'),
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\nnamePrefix: x-\n',
      );
      expect(() => renderKustomization(dir)).toThrow(/only resources are supported here, found namePrefix/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
  it.skipIf(!kubectl)('render the same with `kubectl kustomize` (where kubectl is installed)', async () => {
    for (const v of ['', ...Object.keys(VARIANTS)]) {
      const { stdout } = await promisify(execFile)(kubectl!, ['kustomize', join(k8sDir, v)], { timeout: 60_000 });
      const theirs = parseAllDocuments(stdout)
        .map((d) => (Array.isArray(d) ? null : d.toJS()) as K8s)
        .sort((a, b) => id(a).localeCompare(id(b)));
      const ours = renderKustomization(join(k8sDir, v))
        .map((d) => d.obj)
        .sort((a, b) => id(a).localeCompare(id(b)));
      expect(theirs, v || '(default)').toEqual(ours);
    }
  });
});

// ---- 2. what operators depend on -------------------------------------------------------------------------

describe.each(Object.keys(VARIANTS) as Variant[])('variant %s', (variant) => {
  const objs = render(variant);
  const dep = () => find(objs, 'Deployment', 'triage-onprem', NS)!;

  it('keeps every promise (GPU, probes, port, pod security, Secret file, shutdown timing, HPA, NetworkPolicies, tunnel)', () => {
    expect(checkVariant(objs)).toEqual([]);
  });

  it('runs the engine it says (ConfigMap) and its pod user is the image USER', () => {
    const main = dep().spec.template.spec.containers.find((c: K8s) => c.name === 'triage-onprem');
    expect(containerEnv(main, objs, NS).TRIAGE_ONPREM_ENGINE).toBe(VARIANTS[variant]);
    expect(dep().spec.template.spec.securityContext.runAsUser).toBe(dockerUid());
  });

  it('gives the container a configuration the service accepts (onprem/config.ts loadConfig), with no unknown variables', () => {
    const main = dep().spec.template.spec.containers.find((c: K8s) => c.name === 'triage-onprem');
    const env = containerEnv(main, objs, NS);
    // The mounted Secret, as a real file at a temporary path in place of the mount path.
    const dir = mkdtempSync(join(tmpdir(), 'triage-k8s-env-'));
    try {
      const keysFile = join(dir, 'signing-keys');
      writeFileSync(keysFile, 'edge1:0123456789abcdef0123456789abcdef\n');
      const config = loadConfig({ ...env, TRIAGE_ONPREM_SIGNING_KEYS_FILE: keysFile }, dir);
      expect(config.warnings).toEqual([]);
      expect(config.port).toBe(portOf(main, 'http'));
      expect(config.host).toBe('0.0.0.0');
      expect([...config.signingKeys.keys()]).toEqual(['edge1']);
      expect(config.engine.kind).toBe(VARIANTS[variant]);
      expect(config.shutdownGraceMs / 1000).toBeLessThan(dep().spec.template.spec.terminationGracePeriodSeconds);
      // The shared nonce store, with the password the kubelet splices in from the Secret.
      expect(config.nonceStore).toEqual({
        kind: 'redis',
        url: `redis://:${fromSecret('triage-onprem-nonce-store', 'password')}@triage-onprem-nonces.triage-onprem.svc.cluster.local:6379`,
        keyPrefix: DEFAULTS.nonce_store_prefix,
        timeoutMs: DEFAULTS.nonce_store_timeout_ms,
      });
      if (config.engine.kind === 'openai-upstream') {
        // The upstream is the sidecar on the pod's loopback, at the port vLLM is started with.
        const sidecar = dep().spec.template.spec.initContainers.find((c: K8s) => c.name === 'vllm');
        expect(sidecar.restartPolicy).toBe('Always');
        const vllmPort = (sidecar.args as string[]).find((a) => a.startsWith('--port='))!.split('=')[1];
        expect(new URL(config.engine.baseUrl).host).toBe(`127.0.0.1:${vllmPort}`);
        expect(sidecar.startupProbe.httpGet.port).toBe(Number(vllmPort));
      } else {
        expect(config.engine.executionProvider).toBe('cuda');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Each check is shown to catch the mistake it exists for.
  const broken: [string, (o: K8s[]) => void, RegExp][] = [
    [
      'readiness probe on a path the service does not serve',
      (o) => {
        mainOf(o).readinessProbe.httpGet.path = '/health';
      },
      /readinessProbe path \/health/,
    ],
    [
      'probe on another port',
      (o) => {
        mainOf(o).livenessProbe.httpGet.port = 9999;
      },
      /livenessProbe port 9999/,
    ],
    [
      'container port != TRIAGE_ONPREM_PORT',
      (o) => {
        mainOf(o).ports[0].containerPort = 8080;
      },
      /container port "http" \(8080\) != TRIAGE_ONPREM_PORT \(8788\)/,
    ],
    [
      'no GPU',
      (o) => {
        for (const c of allOf(o)) {
          delete c.resources.limits['nvidia.com/gpu'];
          delete c.resources.requests['nvidia.com/gpu'];
        }
      },
      /expected one container with nvidia.com\/gpu, found 0/,
    ],
    [
      'writable root filesystem',
      (o) => {
        allOf(o)[0]!.securityContext.readOnlyRootFilesystem = false;
      },
      /readOnlyRootFilesystem must be true/,
    ],
    [
      'capabilities kept',
      (o) => {
        mainOf(o).securityContext.capabilities = {};
      },
      /capabilities must drop ALL/,
    ],
    [
      'root user',
      (o) => {
        depOf(o).spec.template.spec.securityContext.runAsUser = 0;
      },
      /numeric non-root uid/,
    ],
    [
      'keys file path not the mount',
      (o) => {
        mainOf(o).env[0].value = '/etc/triage/keys';
      },
      /is not under a Secret volume mount/,
    ],
    [
      'keys mounted from another Secret',
      (o) => {
        depOf(o).spec.template.spec.volumes[0].secret.secretName = 'other';
      },
      /uses Secret other/,
    ],
    [
      'world-readable keys',
      (o) => {
        depOf(o).spec.template.spec.volumes[0].secret.defaultMode = 0o444;
      },
      /world-readable/,
    ],
    [
      'a typo in a variable name',
      (o) => {
        configMapOf(o).data.TRIAGE_ONPREM_MAX_CONCURENT = '8';
      },
      /TRIAGE_ONPREM_MAX_CONCURENT is not a variable the service reads/,
    ],
    [
      'grace period shorter than the drain',
      (o) => {
        depOf(o).spec.template.spec.terminationGracePeriodSeconds = 30;
      },
      /terminationGracePeriodSeconds 30 <= preStop 5 s/,
    ],
    [
      'HPA target the gauge cannot exceed',
      (o) => {
        hpaOf(o).spec.metrics[0].pods.target.averageValue = '64';
      },
      /HPA inflight target 64 >= TRIAGE_ONPREM_MAX_CONCURRENT/,
    ],
    [
      'HPA on a metric the service does not export',
      (o) => {
        hpaOf(o).spec.metrics[1].pods.metric.name = 'queue_depth';
      },
      /HPA metric queue_depth is not one the service exports/,
    ],
    [
      'HPA on another Deployment',
      (o) => {
        hpaOf(o).spec.scaleTargetRef.name = 'cloudflared';
      },
      /HPA targets Deployment\/cloudflared/,
    ],
    [
      'tunnel peer split into two peers (= namespace OR pods)',
      (o) => {
        const rule = policyOf(o, 'triage-onprem').spec.ingress[0];
        const [peer] = rule.from;
        rule.from = [{ namespaceSelector: peer.namespaceSelector }, { podSelector: peer.podSelector }];
      },
      /admits \{"namespace":"triage-tunnel".*not the tunnel/,
    ],
    [
      'ingress on another port',
      (o) => {
        policyOf(o, 'triage-onprem-allow-prometheus').spec.ingress[0].ports[0].port = 9090;
      },
      /allow-prometheus admits port TCP\/9090, not only the node's TCP\/8788/,
    ],
    [
      'egress on another port',
      (o) => {
        policyOf(o, 'triage-onprem').spec.egress[0].ports.push({ protocol: 'TCP', port: 443 });
      },
      /egress on port 443/,
    ],
    [
      'ingress from anywhere',
      (o) => {
        delete policyOf(o, 'triage-onprem').spec.ingress[0].from;
      },
      /a rule without "from" admits every source/,
    ],
    [
      'ingress from an IP range',
      (o) => {
        policyOf(o, 'triage-onprem').spec.ingress[0].from.push({ ipBlock: { cidr: '0.0.0.0/0' } });
      },
      /"ipBlock":true/,
    ],
    [
      'egress to the internet',
      (o) => {
        policyOf(o, 'triage-onprem').spec.egress.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443 }] });
      },
      /lets the node send to .*"ipBlock":true/,
    ],
    [
      'egress to anywhere',
      (o) => {
        delete policyOf(o, 'triage-onprem').spec.egress[0].to;
      },
      /a rule without "to" admits every destination/,
    ],
    [
      'no default deny',
      (o) => {
        o.splice(o.indexOf(policyOf(o, 'triage-onprem-default-deny')), 1);
      },
      /no default-deny NetworkPolicy/,
    ],
    [
      'tunnel pods relabelled',
      (o) => {
        find(o, 'Deployment', 'cloudflared')!.spec.template.metadata.labels = { app: 'tunnel' };
      },
      /no NetworkPolicy admits the tunnel/,
    ],
    [
      'probe with a host (probes the node)',
      (o) => {
        mainOf(o).livenessProbe.httpGet.host = '127.0.0.1';
      },
      /livenessProbe.httpGet.host is set/,
    ],
    [
      'image :latest',
      (o) => {
        mainOf(o).image = 'registry.example.com/triage/onprem:latest';
      },
      /uses :latest/,
    ],
    [
      'a Secret applied with the manifests',
      (o) => {
        o.push(clone(secretTemplates[0]!));
      },
      /a Secret is part of the applied manifests/,
    ],
    [
      'nonces in each process memory while the HPA runs several',
      (o) => {
        mainOf(o).env = mainOf(o).env.filter((e: K8s) => e.name !== 'TRIAGE_ONPREM_NONCE_STORE');
      },
      /HPA runs up to 4 replicas, but TRIAGE_ONPREM_NONCE_STORE is memory/,
    ],
    [
      'nonces in memory, one replica, but a rolling update',
      (o) => {
        mainOf(o).env = mainOf(o).env.filter((e: K8s) => e.name !== 'TRIAGE_ONPREM_NONCE_STORE');
        hpaOf(o).spec.maxReplicas = 1;
      },
      /a rolling update runs two pods at once, but TRIAGE_ONPREM_NONCE_STORE is memory/,
    ],
    [
      'nonce store URL naming no Service',
      (o) => {
        storeEnvOf(o).value = storeEnvOf(o).value.replace('triage-onprem-nonces.', 'redis.');
      },
      /names redis\.triage-onprem\.svc\.cluster\.local, which is no Service/,
    ],
    [
      'a password written into the nonce store URL',
      (o) => {
        storeEnvOf(o).value = storeEnvOf(o).value.replace('$(NONCE_STORE_PASSWORD)', 'hunter2');
      },
      /must take its password from a Secret/,
    ],
    [
      'two nonce stores during a rollout',
      (o) => {
        storeOf(o).spec.strategy = { type: 'RollingUpdate' };
      },
      /strategy must be Recreate/,
    ],
    [
      'two nonce store replicas',
      (o) => {
        storeOf(o).spec.replicas = 2;
      },
      /exactly one pod \(replicas 2\)/,
    ],
    [
      'a nonce store that evicts',
      (o) => {
        const a = storeOf(o).spec.template.spec.containers[0].args;
        a[a.indexOf('noeviction')] = 'allkeys-lru';
      },
      /--maxmemory-policy noeviction is required/,
    ],
    [
      'a nonce store without a password',
      (o) => {
        const a: string[] = storeOf(o).spec.template.spec.containers[0].args;
        a.splice(a.indexOf('--requirepass'), 2);
      },
      /--requirepass must be set from a Secret/,
    ],
    [
      'the node cannot reach the nonce store',
      (o) => {
        policyOf(o, 'triage-onprem').spec.egress.splice(1, 1);
      },
      /does not let it reach the nonce store/,
    ],
    [
      'the nonce store open to the whole namespace',
      (o) => {
        policyOf(o, 'triage-onprem-nonces').spec.ingress[0].from = [{ podSelector: {} }];
      },
      /lets \{"namespace":"triage-onprem".*reach the nonce store; only the node's pods may/,
    ],
    [
      'the node may reach the nonce store pods on another port',
      (o) => {
        policyOf(o, 'triage-onprem').spec.egress[1].ports.push({ protocol: 'TCP', port: 22 });
      },
      /egress on port 22/,
    ],
  ];
  it.each(broken)('catches: %s', (_name, mutate, message) => {
    const o = clone(objs);
    mutate(o);
    const problems = checkVariant(o);
    expect(
      problems.some((x) => message.test(x)),
      `problems: ${JSON.stringify(problems)}`,
    ).toBe(true);
  });
});

const depOf = (o: K8s[]) => find(o, 'Deployment', 'triage-onprem', NS)!;
const mainOf = (o: K8s[]) => (depOf(o).spec.template.spec.containers as K8s[]).find((c) => c.name === 'triage-onprem')!;
const allOf = (o: K8s[]): K8s[] => [...(depOf(o).spec.template.spec.initContainers ?? []), ...depOf(o).spec.template.spec.containers];
const configMapOf = (o: K8s[]) => find(o, 'ConfigMap', 'triage-onprem-config', NS)!;
const hpaOf = (o: K8s[]) => o.find((x) => x.kind === 'HorizontalPodAutoscaler')!;
const policyOf = (o: K8s[], name: string) => find(o, 'NetworkPolicy', name, NS)!;
const storeOf = (o: K8s[]) => find(o, 'Deployment', 'triage-onprem-nonces', NS)!;
const storeEnvOf = (o: K8s[]) => (mainOf(o).env as K8s[]).find((e) => e.name === 'TRIAGE_ONPREM_NONCE_STORE')!;

// ---- 4. Dockerfile ---------------------------------------------------------------------------------------

const dockerfileText = readFileSync(join(root, 'onprem', 'Dockerfile'), 'utf8');
const dockerfile = parseDockerfile(dockerfileText);
const stage = (name: string): Stage => {
  const s = dockerfile.stages.find((x) => x.name === name);
  if (!s) throw new Error(`Dockerfile has no stage ${name}`);
  return s;
};
const ins = (s: Stage, cmd: string) => s.instructions.filter((i) => i.cmd === cmd);
function dockerUid(): number {
  const users = ins(stage('runtime'), 'USER');
  return Number(users.at(-1)!.args.split(':')[0]);
}

describe('Dockerfile', () => {
  it('is multi-stage: build, then slim CPU runtime (the default target, last) and a CUDA runtime', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['build', 'node', 'runtime-cuda', 'runtime']);
    expect(stage('build').from).toMatch(/^node:22-bookworm-slim$/);
    expect(stage('runtime').from).toBe(stage('build').from);
    expect(stage('runtime-cuda').from).toMatch(/^nvidia\/cuda:12\.[\d.]+-cudnn-runtime-/);
  });

  it('builds dependencies (CPU or CUDA onnxruntime-node), the models and the bundle in the build stage', () => {
    const b = stage('build');
    expect(ins(b, 'ARG').map((i) => i.args)).toContain('ORT_INSTALL=skip');
    const runs = ins(b, 'RUN')
      .map((i) => i.args)
      .join('\n');
    expect(runs).toMatch(/npm ci --onnxruntime-node-install=\$\{ORT_INSTALL\}/);
    expect(runs).toMatch(/npm run build:models/);
    expect(runs).toMatch(/npx tsx onprem\/deploy\/build\.ts --outdir \/out\/app/);
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const m of runs.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `npm run ${m[1]}`).toHaveProperty([m[1]!]);
    // The runtime stages take only the bundle directory and the models from it.
    for (const s of ['runtime', 'runtime-cuda']) {
      const copies = ins(stage(s), 'COPY')
        .filter((i) => i.args.includes('--from=build'))
        .map((i) => i.args.replace(/--\S+\s+/g, ''));
      expect(copies.sort()).toEqual(['/out/app /app', '/out/models /app/models']);
    }
  });

  it.each(['runtime', 'runtime-cuda'])(
    '%s: numeric non-root USER, HEALTHCHECK, EXPOSE = port, SIGTERM, node main.mjs, known ENV only',
    (name) => {
      const s = stage(name);
      const user = ins(s, 'USER').at(-1)!.args;
      expect(user).toMatch(/^\d+:\d+$/);
      expect(Number(user.split(':')[0])).toBeGreaterThan(0);
      const env = stageEnv(s);
      expect(env.get('TRIAGE_ONPREM_HOST')).toBe('0.0.0.0');
      expect(ins(s, 'EXPOSE').map((i) => i.args)).toEqual([env.get('TRIAGE_ONPREM_PORT')]);
      expect(Number(env.get('TRIAGE_ONPREM_PORT'))).toBe(
        Number(find(render('onnx-gpu'), 'ConfigMap', 'triage-onprem-config', NS)!.data.TRIAGE_ONPREM_PORT),
      );
      expect(env.get('TRIAGE_ONPREM_MODELS_DIR')).toBe('/app/models');
      expect(env.get('TRIAGE_ONPREM_ONNX_PROVIDER')).toBe(name === 'runtime' ? 'cpu' : 'cuda');
      for (const k of env.keys()) if (k.startsWith('TRIAGE_ONPREM_')) expect(ENV_VARS, k).toContain(k);
      const hc = ins(s, 'HEALTHCHECK');
      expect(hc).toHaveLength(1);
      expect(hc[0]!.args).toMatch(/CMD \["node", "\/app\/healthcheck\.mjs"\]$/);
      expect(ins(s, 'STOPSIGNAL').map((i) => i.args)).toEqual(['SIGTERM']);
      expect(JSON.parse(ins(s, 'CMD').at(-1)!.args)).toEqual(['node', '--enable-source-maps', '/app/main.mjs']);
      // USER comes after everything that needs root (user creation, COPY), before CMD.
      const order = s.instructions.map((i) => i.cmd);
      expect(order.lastIndexOf('RUN')).toBeLessThan(order.indexOf('USER'));
    },
  );

  it('sends the build only what it reads (onprem/Dockerfile.dockerignore)', () => {
    const ignore = readFileSync(join(root, 'onprem', 'Dockerfile.dockerignore'), 'utf8');
    const sources = dockerfile.stages
      .flatMap((s) => ins(s, 'COPY'))
      .filter((i) => !i.args.includes('--from='))
      .flatMap((i) =>
        i.args
          .split(/\s+/)
          .filter((a) => !a.startsWith('--'))
          .slice(0, -1),
      );
    expect(sources.length).toBeGreaterThan(4);
    for (const src of sources) {
      expect(existsSync(join(root, src)), src).toBe(true);
      expect(excludedByDockerignore(ignore, src), src).toBe(false);
    }
    for (const needed of ['onprem/deploy/build.ts', 'onprem/deploy/healthcheck.ts', 'onprem/main.ts', 'shared/tools/model-build/build.ts'])
      expect(excludedByDockerignore(ignore, needed), needed).toBe(false);
    for (const never of [
      'node_modules/onnxruntime-node/package.json',
      'shared/models/dist/manifest.json',
      'edge/index.ts',
      '.git/config',
      'dist/onprem/main.mjs',
      'onprem/deploy/manifests.test.ts',
      '.dev.vars',
      'onprem/deploy/k8s/secrets.example.yaml',
    ])
      expect(excludedByDockerignore(ignore, never), never).toBe(true);
  });
});

describe('HEALTHCHECK target (healthcheck.ts)', () => {
  it('checks the port and scheme the node uses, on loopback when it listens on all interfaces', () => {
    expect(healthUrl({}).href).toBe('http://127.0.0.1:8788/healthz');
    expect(healthUrl({ TRIAGE_ONPREM_HOST: '0.0.0.0', TRIAGE_ONPREM_PORT: '9000' }).href).toBe('http://127.0.0.1:9000/healthz');
    expect(healthUrl({ TRIAGE_ONPREM_HOST: '::', TRIAGE_ONPREM_TLS_CERT: '/tls/cert.pem' }).href).toBe('https://127.0.0.1:8788/healthz');
    expect(healthUrl({ TRIAGE_ONPREM_HOST: '10.1.2.3' }).href).toBe('http://10.1.2.3:8788/healthz');
    expect(healthUrl({ TRIAGE_ONPREM_HOST: '::1' }).href).toBe('http://[::1]:8788/healthz');
  });
});

// ---- 5. the bundle the image runs ------------------------------------------------------------------------

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) res({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => res({ code, signal }));
  });
}

function runHealthcheck(script: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((res) => {
    const c = spawn(process.execPath, [script], { env, stdio: 'ignore' });
    c.once('exit', (code) => res(code));
  });
}

describe('the bundle the image runs (onprem/deploy/build.ts → node main.mjs, outside the repository)', () => {
  const SECRET = 'bundle-test-secret-0123456789abcdef';
  let dir: string;
  let built: BuildResult;
  let child: ChildProcess;
  let port: number;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, NODE_ENV: 'production' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triage-onprem-image-'));
    // As in the image: the app directory (bundle + runtime packages) and the models next to it.
    built = await buildOnprem({ outdir: join(dir, 'app') });
    cpSync(join(root, 'shared', 'models', 'dist'), join(dir, 'app', 'models'), { recursive: true });
    writeFileSync(join(dir, 'signing-keys'), `# rotation: old and new\nold1:${'x'.repeat(32)}\nedge1:${SECRET}\n`);
    port = await freePort();
    child = spawn(process.execPath, ['--enable-source-maps', built.main], {
      cwd: built.outdir,
      env: {
        ...baseEnv(),
        TRIAGE_ONPREM_HOST: '127.0.0.1',
        TRIAGE_ONPREM_PORT: String(port),
        TRIAGE_ONPREM_ENGINE: 'onnx',
        TRIAGE_ONPREM_ONNX_PROVIDER: 'cpu',
        TRIAGE_ONPREM_MODELS_DIR: join(dir, 'app', 'models'),
        TRIAGE_ONPREM_SIGNING_KEYS_FILE: join(dir, 'signing-keys'),
        TRIAGE_ONPREM_AUDIT_LOG: 'stdout',
        TRIAGE_ONPREM_SHUTDOWN_GRACE_MS: '5000',
        // The shared nonce store, as the manifests configure it: the bundled @redis/client against a real Redis.
        TRIAGE_ONPREM_NONCE_STORE: inject('redisUrl'),
        TRIAGE_ONPREM_NONCE_STORE_PREFIX: `bundle-test:${process.pid}:`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    exited = exitOf(child);
    // Wait (bounded) until the node is ready, or fail with what it printed.
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the bundle exited during start (${child.exitCode ?? child.signalCode}):\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the bundle did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is self-contained: one bundle plus onnxruntime-node (this platform only) and its runtime dependency', () => {
    expect(relative(root, built.outdir).startsWith('..')).toBe(true);
    expect(built.externals).toEqual(['onnxruntime-node']);
    expect(Object.keys(built.packages).sort()).toEqual(['onnxruntime-common', 'onnxruntime-node']);
    expect(readdirSync(join(built.outdir, 'node_modules')).sort()).toEqual(['onnxruntime-common', 'onnxruntime-node']);
    expect(readdirSync(join(built.outdir, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6'))).toEqual([process.platform]);
    expect(readdirSync(join(built.outdir, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', process.platform))).toEqual([process.arch]);
  });

  it('answers /healthz and /readyz, and a signed request through onnxruntime-node from the copied node_modules', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const body = JSON.stringify({ model: 'triage-embed', input: ['where is my invoice'] });
    const unsigned = await fetch(`http://127.0.0.1:${port}/v1/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
    const sig = await signRequest({ method: 'POST', path: '/v1/embeddings', body, keyId: 'edge1', secret: SECRET });
    const res = await fetch(`http://127.0.0.1:${port}/v1/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sig },
      body,
    });
    const json = (await res.json()) as { data: { embedding: number[] }[] };
    expect(res.status, JSON.stringify(json)).toBe(200);
    expect(json.data[0]!.embedding).toHaveLength(128);
    // Its nonce is in Redis now: the same request again is a replay.
    const replay = await fetch(`http://127.0.0.1:${port}/v1/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sig },
      body,
    });
    expect(replay.status).toBe(401);
    expect(output).toMatch(/"msg":"onprem started".*"nonce_store":\{"url":"redis:\/\/127\.0\.0\.1:\d+"/);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^triage_onprem_inflight /m);
    expect(metrics).toMatch(/^triage_onprem_queue_depth /m);
  });

  it('passes the image HEALTHCHECK command (healthcheck.mjs) while up', async () => {
    expect(await runHealthcheck(built.healthcheck, { ...baseEnv(), TRIAGE_ONPREM_PORT: String(port), TRIAGE_ONPREM_HOST: '0.0.0.0' })).toBe(
      0,
    );
  });

  it('exits 0 on SIGTERM (what docker stop / the kubelet send), logs no secret, and the HEALTHCHECK then fails', async () => {
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).not.toContain(SECRET);
    expect(await runHealthcheck(built.healthcheck, { ...baseEnv(), TRIAGE_ONPREM_PORT: String(port) })).toBe(1);
  });
});
