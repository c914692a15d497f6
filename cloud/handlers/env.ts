// Reading the handlers' numeric settings from the environment: a value that is not a whole number in range
// is a configuration error (thrown, then answered as 500 `misconfigured`), never a silent NaN.
export function intFromEnv(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not '${raw.slice(0, 40)}'`);
  return n;
}
