// Synthetic training data for the default models, generated from templates with a seeded PRNG (the same
// data on every build). Pure.
//
// Intents → meaning groups → paraphrases (several languages) with {x} slots. One group = one meaning, so:
//   - classifier samples: any paraphrase, labelled with its intent;
//   - embedding pairs: two paraphrases of the same group with the same slot value (they mean the same);
//   - LM pairs: a prompt (a paraphrase) and an answer built from the intent's answer sentences.
import { mulberry32 } from '../../models/runner.ts';

export const LABELS = ['code', 'support', 'billing', 'legal', 'medical', 'smalltalk'] as const;
export type Label = (typeof LABELS)[number];

interface Group {
  phrasings: string[];
  slots: string[];
}

const LANGS = ['python', 'typescript', 'rust', 'go', 'java', 'sql', 'bash', 'c++', 'javascript', 'kotlin'];
const CODE_TASKS = [
  'sort a list',
  'parse json',
  'read a file',
  'reverse a string',
  'call an http api',
  'merge two dictionaries',
  'write a unit test',
  'handle errors',
];
const BUGS = [
  'null pointer exception',
  'segmentation fault',
  'type error',
  'stack overflow',
  'syntax error',
  'import error',
  'memory leak',
  'race condition',
];
const ACCOUNT = ['password', 'account', 'login', 'two-factor code', 'email address', 'username', 'api key'];
const PRODUCT = ['app', 'dashboard', 'website', 'mobile app', 'export feature', 'search', 'sync', 'upload'];
const MONEY = ['invoice', 'subscription', 'refund', 'credit card', 'payment', 'receipt', 'plan', 'bill'];
const LEGAL = ['contract', 'nda', 'gdpr', 'copyright', 'lease', 'terms of service', 'trademark', 'liability clause'];
const BODY = ['headache', 'fever', 'back pain', 'cough', 'rash', 'sore throat', 'stomach ache', 'dizziness'];
const MEDS = ['ibuprofen', 'paracetamol', 'aspirin', 'antibiotics', 'insulin', 'antihistamines'];
const CHAT = ['weekend', 'day', 'morning', 'holiday', 'evening', 'week'];
const TOPICS = ['movies', 'music', 'football', 'the weather', 'books', 'cooking', 'travel'];

