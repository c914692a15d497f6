// German phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const DE: Phrasings = {
  pos: [
    `Sehr geehrte{{f1}} Frau {{S1}},

bei der Nebenkostenabrechnung für Ihre Wohnung in der {{ADDR}} ergibt sich eine Nachzahlung von {{AMOUNT}}. Bitte überweisen Sie den Betrag bis zum {{DATE}} auf das Konto {{IBAN}}.

Mit freundlichen Grüßen
{{F2}}
Hausverwaltung`,
    `Anrufbeantworter, Nachricht 3 von 5:
"Ja, hallo, hier ist {{W1}}, wegen der Wohnungsbesichtigung am Samstag. Ich komme eine halbe Stunde später, tut mir leid. Meine Nummer ist {{PHONEW}}, also falls was ist. Tschüss."
Fasse das bitte in einem Satz für den Makler zusammen.`,
    `Verkehrsunfallanzeige, Az. {{ORDER}}
Beteiligte 1: {{U1}}, geb. {{DOB}}, wohnhaft {{ADDR}}, Führerschein-Nr. {{DL1}}
Beteiligte 2: {{U2}}, Tel. {{PHONE}}
Hergang: Beteiligte 1 bog nach links ab und übersah den entgegenkommenden Radfahrer. Zeugin {{F3}} bestätigt den Hergang.{{f1}}{{f3}}`,
    `[WhatsApp, Gruppe "Hochzeit 💍"]
{{G1}}: Wer kümmert sich um die Deko?
{{G2}}: Ich frag {{W3}}, die hat letztes Jahr bei ihrer Schwester alles gemacht{{f3}}
{{G1}}: Super. Anzahlung für den Saal ist raus, Restbetrag an {{IBAN}} bis {{DATE}}
Kannst du aus dem Chat eine Aufgabenliste machen?`,
    `Mitgliedsantrag Tischtennisverein Grün-Weiß
Name: {{R1}}
Geburtsdatum: {{DOBK}}
Erziehungsberechtigte{{f2}}{{l2}}: {{F2}}
SEPA-Lastschrift vom Konto {{IBAN}}
Telefon (Eltern): {{PHONE}}`,
    `Überweisungsschein
Patient: {{A1}}, * {{DOB}}
Rentenversicherungsnummer: {{RVNR1}}
Diagnose: Verdacht auf Karpaltunnelsyndrom rechts
Bitte um neurologische Abklärung und Nervenleitgeschwindigkeit.
Dr. med. {{I2}}`,
    `Notenübersicht Klasse 10b, Mathematik
{{n1}}: 2-
{{n2}}: 4 (Nachprüfung am {{DATE}})
{{n3}}: 1
Schreib mir bitte kurze, freundliche Rückmeldungen an die Eltern.`,
    `Helle 3-Zimmer-Wohnung, {{ADDR}}, 78 m², Balkon, Einbauküche, ab sofort frei. Besichtigung nach Absprache mit {{F1}}, erreichbar unter {{PHONE}} oder {{E1}}.`,
    `Kannst du mein Profil aufpeppen? "Ich bin {{G1}}, 31, ursprünglich aus Chengdu, seit sechs Jahren in Leipzig. Ich koche zu scharf, wandere zu langsam und lache zu laut. Schreib mir auf Insta: {{H1}}"`,
    `Arbeitszeugnis (Entwurf)
{{W1}}, geboren am {{DOBY}}, war vom 1. März bis 31. Dezember als Werkstudent{{m1}} in unserer Entwicklungsabteilung tätig. Herr {{S1}} hat die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt.
Bitte sprachlich glätten.`,
    `Reisekostenabrechnung
Mitarbeiterin{{f1}}: {{W1}}
Personalnummer: 20417
Steuer-ID: {{STID}}
Reise: Messe Hannover, ab {{DATE}}, drei Tage
Erstattung auf: {{IBAN}}
Genehmigt: {{I2}}`,
    `CRM-Notiz vom {{DATE}}
Gespräch mit {{F1}} (Einkauf, Kesselhaus Energie). Möchte das Angebot bis Freitag, bitte an {{E1}}. Vertretung während des Urlaubs: {{W2}}, Durchwahl {{PHONE}}.`,
    `JIRA SUP-{{NUM}}: Kunde kann sich nicht einloggen
Reporter: {{E1}}
Beschreibung: Seit dem Update bekommt {{W1}} beim Login "Konto gesperrt". Letzte erfolgreiche Anmeldung von {{IP}}. Bitte entsperren und {{G1}} per Mail informieren.`,
    `[Teams] #it-support
{{H1}}: kann jemand das Passwort für den Drucker-Admin zurücksetzen?
{{H2}}: ist jetzt {{PWD}}, bitte nach dem Login ändern
{{H1}}: danke {{G2}}!`,
    `UPDATE kunden
SET email = '{{E1}}', telefon = '{{PHONE}}', geburtsdatum = '{{DOBI}}'
WHERE nachname = '{{S1}}' AND vorname = '{{G1}}';
-- betrifft das nur eine Zeile?`,
    `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {{PWD}}
  worker:
    environment:
      DATABASE_URL: {{CONN}}
Warum startet der Worker nicht?`,
    `{"kunde": {"name": "{{W1}}", "steuer_id": "{{STID}}", "iban": "{{IBAN}}", "geburtsdatum": "{{DOBI}}"}, "status": "aktiv"}
Erzeuge aus diesem JSON eine TypeScript-Schnittstelle.`,
    `{{IP}} - - [12/Mar/2025:14:02:11 +0100] "POST /login HTTP/1.1" 401 512 "-" "Mozilla/5.0"
{{IP}} - - [12/Mar/2025:14:02:15 +0100] "POST /login HTTP/1.1" 200 1830 "-" "Mozilla/5.0"
Ist das ein Brute-Force-Versuch?`,
    `Exception in thread "main" java.lang.IllegalStateException: Kunde {{F1}} ({{E1}}) hat keine gültige Lieferadresse
    at de.kesselhaus.order.Checkout.validate(Checkout.java:214)
    at de.kesselhaus.order.Checkout.run(Checkout.java:88)
Was bedeutet der Fehler?`,
    `commit {{SHA}}
Author: {{W1}} <{{E1}}>

    Testdaten anonymisiert

    Die Fixtures enthielten noch die echte Steuer-ID {{STID}} von {{W2}}.`,
    `Kommentar im Merge Request !{{NUM}}:
> const admin = { user: "{{H1}}", password: "{{PWD}}" };
{{G2}}: Bitte keine Zugangsdaten im Code, das gehört in den Vault. {{G1}}, kannst du das noch ändern?`,
    `BEGIN:VEVENT
SUMMARY:Übergabe Wohnung
DTSTART:20250701T090000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT`,
    `BEGIN:VCARD
VERSION:3.0
FN:{{W1}}
TEL;TYPE=CELL:{{PHONE}}
TEL;TYPE=HOME:{{PHONEX}}
EMAIL:{{E1}}
ADR;TYPE=HOME:;;{{ADDR}}
END:VCARD`,
    `From: {{W1}} <{{E1}}>
To: buchhaltung@kesselhaus-energie.de
Subject: Rechnung 0815 – neue Bankverbindung
X-Originating-IP: [{{IP}}]

Ist diese Mail echt? Die Absenderadresse kenne ich nicht.`,
    `---------- Weitergeleitete Nachricht ----------
Von: {{F1}} <{{E1}}>
Betreff: Kaution

Hallo {{G2}}, bitte überweise die Kaution auf mein neues Konto {{IBAN}}. Mein Handy ist gerade kaputt, erreichbar nur unter {{PHONEX}}. Gruß {{G1}}
---
Kommt mir komisch vor. Was meinst du?`,
    `M e l d e b e s c h e i n i g u n g  (Scan)
Familienname:  {{S1}}
Vorname:  {{G1}}
Geburtsdatum:  {{DOB}}
Anschrift:  {{ADDRL}}
Reisepass-Nr.: {{PASSHOME}}
Bitte die Felder als CSV ausgeben.`,
    `Formuliere das höflicher: "{{G1}}, du hast schon wieder vergessen, die Miete zu überweisen. Ich brauche das Geld bis Montag, sonst rede ich mit {{W2}}."`,
    `Lebenslauf
{{W1}}
geboren am {{DOBY}} in Kaohsiung
{{ADDR}} · {{PHONE}} · {{E1}}
2019–2024 Studium Maschinenbau, TU Dresden`,
    `Personalbogen (CH)
Name: {{R1}}
AHV-Nr.: {{AHV}}
Geburtsdatum: {{DOB}}
Lohnkonto: {{IBAN}}`,
    `Dienstvertrag, Anlage 1 (AT)
Dienstnehmerin{{f1}}: {{W1}}
Sozialversicherungsnummer: {{SVNR}}
Wohnadresse: {{ADDR}}`,
    `Das WLAN-Passwort für die Ferienwohnung ist {{PWD}}. Schlüssel liegt beim Nachbarn, Herrn {{S2}}{{m2}}. Viel Spaß! {{G1}}`,
    `Liebe Eltern, für den Ausflug brauchen wir noch von {{G1}} die Einverständniserklärung und das Geburtsdatum ({{DOBK}}) für die Gruppenversicherung. Rückfragen bitte an {{O2}}.`,
    `Nachbarschaftschat Kastanienhof:
{{G1}}: Hat jemand ein Päckchen für {{K3}} angenommen?
{{G2}}: Ja, liegt bei mir, 2. OG links. Klingel {{S2}}.`,
    `Rechnung Nr. 2025-114
Malerarbeiten im Treppenhaus, {{ADDR}}
Betrag: {{AMOUNT}}
Zahlbar an: {{F1}}, {{IBAN}}
Bei Fragen: {{PHONE}}`,
    `Fundsache: Portemonnaie mit Personalausweis und Führerschein ({{DL1}}), ausgestellt auf {{A1}}. Kontakt über das Fundbüro, Aktenzeichen {{ORDER}}.`,
    `Gästeliste 40. Geburtstag
1. {{F1}} + Begleitung
2. {{F2}} (bringt Kuchen mit)
3. {{F3}}, kommt erst nach 20 Uhr
Kannst du daraus Tischkarten machen?`,
    `Beschwerde: Der Zusteller hat mein Paket {{ORDER}} einfach vor die Tür gelegt, obwohl ich ({{W1}}, {{ADDR}}) ausdrücklich eine Abstellgenehmigung abgelehnt habe.`,
    `Protokoll Eigentümerversammlung, TOP 4: Frau {{S1}}{{f1}} (Wohnung 7) beantragt die Erneuerung der Fenster. Herr {{S2}}{{m2}} widerspricht. Kontakt Verwalter: {{E3}}.`,
    `Hotelmeldeschein
Gast: {{U1}}
Reisepass: {{PASSHOME1}}
Kreditkarte: {{CARD}}
Anreise: {{DATE}}
Fehlt noch etwas für den Check-in von {{G1}}?`,
    `Mietwagenvertrag, Notiz: Fahrerin{{f1}} {{W1}}, Führerschein {{DL1}}, geb. {{DOB}}; Kaution auf {{CARD}} geblockt. Zweitfahrer{{m2}} {{W2}}.`,
    `Verpflichtungserklärung / Einladung
Ich, {{W1}}, wohnhaft {{ADDR}}, lade meinen Vater{{m2}}{{k2}} {{W2}} (Ausweis-Nr. {{HOMEID2}}, Reisepass {{PASSHOME2}}) für vier Wochen zu mir ein und übernehme alle Kosten.
{{F1}}`,
    `{{G1}} aus dem Chor bittet um eine einfachere Fassung dieses Absatzes: "{{C}} {{C}}" Bitte das Ergebnis auch an {{E1}} schicken.`,
    `Notizen zur Musikstunde von {{W1}} am {{DATE}} (an {{O1}} weiterleiten):
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Erkläre die Grundgedanken der Gespräche des Konfuzius für eine zehnte Klasse.`,
    `Wer war Bertha Benz, und warum gilt ihre Fahrt von Mannheim nach Pforzheim 1888 als Meilenstein?`,
    `Schreib eine kurze Geschichte der Firma Dr. Oetker und ihres Backpulvers.`,
    `Vergleiche den Porsche 911 mit dem Mercedes-Benz SL aus den Sechzigern.`,
    `Fasse den Inhalt von "Das Sams" von Paul Maar für Grundschüler zusammen.`,
    `Winnetou und Old Shatterhand: Welche Klischees bedienen die Romane Karl Mays?`,
    `Plane eine Reise: Xi'an mit der Terrakotta-Armee, dann mit dem Zug nach Chengdu.`,
    `Was kann man an einem Sonntag auf der Königsallee und Unter den Linden unternehmen?`,
    `Setze in der .env.example DB_PASSWORD=<dein-passwort> und API_KEY=YOUR_API_KEY und erkläre, warum die echte .env nicht ins Repo gehört.`,
    `Zum Testen im Sandbox-Modus die Kartennummer {{TESTCARD}} mit beliebigem Ablaufdatum verwenden.`,
    `Die Prüfung der Kartennummer {{NOCARD}} schlägt fehl. Erkläre den Luhn-Algorithmus anhand dieser Zahl.`,
    `Unser Formular lehnt {{NOIBAN}} ab. Ist die Prüfziffer wirklich falsch?`,
    `Bestellung {{ORDER}} sollte am {{DATE}} ankommen, der Status steht aber immer noch auf "in Bearbeitung".`,
    `Nach dem Update auf {{VER}} schlägt der Build bei Commit {{SHA}} fehl. Woran kann das liegen?`,
    `Darf ich in Produktion ausführen: DELETE FROM sitzungen WHERE id = '{{UUID}}'?`,
    `Erlaube in der Firewall nur {{DOCIP}} und sperre {{CIDR}}.`,
    `Der Mietvertrag beginnt am {{DATEA}}, die Kündigungsfrist endet am {{DATEB}}. Wie viele Monate sind das?`,
    `Erkläre den Unterschied zwischen Kubernetes, Nomad und Docker Swarm.`,
    `Beim Fang im Hafen hing viel Seetang im Netz, und am Kai roch es nach Diesel. Schreib daraus ein kurzes Gedicht.`,
    `Was bedeutet Yin und Yang in der chinesischen Philosophie?`,
    `Schreib eine Produktbeschreibung für den Thermomix TM7 im Ton eines Teleshopping-Senders.`,
    `Warum heißen Haribo und Aldi so, wie sie heißen?`,
    `2025-02-03 04:11:19 WARN  scheduler job={{UUID}} retry=2 queue=rechnungen dauer=31s`,
    `Teile {{AMOUNT}} auf vier Personen auf und runde auf volle Euro.`,
    `Zusammenfassung der Reden von Helmut Schmidt zur Weltwirtschaftskrise 1975 in fünf Stichpunkten.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Erkläre, wozu jedes Feld dient und welche nie ins Repo dürfen.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
Welche Bestellungen liegen über dem Budget?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Fasse zusammen, was sich in diesem Release geändert hat.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
Was bedeutet diese Exception?`,
  ],
  neg: [
    `{{C}}`,
    `Formuliere einfacher: {{C}}`,
    `Übersetze ins Englische: {{C}} {{C}}`,
    `Ist dieser Satz korrekt? "{{C}}"`,
    `Fasse in einem Satz zusammen:

{{C}}
{{C}}
{{C}}`,
    `Mach Stichpunkte daraus:
{{C}}
{{C}}`,
    `Wie lange muss ein Sauerteigbrot bei 230 Grad backen?`,
    `Schreib ein Haiku über den ersten Schnee.`,
    `Erklär das einem Zehnjährigen: {{C}}`,
    `Einkaufsliste: Hafermilch, Lauch, zwei Zitronen, Reisessig, Tofu. Nach Gängen im Supermarkt sortieren.`,
    `Gib mir drei Varianten dieses Satzes: {{C}}`,
    `Quizfrage aus dem Handbuch, richtig oder falsch? {{C}}`,
    `Wie viele Gramm sind drei Tassen Mehl?`,
  ],
};
