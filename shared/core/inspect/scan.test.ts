import { describe, expect, it } from 'vitest';
import { scanBody, scanPayload, JOIN_WINDOW } from './scan.ts';
import { hasUncoveredScript } from './coverage.ts';
import { scanText } from '../pii/detect.ts';

const EMAIL = 'jane.doe@example.com';
const SENTENCE = `Please send the contract to ${EMAIL} today.`;
/** gzip and zlib of "Email karla.ebert@posteo.de now" (node:zlib), in base64. */
const GZIP_B64 = 'H4sIAAAAAAAAA3PNTczMUchOLMpJ1EtNSi0qcSjILy5JzddLSVXIyy8HAMXr2FAfAAAA';
const ZLIB_B64 = 'eJxzzU3MzFHITizKSdRLTUotKnEoyC8uSc3XS0lVyMsvBwC3kwuZ';
const chat = (extra: Record<string, unknown> = {}, messages: unknown[] = [{ role: 'user', content: 'Summarise the attached terms.' }]) => ({
  model: 'triage-small',
  messages,
  ...extra,
});
const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
/** RFC 4648 base32, padded. */
function base32(s: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...new TextEncoder().encode(s)].map((b) => b.toString(2).padStart(8, '0')).join('');
  const out = (bits.match(/.{1,5}/g) ?? []).map((g) => alphabet[parseInt(g.padEnd(5, '0'), 2)]).join('');
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

describe('scanBody: every string the body carries is scanned, wherever it is', () => {
  // One sentence with an e-mail address, planted in each place a client can put text.
  const placements: [string, unknown][] = [
    ['message content', chat({}, [{ role: 'user', content: SENTENCE }])],
    ['a text part', chat({}, [{ role: 'user', content: [{ type: 'text', text: SENTENCE }] }])],
    ['a part of another type', chat({}, [{ role: 'user', content: [{ type: 'input_text', text: SENTENCE }] }])],
    ['a refusal part', chat({}, [{ role: 'assistant', content: [{ type: 'refusal', refusal: SENTENCE }] }])],
    ['a message name', chat({}, [{ role: 'user', name: EMAIL, content: 'hi' }])],
    [
      'tool-call arguments',
      chat({}, [
        {
          role: 'assistant',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'send', arguments: JSON.stringify({ to: EMAIL }) } }],
        },
      ]),
    ],
    ['a tool_call_id', chat({}, [{ role: 'tool', tool_call_id: EMAIL, content: 'ok' }])],
    ['a message-level extra', chat({}, [{ role: 'assistant', content: 'ok', reasoning_content: SENTENCE }])],
    ['a tool description', chat({ tools: [{ type: 'function', function: { name: 'f', description: SENTENCE } }] })],
    [
      'a tool parameter enum',
      chat({
        tools: [
          {
            type: 'function',
            function: { name: 'f', parameters: { type: 'object', properties: { to: { type: 'string', enum: [EMAIL] } } } },
          },
        ],
      }),
    ],
    [
      'a tool parameter default',
      chat({
        tools: [
          {
            type: 'function',
            function: { name: 'f', parameters: { type: 'object', properties: { to: { type: 'string', default: EMAIL } } } },
          },
        ],
      }),
    ],
    [
      'a response_format schema',
      chat({ response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object', description: SENTENCE } } } }),
    ],
    ['user', chat({ user: EMAIL })],
    ['metadata value', chat({ metadata: { contact: EMAIL } })],
    ['metadata key', chat({ metadata: { [EMAIL]: 'contact' } })],
    ['stop', chat({ stop: [EMAIL] })],
    ['legacy function_call', chat({ function_call: { name: 'f', arguments: JSON.stringify({ to: EMAIL }) } })],
    ['prediction content', chat({ prediction: { type: 'content', content: SENTENCE } })],
    ['an unknown top-level field', chat({ x_vendor_context: { notes: [SENTENCE] } })],
    [
      'a data: URL of text in an image part',
      chat({}, [{ role: 'user', content: [{ type: 'image_url', image_url: { url: `data:text/plain;base64,${b64(SENTENCE)}` } }] }]),
    ],
    [
      'a file part with text data',
      chat({}, [
        { role: 'user', content: [{ type: 'file', file: { filename: 'a.txt', file_data: `data:text/plain;base64,${b64(SENTENCE)}` } }] },
      ]),
    ],
    ['embeddings input', { model: 'e', input: ['fine', SENTENCE] }],
  ];
  it.each(placements)('%s', (_, body) => {
    expect(scanBody(body).piiTypes).toContain('EMAIL');
  });

  it('numbers are content, except the small values of sampling and size parameters', () => {
    expect(scanBody(chat({ x_card: 4539578763621486 })).piiTypes).toContain('CREDIT_CARD');
    expect(scanBody(chat({ seed: 4539578763621486 })).piiTypes).toContain('CREDIT_CARD');
    const settings = scanBody(chat({}, [{ role: 'user', content: 'call me at 030' }]));
    const withSettings = scanBody(
      chat({ temperature: 0.7, top_p: 1, max_tokens: 12345, seed: 67 }, [{ role: 'user', content: 'call me at 030' }]),
    );
    expect(withSettings).toEqual(settings);
  });
});

