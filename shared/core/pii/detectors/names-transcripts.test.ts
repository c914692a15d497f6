import { describe, expect, it } from 'vitest';
import { personNameCandidates } from './names.ts';
import { speakerLines, transcriptSpeakers } from './names-transcripts.ts';

/** A few common words, as the tagger's common-word list has them (invented names are not in it). */
const COMMON = new Set(
  `note summary step input output next steps action items host accept pros cons done monday name description version kubelet`.split(/\s+/u),
);
const isCommonWord = (w: string) => COMMON.has(w.toLowerCase());
const rules = (text: string) => transcriptSpeakers(text).map((s) => text.slice(s.start, s.end));
const withWords = (text: string) => transcriptSpeakers(text, isCommonWord).map((s) => text.slice(s.start, s.end));

describe('speakerLines: the speaker of a chat line', () => {
  it('reads timed, IRC, WhatsApp and plain shapes', () => {
    const text = [
      '[09:14] Vosmira: can someone restart the build?',
      '09:15 <Tadeo> on it',
      '12/03/2024, 09:16 - Ilvane Dobrecki: thanks both',
      '[12.03.24, 09:17:02] Quastorf: merci',
      'Maruvel (10:02): sounds good to me',
      'Oskarin : d’accord, je regarde',
    ].join('\n');
    expect(speakerLines(text).map((s) => [text.slice(s.start, s.end), s.timed])).toEqual([
      ['Vosmira', true],
      ['Tadeo', true],
      ['Ilvane Dobrecki', true],
      ['Quastorf', true],
      ['Maruvel', true],
      ['Oskarin', false],
    ]);
  });

  it('needs speech after a plain speaker: a key with one value is no line of a chat', () => {
    expect(speakerLines('Vosmira: ok\nHost: example.org')).toEqual([]);
  });
});

describe('transcriptSpeakers', () => {
  it('takes the speakers of a timed chat log, one word each (the rules alone: two speakers at least)', () => {
    expect(rules('[09:14] Vosmira: can someone restart the build?\n[09:15] Tadeo: never mind, fixed')).toEqual(['Vosmira', 'Tadeo']);
    expect(rules('[09:14] Vosmira: kann jemand den Build neu starten?')).toEqual([]);
    expect(withWords('[09:14] Vosmira: kann jemand den Build neu starten?')).toEqual(['Vosmira']);
    expect(rules('09:14 <Tadeo> anyone around?\n09:15 <Quastorf> yes, here')).toEqual(['Tadeo', 'Quastorf']);
    // one word ending as nouns do: a person on a timed line where the common words do not know it
    expect(withWords('[09:14] Vosmira: any news?\n[09:15] Egor: nothing yet')).toEqual(['Vosmira', 'Egor']);
  });

  it('takes a plain transcript with the common words: two or more people taking turns on consecutive lines', () => {
    const text = 'Vosmira: can you restart it?\nTadeo: done already\nUser: thanks both';
    expect(withWords(text)).toEqual(['Vosmira', 'Tadeo']);
    expect(rules(text)).toEqual([]);
    expect(withWords('Vosmira: can you restart it?\n\nTadeo: done already')).toEqual([]); // not consecutive
  });

  it('leaves roles, labels, log components, log levels and headers alone (six languages)', () => {
    expect(withWords('[10:02] Agent: how can I help?\n[10:03] Customer: my order is late')).toEqual([]);
    expect(withWords('[10:02] Kunde: wo ist mein Paket?\n[10:03] Berater: ich schaue nach')).toEqual([]);
    expect(withWords('[10:02] Cliente: dov’è il pacco?\n[10:03] Operatore: controllo subito')).toEqual([]);
    expect(withWords('Q: what is it for?\nA: it routes requests')).toEqual([]);
    expect(rules('[12:00:01] Scheduler: job started now\n[12:00:02] Worker: job done now')).toEqual([]);
    expect(withWords('[12:00:01] INFO: job started now\n[12:00:02] WARN: disk almost full')).toEqual([]);
    expect(withWords('Note: this is fine\nSummary: nothing to add here')).toEqual([]);
    expect(withWords('Bemerkung: das Team hat es geprüft\nCitation : évitez les liens directs')).toEqual([]);
    expect(withWords('Content-Type: text/plain; charset=utf-8\nX-Request-Id: abc def')).toEqual([]);
    expect(withWords('name: checkout service\nowner: platform team')).toEqual([]);
    expect(rules('<Hero> Welcome back </Hero>\n<Toast> Saved, thank you </Toast>')).toEqual([]);
  });

  it('takes the nicknames of a chat export that writes the time after them, before the colon; not an agenda', () => {
    expect(withWords('bunthoeun 07:17: can someone see why the deploy fails?\nAWS_KEY=x\nseruwaia 08:59: please rotate those now')).toEqual(
      ['bunthoeun', 'seruwaia'],
    );
    expect(rules('Standup 09:00: blockers\nRetro 15:00: what went well')).toEqual([]);
  });

  it('takes nicknames in lower case that speak on two lines or more of the turns, with the common words only', () => {
    const chat =
      'Wer bringt was mit?\n\ndaromyr: ich nehm den grill mit\nsiljan: kohle und würstchen hab ich\ndaromyr: Yaroslava fährt, passt\nsiljan: super, hol mich ab';
    expect(withWords(chat)).toEqual(['daromyr', 'siljan', 'daromyr', 'siljan']);
    expect(rules(chat)).toEqual([]);
    expect(
      withWords('[18:02] solohub: ok so I will bring the tent\n[18:03] boryslav: I have the stove\n[18:05] solohub: fine by me'),
    ).toEqual(['solohub', 'boryslav', 'solohub']);
  });

  it('takes nicknames of short syllables, and one that speaks once in turns where another speaks again', () => {
    const chat = 'alee : on se fait un ciné samedi ?\na-jun : oui ! je demande à Ji-hu si elle vient\nalee : au fait mon nouveau numéro';
    expect(withWords(chat)).toEqual(['alee', 'a-jun', 'alee']);
  });

  it('leaves keys in lower case alone: each speaks once, or is a common word, or has no vowel', () => {
    expect(withWords('name: my app\ndescription: a tool for things\nversion: one point two')).toEqual([]);
    expect(withWords('kubelet: started the pod\nkubelet: restarted the pod\nmtr: two hops lost')).toEqual([]);
  });
});

describe('a megabyte the attacker shaped is read in linear time', () => {
  const SIZE = 1024 * 1024;
  const shaped = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

  // before the names found were swept in order, propagating a chat log's speakers searched every name found per
  // word: a megabyte of two speakers took over a minute
  it.each([
    ['a timed chat log of two speakers', '[09:14] Vosmira: hi there\n[09:15] Tadeo: ok there\n'],
    ['a plain transcript', 'Vosmira: hi there\nTadeo: ok there\n'],
    ['one line of speakers', '<Ab> '],
  ])('%s', (_name, unit) => {
    const text = shaped(unit);
    expect(personNameCandidates(text).length).toBeGreaterThanOrEqual(0);
    expect(transcriptSpeakers(text, () => false).length).toBeGreaterThanOrEqual(0);
  });
});
