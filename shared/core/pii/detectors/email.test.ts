import { describe, expect, it } from 'vitest';
import { emailDetector } from './email.ts';

const found = (text: string): string[] => emailDetector.detect(text).map((f) => text.slice(f.start, f.end));

describe('emailDetector: literal addresses', () => {
  it('finds plain addresses in prose, headers, JSON, CSV and SQL', () => {
    expect(found('Write to noor.haddad@kestrel-mail.com today.')).toEqual(['noor.haddad@kestrel-mail.com']);
    expect(found('From: Piet Smit <p.smit+news@zuidwerf.nl>\nSubject: hi')).toEqual(['p.smit+news@zuidwerf.nl']);
    expect(found('{"email": "o_brien77@mail.example.ie"}')).toEqual(['o_brien77@mail.example.ie']);
    expect(found('42;Ana Ruiz;ana-ruiz@correo.es;Madrid')).toEqual(['ana-ruiz@correo.es']);
    expect(found("WHERE email = 'k.lund@firma.co.uk'")).toEqual(['k.lund@firma.co.uk']);
    expect(found('user=T.Moreau@Banque-Ouest.FR ip=10.1.2.3')).toEqual(['T.Moreau@Banque-Ouest.FR']);
  });

  it('keeps a trailing sentence dot out of the span', () => {
    expect(found('Mail me at lisa@boekhuis.be.')).toEqual(['lisa@boekhuis.be']);
  });

  it('accepts user@localhost-style addresses in code', () => {
    expect(found('const admin = "admin@localhost";')).toEqual(['admin@localhost']);
  });

  it('accepts non-ASCII local parts and domains', () => {
    expect(found('Kontakt: jürgen.weiß@bücher-eck.de')).toEqual(['jürgen.weiß@bücher-eck.de']);
  });

  it('reports UTF-16 offsets after emoji and accents', () => {
    const text = '🎉 Élodie écrit à élodie.roux@exemple.fr 👍';
    const [f] = emailDetector.detect(text);
    expect(f).toBeDefined();
    expect(f!.start).toBe(text.indexOf('élodie.roux'));
    expect(f!.end).toBe(text.indexOf(' 👍'));
    expect(f!.type).toBe('EMAIL');
  });

  it('ignores mentions, package scopes and versions', () => {
    expect(found('cc @platform-team, bump @types/node and @aws-sdk/client-s3')).toEqual([]);
    expect(found('npm ERR! Found: react@18.3.1 peer vue@^3.0.0 from @storybook/addon@7.6.2')).toEqual([]);
    expect(found('image: registry.local/api@sha256:0a1b2c3d')).toEqual([]);
  });

  it('ignores image names and URL userinfo', () => {
    expect(found('<img src="logo@2x.png"> and icon@3x.webp')).toEqual([]);
    expect(found('DATABASE_URL=postgres://svc:pa55word@db.internal.example.com:5432/app')).toEqual([]);
    expect(found('amqp://guest@rabbit.example.org/vhost')).toEqual([]);
  });

  it('ignores scp/git remotes and shell prompts, but keeps mailto:', () => {
    expect(found('git clone git@github.com:acme/api.git')).toEqual([]);
    expect(found('rsync -a build/ deploy@web1.example.net:/srv/www')).toEqual([]);
    expect(found('<a href="mailto:hallo@winkel.nl">')).toEqual(['hallo@winkel.nl']);
  });

  it('does not take passwords containing @ for addresses', () => {
    expect(found('the wifi password is Xk7@pL9q!')).toEqual([]);
  });
});

