// German phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const DE: Phrasings = {
  pos: [
    `Betreff: Rückzahlung der Mietkaution

Sehr geehrte Frau {{f1}}{{S1}},

seit dem Auszug aus der Wohnung {{ADDR}} sind vier Monate vergangen. Bitte überweisen Sie die Kaution bis zum {{DATE}} auf {{IBAN2}}.

Mit freundlichen Grüßen
{{F2}}`,
    `Fundbüro Stadtbahn: Rucksack mit Schulbüchern abgegeben, Name im Heft: {{n1}}. Abholung mit Ausweis, Rückfragen unter {{PHONE2}}.`,
    `Rezept
Versicherte/r: {{U1}}, geb. {{DOB1}}
Ibuprofen 600 mg, N2, 1-1-1 nach dem Essen
Arzt: {{I2}}`,
    `Helferplan Sommerfest
Kuchenstand 14–16 Uhr: {{g1}} und {{g2}}
Kasse: {{F3}}
Abbau: alle, die noch können`,
    `Sitzplan Abiturprüfung Deutsch, Raum 112
Tisch 1 {{R1}}
Tisch 2 {{R2}}
Tisch 3 {{R3}}
Aufsicht ab {{TIME}}`,
    `Konferenzausweis
{{A1}}
Speaker · Track B
Notfallkontakt: {{PHONE1}}`,
    `Onboarding-Checkliste für {{F1}}
- Steuer-ID: {{STID1}}
- Geburtsdatum: {{DOB1}}
- Gehaltskonto: {{IBAN1}}
- Pate im Team: {{F2}}`,
    `Chatverlauf Kundendienst
Kunde: hallo, meine Bestellung {{ORDER}} ist nicht angekommen
Mitarbeiterin {{G2}}: Das tut mir leid! An welche Adresse sollte sie gehen?
Kunde: {{ADDR}}, Name {{F1}}`,
    `Fehlerbericht #{{NUM}}: Login schlägt fehl
Protokoll:
[WARN] auth: ungültiges Token für Benutzer {{H1}} von {{IP1}}
[INFO] retry in 30s
Zuständig: {{F2}}`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kasse
  annotations:
    team-lead: "{{F1}}"
    oncall: "{{PHONE1}}"
spec:
  replicas: 2`,
    `-- Dump der Tabelle mitglieder
INSERT INTO mitglieder VALUES ({{NUM}}, '{{K1}}', '{{E1}}', '{{ADDR}}');`,
    `Name	Geburtstag	Telefon
{{F1}}	{{DOB1}}	{{PHONE1}}
{{F2}}	{{DOB2}}	{{PHONE2}}`,
    `Sprachnachricht (automatisch transkribiert): „Ja hallo, hier ist {{G1}}, ruf mich bitte zurück unter {{PHONEW1}}, es geht um den Schlüssel."`,
    `Gemeindebrief: Wir gratulieren {{F1}} zum 90. Geburtstag! Der Besuchsdienst um {{F2}} freut sich über weitere Helferinnen.`,
    `Kreismeisterschaft Tischtennis, Ergebnisse: {{F1}} schlägt {{F2}} mit 3:1, im Finale dann gegen {{I3}} verloren.`,
    `In stiller Trauer nehmen wir Abschied von
{{A1}}
* {{DOBO1}}   † {{DATE}}
In Liebe: {{G2}} und die Enkel`,
    `Mietvertrag Pkw
Mieter: {{R1}}
Führerschein-Nr.: {{DL1}}
Kreditkarte: {{CARD1}}
Rückgabe: {{DATE}} bis {{TIME}}`,
    `Kannst du das bitte kürzer formulieren? „Liebe {{G1}}, danke für deine Hilfe beim Umzug, ohne dich hätte ich das nie geschafft. Dein {{G2}}"`,
    `Bitte ins Englische übersetzen: Herr {{m1}}{{S1}} wohnt jetzt unter {{ADDRL}} und ist erreichbar unter {{PHONES1}}.`,
    `WLAN im Vereinsheim: Netz "Vorstand", Passwort {{PWD}}. Bitte nicht weitergeben, {{g1}}.`,
    `Personalbogen
Name: {{P1}}
Staatsangehörigkeit: {{NAT1}}
Ausweisnummer (Heimatland): {{HOMEID1}}
Reisepass: {{PASSHOME1}}
Sozialversicherungsnummer AT: {{SVNR1}}`,
    `.env auf dem Staging-Server
GITLAB_TOKEN={{KEY}}
SESSION_SECRET={{JWT}}
# {{g1}} hat das am {{DATE}} angelegt`,
    `Die Schweizer Kollegin {{F1}} (AHV {{AHV1}}) übernimmt ab Montag die Lohnbuchhaltung.`,
    `Hallo {{g1}}, kannst du mir die Nummer von {{F2}} schicken? Ich hab nur die alte. — Klar: {{PHONEH2}}`,
  ],
  hard: [
    `Alisher Navoiy gilt als Begründer der tschagataischen Literatur; in Samarkand erinnert ein Denkmal an ihn.`,
    `Kofi Annan erhielt 2001 gemeinsam mit den Vereinten Nationen den Friedensnobelpreis.`,
    `Goce Delchev ist in Nordmazedonien und Bulgarien gleichermaßen verehrt, was immer wieder zu Streit führt.`,
    `Die Spinne Ananse ist die listige Hauptfigur vieler westafrikanischer Märchen.`,
    `Einkaufsliste: Dr. Oetker Backpulver, Haribo, Knorr Brühe — insgesamt {{AMOUNT}}.`,
    `Testkarte für die Sandbox: {{TESTCARD}}, Ablaufdatum beliebig in der Zukunft, Vorgang {{ORDER}}.`,
    `Die Nummer {{NOCARD}} ist keine Kartennummer, sondern die Belegnummer der Kasse.`,
    `Ihre Sendung {{ORDER}} wird voraussichtlich am {{DATE}} zugestellt.`,
    `Beispiel-IBAN mit falscher Prüfziffer: {{NOIBAN}}`,
    `Version {{VER}} behebt den Absturz beim Start; Commit {{SHA}}, Korrelations-ID {{UUID}}.`,
    `Erlaubt ist nur {{DOCIP}}, das Netz {{CIDR}} bleibt gesperrt.`,
    `Trage in der Konfiguration API_KEY=<dein-schlüssel> ein und ersetze PASSWORD=changeme.`,
    `Die Bibliothek bleibt am {{DATE}} wegen einer Fortbildung geschlossen.`,
    `Ernst gemeint: Ist die Rosenstraße zwischen Marktplatz und Bahnhof am Samstag gesperrt?`,
    `Islom Karimov regierte Usbekistan von 1991 bis zu seinem Tod im Jahr 2016.`,
  ],
  neg: [
    `{{C}}`,
    `Bitte verständlicher formulieren: {{C}}`,
    `Aus der Hilfe kopiert: {{C}} {{C}}`,
    `Erinnerung: Die Gelben Säcke werden am {{DATE}} abgeholt.`,
    `Fass das in einem Satz zusammen: {{C}}`,
  ],
};
