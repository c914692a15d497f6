import { grouped, nhs, nino } from '../values.ts';
import type { LangPack } from './pack.ts';

const STREET_BASES = [
  'Alder',
  'Kestrel',
  'Quarry',
  'Orchard',
  'Harbour',
  'Tannery',
  'Willow',
  'Foundry',
  'Beacon',
  'Heron',
  'Ropewalk',
  'Chapel',
  'Juniper',
  'Saltmarsh',
  'Copper Beech',
];
const UK_TYPES = ['Road', 'Lane', 'Close', 'Crescent', 'Terrace', 'Grove', 'Way', 'Street', 'Mews', 'Gardens'];
const US_TYPES = ['St', 'Ave', 'Blvd', 'Dr', 'Ct', 'Pkwy', 'Street', 'Avenue'];
const UK_TOWNS: [string, string][] = [
  ['Leeds', 'LS'],
  ['Norwich', 'NR'],
  ['Cardiff', 'CF'],
  ['Bristol', 'BS'],
  ['York', 'YO'],
  ['Exeter', 'EX'],
  ['Derby', 'DE'],
];
const US_TOWNS: [string, string][] = [
  ['Columbus', 'OH'],
  ['Tucson', 'AZ'],
  ['Raleigh', 'NC'],
  ['Spokane', 'WA'],
  ['Madison', 'WI'],
  ['Boise', 'ID'],
  ['Omaha', 'NE'],
];

