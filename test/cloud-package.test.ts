// `sls package` (osls 4.3.1 + serverless-esbuild) succeeds offline, without AWS credentials, and the
// CloudFormation it generates keeps serverless.yml's promises: runtime, least-privilege IAM, log retention,
// tracing, the GPU endpoint resources, the scale-to-zero setting, the alias targets per mode and the async
// job functions. Packages into a temp dir (--package),
// so nothing is left in the repo (serverless-esbuild's own .esbuild/ work dir is removed by the plugin).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const sls = join(root, 'node_modules', 'osls', 'bin', 'serverless.js');
const run = promisify(execFile);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a CloudFormation template: arbitrary JSON, read along the paths each test names
type Json = Record<string, any>;
interface Packaged {
  dir: string;
  template: Json;
  stdout: string;
}

const dirs: string[] = [];

async function slsPackage(args: string[]): Promise<Packaged> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-sls-'));
  dirs.push(dir);
  // No credentials, no network: packaging must not need either.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_PROFILE: 'triage-no-such-profile',
  };
  // execFile rejects on a non-zero exit: the assertion that packaging exits 0.
  const { stdout, stderr } = await run(process.execPath, [sls, 'package', ...args, '--package', dir], { cwd: root, env, timeout: 90_000 });
  const template = JSON.parse(readFileSync(join(dir, 'cloudformation-template-update-stack.json'), 'utf8')) as Json;
  return { dir, template, stdout: stdout + stderr };
}

const resourcesOfType = (t: Json, type: string): [string, Json][] =>
  Object.entries(t.Resources as Record<string, Json>).filter(([, r]) => r.Type === type);

const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

let dev: Packaged;
let prodAsync: Packaged;

