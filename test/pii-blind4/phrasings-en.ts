// English phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const EN: Phrasings = {
  pos: [
    `Can you make this sound less passive-aggressive before I send it?

{{G1}},

As I said on Tuesday, the invoices for the Leeds job still haven't been signed off. {{F2}} is waiting on them and so am I. Ring me on {{PHONE}} if that's easier.

Thanks`,
    `Minutes – facilities committee, {{DATE}}
Present: {{F1}} (chair), {{I2}}, {{F3}}
1. {{S1}} reported that the east stairwell lighting is fixed.
2. {{G2}} raised the parking permits again; action on {{S3}} to draft a policy by next meeting.
3. AOB: none.`,
    `{{f1}}Confidential – HR case note
Employee: {{U1}}
Date of birth: {{DOB}}
NI number: {{NINO}}
{{G1}} says her manager, {{F2}}, changed the rota twice without notice and refused leave for a hospital appointment. {{S2}} disputes this. Next step: mediation.`,
    `Dear Dr {{S1}},

I would be grateful if you could see {{F2}} (DOB {{DOB}}, NHS no. {{NHS}}), who has had intermittent chest pain on exertion for six weeks. ECG attached.

Kind regards,
{{F3}}`,
    `{{m1}}I need help writing a complaint to my landlord. He's called {{F1}} and he still hasn't returned my £950 deposit for the flat at {{ADDR}}. I moved out on {{DATE}}. His number is {{PHONE}} but he never picks up. Can you draft something firm but polite?`,
    `BOOKING CONFIRMATION
Lead passenger: {{R1}}
Passport: {{PASSPORT}}
Second traveller: {{F2}}
Contact: {{E1}} / {{PHONE}}
Outbound: Frankfurt – Seoul Incheon, {{DATE}}`,
    `[10:42] agent: Thanks for waiting! Can I take the full name on the account?
[10:43] customer: {{F1}}
[10:43] agent: And the date of birth, please?
[10:44] customer: {{DOB}}
[10:44] agent: Thanks {{G1}}. I can see two payments from the card ending 3318 – which one is wrong?`,
    `Why does this request fail schema validation?

{"customer": {"name": "{{F1}}", "email": "{{E1}}", "phone": "{{PHONE}}", "iban": "{{IBAN}}"}, "amount": 120.5, "currency": "EUR"}`,
    `deploy.yaml keeps failing lint, what's wrong with it?

service: invoicing
owner: {{n1}}
env:
  DATABASE_URL: {{CONN}}
  STRIPE_SECRET: {{KEY}}
replicas: 2`,
    `Please dedupe these rows and keep the newest one per person:
name,email,date_of_birth
{{F1}},{{E1}},{{DOBI}}
{{F2}},{{E2}},{{DOBI}}
{{W3}},{{E3}},{{DOBI}}`,
    `2025-03-02T11:04:55Z WARN auth: login failed user={{E1}} src={{IP}} attempts=5
2025-03-02T11:05:10Z INFO auth: password reset requested user={{E1}} src={{IP}}
2025-03-02T11:07:31Z INFO auth: login ok user={{E1}}
what does this pattern usually mean?`,
    `Traceback (most recent call last):
  File "/srv/app/billing.py", line 88, in charge
    gateway.charge(card="{{CARD}}", holder="{{A1}}")
PaymentError: do_not_honor

why is the card declined here but fine in the shop?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>
Date:   {{DATE}}

    Remove hard-coded API token

    The token {{KEY}} was committed by mistake in the previous change; it has been revoked.`,
    `{{f3}}{{g1}}: are we still on for friday
{{g2}}: yes!! bring {{G3}} if she's free
{{g1}}: she's in Busan till the 20th but I'll ask
{{g2}}: ok. my new number is {{PHONE}} btw`,
    `Can you explain what I did here? From my shell history:
  501  ssh deploy@{{IP}}
  502  export PGPASSWORD='{{PWD}}'
  503  psql -h db01 -U {{g1}} billing
  504  curl -H "Authorization: Bearer {{JWT}}" https://api.internal/v2/me`,
    `{{ADDRL}}

{{DATE}}

Dear {{F1}},

Following our inspection, we confirm that your tenancy deposit will be returned in full within ten working days.

Yours sincerely,
{{F2}}
Lettings Manager`,
    `FOR SALE: child's bike, 20 inch, barely used, £45. Collection from {{ADDR}}. Text {{G1}} on {{PHONE}}, evenings only please.`,
    `{{f1}}{{m2}}{{A1}}
Peacefully at home, aged 88. Born {{DOBO}} in Mokpo, beloved wife of the late {{F2}}, mother of {{G3}}, and grandmother of many. Service at St Aldate's, Tuesday at 11.`,
    `{{m3}}{{k3}}Family tree notes (please tidy into a table):
- {{F1}}, b. {{DOBO}}, Jeju; m. {{F2}}
- their son {{F3}}, b. {{DOBY}}
- {{S1}} family moved to Manchester in the 1990s`,
    `{{f1}}{{f2}}{{f3}}U14 girls – spring roster
#4  {{F1}}
#7  {{F2}}
#11 {{F3}}
Emergency contact for {{G1}}: {{PHONE}} (mum)`,
    `{{f2}}Dear parents of {{F1}},

{{G1}} was absent on {{DATE}} without a note. If there is a reason, please contact Ms {{S2}} on {{PHONE}} or reply to {{E2}}.`,
    `Re: bank won't refund me

posted by {{g1}}

So my bank (sort code {{SORT}}, account {{UKACC}}) says the transfer to {{F2}} was "authorised" because I typed the code myself. Has anyone fought this and won?`,
    `Translate into Korean for my mother-in-law: "Dear {{G1}}, thank you so much for looking after the kids. {{G2}} will pick you up at Heathrow on {{DATE}}."`,
    `Voicemail transcript: hi it's {{G1}} from the garage, can you call me back on {{PHONEW}} about the brakes, thanks, bye`,
    `sorry my keyboard is half broken. call {{G1}} on {{PHONES}} asap, it's about the keys`,
    `Note to self: the wifi password at the cabin is {{PHRASE}} and the key safe is left of the door. {{G1}} has the spare.`,
    `W-9 details for {{F1}}: SSN {{SSN}}, routing {{ROUT}}, account {{USACC}}. Please set up direct deposit from the next pay run.`,
    `Vehicle hire agreement
Main driver: {{F1}}
Licence no.: {{DL1}}
Date of birth: {{DOB}}
Additional driver: none`,
    `our CI log leaked these, how do I rotate them without downtime?
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
thanks, {{G1}}`,
    `{{G1}} pasted this into #ops by accident. What should we do first?

{{PKEY}}`,
    `Visa checklist for {{F1}}: resident registration number {{KRRN}}, passport {{PASSPORT}}, two photos, bank statement. {{G1}} lives at {{ADDR}} while studying.`,
    `Firewall request: please allow {{IP}} (home office of {{F1}}) to reach the VPN gateway. Approved by {{F2}}.`,
    `Payroll change for the Dublin office: {{F1}}, PPS {{PPS}}, new IBAN {{IBAN}} from next month.`,
    `{{F1}} and {{F2}} swapped shifts again. Can you update the rota so {{G1}} has Thursday and {{G2}} has the weekend?`,
    `{{f1}}write a short birthday poem for {{n1}}, she's turning 40 and loves hiking and bad puns`,
    `PASSENGER {{A1}} TRAVELLING TO SEOUL, PLEASE REPORT TO GATE 14 IMMEDIATELY.`,
    `Reviewer 1: {{R1}}
Reviewer 2: {{R2}}
Please strip the reviewer names before the report goes back to the authors.`,
    `I paid with my card {{CARD}} and was charged twice. Can you write a chargeback request? Name on the card: {{A1}}.`,
    `if anyone finds a grey wallet near the library, contact me at {{O1}} – {{G1}}`,
    `oncall:
  - name: {{F1}}
    phone: "{{PHONE}}"
  - name: {{F2}}
    phone: "{{PHONEX}}"
rotation: weekly`,
    `Patient: {{U1}}
Born: {{DOB}}
Presenting complaint: recurrent migraine, worse on screens. Referred by Dr {{S2}}. Next of kin: {{F3}}, {{PHONE}}.`,
    `Hey {{G1}}, the new staging DB password is {{PWD}}. Don't paste it in Slack this time 🙂`,
    `Summarise this thread for me: {{F1}} asked {{F2}} to approve the refund, {{S2}} said only {{F3}} can, and {{G3}} is on leave until Monday.`,
    `{{m1}}Can you help me fill in the form for my father? His name is {{F1}}, his Social Security number is {{SSN}}, and he was born {{DOB}}.`,
    `Canadian employee onboarding: {{F1}}, SIN {{SIN}}, start date {{DATE}}, reports to {{F2}}.`,
    `Direct debit instruction
Account holder: {{F1}}
Sort code: {{SORT}}
Account number: {{UKACC}}
Address: {{ADDRL}}`,
    `Can you spot what's wrong in this payroll export?
employee_id,ni_number,nhs_number
4471,{{NINO}},{{NHS}}
4472,{{NINO}},{{NHS}}`,
    `Passport renewal: applicant {{U1}}, current passport {{PASSPORT}}, date of birth {{DOBI}}, address {{ADDR}}.`,
    `US tax form check: SSN {{SSN}}, routing number {{ROUT}}, checking account {{USACC}}. Is anything missing before I file?`,
    `nginx access log, can you find the scraper?
{{IP}} - - [12/Mar/2025:10:01:22 +0000] "GET /api/export HTTP/1.1" 200 51234
{{IP}} - - [12/Mar/2025:10:01:23 +0000] "GET /api/export HTTP/1.1" 200 51234`,
    `Please fill this in for me, it's a library card application: I'm {{F1}}, born {{DOB}}, living at {{ADDR}}, phone {{PHONE}}, email {{E1}}.`,
    `my card is {{CARD}}, exp 09/27 – is it safe to keep it in my notes app?`,
    `.npmrc:
//registry.npmjs.org/:_authToken={{KEY}}

why does npm publish still say 401?`,
    `Emergency contacts for the school trip:
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Summarise the plot of Hamlet in three sentences, focusing on Ophelia and Polonius.`,
    `Who did more for modern medicine, Alexander Fleming or Louis Pasteur? One paragraph each, please.`,
    `Write a product description for the new Ferrero Rocher gift box (SKU {{ORDER}}), priced at {{AMOUNT}}.`,
    `Our test suite uses {{TESTCARD}} with any future expiry date. Why does the gateway reject {{NOCARD}} as invalid?`,
    `The IBAN {{NOIBAN}} fails validation in our signup form. Walk me through how the check digits are computed.`,
    `git bisect points at {{SHA}} as the commit that broke {{VER}}. How do I see which files it touched?`,
    `Request {{UUID}} timed out behind the load balancer at {{DOCIP}}. Is a retry with exponential backoff enough?`,
    `Write a short paragraph for a school poster on King Sejong the Great and the creation of Hangul.`,
    `Compare the Hyundai Ioniq 5 and the Kia EV6 for a family of four who drive to Scotland twice a year.`,
    `Plan three days on Jeju Island: Hallasan, the lava tubes, and a market day in Seogwipo.`,
    `Is Baker Street a real street in London, and where would Sherlock Holmes have lived on it?`,
    `Explain this config template to a junior developer:
api_key: YOUR_API_KEY
webhook_secret: <token>
db_password: \${DB_PASSWORD}`,
    `Order {{ORDER}} left the Rotterdam depot on {{DATE}}; the tracking page has not updated since. What should I tell the customer?`,
    `Reminder: release {{VER}} is due on {{DATE}}. Code freeze starts a week earlier; the changelog is in the wiki.`,
    `Why does ping {{DOCIP}} work while the app still can't reach localhost:8080?`,
    `Tenzing Norgay and Edmund Hillary reached the summit of Everest in 1953. Write 100 words on it for Year 5.`,
    `Set the timer to 25 min, then sort the sheet by month (Jun to Sep) and drop every row marked Bin.`,
    `Kafka, Redis and Jenkins all run on the same node right now. Should Jenkins get its own VM?`,
    `The AWS docs use AKIAIOSFODNN7EXAMPLE as an access key ID. What does a real secret key look like, format-wise?`,
    `Write a bedtime story in which Pippi Longstocking meets Paddington Bear at the seaside.`,
    `The gallery is closed from {{DATE}} to {{DATE}} while the Van Gogh exhibition is installed.`,
    `Explain how Bong Joon-ho uses staircases in Parasite, scene by scene.`,
    `Is {{NOCARD}} a real card number or a typo? It came from an order form, order {{ORDER}}.`,
    `Draft a tweet for the Dyson V15 spring promotion and tag @dyson_uk and @currys.`,
    `Our head office moved from Canary Wharf to King's Cross. Update the About page, no street numbers needed.`,
    `How many goals did Son Heung-min score for Tottenham, season by season?`,
    `Write a limerick about a cat called Mister Whiskers who hates Mondays.`,
    `Invoice {{ORDER}} for {{AMOUNT}} is overdue by {{NUM}} days. Draft a polite reminder to the accounts team at Brightwater Dental.`,
    `Explain what {{CIDR}} covers in this security group rule, and whether {{DOCIP}} falls inside it.`,
  ],
  neg: [
    `{{C}}`,
    `Can you simplify this for a beginner? {{C}}`,
    `Translate into Spanish:

{{C}} {{C}}`,
    `Summarise in one line:
{{C}}
{{C}}
{{C}}`,
    `Is this grammatically correct? "{{C}}"`,
    `Meeting moved to {{DATE}}, same room, same agenda.`,
    `{{C}} What does that mean in practice?`,
    `Rewrite as a bullet list:
- {{C}}
- {{C}}`,
    `Explain this to a non-technical manager: {{C}}`,
    `Shopping list: oat milk, lemons, rice, two onions, washing-up liquid.`,
    `What is the difference between a process and a thread? Keep it short.`,
    `Give me three questions a reader might ask after reading this: {{C}}`,
  ],
};
