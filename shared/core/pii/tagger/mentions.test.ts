import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { withJoinedNames, withListedPeople, withOtherMentions } from './mentions.ts';

const COMMON = new Set(['mann', 'the', 'also', 'plan']);
const isCommonWord = (w: string) => COMMON.has(w.toLowerCase());

/** The spans of `text` after the other mentions of the PERSON finding on `name` (its first occurrence) are added. */
function mentions(text: string, name: string): string[] {
  const start = text.indexOf(name);
  const found: Finding[] = [{ type: 'PERSON', start, end: start + name.length, score: 0.55, detector: 'pii-tagger@test' }];
  return withOtherMentions(text, found, isCommonWord).map((f) => text.slice(f.start, f.end));
}

describe('withOtherMentions', () => {
  it('adds every other mention of a name part found, whole words written the same way, in text order', () => {
    const text = 'The school wrote that Dalton Reyes missed days. Dalton also failed, and Reyes knows. Daltonism is no name.';
    expect(mentions(text, 'Dalton Reyes')).toEqual(['Dalton Reyes', 'Dalton', 'Reyes']);
    expect(mentions('Khuta said so. Later Khuta Reyes came, khuta too.', 'Khuta')).toEqual(['Khuta', 'Khuta']);
  });

  it('joins the parts of a full name mentioned again into one span', () => {
    expect(mentions('I met Dalton Reyes. Then Dalton Reyes left.', 'Dalton Reyes')).toEqual(['Dalton Reyes', 'Dalton Reyes']);
  });

  it('does not look for a common word or a short part, nor add to texts with no person found', () => {
    expect(mentions('I spoke with Rocky Mann. Mann is German for man. Al said', 'Rocky Mann')).toEqual(['Rocky Mann']);
    const noPerson: Finding[] = [{ type: 'EMAIL', start: 0, end: 5, score: 1, detector: 'email' }];
    expect(withOtherMentions('a@b.c Dalton', noPerson, isCommonWord)).toBe(noPerson);
  });
});

describe('withOtherMentions: a megabyte of names is read in linear time', () => {
  it('adds the mentions of a text with thousands of names found', () => {
    const unit = 'for Vosmira Tadeova, then Vosmira. ';
    const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    const found: Finding[] = [];
    for (let at = text.indexOf('Vosmira Tadeova'); at >= 0; at = text.indexOf('Vosmira Tadeova', at + 1)) {
      found.push({ type: 'PERSON', start: at, end: at + 'Vosmira Tadeova'.length, score: 0.55, detector: 'pii-tagger@test' });
    }
    expect(withOtherMentions(text, found, isCommonWord)).toHaveLength(found.length * 2);
  });
});

describe('withJoinedNames', () => {
  const reading = { isCommonWord, capitalsElsewhere: true };
  const joined = (text: string, name: string): string[] => {
    const start = text.indexOf(name);
    const found: Finding[] = [{ type: 'PERSON', start, end: start + name.length, score: 0.55, detector: 'pii-tagger@test' }];
    return withJoinedNames(text, found, reading).map((f) => text.slice(f.start, f.end));
  };

  it('adds a rare given name and an initial that ends the list, not a word and its letter', () => {
    expect(joined('Attendees: Elisoa Ravoninahitriniarivo, Hary A.\nThe first node …', 'Elisoa Ravoninahitriniarivo')).toEqual([
      'Elisoa Ravoninahitriniarivo',
      'Hary A.',
    ]);
    expect(joined('Teams: Elisoa Ravoninahitriniarivo, Plan B.', 'Elisoa Ravoninahitriniarivo')).toEqual(['Elisoa Ravoninahitriniarivo']);
  });

  it('adds the full names a list joins to a person found, on either side and down the list', () => {
    expect(joined('Tafelindeling: Sofe Yurchyshyn en Yaromyr Kordun zo ver mogelijk uit elkaar.', 'Sofe Yurchyshyn')).toEqual([
      'Sofe Yurchyshyn',
      'Yaromyr Kordun',
    ]);
    expect(joined('Mesas: Božo Buzev y Efimija Ilieva lejos.', 'Efimija Ilieva')).toEqual(['Božo Buzev', 'Efimija Ilieva']);
    expect(joined('Invite Anna Kowalski, Tomas Reyes and Ilse Vandam.', 'Anna Kowalski')).toEqual([
      'Anna Kowalski',
      'Tomas Reyes',
      'Ilse Vandam',
    ]);
  });

  it('leaves one word alone ("Anna and Berlin"), and texts with no person found', () => {
    expect(joined('Anna Kowalski and Berlin both.', 'Anna Kowalski')).toEqual(['Anna Kowalski']);
    const noPerson: Finding[] = [{ type: 'EMAIL', start: 0, end: 5, score: 1, detector: 'email' }];
    expect(withJoinedNames('a@b.c and Tomas Reyes', noPerson, reading)).toBe(noPerson);
  });

  it('reads a megabyte of joined names in linear time', () => {
    const unit = 'Vosmira Tadeova and Ilse Vandam; ';
    const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    const found: Finding[] = [];
    for (let at = text.indexOf('Vosmira Tadeova'); at >= 0; at = text.indexOf('Vosmira Tadeova', at + 1)) {
      found.push({ type: 'PERSON', start: at, end: at + 'Vosmira Tadeova'.length, score: 0.55, detector: 'pii-tagger@test' });
    }
    expect(withJoinedNames(text, found, reading).length).toBeGreaterThan(found.length);
  });
});

