// English phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const EN: Phrasings = {
  pos: [
    `END OF TERM REPORT — Year 5, Hazel class
Pupil: {{U1}}
Date of birth: {{DOBK1}}
English: Working at the expected standard. {{G1}} reads aloud with real expression and has started to enjoy longer chapter books.
Maths: Secure with times tables; needs to show working.
Attendance: 96.4%
Class teacher: Mrs {{f2}}{{S2}}`,
    `IN THE COUNTY COURT AT LEEDS
Claim no. {{ORDER}}
To: {{A1}}
of {{ADDRL}}
You are summoned to attend a hearing on {{DATE}} at {{TIME}}. If you do not attend, the court may make an order in your absence.`,
    `can u check this before i send it to the group

hey all!! {{g1}} here from no. 14. someone left a blue bike against our gate since tuesday, if it's yours pls grab it 🙏 also {{g2}} says the recycling is tomorrow not thursday this week`,
    `Bug #{{NUM}} — login loop on Safari
Reported by {{H1}}
> Steps: open /account, enter creds, get bounced back to /login
Comment from {{F2}}: reproduced on my machine, the session cookie is being set for the wrong domain. Assigning to {{f3}}{{G3}} since she touched the middleware last.`,
    `Hotel registration card
Surname: {{S1}}    First name(s): {{G1}}
Nationality: {{NAT1}}
Passport no.: {{PASSHOME1}}
Home address: {{ADDRH1}}
Arrival {{DATE}}, room {{NUM}}
Signature: ______`,
    `Please proofread my cover letter:

"Dear hiring team, my name is {{F1}} and I am applying for the junior logistics coordinator role. I spent two summers at a freight forwarder in Piraeus and I speak Greek, English and some German. I can be reached at {{E1}} or {{PHONE}}."`,
    `Thank you so much for last night. {{f1}}{{G1}}, you held that room together — and to {{G2}}, who kept the kids out of the cake until the speeches were done. When {{G1}} first brought {{G3}} home we all knew within ten minutes. Raise your glasses!
(can you make this wedding toast a bit funnier without being mean?)`,
    `CAST LIST — "The Cherry Orchard", spring production
Ranevskaya ........ {{F1}}
Lopakhin .......... {{F2}}
Trofimov .......... {{F3}}
Rehearsals Tue/Thu from {{TIME}}. Anyone who can't make the tech run on {{DATE}} tell {{G2}} directly.`,
    `I was so sorry to hear about your father. {{m1}}{{P1}} was the kindest man on our street and he taught half of us to play backgammon. Thinking of you and your mum. — {{F2}}`,
    `Babysitting notes for Saturday
- {{G1}} ({{DOBK1}}) goes down at 7:30, two stories max
- allergic to kiwi!!
- if anything happens ring me on {{PHONE}} or {{G2}}'s mum next door
- wifi password is {{PWD}}`,
    `Customer review ★★★★★
"Had my tyres changed in under an hour. {{T1}} at the front desk sorted out the booking mess and {{G2}} showed me the worn brake pad without any hard sell. Will be back."`,
    `Family tree notes (for cousin {{G3}}):
{{m1}}{{P1}}, born in Kutaisi {{DOBO1}}, emigrated 1994
married {{f2}}{{F2}} in Tbilisi — her mother was a {{S3}}
Can you turn this into a short paragraph for the reunion booklet?`,
    `Insurance claim — water damage
Policyholder: {{R1}}
Policy number: {{ORDER}}
Property: {{ADDR}}
Bank details for settlement: sort code {{SORT}}, account {{UKACC}}
Contact: {{E1}}`,
    `Gym membership — note on file
Member {{f1}}{{N1}} asked to freeze membership for three months (knee surgery). Card on file {{CARD}} should not be charged from {{DATE}}. Spoke to her on {{PHONE}}.`,
    `SHIPPING MANIFEST  vessel ref {{ORDER}}
consignee: {{A1}}, {{ADDRH1}}
notify party: {{F2}} ({{E2}})
contents: household goods, 14 cartons
declared value {{AMOUNT}}`,
    `Self Assessment — notes for my accountant
Name: {{F1}}
NI number: {{NINO}}
UTR on last year's return. Rental income from {{ADDR}}: {{AMOUNT}}. Can you tell me which boxes these go in?`,
    `{{K1}} — CV
Email {{E1}} · Mobile {{PHONE}} · Born {{DOB1}}
2019–now  Warehouse supervisor, Oakfield Distribution
2015–2019  Forklift operator
Languages: Armenian (native), Russian, English (C1)
Please rewrite this so it fits one page.`,
    `From: {{E1}}
To: {{E2}}
Subject: keys

{{G2}}, I've left the spare keys with {{F3}} at number 9. Code for the side gate is the same as before. Talk soon, {{G1}}`,
    `Summarise this voicemail for me: "Hi, this is {{F1}} calling from the dental practice, just reminding {{F2}} about the appointment on {{DATE}}. If you need to cancel call us on {{PHONEW}}. Thanks."`,
    `deploy notes:
export STRIPE_KEY={{KEY}}
export DATABASE_URL={{CONN}}
# owner: {{H1}}`,
    `Translate into Greek for my grandmother please: "{{G1}} and I will land on Friday. We are staying with {{F2}} at {{ADDR}} — you can call us there on {{PHONE}}."`,
    `Passenger: {{U1}} / DOB {{DOBI1}} / passport {{PASSHOME1}}
Seat 23F. Special meal requested.`,
    `OK so I'm paying {{F1}} back for the concert tickets, can you check I've got the IBAN right before I hit send? {{IBAN}} — name on the account is {{A1}}.`,
    `Hey {{G1}}, the SSH key for the staging box is below, please don't paste it in Slack again:
{{PKEY}}`,
    `Reference for {{f1}}{{F1}}

I have known {{G1}} for four years as her line manager. She is reliable, calm under pressure and good with difficult customers. I recommend her without reservation.

{{F2}}
{{E2}}`,
    `Driver details for the hire car:
Main driver {{F1}}, licence {{DL1}}, born {{DOB1}}
Additional driver {{F2}}`,
    `firewall log — blocked repeated SSH attempts from {{IP}} against the box {{G1}} set up. Also saw logins for user {{f2}}{{H2}} from {{IP}} at {{TIME}}. Is that normal for her?`,
    `PTA group chat
{{F1}}: who's doing the cake stall?
{{F2}}: me and {{G3}}
{{F1}}: legends 🙌 can someone send {{G3}}'s number to the new parent, it's {{PHONES}}`,
    `I need to fill in this bit of the tax form: "Full name: {{P1}}. Date of birth: {{DOB1}}. National Insurance number: {{NINO}}." Is the middle name supposed to be my father's name?`,
    `Dear Mr {{m1}}{{S1}},
Your passport application ({{PASSPORT}}) has been received. Please send a countersigned photo to the address on the form.
{{F2}}, HM Passport Office`,
    `AWS creds for the backup job (rotate after the audit, {{G1}}):
aws_access_key_id = {{AWSID}}
aws_secret_access_key = {{AWSKEY}}`,
    `Can you help me write a message to {{f1}}{{G1}}? She's my Georgian tutor, we meet Wednesdays, and I want to say thank you and ask whether she'd also teach my colleague {{F2}}.`,
    `Lost and found: a brown wallet handed in at reception contains a bank card in the name of {{A1}} and a note with {{PHONE}}. Please call if it's yours.`,
    `PAYROLL CHANGE
Employee: {{R1}}
New account — routing {{ROUT}}, account {{USACC}}
SSN {{SSN}}
Approved by {{I2}}`,
    `why does the checkout keep rejecting {{CARD}}? expiry is fine and the billing postcode matches`,
    `nginx access log, can you spot the scraper?
{{IP}} - - "GET /api/v2/items?page=1" 200
{{IP}} - - "GET /api/v2/items?page=2" 200
{{DOCIP}} - - "GET /health" 200`,
    `Landlord wants the deposit returned to sort code {{SORT}}, account {{UKACC}} — is that enough for a UK transfer?`,
    `Customs asked for the SSN on the W-8 form again: {{SSN}}. Do I write it with dashes?`,
    `VPN config for the new laptop: endpoint {{IP}}, pre-shared key {{PWD}}. Write me the WireGuard file.`,
    `GP registration — new patient
Name: {{P1}}
DOB: {{DOB1}}
NHS number (if known): {{NHS}}
Previous address abroad: {{ADDRH1}}
Home-country ID: {{HOMEID1}}`,
    `hi, can you explain this Revenue letter in plain words? it's addressed to {{A1}}, PPS number {{PPS}}, and says I owe a balancing statement by {{DATE}}`,
    `password manager migration: {{f1}}{{G1}}'s vault passphrase is "{{PHRASE}}" — she wants it changed after the move`,
  ],
  hard: [
    `Write three sentences on why Venizelos still matters to modern Greek politics.`,
    `The Rustaveli Theatre in Tbilisi reopened after its renovation; the avenue it stands on is named after the medieval poet Shota Rustaveli.`,
    `Quiz night, round 4: Which composer wrote the "Sabre Dance"? (Aram Khachaturian.) Which Armenian-French singer recorded "La Bohème"? (Charles Aznavour.)`,
    `Odysseus takes ten years to get home; Penelope weaves and unweaves the shroud. Summarise book 19 in plain English for a Year 9 class.`,
    `Our order {{ORDER}} from Korres still hasn't arrived — the tracking page just says "in transit" since {{DATE}}.`,
    `Test payments only: use {{TESTCARD}} with an expiry such as {{DATE}} and any CVC.`,
    `The card number on the scanned receipt is {{NOCARD}}, which fails the checksum, so it is probably an OCR error.`,
    `Example IBAN from the migration guide: {{NOIBAN}} (deliberately invalid, do not use).`,
    `Release {{VER}} fixes the crash when importing calendars; commit {{SHA}}.`,
    `Request id {{UUID}} took 4.2 s; the upstream at {{DOCIP}} timed out.`,
    `Allow the subnet {{CIDR}} in the security group and nothing else (change {{ORDER}}).`,
    `Set API_KEY=YOUR_API_KEY and DB_PASSWORD=<changeme> in .env before running the seed script.`,
    `Giannis Antetokounmpo was named Finals MVP after scoring 50 points in the deciding game.`,
    `Stalin was born in Gori; the museum there still draws coach tours, and the train carriage he used stands outside.`,
    `Mount Ararat is visible from Yerevan on clear days, although it lies across the border in Turkey.`,
    `Will you mark the invoice as paid? The rose bushes were delivered on {{DATE}} and the bill came to {{AMOUNT}}.`,
    `In "Zorba the Greek", Zorba teaches the narrator to dance on the beach. Who wrote the novel? (Nikos Kazantzakis.)`,
    `Replace [First name] [Last name] with the customer's name before sending the template.`,
    `Ferrero, Heineken and Peugeot all carry the surnames of their founders; name two more brands like that.`,
    `The meeting moved to {{DATE}} at {{TIME}}; room {{NUM}} on the second floor.`,
    `Maria Callas sang Norma more than eighty times; write a short programme note about her debut at La Scala.`,
    `Tracking {{ORDER}}: parcel left the depot, expected delivery {{DATE}}.`,
  ],
  neg: [
    `Can you explain this sentence more simply? "{{C}}"`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Translate into French: {{C}}`,
    `Is this sentence grammatical? {{C}}`,
    `Rewrite for a beginner: {{C}} Also: {{C}}`,
    `What does this mean in practice? {{C}}`,
    `From the help pages: "{{C}}" — I don't understand the second half.`,
    `Make a checklist from this: {{C}} {{C}}`,
    `Shorten to one line: {{C}}`,
  ],
};
