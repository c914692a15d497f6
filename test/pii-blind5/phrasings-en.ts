// English phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const EN: Phrasings = {
  pos: [
    `Voicemail transcript (auto-generated, 0:41)
"Hi, it's {{G1}} from the flat upstairs, uh, {{F1}}. I think your washing machine is leaking through our ceiling again. Can you ring me back on {{PHONEW}}? Or text, whatever. Thanks, bye."
Summarise this for the building manager in two lines.`,
    `Dear {{W1}},

Following my inspection on {{DATE}}, I must remind you that under clause 7 of your tenancy agreement for {{ADDR}} the upkeep of the rear garden is your responsibility. The deposit of {{AMOUNT}} remains protected under scheme reference {{ORDER}}.

Yours sincerely,
{{F2}}
Landlord`,
    `INCIDENT REPORT, ref {{ORDER}}
Reporting officer: PC {{S2}}
Complainant: {{U1}} (DOB {{DOB}}), of {{ADDR}}
Summary: complainant states that on {{DATE}} at approx. {{TIME}} a bicycle was removed from the communal store. A neighbour, {{W3}}, saw a man in a grey hoodie leave by the side gate. Contact number given: {{PHONE}}.`,
    `Seating plan v3, table 6
- {{F1}} (bride's cousin, vegetarian)
- {{F2}} + {{G3}}
- {{K3}}'s two kids, no nuts!!
Can you turn this into a tidy table and flag anyone with dietary needs?`,
    `shirt,name,position,dob,emergency_contact
7,"{{R1}}",winger,{{DOBK1}},{{PHONE}}
11,"{{R2}}",striker,{{DOBK2}},{{PHONE}}
4,"{{R3}}",centre back,{{DOBK3}},{{PHONE}}
Sort this by position and tell me which under-12s still need a kit size.`,
    `Riverside U14 3-1 Hollins Park
{{W1}} opened the scoring after nine minutes and then set up {{F2}} for the second. Captain {{K3}} sealed it from the spot late on. Player of the match: {{S2}}. Match fees to the club account by Friday please!`,
    `Referral
To: Dermatology outpatients
Re: {{A1}}, DOB {{DOB}}, NHS no. {{NHS}}
Address: {{ADDR}}
Dear colleague, I would be grateful if you could see this {{f1}}lady, who reports a pigmented lesion on her left shoulder that has changed in shape over three months. No family history.
Kind regards,
Dr {{S2}}`,
    `Year 11 mock results, maths set 2
{{n1}}   B
{{n2}}   A*
{{n3}}   C (resit booked for {{DATE}})
Draft a short, encouraging note to each student's parents.`,
    `FOR SALE: two-bed terrace, {{ADDR}}. Gas central heating, south-facing garden, no onward chain. Viewings strictly by appointment with {{F1}} on {{PHONE}} or {{E1}}.`,
    `help me make this less cringe: "hey i'm {{g1}}, 29, product designer, grew up in kaohsiung, now in leeds. dumplings > pizza. beat me at badminton and i'll cook. insta: {{H1}}"`,
    `To whom it may concern,

It is my pleasure to recommend {{W1}} for the MSc in Data Science. I supervised {{m1}}his final-year project on flood forecasting, and {{G1}} was among the most independent students I have taught in ten years. Should you need anything further, I can be reached at {{E2}}.

{{I2}}
Senior Lecturer`,
    `{"employee": "{{W1}}", "trip": "Frankfurt trade fair", "items": [{"date": "{{DATE}}", "desc": "hotel, 3 nights", "amount": "{{AMOUNT}}"}, {"desc": "taxi", "amount": "{{AMOUNT}}"}], "reimburse_to": "{{IBAN}}", "approver": "{{E2}}"}
Check whether the items add up and what's missing for approval.`,
    `CRM > Accounts > Jadebridge Trading > Notes
{{DATE}}: call with {{F1}} (procurement). {{f1}}She is unhappy with our lead times and wants the revised quote sent to {{E1}}, cc her assistant {{W2}}. Direct line {{PHONE}}. Next step: {{G2}} to confirm delivery slots.`,
    `Ticket {{ORDER}} | priority: high
From: {{E1}}
Subject: charged twice
I was charged twice for the annual plan on {{DATE}}. I paid with {{CARD}}, exp 09/28. Please refund one of them. {{G1}}`,
    `#ops-oncall
{{H1}}: reporting replica is refusing connections again
{{H2}}: which host?
{{H1}}: {{IP}}
{{H2}}: rotated the creds. new string is in the vault but for now: {{CONN}}
{{H1}}: thanks {{G2}} 🙏`,
    `INSERT INTO customers (id, full_name, email, phone, birth_date) VALUES
  (1042, '{{F1}}', '{{E1}}', '{{PHONE}}', '{{DOBI1}}'),
  (1043, '{{F2}}', '{{E2}}', '{{PHONEX}}', '{{DOBI2}}');
-- why does this fail with a duplicate key error on the second row?`,
    `# deploy/values-prod.yaml
service:
  name: invoice-worker
  replicas: 3
smtp:
  host: smtp.beltway-freight.co.uk
  user: billing
  password: {{PWD}}
owner: {{E1}}
The worker crashes on start with this config, any idea?`,
    `# .env.production (do not commit)
APP_ENV=production
DATABASE_URL={{CONN}}
INTEGRATION_TOKEN={{KEY}}
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
convert this into an environment block for docker-compose`,
    `2025-03-04T09:12:44Z INFO  auth: login ok user={{E1}} ip={{IP}}
2025-03-04T09:12:51Z WARN  auth: 3 failed attempts user={{E2}} ip={{IP}}
2025-03-04T09:13:02Z INFO  session: created sid={{UUID}}
Why would the second account be locked out after three attempts?`,
    `Traceback (most recent call last):
  File "/srv/app/billing/export.py", line 88, in export_row
    writer.writerow([c.name, c.iban, c.email])
ValueError: rejected IBAN for customer {{F1}}: '{{IBAN}}' (contact {{E1}})
The IBAN looks fine to me. What is the validator doing wrong?`,
    `commit {{SHA}}
Author: {{W1}} <{{E1}}>
Date:   {{DATE}}

    fix(kyc): stop logging full passport numbers

    The debug log printed e.g. passport {{PASSPORT}} in clear text.
    Reviewed-by: {{W2}}`,
    `Review on tests/fixtures/users.json, line 12:
> "name": "{{W1}}", "ssn": "{{SSN}}"
{{G2}}: please don't put real-looking SSNs in fixtures. And is {{W1}} an actual customer? If so this has to be purged from the history too.`,
    `BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Check-out inspection
DTSTART:20250618T100000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT
END:VCALENDAR`,
    `BEGIN:VCARD
VERSION:3.0
N:{{S1}};{{G1}};;;
FN:{{W1}}
ORG:Formosa Microtech
TEL;TYPE=CELL:{{PHONEX}}
EMAIL:{{E1}}
BDAY:{{DOBI}}
END:VCARD
import this into my contacts`,
    `Return-Path: <{{E1}}>
Received: from mail.kesselhaus-energie.de ({{IP}})
From: "{{W1}}" <{{E1}}>
To: {{E2}}
Subject: Re: VPN access
Message-ID: <{{UUID}}@kesselhaus-energie.de>

Is this message spoofed? The Received line looks off to me.`,
    `---------- Forwarded message ---------
From: {{F1}} <{{E1}}>
Date: {{DATE}}
Subject: new bank details

Hi {{G2}}, from now on please pay my invoices into my new account: sort code {{SORT}}, account {{UKACC}}. Thanks, {{G1}}

---
This smells like invoice fraud. Draft a reply asking {{G1}} to confirm by phone.`,
    `A P P L I C A T I O N   F O R M   (scanned)
Surname: {{S1}}         Given name(s): {{G1}}
D a t e  o f  b i r t h :  {{DOB}}
Passport  No.: {{PASSHOME}}
N I   number:  {{NINO}}
Address: {{ADDRL}}
Tidy up the OCR spacing and fill in the CSV columns.`,
    `Translate into Chinese for my mum: "Dear Ms {{S1}}, we are delighted to tell you that your son {{G2}} has been selected for the county swimming squad. Training starts on {{DATE}}." {{f1}}{{m2}}{{l2}}`,
    `Found at platform 3: a wallet with a driving licence ({{DL}}) in the name of {{A1}} and a debit card {{CARD}}. Owner contacted on {{PHONE}} and collecting tomorrow.`,
    `Payee: {{W1}}
SSN: {{SSN}}
Bank: routing {{ROUT}}, account {{USACC}}
Can you double-check the format before I submit the W-9?`,
    `hey, for the payroll form: my SIN is {{SIN}} and date of birth {{DOB}}. shout if you need anything else. {{T1}}`,
    `The wifi at the cottage is "SeaView" and the password is {{PWD}}. No, I am not changing it. Love, {{G1}}`,
    `If anything happens to me: the master passphrase for the password manager is {{PHRASE}}. {{G2}} knows where the paper copy is.`,
    `The API keeps answering 403. This is the header from devtools:
Authorization: Bearer {{JWT}}
What's wrong with the token?`,
    `ssh says "invalid format" for this key, what did I break?
{{PKEY}}`,
    `Tenant reference: {{W1}}, PPS {{PPS}}, employed by Jadebridge Trading since {{DATE}}. Deposit refunds go to {{IBAN}}. I am happy to recommend {{G1}}; questions to me at {{O2}}.
{{F2}}, previous landlord`,
    `Born {{DOBO}} in Tainan, {{F1}}{{m1}} came to Liverpool in 1968 and ran the chip shop on the corner for forty years. {{k2}}{{f2}}Daughter {{W2}} says the funeral will be small. Donations to the hospice, please.`,
    `The clinic called back. {{G1}}'s date of birth is {{DOB}} on their system, not the one on the insurance form. Can you fix it and resend the claim? Contact {{S1}} directly on {{PHONES}} if needed.`,
    `Hi there, I'm {{W1}}, the new treasurer of the badminton club. The club's account is sort code {{SORT}} account {{UKACC}}; membership is {{AMOUNT}} for the season. Questions to {{O1}}.`,
    `Pre-arrival form, Harbour View Hotel
Guest: {{F1}}
Passport: {{PASSPORT}}
Card on file: {{CARD}} (exp 11/27)
Arrival: {{DATE}}, late check-in
Is the booking for {{G1}} complete, or is anything missing?`,
    `Car hire counter notes: main driver {{W1}}, licence {{DL1}}, born {{DOB}}; deposit pre-authorised on {{CARD}}. Additional driver {{W2}}, licence {{DL2}}.`,
    `Invitation letter for a Schengen visa

I, {{W1}}, residing at {{ADDR}}, invite my mother{{f2}}{{l2}} {{W2}} (ID card no. {{HOMEID2}}, passport {{PASSHOME2}}) to stay with me for four weeks from {{DATE}}. I will cover all her costs.
Signed, {{F1}}`,
    `Tax checklist for {{W1}}: SSN {{SSN}}; spouse {{W2}}, SSN {{SSN}}; dependent mother {{W3}}, ITIN {{ITIN}}. Anything else the preparer will ask for?`,
    `{{G1}} from the choir asked me to simplify this paragraph of the engraving manual before Thursday: "{{C}} {{C}}" Please send the result to {{E1}} as well.`,
    `Lesson notes for {{W1}} ({{DATE}}), to be emailed to {{O1}}:
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Summarise the plot of Mulan (1998) in three sentences for a Year 5 class.`,
    `Who was Sun Yat-sen, and why does his portrait appear on Taiwanese banknotes?`,
    `Compare Deng Xiaoping's Southern Tour of 1992 with the reforms that began in 1978.`,
    `Write a short product description for a pair of Li-Ning running shoes, in a playful tone.`,
    `Copy .env.example to .env and set STRIPE_SECRET_KEY=<your-secret-key> and DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB before running npm start.`,
    `In the sandbox, use {{TESTCARD}} with any future expiry date and any CVC; the payment should succeed.`,
    `The import rejected row 12 because the card number {{NOCARD}} fails the checksum. Is the validator right to reject it?`,
    `Our payment form says {{NOIBAN}} is not a valid IBAN. Explain step by step how the check digits are computed, using that string.`,
    `Where is parcel {{ORDER}}? The tracking page said it would arrive on {{DATE}}.`,
    `After upgrading to {{VER}}, the build at commit {{SHA}} fails with "Cannot find module './locale'". What changed?`,
    `Is this safe to run in production?
DELETE FROM sessions WHERE id = '{{UUID}}';`,
    `Add a firewall rule that allows {{DOCIP}} on port 443 and denies everything else from {{CIDR}}.`,
    `The lease starts on {{DATEA}} and the first rent review is due on {{DATEB}}. How many months apart is that?`,
    `Explain the difference between Kafka Streams, Flink and Spark Structured Streaming for a non-technical director.`,
    `In Dutch, "wang" means cheek and "mei" is the month of May; in French "lin" is linen. Write a ten-question quiz about false friends like these.`,
    `Write a crossover scene in which Sherlock Holmes meets Judge Dee in Tang-dynasty Chang'an.`,
    `Plan a four-day trip: Taipei, Jiufen, Hualien and the Taroko Gorge, travelling by train.`,
    `Is Nanjing Road or Huaihai Road better for shopping on a rainy Sunday?`,
    `Write a 200-word history of Ferrero and of Philips for a trade magazine, focusing on their first factories.`,
    `Summarise Lu Xun's "A Madman's Diary" and explain its place in the May Fourth Movement.`,
    `Give me a timeline of Zheng He's seven voyages between 1405 and 1433.`,
    `2025-01-12 03:14:07 ERROR worker-7 job {{UUID}} timed out after 30s (queue=billing, attempt 3/5)
Why would only attempt 3 time out?`,
    `Analyse move 78 of game 4 between AlphaGo and Lee Sedol in 2016. Why was it called the "hand of God"?`,
    `Split {{AMOUNT}} between three people and add a 12% service charge.`,
    `Invoice {{ORDER}} for {{AMOUNT}} is overdue since {{DATE}}. Write a polite reminder from the accounts team.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Explain what each field is for and which ones must never be committed.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
Which orders are over budget?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Summarise what changed in this release.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
What does this exception mean?`,
  ],
  neg: [
    `{{C}}`,
    `Rephrase this for a complete beginner: {{C}}`,
    `Translate into French: {{C}} {{C}}`,
    `Is this sentence grammatical? "{{C}}"`,
    `Summarise in one line:

{{C}}
{{C}}
{{C}}`,
    `Turn these notes into bullet points:
{{C}}
{{C}}`,
    `What's a good name for a sourdough starter?`,
    `Convert 3.5 cups of flour to grams, please.`,
    `Write a haiku about the first frost of the year.`,
    `Explain this to a ten-year-old: {{C}}`,
    `Shopping list: oat milk, leeks, two lemons, rice vinegar, firm tofu. Sort it by supermarket aisle.`,
    `Give me three variations of this sentence: {{C}}`,
    `Quiz question from the manual. True or false? {{C}}`,
  ],
};