export const GROUPS: Record<Label, Group[]> = {
  code: [
    {
      slots: CODE_TASKS.map((t) => t),
      phrasings: [
        'how do i {x} in python',
        'write a function to {x}',
        'show me code that can {x}',
        'wie kann ich in python {x}',
        'example code to {x} please',
      ],
    },
    {
      slots: LANGS,
      phrasings: [
        'write a {x} function that returns the sum of an array',
        'implement array sum in {x}',
        'code snippet in {x} to add up all numbers of a list',
        'écris une fonction {x} qui additionne une liste',
      ],
    },
    {
      slots: BUGS,
      phrasings: [
        'my program crashes with a {x}',
        'how to fix a {x} in my code',
        'debugging a {x}, any idea why',
        'tengo un {x} en mi código',
        'ich bekomme einen {x} beim kompilieren',
      ],
    },
    {
      slots: LANGS,
      phrasings: [
        'refactor this {x} class to be more readable',
        'clean up my {x} code and add comments',
        'review my {x} pull request for bugs',
        'optimise this {x} loop, it is too slow',
      ],
    },
    {
      slots: ['regex', 'sql query', 'git command', 'docker file', 'yaml config', 'cron expression'],
      phrasings: [
        'what {x} do i need to match this',
        'help me write a {x}',
        'explain this {x} line by line',
        'écris-moi une {x} pour ce cas',
      ],
    },
    {
      slots: ['funktion', 'schleife', 'fonction', 'boucle', 'función', 'bucle'],
      phrasings: [
        'meine {x} wirft einen fehler',
        'wie schreibe ich eine {x} in python',
        'ma {x} ne compile pas',
        'mi {x} da un error de compilación',
      ],
    },
  ],
  support: [
    {
      slots: ACCOUNT,
      phrasings: [
        'i forgot my {x}, how do i reset it',
        'how can i reset my {x}',
        'reset {x} not working',
        'ich habe mein {x} vergessen',
        "j'ai oublié mon {x}",
        'olvidé mi {x}, cómo lo cambio',
      ],
    },
    {
      slots: PRODUCT,
      phrasings: [
        'the {x} is not loading',
        'your {x} keeps crashing',
        'the {x} stopped working since the update',
        'die {x} funktioniert nicht mehr',
        'la {x} ne marche plus',
        'el {x} no funciona',
      ],
    },
    {
      slots: ACCOUNT,
      phrasings: [
        'i cannot sign in, my {x} is rejected',
        'locked out of my account because of my {x}',
        'how do i change my {x}',
        'where can i update my {x} in settings',
      ],
    },
    {
      slots: PRODUCT,
      phrasings: [
        'how do i use the {x}',
        'is there a tutorial for the {x}',
        'where do i find the {x} in the menu',
        'wie benutze ich die {x}',
      ],
    },
    {
      slots: ['support team', 'an agent', 'customer service', 'a human'],
      phrasings: ['i want to talk to {x}', 'how can i contact {x}', 'please connect me with {x}', 'je voudrais parler à {x}'],
    },
    {
      slots: ['passwort', 'konto', 'mot de passe', 'compte', 'contraseña', 'cuenta'],
      phrasings: [
        'ich kann mein {x} nicht zurücksetzen',
        'mein {x} ist gesperrt',
        'je ne peux pas réinitialiser mon {x}',
        'no puedo acceder a mi {x}',
      ],
    },
  ],
  billing: [
    {
      slots: MONEY,
      phrasings: [
        'i was charged twice for my {x}',
        'why is my {x} higher this month',
        'wrong amount on my {x}',
        'meine {x} ist falsch',
        'ma {x} est incorrecte',
        'me cobraron dos veces la {x}',
      ],
    },
    {
      slots: MONEY,
      phrasings: [
        'how do i cancel my {x}',
        'i want to stop my {x}',
        'please cancel the {x} before renewal',
        'ich möchte mein {x} kündigen',
        'je veux annuler mon {x}',
      ],
    },
    {
      slots: MONEY,
      phrasings: [
        'where can i download my {x}',
        'send me a copy of my {x}',
        'i need the {x} for last month',
        'où puis-je télécharger ma {x}',
      ],
    },
    {
      slots: ['visa', 'paypal', 'bank transfer', 'mastercard', 'sepa debit'],
      phrasings: [
        'can i pay with {x}',
        'do you accept {x}',
        'change my payment method to {x}',
        'kann ich mit {x} bezahlen',
        '¿aceptan {x}?',
      ],
    },
    {
      slots: ['pro plan', 'team plan', 'enterprise plan', 'yearly plan'],
      phrasings: ['how much does the {x} cost', 'what is the price of the {x}', 'upgrade me to the {x}', 'combien coûte le {x}'],
    },
    {
      slots: ['rechnung', 'zahlung', 'abbuchung', 'facture', 'factura', 'paiement'],
      phrasings: ['ich habe meine {x} doppelt bezahlt', 'die {x} ist zu hoch', 'question sur ma {x}', 'problema con mi {x} del mes pasado'],
    },
  ],
  legal: [
    {
      slots: LEGAL,
      phrasings: [
        'is this {x} enforceable',
        'review the {x} for risks',
        'what does this clause in the {x} mean',
        'ist dieser {x} rechtlich gültig',
        'ce {x} est-il valable',
      ],
    },
    {
      slots: LEGAL,
      phrasings: [
        'can i terminate the {x} early',
        'how do i get out of a {x}',
        'breach of {x}, what are my rights',
        'kann ich den {x} vorzeitig kündigen',
      ],
    },
    {
      slots: ['landlord', 'employer', 'neighbour', 'supplier', 'former partner'],
      phrasings: [
        'can i sue my {x}',
        'my {x} is threatening legal action',
        'do i need a lawyer against my {x}',
        'puedo demandar a mi {x}',
        'kann ich meinen {x} verklagen',
      ],
    },
    {
      slots: ['personal data', 'customer records', 'cookies', 'employee emails'],
      phrasings: [
        'are we allowed to store {x} under gdpr',
        'data protection rules for {x}',
        'is processing {x} lawful',
        'dürfen wir {x} speichern',
      ],
    },
    {
      slots: ['logo', 'photo', 'song', 'brand name', 'source code'],
      phrasings: [
        'can i use this {x} without permission',
        'is this {x} protected by copyright',
        'licensing rules for a {x}',
        'ai-je le droit d’utiliser ce {x}',
      ],
    },
    {
      slots: ['vertrag', 'mietvertrag', 'contrat', 'bail', 'contrato'],
      phrasings: [
        'kann ich den {x} fristlos kündigen',
        'ist der {x} rechtlich gültig',
        'puis-je résilier le {x}',
        '¿puedo rescindir el {x}?',
      ],
    },
  ],
  medical: [
    {
      slots: BODY,
      phrasings: [
        'i have a bad {x} since yesterday',
        'what helps against {x}',
        'should i see a doctor for my {x}',
        'ich habe starke {x}',
        "j'ai une {x} depuis hier",
        'tengo {x} desde ayer',
      ],
    },
    {
      slots: MEDS,
      phrasings: [
        'what is the right dose of {x}',
        'can i take {x} with alcohol',
        'side effects of {x}',
        'wie viel {x} darf ich nehmen',
        'effets secondaires de {x}',
      ],
    },
    {
      slots: ['blood pressure', 'cholesterol', 'blood sugar', 'heart rate'],
      phrasings: ['is my {x} too high', 'how do i lower my {x}', 'normal range for {x}', 'mein {x} ist zu hoch'],
    },
    {
      slots: ['diabetes', 'asthma', 'migraine', 'allergy', 'flu'],
      phrasings: ['what are the symptoms of {x}', 'how is {x} treated', 'i think i have {x}', 'síntomas de {x}', 'symptome von {x}'],
    },
    {
      slots: ['vaccine', 'blood test', 'x-ray', 'check-up'],
      phrasings: ['do i need a {x} before surgery', 'how do i prepare for a {x}', 'when should i get a {x}', 'brauche ich einen {x}'],
    },
    {
      slots: ['kopfschmerzen', 'fieber', 'husten', 'mal de tête', 'fièvre', 'dolor de cabeza', 'tos'],
      phrasings: ['ich habe seit gestern {x}', 'was hilft gegen {x}', "j'ai de la {x} depuis deux jours", 'tengo {x} y me siento mal'],
    },
  ],
  smalltalk: [
    {
      slots: CHAT,
      phrasings: [
        'how was your {x}',
        'hope you had a nice {x}',
        'did you enjoy the {x}',
        'wie war dein {x}',
        'bon {x} à toi',
        'qué tal tu {x}',
      ],
    },
    {
      slots: ['hello', 'hi there', 'good morning', 'hey', 'good evening'],
      phrasings: ['{x}, how are you', '{x}! what is up', '{x}, nice to meet you', '{x}, how is it going'],
    },
    {
      slots: TOPICS,
      phrasings: ['do you like {x}', 'what do you think about {x}', "let's chat about {x}", 'magst du {x}', 'tu aimes {x}'],
    },
    {
      slots: ['joke', 'fun fact', 'riddle', 'story'],
      phrasings: ['tell me a {x}', 'do you know a good {x}', 'i could use a {x} today', 'erzähl mir einen {x}', 'cuéntame un {x}'],
    },
    {
      slots: ['thanks', 'thank you', 'cheers', 'merci', 'danke'],
      phrasings: ['{x}, that was helpful', '{x} a lot, bye', '{x}, have a great day', '{x}! see you later'],
    },
    {
      slots: ['wochenende', 'urlaub', 'week-end', 'vacances', 'fin de semana'],
      phrasings: ['wie war dein {x}', 'schönes {x} gehabt?', "c'était bien ton {x} ?", '¿qué tal el {x}?'],
    },
  ],
};

