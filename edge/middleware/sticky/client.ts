// The isolate's side of sticky sessions: asks the tenant's StickySessions object (one round trip that marks
// and reads), and remembers the sessions it has seen sticky and until when. That memory is safe because a
// session's expiry only ever moves forward (a PII turn refreshes it; nothing ends it early): while a
// remembered expiry lasts, the object would answer "sticky" too, so a clean turn of a known sticky session
// needs no round trip. A session not known to be sticky is always asked about (another isolate may have
// marked it), and a PII turn always marks.
import { objectStub } from '../../durable-ids.ts';
import type { StickyReply, StickySessions, StickyTouch } from './sessions.ts';

/** Sessions remembered per isolate before the memory starts afresh (bounds memory; costs only round trips). */
const MAX_REMEMBERED = 10_000;

export class StickyClient {
  private readonly stickyUntil = new Map<string, number>();

  constructor(
    private readonly ns: DurableObjectNamespace<StickySessions> | undefined,
    /** The clock both sides go by (tests); default: each side's own. */
    private readonly now?: () => number,
  ) {}

  /** Whether the session is sticky after this request. Throws when the object cannot be asked. */
  async touch(tenant: string, touch: StickyTouch): Promise<StickyReply> {
    const t = this.now ? this.now() : Date.now();
    const until = this.stickyUntil.get(touch.key);
    if (!touch.mark && until !== undefined && until > t) return { sticky: true, expiresAt: until };
    if (!this.ns) throw new Error('STICKY_SESSIONS is not bound');
    const stub = objectStub(this.ns, `tenant:${tenant}`);
    const reply = this.now ? await stub.touch(touch, t) : await stub.touch(touch);
    this.remember(touch.key, reply);
    return reply;
  }

  private remember(key: string, reply: StickyReply): void {
    if (!reply.sticky || reply.expiresAt === undefined) {
      this.stickyUntil.delete(key);
      return;
    }
    if (this.stickyUntil.size >= MAX_REMEMBERED) this.stickyUntil.clear();
    this.stickyUntil.set(key, reply.expiresAt);
  }
}
