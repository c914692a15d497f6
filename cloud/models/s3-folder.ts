// A model folder in S3 (`s3://bucket/prefix`, the Hugging Face layout with its checksums.json) as the
// FolderSource that loadHfFolder (shared/models/hf/folder.ts) reads and verifies: `read(path)` is one GetObject
// of `<prefix><path>`. The loader checks every byte against the manifest; this module only fetches.
//
// A missing file reads as undefined (NoSuchKey), which needs `s3:ListBucket` on the prefix: without it S3
// answers a missing object with 403 AccessDenied, and optional files (`generation_config.json`, …) would fail
// the load. The first missing file also lists the prefix once, so that a folder that is not there at all (a
// mistyped prefix) says so instead of "no checksums.json". Errors name the bucket, the key and the SDK error's
// name and status — never an object's contents, nor the SDK's message (a deserialization error quotes the
// response).
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { HfFolderError, type FolderSource } from '../../shared/models/hf/folder.ts';
import { parseS3Prefix, s3Uri } from '../s3-uri.ts';

/** S3 refused or failed a call for a folder's object (not "no such file": that reads as undefined). */
export class S3FolderError extends Error {
  override readonly name = 'S3FolderError';
}

/** The fields of an AWS SDK error this module reads. */
interface SdkError {
  name?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** What the error names suggest a user check first. */
const HINTS: Readonly<Record<string, string>> = {
  AccessDenied: 'the caller may not read it; without s3:ListBucket on the prefix S3 also answers a missing object this way',
  NoSuchBucket: 'the bucket does not exist in this account and region',
};

/** `<call> of s3://bucket/key failed: <Name> (HTTP <status>, request <id>): <hint>`, from any thrown value. */
function failure(call: string, bucket: string, key: string, e: unknown): S3FolderError {
  const err = (typeof e === 'object' && e !== null ? e : {}) as SdkError;
  const name = typeof err.name === 'string' ? err.name : 'Error';
  const status = err.$metadata?.httpStatusCode;
  const requestId = err.$metadata?.requestId;
  const details = [status === undefined ? undefined : `HTTP ${status}`, requestId ? `request ${requestId}` : undefined].filter(Boolean);
  const hint = Object.hasOwn(HINTS, name) ? `: ${HINTS[name]}` : '';
  return new S3FolderError(`S3 ${call} of ${s3Uri(bucket, key)} failed: ${name}${details.length ? ` (${details.join(', ')})` : ''}${hint}`);
}

const isNoSuchKey = (e: unknown): boolean => e instanceof NoSuchKey || (e as SdkError | null)?.name === 'NoSuchKey';

/** One folder's objects: GetObject per file, and the one-time check that the prefix holds anything. */
class S3Folder {
  /** Set once a listing has shown the prefix holds objects; a negative answer is not kept (it may be uploaded). */
  private exists = false;

  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    readonly prefix: string,
  ) {}

  get uri(): string {
    return s3Uri(this.bucket, this.prefix);
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    const key = this.prefix + path;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (e) {
      if (!isNoSuchKey(e)) throw failure('GetObject', this.bucket, key, e);
    }
    await this.requireObjects();
    return undefined;
  }

  /** Throws when nothing at all is stored under the prefix: the folder is not there, not just one file. */
  private async requireObjects(): Promise<void> {
    if (this.exists) return;
    let count: number;
    try {
      // The delimiter keeps the answer to the folder's top level (files and sub-folders, a handful), so no
      // MaxKeys is needed — and s3rver, the local S3, fails every truncated listing.
      const listed = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, Delimiter: '/' }));
      count = (listed.Contents?.length ?? 0) + (listed.CommonPrefixes?.length ?? 0);
    } catch (e) {
      throw failure('ListObjectsV2', this.bucket, this.prefix, e);
    }
    if (count === 0)
      throw new HfFolderError(`no model folder at ${this.uri}: no object has that prefix (check the bucket, the prefix and the region)`);
    this.exists = true;
  }
}

/** The folder at `s3://bucket/prefix` (the prefix is a folder: a trailing `/` is implied; empty = the bucket). */
export function s3FolderSource(client: S3Client, uri: string): FolderSource {
  const location = parseS3Prefix(uri);
  if (!location) throw new HfFolderError(`${JSON.stringify(uri)} is not an S3 folder location: expected s3://bucket/prefix`);
  const folder = new S3Folder(client, location.bucket, location.prefix);
  return { description: folder.uri, read: (path) => folder.read(path) };
}