/** Short helpful answer sentences per intent ({x} = the prompt's slot value), for the tiny LM. */
export const ANSWERS: Record<Label, string[]> = {
  code: [
    'here is a short example that shows how to {x}.',
    'you can do this with a small function and a loop.',
    'first read the error message, then check the line it points to.',
    'make sure the variable is defined before you use it.',
    'add a unit test so the bug does not come back.',
    'use the standard library, it already has a function for this.',
    'try printing the value before the call to see what it holds.',
    'keep functions small and give them clear names.',
  ],
  support: [
    'sorry for the trouble with your {x}.',
    'you can reset it from the settings page under account.',
    'please sign out, clear the cache and sign in again.',
    'if it still does not work, our support team will help you.',
    'check that you are using the latest version of the app.',
    'you will receive an email with a link in a few minutes.',
    'let me know if the problem continues and i will look into it.',
  ],
  billing: [
    'thanks for reaching out about your {x}.',
    'you can see all invoices in the billing section of your account.',
    'a refund usually takes five to ten business days.',
    'you can cancel or change your plan at any time.',
    'we accept credit cards, paypal and bank transfer.',
    'if you were charged twice, we will refund the extra payment.',
    'the new price applies from the next billing period.',
  ],
  legal: [
    'i am not a lawyer, so please treat this as general information.',
    'it depends on the exact wording of the {x}.',
    'read the termination clause and the notice period carefully.',
    'for a binding answer, ask a qualified lawyer in your country.',
    'keep copies of all letters and emails as evidence.',
    'data protection law requires a clear reason to store personal data.',
  ],
  medical: [
    'i am not a doctor, so please see one if it gets worse.',
    'rest, drink enough water and watch how your {x} develops.',
    'follow the dose on the package and do not take more.',
    'if you have a high fever or trouble breathing, get help right away.',
    'your pharmacist can tell you about side effects.',
    'a doctor can check your values and suggest a treatment.',
  ],
  smalltalk: [
    'hi! nice to hear from you.',
    'i am doing well, thanks for asking.',
    'that sounds like a lovely {x}.',
    'here is a fun fact: honey never spoils.',
    'i like talking about {x}, what do you enjoy most?',
    'have a great day!',
    'you are welcome, happy to help.',
  ],
};

