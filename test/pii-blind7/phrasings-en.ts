// English phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const EN: Phrasings = {
  pos: [
    `Rx — Hollins Lane Pharmacy
Patient: {{U1}}   DOB {{DOB1}}
Amlodipine 5 mg, one tablet each morning, 28 days. Repeats: 2
Prescriber: Dr {{S2}}
Collected by {{G3}} (daughter) — ID checked`,
    `Re: deposit for Flat 3

Dear {{F1}},

I still have not received the £850 deposit back. The checkout report lists one scuffed skirting board and nothing else. Please return it to the account below within 14 days or I will raise it with the deposit scheme.

Sort code {{SORT2}}, account {{UKACC2}}

Regards,
{{F2}}`,
    `FOUND: small brown wallet on the 42 bus this morning. Has a library card in the name of {{n1}}. if it's yours text me on {{PHONE2}} and describe the keyring`,
    `Saturday food-bank rota
08:30 unloading — {{g1}}, {{g2}}
10:00 sorting tins — {{I3}}
12:00 close-up — whoever is left 🙂
Keys are with {{G1}} this week.`,
    `EXAM HALL B — SEATING PLAN (Chemistry paper 2)
Row A: {{R1}} | {{R2}} | empty
Row B: {{R3}} | reserved (extra time)
Invigilator on the door: {{C}}`,
    `BOARDING PASS
{{A1}}
FROM MAN TO TAS   FLIGHT HY {{NUM}}{{NUM}}   SEAT 14C
Passport {{PASSHOME1}}   Gate closes {{TIME}}`,
    `HELLO my name is
{{G1}}
{{F1}} · Platform team
{{E1}}`,
    `Onboarding checklist — new starter
[x] Contract signed ({{F1}})
[x] National Insurance number: {{NINO1}}
[ ] Bank details: {{IBAN1}}
[ ] Laptop handed over by {{T2}}
Start date: {{DATE}}`,
    `[14:02] Agent: Thanks for waiting. Can I confirm the card you used?
[14:02] Customer: yes it's {{CARD1}}
[14:03] Agent: And the name on the account?
[14:03] Customer: {{n1}}
[14:04] Agent: Lovely, the refund is on its way.`,
    `Bug: CSV export drops the last row
Steps: export any report with > 500 rows
Log:
2025-03-11T09:14:22Z INFO export started user={{H1}} ip={{IP1}}
2025-03-11T09:14:25Z WARN truncated at row 500
Assigned: {{F2}}`,
    `$ git blame -L 40,43 app/billing.py
{{SHA}} ({{F1}} 2024-11-02 14:20:11 +0000 40)     retries = 3
{{SHA}} ({{F1}} 2024-11-02 14:20:11 +0000 41)     backoff = 2.5
{{SHA}} ({{F2}} 2025-01-17 09:03:55 +0000 42)     api_key = "{{KEY}}"
{{SHA}} ({{F2}} 2025-01-17 09:03:55 +0000 43)     client = Client(api_key)`,
    `apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  annotations:
    owner: "{{E1}}"
stringData:
  DATABASE_URL: "{{CONN}}"`,
    `INSERT INTO members (id, name, email, phone, born) VALUES
({{NUM}}, '{{F1}}', '{{E1}}', '{{PHONE1}}', '{{DOBI1}}');`,
    `name	team	mobile	shirt
{{F1}}	U14 girls	{{PHONE1}}	M
{{F2}}	U14 girls	{{PHONE2}}	S`,
    `voice note transcript: "hi it's {{g1}}, um, can you call me back on {{PHONEW1}}, it's about the van, thanks"`,
    `ST CUTHBERT'S PARISH NEWSLETTER
Congratulations to {{F1}} and {{F2}}, who were married here on Saturday. Thanks also to {{I3}} for the flowers — the church has never looked so bright.`,
    `Harriers 10k — results
1. {{F1}} 34:12
2. {{K2}} 34:40
3. {{F3}} 35:02 (first V40)`,
    `{{A1}} passed away peacefully on {{DATE}}, aged 81, beloved husband of {{f2}}{{G2}}. Funeral at St Mary's; family flowers only, donations to the hospice.`,
    `VEHICLE RENTAL AGREEMENT
Hirer: {{R1}}
Date of birth: {{DOB1}}
Licence no.: {{DL1}}
Address: {{ADDRL}}
Additional driver: {{F2}}`,
    `Can you turn this into a polite email to my landlord? "{{G1}} here from number 9, the boiler is broken again, my number is {{PHONES1}}, please send someone before the weekend."`,
    `Please summarise this for the committee: {{C}} Contact for the workshop is {{F1}} ({{O1}}).`,
    `Hey {{G1}}, the wifi password for the studio changed, it's now {{PWD}} — don't post it in the group chat please`,
    `Need a reference letter drafted. Employee: {{F1}}, SSN {{SSN1}}, worked with us 2019–2024 as a warehouse lead. Keep it short.`,
    `Tenant: {{P1}}
Nationality: {{NAT1}}
ID no.: {{HOMEID1}}
Home phone: {{PHONEH1}}
Previous address:
{{ADDRHL1}}`,
    `deploy notes — rotate these after the demo
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
(ask {{g1}} if the bucket policy breaks)`,
    `Repeat prescription request for my mum, {{f1}}{{F1}}, NHS number {{NHS1}}. She's at {{ADDR}} and can't get to the surgery.`,
    `US payroll change: {{F1}}, routing {{ROUT1}}, account {{USACC1}}, effective next cycle.`,
    `W-4 on file for {{F1}} (SSN {{SSN1}}) is from 2019; HR asked {{G1}} to resubmit before {{DATE}}.`,
  ],
  hard: [
    `Kwame Nkrumah led the Gold Coast to independence in 1957, and Ghana became the first sub-Saharan colony to do so. Kofi Annan later served two terms as UN Secretary-General.`,
    `Alisher Navoiy wrote in Chagatai rather than Persian, and Tashkent's opera house and a metro station carry his name.`,
    `Goce Delchev Boulevard runs along the river in Skopje; the revolutionary himself was born in Kukush in 1872.`,
    `Bedtime story idea: Ananse the spider tricks the sky god into giving him all the stories in the world. Keep it under 300 words.`,
    `Ingredients for the stall: Cadbury buttons, Heinz beans, two packs of Kellogg's. Total {{AMOUNT}}.`,
    `Stripe's documentation uses {{TESTCARD}} for successful test payments; never put a real card in the sandbox (ticket {{ORDER}}).`,
    `The reference {{NOCARD}} on your receipt is not a card number, it's the till transaction id.`,
    `Your parcel {{ORDER}} left the depot on {{DATE}} and should arrive within two working days.`,
    `Example only: IBAN {{NOIBAN}} — this fails the checksum, so the form should reject it.`,
    `Release {{VER}} fixes the crash on start-up (commit {{SHA}}). Request id {{UUID}}.`,
    `Firewall rule: allow 443 from {{DOCIP}}, deny the rest of {{CIDR}}.`,
    `Set API_KEY=YOUR_API_KEY in .env, and replace <token> with the value from the dashboard.`,
    `The library closes early on {{DATE}} for the staff training day.`,
    `Will the rose bushes survive a frost? Asking for the allotment on Victoria Road.`,
    `Ghana beat Nigeria 2–1 in Accra; Asamoah Gyan's record as the country's top scorer still stands.`,
    `Islom Karimov ruled Uzbekistan from independence until 2016; Samarkand's Registan square draws most of the visitors.`,
  ],
  neg: [
    `{{C}}`,
    `Can you make this clearer for a beginner? {{C}}`,
    `Translate into plain English please: {{C}} {{C}}`,
    `Reminder: bins go out on {{DATE}}, and the hall is booked from {{TIME}}.`,
    `Notes from the help pages: {{C}}`,
  ],
};
