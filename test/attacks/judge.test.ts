// The judge finds a planted value in whatever form the corpus hid it (so "the recorder saw its value" is
// real evidence, not a string compare that obfuscation defeats), finds nothing in bodies without it, and
// sorts observations into outcomes as the brief defines them.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type Case } from './corpus.ts';
import { asciiDigits, DIGIT_WORDS, digitWordsToDigits, OTHER_SCRIPT_ZEROS, decodeEntities, NAMED_ENTITIES } from './encodings.ts';
import { compact, controlProblems, findableByValue, judgeAttack, requestIdOf, ValueIndex, type Observation } from './judge.ts';

const { attacks, controls } = buildCorpus();

/** The body as the cloud tier's Lambda receives it: the client's body inside the cloud event. */
const asCloudEvent = (c: Case) =>
  JSON.stringify({
    version: 1,
    task: c.endpoint,
    body: c.body,
    trace: { requestId: 'r', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    tenant: 'dev',
  });

describe('finding planted values', () => {
  it('finds every attack value in its own request, sent as is and wrapped in a cloud event', () => {
    // (a value too short to look up, as an IP address can be, counts by its request id instead)
    const missed = attacks.filter(
      (a) =>
        findableByValue(a.value!) &&
        (!new ValueIndex([JSON.stringify(a.body)]).has(a.value!) || !new ValueIndex([asCloudEvent(a)]).has(a.value!)),
    );
    expect(missed.map((a) => `${a.id} ${a.labels.placement} ${a.labels.obfuscation}`)).toEqual([]);
  }, 120_000);

  it('finds no attack value in the controls, nor in another attack', () => {
    const inControls = new ValueIndex(controls.map((c) => JSON.stringify(c.body)));
    expect(attacks.filter((a) => inControls.has(a.value!)).map((a) => a.id)).toEqual([]);
    const inNeighbour = attacks.filter((a, i) => new ValueIndex([JSON.stringify(attacks[(i + 1) % attacks.length]!.body)]).has(a.value!));
    expect(inNeighbour.map((a) => a.id)).toEqual([]);
  }, 120_000);

  it('finds a value split between two strings, but not one half of it alone', () => {
    const value = 'DE89 3704 0044 0532 0130 00';
    expect(new ValueIndex([JSON.stringify({ a: 'My IBAN is DE89 3704 00', b: '44 0532 0130 00, thanks' })]).has(value)).toBe(true);
    expect(new ValueIndex([JSON.stringify({ a: 'My IBAN is DE89 3704 00', b: 'thanks' })]).has(value)).toBe(false);
  });

  it('decodes digits of other scripts, digit words of six languages and named entities', () => {
    for (const zero of OTHER_SCRIPT_ZEROS) expect(asciiDigits(String.fromCodePoint(zero + 4, zero + 2, zero + 9))).toBe('429');
    for (const [lang, words] of Object.entries(DIGIT_WORDS)) expect(compact(digitWordsToDigits(words.join(' '))), lang).toBe('0123456789');
    // &nbsp; (what the corpus writes for a space) is the no-break space, as a browser shows it.
    for (const [ch, entity] of Object.entries(NAMED_ENTITIES))
      expect(decodeEntities(`x${entity}y`)).toBe(`x${ch === ' ' ? '\u00a0' : ch}y`);
  });
});

describe('verdicts', () => {
  const attack = attacks[0]!;
  const kinds: Record<string, string> = { 'edge-small': 'edge', 'cloud-gpu': 'lambda', 'openai-compat': 'openai', 'onprem-gpu': 'onprem' };
  const kindOf = (t: string) => kinds[t];
  const none = new ValueIndex([]);
  const obs = (o: Partial<Observation>): Observation => ({ status: 200, fallbacks: [], ...o });
  const outcome = (o: Partial<Observation>, recorded: string[] = [], values = none) =>
    judgeAttack(attack, obs(o), new Set(recorded), values, kindOf).outcome;

  it('counts as reaching the cloud what the recorder saw, by id or by value, whatever the client was answered', () => {
    expect(outcome({ target: 'onprem-gpu', targetKind: 'onprem' }, [requestIdOf(attack)])).toBe('cloud');
    expect(outcome({ target: 'onprem-gpu', targetKind: 'onprem' }, [], new ValueIndex([JSON.stringify(attack.body)]))).toBe('cloud');
  });

  it('counts as reaching the cloud a non-on-prem target that answered or was tried (an open circuit skips the call, not the decision)', () => {
    expect(outcome({ target: 'cloud-gpu', targetKind: 'lambda' })).toBe('cloud');
    expect(outcome({ target: 'onprem-gpu', targetKind: 'onprem', fallbacks: ['cloud-gpu', 'openai-compat'] })).toBe('cloud');
  });

  it('counts the edge model as a leak, and on-prem, refusals and invalid requests as held', () => {
    expect(outcome({ target: 'edge-small', targetKind: 'edge' })).toBe('edge');
    expect(outcome({ target: 'onprem-gpu', targetKind: 'onprem', fallbacks: ['edge-small'] })).toBe('edge');
    expect(outcome({ target: 'onprem-gpu', targetKind: 'onprem' })).toBe('onprem');
    expect(outcome({ status: 503, target: 'onprem-gpu', targetKind: 'onprem', code: 'pii_no_onprem' })).toBe('refused');
    expect(outcome({ status: 503, code: 'unscanned_no_onprem' })).toBe('refused');
    expect(outcome({ status: 400, code: 'invalid_request' })).toBe('rejected');
    expect(outcome({ status: 500 })).toBe('other');
    expect(outcome({ status: 0, failure: 'client error: TypeError' })).toBe('other');
  });

  it('holds a large control to reaching the cloud tier, a small one to being served by the edge or the cloud', () => {
    const large = controls.find((c) => c.labels.size === 'large' && c.endpoint === 'chat')!;
    const small = controls.find((c) => c.labels.size === 'normal')!;
    const served = obs({ target: 'cloud-gpu', targetKind: 'lambda', pii: 'none' });
    expect(controlProblems(large, served, new Set([requestIdOf(large)]))).toEqual([]);
    expect(controlProblems(large, served, new Set())).toEqual(['large, but the cloud tier did not receive it']);
    expect(controlProblems(small, obs({ target: 'edge-small', targetKind: 'edge', pii: 'none' }), new Set())).toEqual([]);
    expect(controlProblems(small, obs({ target: 'onprem-gpu', targetKind: 'onprem', pii: 'EMAIL' }), new Set())).toHaveLength(2);
  });
});