export const en: LangPack = {
  carrierFrames: [
    'Can you explain this line from the manual in plain words? "{C}" I need it for {W}. {P}',
    'This came from the documentation and I forwarded it to {W}:\n\n{C}\n\nWhat does it actually mean in practice? {P}',
    'Is this sentence correct English, or would you phrase it differently?\n> {C}\n\n{P}',
    '{C}\n\n{P}\n\nSummarise the paragraph above in one sentence for {W}.',
    'Form: documentation feedback\nSubmitted for: {W}\nQuoted text: {C}\nComment: {P}',
    'According to {W}, this is out of date: "{C}" {P} Could you suggest a better wording?',
    "I keep reading this and don't get it: {C} {P}",
  ],
  promptFrames: [
    'Draft a short, polite e-mail to {W} about the delayed delivery. Work this in: {P}',
    'Summarise this support ticket in two sentences.\n\nTicket {O}\nRequester: {W}\n{P}\nThe export has been failing since Monday.',
    'Fix this config, the service refuses to start:\n\n```yaml\nservice:\n  name: billing-sync\n  owner: {W}\n  retries: 3\n```\n{P}',
    'Rewrite this so it sounds friendlier, it goes to {W}: "{P} Let me know by Friday."',
    "I'm filling in a form for {W}. {P} Which section does that belong in?",
    'Turn these meeting notes into action items:\n- migration owner: {W}\n- {P}\n- next review in two weeks',
    'Reply to this chat message for me, briefly: "hey, quick one. {P} thx"',
    'Translate this note for {W} into French: {P}',
  ],
  generic: [
    'the support team',
    'my landlord',
    'our accounting department',
    'the new intern',
    'my manager',
    'the client',
    'the school office',
    'the night shift',
  ],
  addressing: ['Hi {A},', 'Thanks a lot, {A}!', 'Cheers,\n{A}', 'Morning {A}, quick question.', 'Sorry {A}, I missed your call.'],
  phrases: {
    PERSON: [
      '{A} will take over the ticket from Monday.',
      '{A} asked whether the invoice can be split.',
      'Best regards,\n{A}',
      'cc {A}',
      'Attendees: {A}, {B}',
      'The contract was signed by {A} yesterday.',
      'I spoke to {A} and {B} about it.',
    ],
    EMAIL: ['Send the draft to {A} when it is ready.', 'My e-mail is {A}.', 'Reply-To: {A}'],
    EMAIL_SPOKEN: ['you can write to me at {A}'],
    PHONE: ['Call me on {A} if anything is unclear.', 'Mobile: {A}', 'My number changed, it is now {A}.'],
    PHONE_WORDS: ['my number is {A}, call after six', 'Please call back on {A}.'],
    PHONE_SPACED: ['Phone (as read out): {A}', 'ring me at {A}'],
    ADDRESS: ['Please ship it to {A}.', 'My new address is {A}.', 'Billing address: {A}'],
    DATE_OF_BIRTH: ['I was born on {A}.', 'DOB: {A}', 'Date of birth: {A}'],
    CREDIT_CARD: ['Charge it to my card {A}, expiry 09/28.', 'Card number: {A}'],
    IBAN: ['Please transfer the refund to {A}.', 'IBAN: {A}'],
    BANK_NATIONAL: ['sort code {A}, account number {B}', 'Pay into sort code {A}, account {B}.'],
    BANK_US: ['Routing number {A}, account number {B}.', 'ABA {A} / account {B}'],
    NATIONAL_ID: ['My National Insurance number is {A}.', 'NHS number: {A}'],
    SSN: ['My SSN is {A}.', 'Social Security number: {A}'],
    PASSPORT: ['My passport number is {A}.', 'Passport no. {A}, issued 2021.'],
    DRIVER_LICENSE: ['Driving licence number: {A}', "My driver's license number is {A}."],
    IP_ADDRESS: ['The requests all come from {A}.', 'My home IP is {A}, please whitelist it.'],
    API_KEY: ['Here is the key I use: {A}', 'export API_TOKEN={A}'],
    PASSWORD: ['My password is {A} and it stopped working.', 'The admin password is {A}, please change it after login.'],
    PASSPHRASE: ['the wifi passphrase is {A}', 'My password is {A} (four words, as IT told us).'],
    CONNECTION_STRING: ['DATABASE_URL={A}', 'It connects with {A} and then times out.'],
  },
  neutral: [
    'Keep it under 150 words.',
    'Thanks in advance!',
    'It should sound professional but not stiff.',
    'We already restarted the server twice.',
    'No rush, end of next week is fine.',
    'Use British spelling, please.',
    'The team agreed on this in the last retro.',
  ],
  hardNegatives: [
    'Mark the ticket as resolved once the build passes. Will the release still go out on {D}?',
    'Order {O} was shipped on {D}; can you write a short delay notice for the customer?',
    'In the template, keep password: [db_password] and api_key: ${API_KEY} as they are, they are filled in at deploy time.',
    'The README says to replace <your-token> with your own token; the sample output shows ******** where the password goes.',
    "Explain Newton's laws of motion to a twelve-year-old.",
    'Marie Curie was born in Warsaw in 1867 and won two Nobel Prizes. Summarise her work in three bullet points.',
    'Write a short scene where Sherlock Holmes and Dr Watson argue about a train timetable.',
    'We moved from Jenkins to GitHub Actions and from Oracle to PostgreSQL last year. Was that a good idea?',
    'Compare Ford, Ferrari and Porsche by revenue in {Y}.',
    'Upgrading from version {V} fixed the crash, but the memory use went up by {Q} MB.',
    'The server has {Q} GB of RAM and serves about {Q} requests per second at peak.',
    'Our office moved to Rotterdam; the warehouse stays near Lyon. Update the footer text.',
    'To reset your password, click "Forgot password" on the login page; the link expires after 24 hours.',
    'Commit {H} introduced the regression; the failing request had id {U}.',
    'For testing, the docs use the card 4242 4242 4242 4242 and the key AKIAIOSFODNN7EXAMPLE.',
    'The firewall example allows 192.0.2.10 and 10.0.0.0/8 and binds the admin UI to 127.0.0.1.',
    '```python\ntotal = 0\nfor price in prices:\n    total += price * 1.19\nprint(round(total, 2))\n```\nWhy is the total off by a cent?',
    'The design review is on {D} at 14:30 in room 3.12.',
    'The invoice reference {F} appears twice in the export, how do I deduplicate it?',
    'Queen Victoria reigned for 63 years. Write a quiz question about her reign.',
    'Set MAX_CONNECTIONS=200 and POOL_TIMEOUT=30 in the .env file, then restart.',
  ],
  words: [
    'copper',
    'lantern',
    'orbit',
    'mosaic',
    'walnut',
    'glacier',
    'pepper',
    'harbor',
    'velvet',
    'thistle',
    'canyon',
    'pebble',
    'falcon',
    'saddle',
    'meadow',
    'ribbon',
    'socket',
    'tundra',
    'violet',
    'quarry',
    'ember',
    'anchor',
    'biscuit',
    'cobalt',
  ],
  digitWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  countries: ['GB', 'US', 'GB', 'US'],
  address(rng) {
    const base = rng.pick(STREET_BASES);
    if (rng.chance(0.5)) {
      const [town, area] = rng.pick(UK_TOWNS);
      const postcode = `${area}${rng.int(1, 19)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const flat = rng.chance(0.2) ? `Flat ${rng.int(1, 12)}, ` : '';
      return `${flat}${rng.int(1, 240)} ${base} ${rng.pick(UK_TYPES)}, ${town} ${postcode}`;
    }
    const [town, state] = rng.pick(US_TOWNS);
    const unit = rng.chance(0.2) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'B'])}` : '';
    return `${rng.int(10, 9899)} ${base} ${rng.pick(US_TYPES)}${unit}, ${town}, ${state} ${rng.digits(5)}`;
  },
  phone(rng) {
    if (rng.chance(0.5)) return rng.pick(['+44 7', '07']) + rng.int(400, 999) + ' ' + rng.digits(6);
    const area = String(rng.int(201, 989));
    return rng.pick([
      `(${area}) ${rng.int(200, 999)}-${rng.digits(4)}`,
      `+1 ${area} ${rng.int(200, 999)} ${rng.digits(4)}`,
      `${area}-${rng.int(200, 999)}-${rng.digits(4)}`,
    ]);
  },
  date(rng, d) {
    const m = en.months[d.month - 1]!;
    return rng.pick([
      `${d.day} ${m} ${d.year}`,
      `${m} ${d.day}, ${d.year}`,
      `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      `${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}/${d.year}`,
    ]);
  },
  nationalId: (rng) => (rng.chance(0.6) ? nino(rng) : nhs(rng)),
  bankNational: (rng) => [grouped(rng.digits(6), [2, 2, 2], rng.pick(['-', '-', ' '])), rng.digits(8)],
};
