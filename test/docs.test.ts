// The docs point at what is in the repository: every relative link in a Markdown file resolves to a file or
// folder of the repository (and its #anchor to a heading of the file it names), every path a doc names in code
// (`shared/core/policy/README.md`, `npx tsx onprem/deploy/build.ts`) exists, and no doc points outside the
// repository (an absolute path, or `../` beyond the root): a checkout is all a reader has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Folders that hold no docs of the project (installed, generated or local state; see .gitignore). */
const NOT_DOCS = new Set(['node_modules', 'dist', 'coverage']);

/** The repository's Markdown files (hidden folders and NOT_DOCS skipped), as paths relative to the root. */
function markdownFiles(dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return e.name.startsWith('.') || NOT_DOCS.has(e.name) ? [] : markdownFiles(path);
    return e.isFile() && e.name.endsWith('.md') ? [path] : [];
  });
}

/** A doc's text split into prose and code (fenced blocks); inline code stays in the prose. */
function splitFences(md: string): { prose: string[]; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker[0]!.repeat(marker.length);
    else if (fence !== undefined && marker?.startsWith(fence)) fence = undefined;
    else (fence === undefined ? prose : code).push(line);
  }
  return { prose, code };
}

const withoutInlineCode = (line: string) => line.replace(/(`+)[^`]*?\1/g, '');
const inlineCode = (line: string) => [...line.matchAll(/(`+)([^`]+?)\1/g)].map((m) => m[2]!.trim());

/** Link targets: inline `[text](target "title")` and reference definitions `[label]: target`. */
function linkTargets(prose: string[]): string[] {
  const out: string[] = [];
  for (const line of prose.map(withoutInlineCode)) {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
    const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (def) out.push(def[1]!);
  }
  return out;
}

/** GitHub's anchors for a doc's headings (lower case, punctuation dropped, spaces → '-', repeats numbered). */
function anchorsOf(md: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of splitFences(md).prose) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const m of md.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

/** Where a relative path from a doc leads, as a path inside the repository; undefined if it leaves it. */
function inRepo(doc: string, target: string): string | undefined {
  const rel = relative(root, join(root, dirname(doc), target));
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** What is wrong with one link of a doc, or undefined. */
function linkProblem(doc: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto: …: not a path
  const [path = '', anchor] = target.split('#') as [string, string | undefined];
  if (path.startsWith('/')) return 'an absolute path (a reader has the checkout only)';
  const file = path === '' ? doc : inRepo(doc, decodeURIComponent(path));
  if (file === undefined) return 'points outside the repository';
  if (!existsSync(join(root, file))) return `${file} does not exist`;
  if (anchor && file.endsWith('.md') && !anchorsOf(readFileSync(join(root, file), 'utf8')).has(anchor))
    return `${file} has no heading #${anchor}`;
  return undefined;
}

/** The repository's top-level folders: a word in code that starts with one of them is a path to check. */
const TOP = new Set(
  readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_DOCS.has(e.name))
    .map((e) => e.name),
);

/**
 * Words in code that name a repository path: a file (with an extension) or a folder (with a trailing '/') under
 * a top-level folder (`shared/…`, `onprem/…`) or a folder beside the doc (`engines/onnx.ts` in onprem/); and
 * `../…`, which must not leave the repository. (`./x` is left alone: in a command it is the reader's folder.)
 */
function namedPaths(doc: string, code: string[]): string[] {
  const words = code.flatMap((c) => c.split(/[\s"'()[\]=,;|]+/));
  return words
    .map((w) => w.replace(/[:.,;]+$/, '').replace(/:\d+(:\d+)?$/, ''))
    .filter((w) => w.includes('/') && !/[<>*{}$…@]|^[a-z][a-z0-9+.-]*:/i.test(w))
    .filter((w) => {
      const first = w.split('/')[0]!;
      if (first === '..') return true;
      if (first === '' || first === '.' || !/\/$|\.\w+$/.test(w)) return false;
      return TOP.has(first) || (dirname(doc) !== '.' && existsSync(join(root, dirname(doc), first)));
    });
}

/** What is wrong with a path named in a doc's code, or undefined (it exists beside the doc or from the root). */
function namedPathProblem(doc: string, path: string): string | undefined {
  const fromDoc = inRepo(doc, path);
  if (path.startsWith('..')) return fromDoc === undefined ? 'points outside the repository' : undefined;
  if (fromDoc !== undefined && existsSync(join(root, fromDoc))) return undefined;
  return existsSync(join(root, path)) ? undefined : 'does not exist';
}

const docs = markdownFiles();

describe('docs', () => {
  it('finds the docs', () => {
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/design.md', 'shared/core/policy/README.md']));
  });

  it('links only to files and headings inside the repository', () => {
    const broken = docs.flatMap((doc) => {
      const { prose } = splitFences(readFileSync(join(root, doc), 'utf8'));
      return linkTargets(prose).flatMap((t) => {
        const problem = linkProblem(doc, t);
        return problem ? [`${doc}: (${t}) ${problem}`] : [];
      });
    });
    expect(broken).toEqual([]);
  });

  it('names in code only paths that exist in the repository', () => {
    const stale = docs.flatMap((doc) => {
      const { prose, code } = splitFences(readFileSync(join(root, doc), 'utf8'));
      const paths = namedPaths(doc, [...prose.flatMap(inlineCode), ...code]);
      return [...new Set(paths)].flatMap((p) => {
        const problem = namedPathProblem(doc, p);
        return problem ? [`${doc}: ${p} ${problem}`] : [];
      });
    });
    expect(stale).toEqual([]);
  });

  it('names no absolute path of a machine', () => {
    const absolute = docs.flatMap((doc) =>
      [...readFileSync(join(root, doc), 'utf8').matchAll(/(?<![\w.:/-])\/(?:work|home|Users|root)\/[^\s)`'"]*/g)].map(
        (m) => `${doc}: ${m[0]}`,
      ),
    );
    expect(absolute).toEqual([]);
  });

  it('catches what it is meant to (the checks themselves can fail)', () => {
    expect(linkProblem('docs/design.md', '../shared/core/policy/README.md')).toBeUndefined();
    expect(linkProblem('docs/design.md', '../../elsewhere/NOTES.md')).toBe('points outside the repository');
    expect(linkProblem('docs/design.md', 'nothing-here.md')).toBe('docs/nothing-here.md does not exist');
    expect(linkProblem('docs/design.md', '/home/someone/NOTES.md')).toMatch(/absolute/);
    expect(linkProblem('README.md', 'docs/design.md#the-promise')).toBeUndefined();
    expect(linkProblem('README.md', 'docs/design.md#no-such-heading')).toMatch(/no heading/);
    expect(anchorsOf('## The `triage` command\n## Layout\n## Layout\n')).toEqual(new Set(['the-triage-command', 'layout', 'layout-1']));
    expect(
      namedPaths('onprem/README.md', [
        'npx tsx onprem/deploy/build.ts',
        'see engines/onnx.ts and engines/',
        'application/json',
        'edge/client',
      ]),
    ).toEqual(['onprem/deploy/build.ts', 'engines/onnx.ts', 'engines/']);
    expect(namedPathProblem('docs/design.md', 'shared/tools/cli/stack.ts')).toBe('does not exist');
    expect(namedPathProblem('README.md', '../elsewhere/LABELS.md')).toBe('points outside the repository');
    expect(namedPathProblem('docs/design.md', '../shared/core/policy/README.md')).toBeUndefined();
  });
});
