import { describe, expect, it } from 'vitest';
import { handlesAndListedNames } from './person-handles.ts';
import { transcriptSpeakers } from '../detectors/names-transcripts.ts';

/** A few common words of the six languages, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `app build bot ci runner test user deploy ops team next steps none open issues two blocked by review mock results maths set
  the old one which host rotated creds reporting replica is refusing connections again pipeline failed rollback started done now
  on call admin`.split(/\s+/u),
);
const isCommonWord = (w: string) => COMMON.has(w.toLowerCase());
const reading = { isCommonWord, capitalsElsewhere: true };
const names = (text: string): string[] => handlesAndListedNames(text, reading).map((s) => text.slice(s.start, s.end));

describe('handlesAndListedNames: names the way systems and lists write them', () => {
  it("takes a handle of two names where an account stands: a login's key, an SSH log, a social profile", () => {
    expect(names('May 20 03:11:42 gw01 vpn[884]: auth failed user=zicheng-peng src=10.27.31.218')).toEqual(['zicheng-peng']);
    expect(names('> const admin = { user: "qin.jing", password: "…" }')).toEqual(['qin.jing']);
    expect(names('sshd[2211]: Failed password for jiaqi.zhuang from 10.0.0.1 port 22')).toEqual(['jiaqi.zhuang']);
    expect(names('Mon Insta : xia.guoqin »')).toEqual(['xia.guoqin']);
    expect(names('Su Instagram sono chenyang.shi')).toEqual(['chenyang.shi']);
  });

  it('takes a handle after the word "user", an owner\'s key, a mention, or who reported, was assigned or owned something', () => {
    expect(names('Also saw logins for user tatev-gabrielyan from fe80::5df9')).toEqual(['tatev-gabrielyan']);
    expect(names('# owner: chrysoula.anagnostou')).toEqual(['chrysoula.anagnostou']);
    expect(names('Logs anbei. @aristeidis.konstantinou kannst du')).toEqual(['aristeidis.konstantinou']);
    expect(names('Bug #19\nReported by khizana-kovzadze\n> Steps')).toEqual(['khizana-kovzadze']);
    expect(names("confirmé sur ma machine. Je l'assigne à ashot-kirakosyan.")).toEqual(['ashot-kirakosyan']);
  });

  it("not a service account, an abbreviation, a handle of words, nor a handle outside an account's place", () => {
    expect(names('the buffer pointed to by aio_buf.')).toEqual([]);
    expect(names('see @types/node and -- Marie von Ebner-Eschenbach')).toEqual([]);
    expect(names('user=app-svc pass=x')).toEqual([]);
    expect(names('login: ci-runner')).toEqual([]);
    expect(names('Failed password for invalid user test-user from 10.0.0.9')).toEqual([]);
    expect(names('see zicheng-peng.log for details')).toEqual([]);
  });

  it('takes the names of a list of people in lower case with a value each, three lines in a row', () => {
    const marks = 'Notenübersicht Klasse 10b\njia xinpeng: 2-\nshangguan muyang: 4 (Nachprüfung am 15.8.2025)\nhsin-peng peng: 1';
    expect(names(marks)).toEqual(['jia xinpeng', 'shangguan muyang', 'hsin-peng peng']);
    const gaps = 'Year 11 mock results, maths set 2\ntzu-hsuan hsieh   B\nhao-hsuan tung   A*\nkuo-hsiu tuan   C (resit)';
    expect(names(gaps)).toEqual(['tzu-hsuan hsieh', 'hao-hsuan tung', 'kuo-hsiu tuan']);
  });

  it("not two such lines, nor a list of words ('next steps: none')", () => {
    expect(names('jia xinpeng: 2-\nshangguan muyang: 4')).toEqual([]);
    expect(names('next steps: none\nopen issues: two\nblocked by: review')).toEqual([]);
  });
});

describe("a chat's speakers written as handles (names-transcripts.ts)", () => {
  const speakers = (text: string) => transcriptSpeakers(text, isCommonWord).map((s) => text.slice(s.start, s.end));
  it('a handle of two names that speaks again is a person; a bot of two words is not', () => {
    const chat = '#ops\nshen.kuoying: reporting replica is refusing connections again\nhexuan-liao: which host?\nshen.kuoying: the old one';
    expect(speakers(chat)).toEqual(['shen.kuoying', 'hexuan-liao', 'shen.kuoying']);
    expect(speakers('#ci\nbuild-bot: pipeline 42 failed\ndeploy.bot: rollback started\nbuild-bot: done now')).toEqual([]);
  });
});

describe('one-word logins where a person logs in or writes', () => {
  it("a chat export's user beside its messages, an SSH or sudo log's login, a reporter", () => {
    expect(
      names('[{"user":"randriambololona-m","text":"who has the db password?"},{"user":"thamaras","text":"it is in the vault"}]'),
    ).toEqual(['randriambololona-m', 'thamaras']);
    expect(names('sshd[2291]: Accepted password for vagnurb from 10.1.2.3 port 51622 ssh2\nbastion sudo: vagnurb : TTY=pts/0')).toEqual([
      'vagnurb',
      'vagnurb',
    ]);
    expect(names('**Reporter:** konoy\n**Version:** 2.24.20')).toEqual(['konoy']);
  });

  it("not a common word there, nor a configuration's user, nor a mention of a team", () => {
    expect(names('sshd[771]: Failed password for invalid user admin from 10.1.2.3')).toEqual([]);
    expect(names('user=postgres host=db port=5432')).toEqual([]);
    expect(names('[{"user":"deploy","text":"done"}]')).toEqual([]);
    expect(names('cc @devops, ping @piket if the build breaks')).toEqual([]);
  });
});

describe('logins of a web server’s access log and of an event log', () => {
  it('the authenticated user of the Common Log Format, and a person’s key in the request’s query', () => {
    const log =
      '192.0.2.14 - tovan.merisk [2025-01-27T22:11:25Z] "POST /account/password HTTP/1.1" 200 512\n' +
      '2001:db8::7 - vantorrelisk [2026-01-28T22:06:03Z] "GET /refills?patient=vantorrelisk HTTP/1.1" 200 2048\n' +
      '127.0.0.1 - - [2024-02-02T10:00:00Z] "GET /health HTTP/1.1" 200 2';
    expect(names(log)).toEqual(['tovan.merisk', 'vantorrelisk', 'vantorrelisk']);
  });

  it('an event log’s user beside the client’s address; not a service’s configuration', () => {
    expect(names('2025-08-09T11:45:12Z INFO auth login ok user=vantorrelisk ip=203.0.113.9 mfa=totp')).toEqual(['vantorrelisk']);
    expect(names('[database]\nuser=vantorrelisk host=db port=5432')).toEqual([]);
  });

  it('the owner a configuration names, in the six languages', () => {
    expect(names('billing.yaml\nowner: vantorrelisk\nsmtp:\n  user: noreply')).toEqual(['vantorrelisk']);
    expect(names('kassa.yaml\neigenaar: tovan.merisk\nsmtp:\n  gebruiker: noreply')).toEqual(['tovan.merisk']);
  });
});