describe('withListedPeople', () => {
  const reading = {
    isCommonWord: (w: string) => ['en', 'partner', 'olive', 'oil', 'red', 'wine', 'kuchen'].includes(w.toLowerCase()),
    capitalsElsewhere: true,
  };
  /** The spans after the list's other items are read, with PERSON findings on `names`. */
  const listed = (text: string, names: string[]): string[] => {
    const found: Finding[] = names.map((n) => ({
      type: 'PERSON',
      start: text.indexOf(n),
      end: text.indexOf(n) + n.length,
      score: 0.6,
      detector: 't',
    }));
    return withListedPeople(text, found, reading).map((f) => text.slice(f.start, f.end));
  };

  it('adds the full names that open the other items of a list whose items open with people', () => {
    const plan = 'Tafel 2:\n- Hung-wen Shen (getuige)\n- Zhijie Qin en partner\n- Hsiung Hao-chian\n2. Los';
    expect(listed(plan, ['Hung-wen Shen', 'Hsiung Hao-chian'])).toEqual(['Hung-wen Shen', 'Zhijie Qin', 'Hsiung Hao-chian']);
    expect(
      listed('Gäste\n1. Shen Yin-hsiang\n2. Tseng Peng-hsuan (bringt Kuchen mit)\n3. Jiao Yuting', ['Shen Yin-hsiang', 'Jiao Yuting']),
    ).toEqual(['Shen Yin-hsiang', 'Tseng Peng-hsuan', 'Jiao Yuting']);
  });

  it('not with one person among the items, nor items of common words, nor another list', () => {
    expect(listed('- Anna Berg\n- Olive Oil\n- Tomas Reyes', ['Anna Berg'])).toEqual(['Anna Berg']);
    expect(listed('- Anna Berg\n- Tom Reyes\n- Red Wine', ['Anna Berg', 'Tom Reyes'])).toEqual(['Anna Berg', 'Tom Reyes']);
    expect(listed('- Anna Berg\n- Tom Reyes\n\n- Ilse Vandam', ['Anna Berg', 'Tom Reyes'])).toEqual(['Anna Berg', 'Tom Reyes']);
  });
});

describe('a name a form wrote in capitals, mentioned again in prose', () => {
  it('is found written as a name', () => {
    const text = 'Élève : KRISTOFFUR SAMUELSEN\nAppréciation : Kristoffur participe volontiers.';
    const found: Finding[] = [{ type: 'PERSON', start: 8, end: 28, score: 0.8, detector: 'x' }];
    expect(withOtherMentions(text, found, () => false).map((f) => text.slice(f.start, f.end))).toEqual([
      'KRISTOFFUR SAMUELSEN',
      'Kristoffur',
    ]);
  });
});