export interface Sample {
  text: string;
  label: Label;
  /** The meaning group (label/index) and slot value: equal ⇒ paraphrases. */
  group: string;
  slot: string;
  /** Phrasing index within the group. */
  phrasing: number;
}

const fill = (t: string, x: string): string => t.replaceAll('{x}', x);

/** Every (group, slot, phrasing) combination once, in a fixed order. */
export function allSamples(): Sample[] {
  const out: Sample[] = [];
  for (const label of LABELS) {
    GROUPS[label].forEach((g, gi) => {
      for (const slot of g.slots) {
        g.phrasings.forEach((p, pi) => out.push({ text: fill(p, slot), label, group: `${label}/${gi}`, slot, phrasing: pi }));
      }
    });
  }
  return out;
}

/** Light noise so the models see realistic variation: polite prefixes, punctuation, casing, typos. */
export function augment(text: string, rand: () => number): string {
  const prefixes = ['', '', '', 'please ', 'hi, ', 'quick question: ', 'hey, ', 'bitte ', 's’il vous plaît '];
  const suffixes = ['', '', '?', '.', '!', ' thanks', ' asap'];
  let t = prefixes[Math.floor(rand() * prefixes.length)]! + text + suffixes[Math.floor(rand() * suffixes.length)]!;
  if (rand() < 0.15 && t.length > 6) {
    const i = 1 + Math.floor(rand() * (t.length - 2)); // swap two letters (a typo)
    t = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
  }
  if (rand() < 0.2) t = t.charAt(0).toUpperCase() + t.slice(1);
  return t;
}

export interface ClassifierData {
  train: Sample[];
  test: Sample[];
}

/**
 * Classifier split BY SLOT VALUE: for every group, every 4th slot value is held out, so test sentences use
 * fillers (and combinations) the model never saw in training. Training samples are augmented ×`copies`.
 */
export function classifierData(seed = 1, copies = 3): ClassifierData {
  const rand = mulberry32(seed);
  const train: Sample[] = [];
  const test: Sample[] = [];
  const heldOut = new Set<string>();
  for (const label of LABELS)
    GROUPS[label].forEach((g, gi) =>
      g.slots.forEach((s, si) => {
        if (si % 4 === 3) heldOut.add(`${label}/${gi}|${s}`);
      }),
    );
  for (const s of allSamples()) {
    if (heldOut.has(`${s.group}|${s.slot}`)) test.push({ ...s, text: augment(s.text, rand) });
    else for (let k = 0; k < copies; k++) train.push({ ...s, text: k === 0 ? s.text : augment(s.text, rand) });
  }
  return { train, test };
}

export interface Pair {
  a: string;
  b: string;
  group: string;
}

/** Paraphrase pairs (same group and slot, different phrasing); groups split: every 5th slot value held out. */
export function paraphrasePairs(seed = 2): { train: Pair[]; test: Pair[] } {
  const rand = mulberry32(seed);
  const train: Pair[] = [];
  const test: Pair[] = [];
  for (const label of LABELS) {
    GROUPS[label].forEach((g, gi) => {
      g.slots.forEach((slot, si) => {
        const texts = g.phrasings.map((p) => fill(p, slot));
        const key = `${label}/${gi}|${slot}`;
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const pair = { a: augment(texts[i]!, rand), b: augment(texts[j]!, rand), group: key };
            (si % 5 === 4 ? test : train).push(pair);
          }
        }
      });
    });
  }
  return { train, test };
}

export interface LmPair {
  prompt: string;
  answer: string;
}

/** (prompt, answer) pairs: the answer is 2–3 of the intent's sentences, the first one often slot-specific. */
export function lmPairs(n: number, seed = 3): LmPair[] {
  const rand = mulberry32(seed);
  const samples = allSamples();
  const out: LmPair[] = [];
  for (let i = 0; i < n; i++) {
    const s = samples[Math.floor(rand() * samples.length)]!;
    const pool = ANSWERS[s.label];
    const k = 2 + Math.floor(rand() * 2);
    const chosen: string[] = [];
    const first = pool.findIndex((a) => a.includes('{x}'));
    if (first >= 0 && rand() < 0.6) chosen.push(fill(pool[first]!, s.slot));
    while (chosen.length < k) {
      const a = fill(pool[Math.floor(rand() * pool.length)]!, s.slot);
      if (!chosen.includes(a)) chosen.push(a);
    }
    out.push({ prompt: augment(s.text, rand), answer: chosen.join(' ') });
  }
  return out;
}