beforeAll(async () => {
  // Sequential: both runs share serverless-esbuild's work dir in the service directory.
  dev = await slsPackage(['--stage', 'dev']);
  prodAsync = await slsPackage(['--stage', 'production', '--param=gpuMode=async']);
}, 120_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('serverless.yml → sls package (offline)', () => {
  it('packages the infer function as an esbuild bundle, leaving nothing in the repo', () => {
    const zip = join(dev.dir, 'infer.zip');
    expect(existsSync(zip)).toBe(true);
    expect(statSync(zip).size).toBeGreaterThan(10_000);
    expect(statSync(zip).size).toBeLessThan(5_000_000); // bundled + minified, not node_modules
    expect(existsSync(join(root, '.serverless'))).toBe(false);
  });

  it('serves stream behind a function URL with IAM auth and response streaming, on the same runtime', () => {
    const fn = dev.template.Resources.StreamLambdaFunction.Properties;
    expect(fn).toMatchObject({ Runtime: 'nodejs24.x', Handler: 'cloud/handlers/stream.handler' });
    expect(dev.template.Resources.StreamLambdaFunctionUrl.Properties).toMatchObject({ AuthType: 'AWS_IAM', InvokeMode: 'RESPONSE_STREAM' });
    expect(existsSync(join(dev.dir, 'stream.zip'))).toBe(true);
  });

  it('runs infer on nodejs24.x with explicit memory, timeout, tracing and per-stage environment', () => {
    const fn = dev.template.Resources.InferLambdaFunction.Properties;
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.Handler).toBe('cloud/handlers/infer.handler');
    expect(fn.MemorySize).toBe(512);
    expect(fn.Timeout).toBe(60);
    expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
    const env = fn.Environment.Variables;
    // The default mode: the alias targets the inference component the stack creates on the real-time endpoint.
    expect(JSON.parse(env.TRIAGE_ENDPOINTS)).toEqual({
      'triage-small': { endpoint: 'triage-cloud-dev-gpu', inferenceComponent: 'triage-cloud-dev-triage-small' },
    });
    expect(dev.template.Resources.GpuInferenceComponent.Properties.InferenceComponentName).toBe('triage-cloud-dev-triage-small');
    expect(env.SAGEMAKER_MAX_ATTEMPTS).toBe('1');
    expect(Number(env.SAGEMAKER_TIMEOUT_MS)).toBeLessThan(fn.Timeout * 1000);
    expect(env.SAGEMAKER_ENDPOINT_URL).toBeUndefined(); // local development only

    const prod = prodAsync.template.Resources.InferLambdaFunction.Properties;
    expect(prod.MemorySize).toBe(1024);
    // gpuMode=async: the same endpoint name, but only for InvokeEndpointAsync (submit).
    expect(JSON.parse(prod.Environment.Variables.TRIAGE_ENDPOINTS)).toEqual({
      'triage-small': { asyncEndpoint: 'triage-cloud-production-gpu' },
    });
  });

  it('deploys submit and status with the async bucket, its prefixes and the job limits', () => {
    for (const [t, dir, stage] of [
      [dev.template, dev.dir, 'dev'],
      [prodAsync.template, prodAsync.dir, 'production'],
    ] as const) {
      for (const [name, handler] of [
        ['Submit', 'submit'],
        ['Status', 'status'],
      ] as const) {
        const fn = t.Resources[`${name}LambdaFunction`].Properties;
        expect(fn).toMatchObject({
          Runtime: 'nodejs24.x',
          Handler: `cloud/handlers/${handler}.handler`,
          Timeout: 30,
          TracingConfig: { Mode: 'Active' },
        });
        const env = fn.Environment.Variables;
        expect(env.TRIAGE_ASYNC_BUCKET).toEqual({ Ref: 'AsyncBucket' }); // the stack's own bucket
        expect(env).toMatchObject({
          TRIAGE_ASYNC_INPUT_PREFIX: 'async/input/',
          TRIAGE_ASYNC_OUTPUT_PREFIX: 'async/output/',
          TRIAGE_ASYNC_FAILURE_PREFIX: 'async/failure/',
          TRIAGE_ASYNC_JOBS_PREFIX: 'async/jobs/',
          TRIAGE_ASYNC_REQUEST_TTL_SECONDS: '21600',
          TRIAGE_ASYNC_INVOCATION_TIMEOUT_SECONDS: '900',
        });
        expect(env.S3_ENDPOINT_URL).toBeUndefined(); // local development only
        expect(existsSync(join(dir, `${handler}.zip`))).toBe(true);
      }
      // The prefixes the functions use are the ones the async endpoint writes to.
      if (stage === 'production') {
        const out = t.Resources.GpuEndpointConfigAsync.Properties.AsyncInferenceConfig.OutputConfig;
        expect(out).toEqual({
          S3OutputPath: { 'Fn::Sub': 's3://${AsyncBucket}/async/output/' },
          S3FailurePath: { 'Fn::Sub': 's3://${AsyncBucket}/async/failure/' },
        });
      }
    }
  });

  it('sets log retention per stage', () => {
    const groups = (t: Json) => resourcesOfType(t, 'AWS::Logs::LogGroup').map(([, r]) => r.Properties);
    expect(groups(dev.template).length).toBeGreaterThan(0);
    for (const g of groups(dev.template)) expect(g.RetentionInDays).toBe(7);
    for (const g of groups(prodAsync.template)) expect(g.RetentionInDays).toBe(90);
  });

  it('grants the Lambda role only sagemaker:InvokeEndpoint* on the named endpoint ARN and the async prefixes', () => {
    for (const [t, stage] of [
      [dev.template, 'dev'],
      [prodAsync.template, 'production'],
    ] as const) {
      const policies = t.Resources.IamRoleLambdaExecution.Properties.Policies as Json[];
      const statements = policies.flatMap((p) => p.PolicyDocument.Statement as Json[]);
      const actions = statements.flatMap((s) => asList<string>(s.Action));
      for (const s of statements) expect(s.Effect).toBe('Allow');

      // SageMaker: InvokeEndpoint* only, only on this stage's endpoint ARN (built with Fn::Sub, no wildcard).
      const sm = statements.filter((s) => asList<string>(s.Action).some((a) => a.startsWith('sagemaker:')));
      expect(sm.length).toBe(1);
      expect(asList<string>(sm[0]!.Action).sort()).toEqual([
        'sagemaker:InvokeEndpoint',
        'sagemaker:InvokeEndpointAsync',
        'sagemaker:InvokeEndpointWithResponseStream',
      ]);
      expect(sm[0]!.Resource).toEqual([
        { 'Fn::Sub': `arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:endpoint/triage-cloud-${stage}-gpu` },
      ]);
      expect(actions.filter((a) => a.startsWith('sagemaker:')).every((a) => a.startsWith('sagemaker:InvokeEndpoint'))).toBe(true);

      // S3: put under the input and jobs prefixes, get under output/failure/jobs, list only those three
      // prefixes (so a missing object is a 404, not a 403); nothing else, no bucket-wide object access.
      const s3 = statements.filter((s) => asList<string>(s.Action).some((a) => a.startsWith('s3:')));
      const s3Grants = s3.flatMap((s) =>
        asList<string>(s.Action).flatMap((a) => asList<Json>(s.Resource).map((r) => `${a} ${r['Fn::Sub']}`)),
      );
      expect(s3Grants.sort()).toEqual([
        's3:GetObject arn:${AWS::Partition}:s3:::${AsyncBucket}/async/failure/*',
        's3:GetObject arn:${AWS::Partition}:s3:::${AsyncBucket}/async/jobs/*',
        's3:GetObject arn:${AWS::Partition}:s3:::${AsyncBucket}/async/output/*',
        's3:ListBucket arn:${AWS::Partition}:s3:::${AsyncBucket}',
        's3:PutObject arn:${AWS::Partition}:s3:::${AsyncBucket}/async/input/*',
        's3:PutObject arn:${AWS::Partition}:s3:::${AsyncBucket}/async/jobs/*',
      ]);
      const list = s3.find((s) => asList<string>(s.Action).includes('s3:ListBucket'))!;
      expect(asList<string>(list.Action)).toEqual(['s3:ListBucket']);
      expect(list.Condition).toEqual({ StringLike: { 's3:prefix': ['async/output/*', 'async/failure/*', 'async/jobs/*'] } });
      // No one else may read the inputs back or write results: those belong to SageMaker's role.
      for (const st of s3)
        if (asList<string>(st.Action).includes('s3:GetObject')) expect(JSON.stringify(st.Resource)).not.toContain('async/input');

      // No wildcard action; a "*" resource only for X-Ray, whose actions have no resource-level permissions.
      expect(actions.some((a) => a.includes('*'))).toBe(false);
      for (const s of statements) {
        if (asList<unknown>(s.Resource).includes('*')) expect(asList<string>(s.Action).every((a) => a.startsWith('xray:'))).toBe(true);
      }
      // Everything else is the framework's own log-group permissions.
      expect(actions.filter((a) => !/^(sagemaker|s3|xray|logs):/.test(a))).toEqual([]);
    }
  });

  it('declares the GPU side: model, endpoint config on the configured GPU instance type, endpoint', () => {
    const t = dev.template;
    expect(resourcesOfType(t, 'AWS::SageMaker::Model')).toHaveLength(1);
    const model = t.Resources.GpuModel.Properties;
    expect(model.PrimaryContainer.Image).toMatch(/\.dkr\.ecr\./);
    for (const [, cfg] of resourcesOfType(t, 'AWS::SageMaker::EndpointConfig'))
      for (const v of cfg.Properties.ProductionVariants) expect(v.InstanceType).toBe('ml.g5.xlarge');
    const endpoints = resourcesOfType(t, 'AWS::SageMaker::Endpoint');
    expect(endpoints.length).toBe(2); // one per mode, each under its condition
    for (const [, e] of endpoints) expect(e.Properties.EndpointName).toBe('triage-cloud-dev-gpu');
  });

  it('scales to zero with inference components by default (real-time: serves infer and stream)', () => {
    const t = dev.template;
    expect(t.Conditions.UseInferenceComponents).toEqual({ 'Fn::Equals': ['inference-components', 'inference-components'] });
    expect(t.Conditions.UseAsync).toEqual({ 'Fn::Equals': ['inference-components', 'async'] });
    const cfg = t.Resources.GpuEndpointConfigIC;
    expect(cfg.Condition).toBe('UseInferenceComponents');
    expect(cfg.Properties.ProductionVariants[0].ManagedInstanceScaling).toMatchObject({ Status: 'ENABLED', MinInstanceCount: 0 });
    expect(cfg.Properties.ProductionVariants[0].ModelName).toBeUndefined(); // the model is attached as an inference component
    const ic = t.Resources.GpuInferenceComponent;
    expect(ic.Type).toBe('AWS::SageMaker::InferenceComponent');
    expect(ic.Properties.Specification.ComputeResourceRequirements.NumberOfAcceleratorDevicesRequired).toBe(1);
    const target = t.Resources.GpuCopiesScalableTarget.Properties;
    expect(target).toMatchObject({
      ServiceNamespace: 'sagemaker',
      ScalableDimension: 'sagemaker:inference-component:DesiredCopyCount',
      MinCapacity: 0,
    });
    // leaving zero needs the NoCapacityInvocationFailures alarm → step scaling (target tracking cannot)
    expect(t.Resources.GpuCopiesFromZeroAlarm.Properties.MetricName).toBe('NoCapacityInvocationFailures');
    expect(t.Resources.GpuCopiesFromZeroAlarm.Properties.AlarmActions).toEqual([{ Ref: 'GpuCopiesFromZero' }]);
    for (const name of ['GpuEndpointConfigAsync', 'GpuEndpointAsync', 'GpuInstancesScalableTarget'])
      expect(t.Resources[name].Condition).toBe('UseAsync');
  });

  it('switches to an async endpoint scaling to zero with the gpuMode setting', () => {
    const t = prodAsync.template;
    expect(t.Conditions.UseAsync).toEqual({ 'Fn::Equals': ['async', 'async'] });
    expect(t.Conditions.UseInferenceComponents).toEqual({ 'Fn::Equals': ['async', 'inference-components'] });
    const cfg = t.Resources.GpuEndpointConfigAsync.Properties;
    expect(cfg.ProductionVariants[0].InstanceType).toBe('ml.g5.xlarge');
    expect(cfg.AsyncInferenceConfig.OutputConfig.S3OutputPath).toEqual({ 'Fn::Sub': 's3://${AsyncBucket}/async/output/' });
    expect(t.Resources.GpuInstancesScalableTarget.Properties).toMatchObject({
      ScalableDimension: 'sagemaker:variant:DesiredInstanceCount',
      MinCapacity: 0,
      MaxCapacity: 4,
    });
    expect(t.Resources.GpuInstancesFromZeroAlarm.Properties.MetricName).toBe('HasBacklogWithoutCapacity');
  });
});