describe('scanBody: values split over two texts are seen whole', () => {
  const toolCall = (id: string) => ({
    role: 'assistant',
    content: null,
    tool_calls: [{ id, type: 'function', function: { name: 'update_customer', arguments: '{}' } }],
  });
  it.each([
    [
      'an SSN over two tool results, a tool call between them',
      [
        { role: 'user', content: 'Please help me with the request below.' },
        toolCall('call_1'),
        { role: 'tool', tool_call_id: 'call_1', content: 'Here is my social security number: 434-28-' },
        toolCall('call_2'),
        { role: 'tool', tool_call_id: 'call_2', content: '2453.' },
      ],
    ],
    [
      'an e-mail over two messages',
      [
        { role: 'user', content: 'write to jane.doe@exa' },
        { role: 'user', content: 'mple.com please' },
      ],
    ],
    [
      'a card number over two messages',
      [
        { role: 'user', content: 'my card is 4539 5787' },
        { role: 'user', content: '6362 1486 thanks' },
      ],
    ],
    [
      'an IBAN over two content parts',
      [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'IBAN: DE44 5001 0517' },
            { type: 'text', text: '5407 3249 31' },
          ],
        },
      ],
    ],
    [
      'a name over two messages',
      [
        { role: 'user', content: 'The patient is Anna' },
        { role: 'user', content: 'Schmidt, born in Kiel.' },
      ],
    ],
    [
      'an e-mail over two messages, more following',
      [
        { role: 'user', content: 'write to jane.doe@exa' },
        { role: 'user', content: 'mple.com' },
        { role: 'user', content: 'thanks' },
      ],
    ],
    [
      'a card number in three pieces',
      [
        { role: 'user', content: 'my card is 4539' },
        { role: 'user', content: '5787 6362' },
        { role: 'user', content: '1486' },
        { role: 'assistant', content: 'ok' },
      ],
    ],
  ])('%s', (_, messages) => {
    const found = scanBody(chat({}, messages as unknown[])).piiTypes;
    expect(found.length).toBeGreaterThan(0);
  });

  it('sees a split across a boundary even when the texts around it are long', () => {
    const filler = 'The quarterly report covers revenue, costs and outlook in detail. '.repeat(40);
    expect(filler.length).toBeGreaterThan(4 * JOIN_WINDOW);
    const body = chat({}, [
      { role: 'user', content: `${filler} write to jane.doe@exa` },
      { role: 'user', content: `mple.com ${filler}` },
    ]);
    expect(scanBody(body).piiTypes).toEqual(['EMAIL']);
  });
});

