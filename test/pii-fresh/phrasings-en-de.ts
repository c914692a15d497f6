// Prompt phrasings written for this set (English, German). Slots: {{P}} a person's name in a random form, {{G}} a
// given name alone, {{PL}} lower case, {{PC}} SURNAME first in capitals, {{PI}} initial + surname, {{S}} a surname
// after a title; structured values {{EMAIL}} {{PHONE}} {{IBAN}} {{CARD}} {{ADDR}} {{DOB}} {{KEY}} {{PW}}; hard-negative
// fillers {{PRODUCT}} {{COMPANY}} {{PLACE}} {{WORK}} {{CHAR}} {{FIGURE}} {{IDENT}} {{PLACEHOLDER}} {{ORDER}}
// {{VERSION}} {{AMOUNT}} {{DATE}}.

export interface Phrasings {
  pos: string[];
  hard: string[];
  easy: string[];
}

export const EN: Phrasings = {
  pos: [
    '{{P}} asked me to move our call to Thursday. Write a short, friendly reply that accepts.',
    'Draft a thank-you note to {{P}} for covering my shift last weekend.',
    'Hi {{G}},\n\nthanks for the quick turnaround on the slides. Can you make this sound more professional?',
    'Summarise this ticket in two lines: customer {{P}} says the invoice was charged twice to card {{CARD}}.',
    'Fix the YAML below, the indentation is broken:\nowner:\n  name: {{P}}\n   phone: "{{PHONE}}"',
    'Convert to JSON: name={{P}}; email={{EMAIL}}; team=platform',
    'attendees: {{P}}, {{P}} and {{P}}. Turn these meeting notes into action items.',
    'Can you check this CSV header and first row?\nid,full_name,city\n17,{{PC}},Porto',
    'Rewrite more politely: "{{PL}} never answers his emails, someone else should own the migration."',
    'Please write a reference letter for {{PI}}, who worked with us as a data analyst for three years.',
    'Dr {{S}} will present the results on Monday. Write a two-sentence intro for the newsletter.',
    'My password for the staging box is {{PW}} and it stopped working, what should I check first?',
    'Why does this fail? const client = new Client({ apiKey: "{{KEY}}" });',
    'Please update my payout details: IBAN {{IBAN}}, account holder {{P}}.',
    'Shipping label: {{P}}, {{ADDR}}. Is the format fine for a UK courier?',
    'Fill in the form for me. Date of birth: {{DOB}}. Mobile: {{PHONE}}.',
    'Best regards,\n{{P}}\n\nTranslate my signature block above into French.',
    'I have to reach {{G}} before noon, her number is {{PHONE}}. Write a reminder text.',
  ],
  hard: [
    'Compare {{PRODUCT}} and {{PRODUCT}} for a small team in {{PLACE}}: cost, support and learning curve.',
    'Write a 100-word summary of {{WORK}} for a book club, without spoilers.',
    'Why is {{CHAR}} such a popular character? Give three reasons.',
    'Explain in simple terms what {{FIGURE}} is best known for.',
    'Rename {{IDENT}} to something clearer and explain the choice.',
    'In the config, replace {{PLACEHOLDER}} before deploying version {{VERSION}} to production.',
    'Order {{ORDER}} for {{AMOUNT}} was delivered on {{DATE}} but {{COMPANY}} still shows it as pending. Draft a complaint.',
    '{{COMPANY}} announced a new office in {{PLACE}}. Write a LinkedIn post about it.',
  ],
  easy: [
    'Give me five ideas for a team lunch that works for vegetarians.',
    'How do I undo the last commit in git without losing my changes?',
    'Write a haiku about autumn rain.',
    'What is the difference between a mutex and a semaphore?',
    'Make this sentence shorter: we would like to kindly remind everyone that the kitchen must be kept clean.',
  ],
};

export const DE: Phrasings = {
  pos: [
    '{{P}} hat den Termin auf Donnerstag verschoben. Schreib bitte eine kurze Zusage.',
    'Formuliere eine Dankesmail an {{P}}, weil sie am Wochenende für mich eingesprungen ist.',
    'Hallo {{G}},\n\ndanke für die schnelle Rückmeldung. Kannst du den Text etwas förmlicher machen?',
    'Fasse das Ticket zusammen: Kundin {{P}} meldet eine doppelte Abbuchung von der Karte {{CARD}}.',
    'Korrigiere das YAML:\nkontakt:\n  name: {{P}}\n   telefon: "{{PHONE}}"',
    'Mach daraus JSON: Name={{P}}; E-Mail={{EMAIL}}; Abteilung=Einkauf',
    'Teilnehmer: {{P}}, {{P}} und {{P}}. Erstelle aus dem Protokoll eine Aufgabenliste.',
    'Stimmt die Kopfzeile dieser CSV?\nnr;name;ort\n4;{{PC}};Graz',
    'Bitte höflicher formulieren: „{{PL}} antwortet nie auf Mails, jemand anderes soll das übernehmen.“',
    'Schreib ein Arbeitszeugnis für {{PI}}, drei Jahre als Sachbearbeiter bei uns.',
    'Frau Dr. {{S}} stellt am Montag die Ergebnisse vor. Zwei Sätze für den Newsletter, bitte.',
    'Mein Passwort für den Testserver lautet {{PW}} und geht nicht mehr – woran kann das liegen?',
    'Warum schlägt das fehl? export GITHUB_TOKEN={{KEY}}',
    'Bitte meine Bankverbindung ändern: IBAN {{IBAN}}, Kontoinhaber {{P}}.',
    'Lieferadresse: {{P}}, {{ADDR}}. Passt das Format für DHL?',
    'Füll das Formular aus. Geburtsdatum: {{DOB}}, Handy: {{PHONE}}.',
    'Viele Grüße\n{{P}}\n\nÜbersetze die Signatur oben ins Englische.',
    'Ich muss {{G}} vor zwölf erreichen, ihre Nummer ist {{PHONE}}. Schreib eine Erinnerung.',
  ],
  hard: [
    'Vergleiche {{PRODUCT}} und {{PRODUCT}} für ein kleines Team in {{PLACE}}: Kosten, Support, Einarbeitung.',
    'Fasse {{WORK}} in 100 Wörtern für einen Lesekreis zusammen, ohne zu spoilern.',
    'Warum ist {{CHAR}} so eine beliebte Figur? Nenne drei Gründe.',
    'Erkläre einfach, wofür {{FIGURE}} bekannt ist.',
    'Benenne {{IDENT}} verständlicher um und begründe den Namen.',
    'Ersetze in der Konfiguration {{PLACEHOLDER}}, bevor Version {{VERSION}} live geht.',
    'Bestellung {{ORDER}} über {{AMOUNT}} kam am {{DATE}} an, aber {{COMPANY}} zeigt sie noch als offen. Schreib eine Beschwerde.',
    '{{COMPANY}} eröffnet ein Büro in {{PLACE}}. Schreib einen kurzen Beitrag fürs Intranet.',
  ],
  easy: [
    'Nenne fünf Ideen für ein Teamessen, das auch für Vegetarier passt.',
    'Wie mache ich den letzten Git-Commit rückgängig, ohne Änderungen zu verlieren?',
    'Schreib ein Haiku über Herbstregen.',
    'Was ist der Unterschied zwischen einem Mutex und einer Semaphore?',
    'Kürze den Satz: Wir möchten alle freundlich daran erinnern, dass die Küche sauber zu halten ist.',
  ],
};