describe('emailDetector: obfuscated addresses', () => {
  it('spelled-out English form', () => {
    expect(found('email me at tom dot hale at fastmail dot com, thanks')).toEqual(['tom dot hale at fastmail dot com']);
  });

  it('bracketed forms, with and without spaces', () => {
    expect(found('Kontakt: greta.lind [at] posteo [dot] de')).toEqual(['greta.lind [at] posteo [dot] de']);
    expect(found('contact: marc(at)atelier-bleu.fr')).toEqual(['marc(at)atelier-bleu.fr']);
    expect(found('write to ines{at}kanzlei{dot}at please')).toEqual(['ines{at}kanzlei{dot}at']);
  });

  it('Spanish, Italian, French, German and Dutch words for @ and .', () => {
    expect(found('Escríbeme: lucia punto vega arroba correo punto es')).toEqual(['lucia punto vega arroba correo punto es']);
    expect(found('scrivetemi a paolo chiocciola libero punto it')).toEqual(['paolo chiocciola libero punto it']);
    expect(found('Écrivez à sophie point martin arobase orange point fr')).toEqual(['sophie point martin arobase orange point fr']);
    expect(found('Schreib an udo punkt kern at gmx punkt net')).toEqual(['udo punkt kern at gmx punkt net']);
    expect(found('mail naar bram apenstaartje ziggo punt nl')).toEqual(['bram apenstaartje ziggo punt nl']);
  });

  it('plain "at" with a literal domain needs an e-mail word just before', () => {
    expect(found('E-mail: ruth at kiwi-design.co.nz')).toEqual(['ruth at kiwi-design.co.nz']);
    expect(found('The docs are hosted at readthedocs.io and the code at github.com.')).toEqual([]);
    expect(found('We met at home dot and then at noon.')).toEqual([]);
  });

  it('does not glue a prose word to the address', () => {
    expect(found('Email me at omar dot kaya at web dot de')).toEqual(['omar dot kaya at web dot de']);
  });
});

describe('emailDetector: more written forms', () => {
  it('URL-encoded @ in query strings', () => {
    expect(found('GET /api/users?email=lars.dahl%40posteo.de&page=2')).toEqual(['lars.dahl%40posteo.de']);
  });

  it('literal @ with spelled-out dots', () => {
    expect(found('mail: vera@hoteltuin[dot]nl')).toEqual(['vera@hoteltuin[dot]nl']);
  });

  it('plain "at" when the local part looks like a mailbox', () => {
    expect(found('Reply to j_okafor at yahoo.co.uk')).toEqual(['j_okafor at yahoo.co.uk']);
    expect(found('I work at acme.com since 2020, see the file at docs.example.com/start')).toEqual([]);
  });
});

describe('emailDetector: code look-alikes', () => {
  it('a Kotlin qualified this is not an address', () => {
    expect(found('this@MainActivity.finish()')).toEqual([]);
  });
});

describe('emailDetector: version ranges', () => {
  it('pkg@7.X.X is a version range, not an address', () => {
    expect(found('npm i protobufjs@7.X.X')).toEqual([]);
  });
});

describe('emailDetector: other at-signs', () => {
  it('full-width and spaced @', () => {
    expect(found('mail: mei.lin\uff20example.org')).toEqual(['mei.lin\uff20example.org']);
    expect(found('write to anna.berg @ example.org')).toEqual(['anna.berg @ example.org']);
  });

  it('spaced dots around a spaced @', () => {
    expect(found('write to anna . berg @ example . org')).toEqual(['anna . berg @ example . org']);
    expect(found('I was at home . Then I left')).toEqual([]);
  });
});

describe('emailDetector: spaced @', () => {
  it('"priya @ example.org" without a dotted local part', () => {
    expect(found('ping priya @ northpeak.org')).toEqual(['priya @ northpeak.org']);
    expect(found('meet @ 5pm at the cafe')).toEqual([]);
  });
});

describe('bracket styles and spaced forms', () => {
  it('accepts {at} <at> (at) [at] with spelled or literal dots, AT/DOT and spaced @', () => {
    expect(found('anna{at}example.org')).toEqual(['anna{at}example.org']);
    expect(found('jsmith<at>gmail<dot>com')).toEqual(['jsmith<at>gmail<dot>com']);
    expect(found('jsmith (at) gmail.com')).toEqual(['jsmith (at) gmail.com']);
    expect(found('anna[at]posteo.de')).toEqual(['anna[at]posteo.de']);
    expect(found('h.dupont{at}laposte{dot}net')).toEqual(['h.dupont{at}laposte{dot}net']);
    expect(found('Reach me: s.rossi AT libero DOT it')).toEqual(['s.rossi AT libero DOT it']);
    expect(found('scrivimi a luca @ libero.it')).toEqual(['luca @ libero.it']);
    expect(found('x @ domain.tld')).toEqual(['x @ domain.tld']);
  });
  it('hard negatives: prose "at", files, mentions', () => {
    expect(found('we met at google.com offices')).toEqual([]);
    expect(found('look at example.org')).toEqual([]);
    expect(found('see logo @ 2x.png')).toEqual([]);
    expect(found('thanks @ team, see you')).toEqual([]);
  });
});