describe('scanBody: encodings are decoded and scanned', () => {
  it.each([
    ['base64 of the sentence', b64(SENTENCE)],
    ['base64 of JSON holding it', b64(JSON.stringify({ contact: { email: EMAIL } }))],
    ['base64 of base64', b64(b64(SENTENCE))],
    ['percent-encoding', encodeURIComponent(SENTENCE)],
    ['HTML entities', SENTENCE.replace('@', '&#64;').replace(/\./g, '&period;')],
    ['zero-width joiners', SENTENCE.replace(/(.)/g, '$1\u200d')],
    ['base64 in groups of four', b64(SENTENCE).replace(/(.{4})/g, '$1 ')],
    ['base64 wrapped in lines (MIME, PEM)', b64(`${SENTENCE} `.repeat(3)).replace(/(.{16})/g, '$1\n')],
    ['base32', base32(SENTENCE)],
    ['one character per line', [...EMAIL].join('\n')],
    ['characters set apart by commas', `mail: ${[...EMAIL].join(',')}`],
    ['characters set apart by hyphens', `mail: ${[...EMAIL].join('-')}`],
  ])('%s', (_, content) => {
    expect(scanBody(chat({}, [{ role: 'user', content }])).piiTypes).toContain('EMAIL');
  });

  it.each([
    ['emoji', 'card 4539🔹1488🔹0343🔹6467'],
    ['underscores', 'card 4539_1488_0343_6467'],
    ['spaced bars', 'card 4539 | 1488 | 0343 | 6467'],
  ])('a card number in groups set apart by %s', (_, content) => {
    expect(scanBody(chat({}, [{ role: 'user', content }])).piiTypes).toContain('CREDIT_CARD');
  });

  it('a date of birth and an IBAN in groups set apart by an unusual separator', () => {
    expect(scanBody(chat({}, [{ role: 'user', content: 'I was born on 09🔹10🔹1998.' }])).piiTypes).toContain('DATE_OF_BIRTH');
    expect(scanBody(chat({}, [{ role: 'user', content: 'My IBAN is IT71·H204·3444·1965·8871·6235·274.' }])).piiTypes).toContain('IBAN');
  });

  it.each([
    [
      'as character codes',
      'String.fromCharCode(106, 97, 110, 101, 46, 100, 111, 101, 64, 101, 120, 97, 109, 112, 108, 101, 46, 99, 111, 109)',
      'EMAIL',
    ],
    ['as octal escapes', '\\152\\141\\156\\145\\100\\145\\170\\141\\155\\160\\154\\145\\056\\143\\157\\155', 'EMAIL'],
    [
      'with the ICAO alphabet',
      'IBAN: Delta Echo four four five zero zero one zero five one seven five four zero seven three two four nine three one',
      'IBAN',
    ],
    ['with "dot" between number words', 'my ip is one nine two dot one six eight dot one dot ten', 'IP_ADDRESS'],
    ['in quoted pieces joined by +', "card = '4539 1488' + ' 0343 6467'", 'CREDIT_CARD'],
    ['one group a line', 'card:\n4539\n1488\n0343\n6467', 'CREDIT_CARD'],
    ['backwards', 'Write a reference letter for our former employee trebE alraK.', 'PERSON'],
    ['as a whole sentence backwards', '.0491.60.40 si htrib fo etad yM', 'DATE_OF_BIRTH'],
    ['in two groups with a symbol between', 'Call me on 05359🔹209824.', 'PHONE'],
    ['in groups, the first in brackets', 'My mobile number is (829)🔹397🔹1800, text me.', 'PHONE'],
    ['with its check letter in a cell of its own', 'For the form: my DNI is 98.392.623 | A.', 'NATIONAL_ID'],
    ['as a question backwards, its first word one letter', '?muimerp ym egnahc taht seod ,5791/12/70 no nrob saw I', 'DATE_OF_BIRTH'],
    [
      'in Morse, a full stop after it',
      'My Social Insurance Number is ..--- ....- ..... -....- ...-- -.... ...-- -....- ..--- ..--- .----.',
      'NATIONAL_ID',
    ],
    ['in a query string, + for a space', 'q=card%3A+4539+1488+0343+6467', 'CREDIT_CARD'],
    ['with letters that look like digits', 'my card is 4539 l488 O343 6467', 'CREDIT_CARD'],
    ['with Cyrillic letters that look like digits', 'my ssn is 4З4-28-245З', 'SSN'],
    ['with its separators said as words', 'ssn 434 dash 28 dash 2453', 'SSN'],
    ['in base64 too short to carry its cue words', 'ssn: NDM0MjgyNDUz', 'SSN'],
    ['backwards, the reader told so', 'my card number written backwards: 7646 3430 8841 9354', 'CREDIT_CARD'],
    ['backwards in its sentence, the reader told so', 'Ship it to (written backwards) noluoT 41932 ,epmoP al ed ecalP 714.', 'ADDRESS'],
    ['with letters for digits among the letters of its bank code', 'my IBAN NLl2RABO2O99B6l27l please', 'IBAN'],
    ['with letters for digits, in groups two blanks apart', 'My card number is 6Oll  4B3O  4626  6OBB, please charge it.', 'CREDIT_CARD'],
    ['backwards, the reader told so, a full stop after it', 'My DNI is (written backwards) J-527.504.23.', 'NATIONAL_ID'],
    ['in groups with words between them', 'Use my Visa 4382 daarna 6408 , followed by 0344 poi 8102 for the booking.', 'CREDIT_CARD'],
    ['glued into a path', 'The login came from GET /hosts/81.169.145.67/ping, was that me?', 'IP_ADDRESS'],
    ['as a path segment, IPv6', 'see scan_fe80::4014:6d04:878d:eaf9_final.pdf', 'IP_ADDRESS'],
    ['glued to its cue word', 'attached: ssn434282453', 'SSN'],
    ['in an IBAN wrapped over lines', 'IBAN:\nDE44 5001\n0517 5407\n3249 31', 'IBAN'],
    [
      'in hex pairs, as a hex dump writes bytes',
      `card hex: ${Buffer.from('4539148803436467')
        .toString('hex')
        .replace(/(..)(?=.)/g, '$1 ')}`,
      'CREDIT_CARD',
    ],
    ['with an HTML comment inside it', 'karla.ebert<!-- x -->@posteo.de', 'EMAIL'],
    ['in leetspeak', 'mail me: k4rl4.3b3rt@p0st30.d3', 'EMAIL'],
    ['with "ät" for the at', 'schreib an karla punkt ebert ät posteo punkt de', 'EMAIL'],
    [
      'read out in Portuguese',
      'meu cartão: quatro cinco três nove um quatro oito oito zero três quatro três seis quatro seis sete',
      'CREDIT_CARD',
    ],
    ['with letters for digits among its groups and its check digits', 'IBAN NLBB BUNQ 7627 92ll 47 please', 'IBAN'],
    ['with letters for digits in its digit places', 'my codice fiscale is CLMGLIS2H6OH662U.', 'NATIONAL_ID'],
    ['with a last group of one look-alike', 'My home IP address is 2l6.l74.l47.B, please whitelist it.', 'IP_ADDRESS'],
    [
      'read out in Italian, its bank code in lower case',
      'My IBAN is GB sette tre monz sei quattro otto cinque sei zero tre otto cinque quattro otto quattro uno sette',
      'IBAN',
    ],
    ['with a bracketed area code, in a file name', 'My mobile number is scan_(977) 359-2884_final.pdf, text me.', 'PHONE'],
    ['in Morse, a name in it', 'Decode this Morse: -- -.-- / -. .- -- . / .. ... / .-.. . --- -. .- / ... - .-. .- ..- -...', 'PERSON'],
    [
      'in Morse, a token in lower case',
      'key "-. .--. -- ..--.- .... .-- .- ..- .... . ...- --.. --- ..-. --.- .... .- .- .-.. .--- -.-. --- . -.... .-. -... .--- .- ---.. - -... --.. . -.-- ..- -.-- -.. - .--. ....." set in the environment',
      'SECRET',
    ],
    [
      'backwards, without the stop a sentence starts with',
      'iihYy6YyngcFbT9vb0vizGx4vLCp-G4E2-1vR9CtMr7.2CEUMMQx6khDSun5bQMvnr.GS :yek IPA noitcudorp ruo si ereH',
      'SECRET',
    ],
  ])('a value spelled %s', (_, content, type) => {
    expect(scanBody(chat({}, [{ role: 'user', content }])).piiTypes).toContain(type);
  });

  it('lists of numbers stay lists', () => {
    expect(scanBody(chat({}, [{ role: 'user', content: 'Sum these:\n12\n34\n56\n78\n90' }]))).toEqual({ piiTypes: [], unscanned: [] });
    expect(scanBody(chat({}, [{ role: 'user', content: 'Plot 10, 20, 30, 40, 50, 60, 70 and 72, 101, 99, 88, 77, 66' }]))).toEqual({
      piiTypes: [],
      unscanned: [],
    });
  });

  it("JSON inside a string is read parsed too: a tool call's arguments, one letter a line", () => {
    const note = JSON.stringify({ note: `Here is our production API key: ${[...'ASIA7YIGHYI3BBM5HZYF'].join('\n')}` });
    const body = chat({}, [
      { role: 'user', content: 'Please help.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'save', arguments: note } }] },
    ]);
    expect(scanBody(body).piiTypes).toContain('SECRET');
  });
});

describe('scanBody: a code cut in two over two texts', () => {
  it('is glued back even when its second piece starts like a capitalised word', () => {
    const parts = [
      { type: 'text', text: 'Debug this: the service fails with key ghp_bZBzzwXaxBFXxBNx' },
      { type: 'text', text: 'Mwu28A37N7r1CB1iFk06 set in the environment.' },
    ];
    expect(scanBody({ model: 'm', messages: [{ role: 'user', content: parts }] }).piiTypes).toContain('SECRET');
  });
});

describe('scanBody: what cannot be read is named, not ignored', () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  it.each([
    [
      'an image part (remote URL)',
      chat({}, [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://img.example/a.png' } }] }]),
      'image',
    ],
    [
      'an image as a data: URL',
      chat({}, [{ role: 'user', content: [{ type: 'input_image', image_url: `data:image/png;base64,${png}` }] }]),
      'image',
    ],
    [
      'an audio part',
      chat({}, [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } }] }]),
      'audio',
    ],
    ['a file by id', chat({}, [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-abc' } }] }]), 'file'],
    [
      'a PDF as a data: URL in an unknown field',
      chat({ attachment: 'data:application/pdf;base64,JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K/wD+AQ==' }),
      'file',
    ],
    ['embeddings input as token ids', { model: 'e', input: [[9906, 11, 1917]] }, 'token_ids'],
    ['embeddings input as one token-id array', { model: 'e', input: [9906, 11, 1917] }, 'token_ids'],
    ['logit_bias token ids', chat({ logit_bias: { '9906': 5, '1917': -100 } }), 'token_ids'],
    ['a vector of floats', chat({ x_embedding: [0.12, -0.4, 0.33] }), 'binary'],
    [
      'a long base64 run of binary',
      chat({}, [
        { role: 'user', content: `blob ${btoa(String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 7919) % 256)))}` },
      ]),
      'binary',
    ],
    ['Greek text', chat({}, [{ role: 'user', content: 'Γιάννης Παπαδόπουλος, Οδός Ερμού 25, Αθήνα' }]), 'uncovered_script'],
    ['Cyrillic text', chat({}, [{ role: 'user', content: 'Иван Петров, ул. Ленина 10, Москва' }]), 'uncovered_script'],
    ['CJK text in a key', chat({ metadata: { 王伟: 'x' } }), 'uncovered_script'],
    ['Braille', chat({}, [{ role: 'user', content: 'mail ⠅⠁⠗⠇⠁⠲⠑⠃⠑⠗⠞' }]), 'uncovered_script'],
    // short, but packed data no scanner reads
    ['a short gzip stream in base64', chat({}, [{ role: 'user', content: `unpack: ${GZIP_B64}` }]), 'binary'],
    ['a short zlib stream in base64', chat({}, [{ role: 'user', content: `inflate: ${ZLIB_B64}` }]), 'binary'],
  ])('%s → %s', (_, body, kind) => {
    expect(scanBody(body).unscanned).toContain(kind);
  });

  it('a plain request has neither PII nor unscanned content', () => {
    const body = chat(
      {
        temperature: 0.2,
        max_tokens: 100,
        tools: [
          {
            type: 'function',
            function: {
              name: 'get_weather',
              description: 'Weather for a city',
              parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
            },
          },
        ],
      },
      [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Explain TCP slow start in two sentences. Then: what is 2 + 2?' },
      ],
    );
    expect(scanBody(body)).toEqual({ piiTypes: [], unscanned: [] });
  });

  it('a Greek letter in a formula is not a script the detectors miss', () => {
    expect(hasUncoveredScript('Latency Δ = 3 µs, α = 0.05')).toBe(false);
    expect(hasUncoveredScript('Müller Ærø Łódź Nguyễn')).toBe(false);
    expect(hasUncoveredScript('jane.d\u0585e@example.com')).toBe(true); // an Armenian o inside a Latin word
  });
});

describe('scanPayload: the exact bytes a tier sends', () => {
  it('parses JSON bytes and scans them like a body; other text as one text; non-UTF-8 is unreadable', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(chat({ metadata: { [EMAIL]: 'x' } })));
    expect(scanPayload(bytes).piiTypes).toEqual(['EMAIL']);
    expect(scanPayload(`not json: ${SENTENCE}`).piiTypes).toEqual(['EMAIL']);
    expect(scanPayload(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ piiTypes: [], unscanned: ['binary'] });
  });

  it('content nested deeper than it follows is unreadable, not skipped', () => {
    let deep: unknown = SENTENCE;
    for (let i = 0; i < 100; i++) deep = { x: deep };
    expect(scanPayload(JSON.stringify(deep)).unscanned).toContain('binary');
  });
});

