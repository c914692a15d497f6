// A strict reader of the Prometheus text exposition format, for tests and tools that scrape /metrics:
// every line must be a HELP or TYPE comment or a sample of a declared metric; label values are unescaped.
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export function parseExposition(text: string): Sample[] {
  if (!text.endsWith('\n')) throw new Error('exposition text must end with a newline');
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.slice(0, -1).split('\n')) {
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) ((?:[^\\\n]|\\\\|\\n)*)$/.exec(line);
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (help) continue;
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a valid exposition line: ${line}`);
    const labels: Record<string, string> = {};
    if (m[3]) {
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"(,|$)/gy;
      let at = 0;
      let lm: RegExpExecArray | null;
      while ((lm = re.exec(m[3]))) {
        labels[lm[1]!] = lm[2]!.replace(/\\(["\\n])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch));
        at = re.lastIndex;
      }
      if (at !== m[3].length) throw new Error(`bad labels: ${line}`);
    }
    const value = m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : Number(m[4]);
    if (Number.isNaN(value) && m[4] !== 'NaN') throw new Error(`bad value: ${line}`);
    const base = m[1]!.replace(/_(bucket|sum|count)$/, '');
    if (!types.has(m[1]!) && !types.has(base)) throw new Error(`sample before its TYPE: ${line}`);
    samples.push({ name: m[1]!, labels, value });
  }
  return samples;
}
