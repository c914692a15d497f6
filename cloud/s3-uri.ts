// S3 locations as SageMaker's async inference and the async job store write them: `s3://bucket/key`, with
// S3's bucket-name rule (3–63 lower-case letters, digits, dots and hyphens, a letter or digit at both ends).
// One rule for the handlers (cloud/jobs/store.ts) and the local endpoint (cloud/local-endpoint/async.ts).

export const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const S3_LOCATION = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*)$/;

export function s3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/** `s3://bucket/key` → its parts; null if it is not an object's location (a valid bucket, a non-empty key). */
export function parseS3Uri(uri: string): { bucket: string; key: string } | null {
  const m = S3_LOCATION.exec(uri);
  return m && m[2] !== '' ? { bucket: m[1]!, key: m[2]! } : null;
}

/** `s3://bucket/prefix` → the bucket and the prefix ending in `/` (or empty: the whole bucket); null if not one. */
export function parseS3Prefix(uri: string): { bucket: string; prefix: string } | null {
  const m = S3_LOCATION.exec(uri);
  if (!m) return null;
  const prefix = m[2]!;
  return { bucket: m[1]!, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}
