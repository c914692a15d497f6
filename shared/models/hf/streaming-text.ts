// The text a client sees of a generation, one token at a time. Two steps, composed by `TextStream`:
// - IncrementalDetokenizer: generated ids → text that is complete. Byte-level tokenizers (GPT-2, Qwen, Llama 3)
//   split a character's UTF-8 bytes over tokens; decoding such a token alone gives U+FFFD, so text is held
//   until the bytes complete. It decodes a short window of recent tokens twice per step (the text before the
//   newest token and with it) and emits the difference, as vLLM does: the cost per token stays flat as the
//   output grows, and the pieces add up to decoding all ids at once (special tokens skipped).
// - StopSequences: emits the text before the first stop sequence and nothing after; a tail that could still be
//   the start of one is held back until it is decided, so no partial stop sequence ever reaches the client.
// Pure.
import type { HfTokenizer } from './tokenizer.ts';

const REPLACEMENT_CHARACTER = '\uFFFD';

export class IncrementalDetokenizer {
  private readonly ids: number[] = [];
  /** The window decoded each step starts here; `read` is where the text emitted so far ends. */
  private prefix = 0;
  private read = 0;

  constructor(private readonly tokenizer: Pick<HfTokenizer, 'decode'>) {}

  /** The text that `id` completes (often all of its own; '' while a character's bytes are incomplete). */
  push(id: number): string {
    this.ids.push(id);
    return this.emit(false);
  }

  /** At the end: whatever is still held (an incomplete character comes out as U+FFFD, as a full decode gives it). */
  flush(): string {
    return this.read < this.ids.length ? this.emit(true) : '';
  }

  private emit(final: boolean): string {
    const before = this.decode(this.ids.slice(this.prefix, this.read));
    const after = this.decode(this.ids.slice(this.prefix));
    if (after.length <= before.length || (!final && after.endsWith(REPLACEMENT_CHARACTER))) return '';
    this.prefix = this.read;
    this.read = this.ids.length;
    return after.slice(before.length);
  }

  private decode(ids: readonly number[]): string {
    return this.tokenizer.decode(ids, { skipSpecialTokens: true });
  }
}

export class StopSequences {
  private pending = '';
  /** A stop sequence was found: nothing more will be emitted. */
  stopped = false;

  constructor(private readonly stops: readonly string[]) {}

  /** The text that may be emitted now, given the next piece. */
  push(piece: string): string {
    if (this.stopped) return '';
    this.pending += piece;
    const at = this.firstStop();
    if (at >= 0) {
      this.stopped = true;
      const out = this.pending.slice(0, at);
      this.pending = '';
      return out;
    }
    const cut = this.pending.length - this.heldLength();
    const out = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return out;
  }

  /** At the end: the held tail (it did not become a stop sequence). */
  flush(): string {
    const out = this.stopped ? '' : this.pending;
    this.pending = '';
    return out;
  }

  private firstStop(): number {
    let first = -1;
    for (const stop of this.stops) {
      const at = this.pending.indexOf(stop);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  /** The longest tail of the pending text that is the beginning of some stop sequence. */
  private heldLength(): number {
    let held = 0;
    for (const stop of this.stops) {
      for (let length = Math.min(stop.length - 1, this.pending.length); length > held; length--) {
        if (this.pending.endsWith(stop.slice(0, length))) {
          held = length;
          break;
        }
      }
    }
    return held;
  }
}

/** Generated ids → the text to emit: complete characters, cut at the first stop sequence. */
export class TextStream {
  private readonly detokenizer: IncrementalDetokenizer;
  private readonly stops: StopSequences;

  constructor(tokenizer: Pick<HfTokenizer, 'decode'>, stops: readonly string[]) {
    this.detokenizer = new IncrementalDetokenizer(tokenizer);
    this.stops = new StopSequences(stops.filter((s) => s !== ''));
  }

  get stopped(): boolean {
    return this.stops.stopped;
  }

  push(id: number): string {
    return this.stops.push(this.detokenizer.push(id));
  }

  flush(): string {
    const rest = this.stops.push(this.detokenizer.flush());
    return rest + this.stops.flush();
  }
}