// The scanner runs on every request body, up to the edge's limit (1 MiB by default), and attackers choose the
// text: each step must read it in linear time. A pattern that rescans the rest of a word from each of its
// characters takes well over a minute on a quarter megabyte written as one word (and ~25 minutes on a
// megabyte), past the test's limit; read linearly, each takes a fraction of a second.
describe('scanBody: a quarter megabyte the attacker shaped is read in linear time', () => {
  const SIZE = 256 * 1024;
  const shaped = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const chat = (content: string) => ({ model: 'm', messages: [{ role: 'user', content }] });

  it.each([
    ['one word of digits', '7'],
    ['one word of "x@"', 'x@'],
    ['one word of "1."', '1.'],
    ['one word of "1-"', '1-'],
    ['address labels on one line', 'Address: 12 '],
    ['numbers in pairs on one line', '12 '],
    ['numbers after capitalised words on one line', 'Ab 1'],
    ['characters set apart by commas', 'a,'],
    ['characters set apart by dots and hyphens', 'a.-'],
    ['base64-like groups of one width', 'abcd '],
    ['base64-like lines of one width', 'abcd\n'],
    ['one word of capitals (base32)', 'A'],
    ['digit groups set apart by underscores', '12_'],
    ['a string of JSON escapes', '{"a":"\\n'],
    ['a list of character codes', '101, '],
    ['ICAO words', 'Alfa Bravo '],
    ['octal escapes', '\\141'],
    ['backwards words', 'alraK '],
    ['numbers one a line', '1234\n'],
    ['numbers in groups set apart by dashes', '1234-'],
    ['a card number, its groups set apart by words', 'my card: 4539 and 1488, 0343 and 6467. '],
    ['numbers glued into paths', '/x/81.169.145.67/y '],
  ])('%s', (_name, unit) => {
    const scan = scanBody(chat(shaped(unit)));
    expect(scan.unscanned).toEqual([]);
  });

  it('a table whose one row is a quarter megabyte of numbers under a header', () => {
    expect(scanBody(chat(`name,ssn,nir\n${shaped('123 45 678,')}`)).unscanned).toEqual([]);
  });

  it('four megabytes of e-mail addresses, each one kept (findings are merged in linear time, not against each other)', () => {
    const unit = 'a@b.cc ';
    const count = Math.ceil((16 * SIZE) / unit.length);
    expect(scanText(unit.repeat(count)).entities).toHaveLength(count);
  });

  it('still finds an accented letter inside an identifier at the end of such a word', () => {
    expect(scanBody(chat(`${shaped('7').slice(0, 4096)} ANNA.KELLER@EXÁMPLE.ORG`)).piiTypes).toContain('EMAIL');
  });
});
