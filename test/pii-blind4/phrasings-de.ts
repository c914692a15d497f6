// German phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const DE: Phrasings = {
  pos: [
    `Kannst du diese Mail freundlicher formulieren?

Hallo {{G1}},

die Rechnungen für die Baustelle in Kassel fehlen immer noch. {{F2}} wartet seit zwei Wochen darauf. Ruf mich bitte unter {{PHONE}} an.

Gruß`,
    `Protokoll der Elternbeiratssitzung vom {{DATE}}
Anwesend: {{F1}} (Vorsitz), {{I2}}, {{F3}}
TOP 1: {{S1}} berichtet über den Stand der Schulhofsanierung.
TOP 2: {{G2}} fragt nach dem Busfahrplan; {{S3}} klärt das mit dem Landratsamt.`,
    `{{f1}}Vertraulich – Personalakte
Mitarbeiterin: {{U1}}
Geburtsdatum: {{DOB}}
Steuer-ID: {{STID}}
Sozialversicherungsnummer: {{RVNR}}
Frau {{S1}} hat ihre Elternzeit ab {{DATE}} beantragt. Rückfragen an {{F2}}.`,
    `{{f1}}Sehr geehrte Frau Dr. {{S1}},

ich überweise Ihnen {{F2}}, geb. {{DOB}}, wegen seit Wochen anhaltender Rückenschmerzen mit Ausstrahlung ins linke Bein. MRT folgt.

Mit kollegialen Grüßen
{{F3}}`,
    `{{m1}}Mein Vermieter {{F1}} weigert sich, die Kaution für die Wohnung ({{ADDR}}) zurückzuzahlen. Ich bin am {{DATE}} ausgezogen. Er ist nur unter {{PHONE}} erreichbar. Hilf mir bitte, ein Schreiben mit Fristsetzung aufzusetzen.`,
    `Buchungsbestätigung
Reisende/r 1: {{R1}}
Reisepass: {{PASSPORT}}
Reisende/r 2: {{F2}}
Kontakt: {{E1}}, {{PHONE}}
Hinflug: München – Malé, {{DATE}}`,
    `Kunde: Hallo, ich komme nicht mehr in mein Konto.
Support: Wie lautet der Name auf dem Konto?
Kunde: {{F1}}
Support: Und Ihr Geburtsdatum?
Kunde: {{DOB}}
Support: Danke, {{G1}}. Ich schicke einen Link an {{E1}}.`,
    `Warum lehnt die API diesen Request ab?

{"kunde": {"name": "{{F1}}", "iban": "{{IBAN}}", "telefon": "{{PHONE}}"}, "betrag": 49.9}`,
    `Kannst du mir sagen, was an dieser docker-compose.yml falsch ist?

services:
  app:
    environment:
      - DATABASE_URL={{CONN}}
      - MAIL_API_KEY={{KEY}}
    labels:
      maintainer: "{{n1}}"`,
    `Bitte sortiere die Liste nach Nachnamen:
Name;E-Mail;Geburtsdatum
{{F1}};{{E1}};{{DOB}}
{{F2}};{{E2}};{{DOB}}
{{F3}};{{E3}};{{DOB}}`,
    `2025-04-11 08:14:02 WARN Anmeldung fehlgeschlagen benutzer={{E1}} ip={{IP}}
2025-04-11 08:14:40 WARN Anmeldung fehlgeschlagen benutzer={{E1}} ip={{IP}}
2025-04-11 08:15:03 INFO Konto gesperrt benutzer={{E1}}
Ist das ein Angriff oder nur jemand, der sein Passwort vergessen hat?`,
    `Exception in thread "main" java.lang.IllegalStateException: Zahlung abgelehnt für {{A1}}
    at de.shop.payment.Checkout.charge(Checkout.java:142)
Karte: {{CARD}}
Was bedeutet dieser Fehler?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>

    Zugangsdaten aus der Konfiguration entfernt

    Das alte Passwort {{PWD}} ist ab sofort ungültig.`,
    `{{f3}}{{g1}}: kommst du morgen mit zum klettern?
{{g2}}: klar, ich frag {{G3}} ob sie auch will
{{g1}}: meine neue nummer ist übrigens {{PHONE}}`,
    `Was habe ich hier gemacht? Aus meiner Bash-History:
 311  ssh admin@{{IP}}
 312  export API_TOKEN={{KEY}}
 313  mysql -u {{g1}} -p'{{PWD}}' lager`,
    `{{m1}}{{ADDRL}}

{{DATE}}

Sehr geehrter Herr {{S1}},

wir bestätigen den Eingang Ihrer Kündigung zum Monatsende. Die Schlüsselübergabe vereinbaren Sie bitte mit {{F2}}.

Mit freundlichen Grüßen
Hausverwaltung`,
    `Verkaufe Kinderwagen, kaum benutzt, 120 €. Abholung: {{ADDR}}. Bei Interesse SMS an {{G1}}: {{PHONE}}.`,
    `{{f1}}{{m2}}In stiller Trauer nehmen wir Abschied von
{{A1}}
* {{DOBO}}   † {{DATE}}
In Liebe: {{F2}}, {{G3}} und alle Enkel`,
    `{{m3}}{{k3}}Stammbaum, bitte als Tabelle:
{{F1}}, geb. {{DOBO}} in Daegu, verh. mit {{F2}}
Sohn: {{F3}}, geb. {{DOBY}}
Die Familie {{S1}} lebt seit 1994 in Frankfurt.`,
    `Kader C-Jugend Saison 2025/26
Tor: {{F1}}
Abwehr: {{F2}}, {{W3}}
Notfallkontakt {{G1}}: {{PHONE}}`,
    `{{f2}}Liebe Eltern von {{F1}},

{{G1}} hat am {{DATE}} ohne Entschuldigung gefehlt. Bitte melden Sie sich bei Frau {{S2}} unter {{PHONE}}.`,
    `Re: Bank zahlt nicht zurück

Beitrag von {{g1}}

Meine Bank sagt, die Überweisung an {{F2}} (IBAN {{IBAN}}) sei von mir freigegeben worden. Hat jemand Erfahrung mit der Schlichtungsstelle?`,
    `{{f1}}Übersetze ins Koreanische: „Liebe {{G1}}, danke, dass du auf die Kinder aufgepasst hast. {{G2}} holt dich am {{DATE}} am Flughafen ab.“`,
    `Mailbox: Hallo, hier ist {{G1}} von der Werkstatt, rufen Sie mich bitte zurück unter {{PHONEW}}, es geht um die Bremsen.`,
    `Tastatur spinnt, deshalb so: {{G1}} erreichst du unter {{PHONES}}`,
    `Notiz: Das WLAN-Passwort im Ferienhaus ist {{PHRASE}}. Den Ersatzschlüssel hat {{G1}}.`,
    `Anmeldung Krankenkasse (Österreich): {{F1}}, Sozialversicherungsnummer {{SVNR}}, wohnhaft {{ADDR}}.`,
    `{{f1}}Neue Mitarbeiterin in Basel: {{F1}}, AHV-Nummer {{AHV}}, Eintritt {{DATE}}, Lohnkonto {{IBAN}}.`,
    `Mietwagenvertrag
Fahrer: {{F1}}
Führerscheinnummer: {{DL1}}
Geburtsdatum: {{DOB}}`,
    `{{G1}} hat aus Versehen das hier in den Teamkanal gepostet:
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
Was müssen wir jetzt tun?`,
    `Bitte die VPN-Freigabe für {{IP}} einrichten (Homeoffice {{F1}}), genehmigt von {{F2}}.`,
    `{{F1}} und {{F2}} haben schon wieder die Schichten getauscht. Kannst du den Plan so ändern, dass {{G1}} Donnerstag hat?`,
    `{{f1}}schreib ein kurzes gedicht zum 50. für {{n1}}, sie wandert gern und liebt schlechte wortspiele`,
    `Ich habe mit meiner Karte {{CARD}} bezahlt und wurde doppelt belastet. Formuliere bitte eine Reklamation. Karteninhaber: {{A1}}.`,
    `Wer meinen grauen Rucksack in der S-Bahn gefunden hat: bitte an {{O1}} schreiben. Danke, {{G1}}`,
    `Hey {{G1}}, das neue Passwort fürs Staging ist {{PWD}}. Bitte nicht wieder in den Chat kopieren.`,
    `Patient: {{U1}}, geb. {{DOB}}
Diagnose: rezidivierende Migräne
Überweisung durch Dr. {{S2}}, Angehörige: {{F3}} ({{PHONE}})`,
    `Fass den Verlauf zusammen: {{F1}} hat {{F2}} um Freigabe der Erstattung gebeten, {{S2}} meint, nur {{F3}} dürfe das, und {{G3}} ist bis Montag im Urlaub.`,
    `SEPA-Lastschriftmandat
Kontoinhaber: {{F1}}
IBAN: {{IBAN}}
Anschrift: {{ADDRL}}`,
    `Prüf bitte diese Zeilen aus der Lohnabrechnung:
personalnr;steuer_id;sv_nummer
1187;{{STID}};{{RVNR}}
1188;{{STID}};{{RVNR}}`,
    `Reisepass verlängern: {{U1}}, Passnummer {{PASSPORT}}, geb. {{DOBI}}, Anschrift {{ADDR}}.`,
    `Server-Log, wer scannt uns da?
{{IP}} - - [12/Mar/2025:10:01:22 +0100] "GET /wp-login.php HTTP/1.1" 404 162
{{IP}} - - [12/Mar/2025:10:01:24 +0100] "GET /.env HTTP/1.1" 404 162`,
    `Füll bitte das Formular für mich aus: Ich heiße {{F1}}, bin am {{DOB}} geboren, Adresse {{ADDR}}, Telefon {{PHONE}}, Mail {{E1}}.`,
    `Meine Kreditkarte {{CARD}}, gültig bis 11/27 – darf ich die im Passwortmanager speichern?`,
    `~/.netrc:
machine git.intern login ci password {{PWD}}

Warum fragt git trotzdem nach dem Passwort?`,
    `Notfallkontakte Klassenfahrt:
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Fasse die Handlung von Effi Briest in drei Sätzen zusammen.`,
    `Was verdanken wir Robert Koch, und was Rudolf Virchow? Je ein Absatz.`,
    `Schreib eine Produktbeschreibung für die neue Porsche-Design-Uhr (Artikel {{ORDER}}), Preis {{AMOUNT}}.`,
    `Unsere Tests laufen mit der Testkarte {{TESTCARD}}. Warum wird {{NOCARD}} als ungültig abgelehnt?`,
    `Die IBAN {{NOIBAN}} wird im Formular abgelehnt. Wie berechnet man die Prüfziffer?`,
    `Laut git bisect hat {{SHA}} das Release {{VER}} kaputt gemacht. Wie sehe ich die geänderten Dateien?`,
    `Request {{UUID}} läuft hinter dem Load Balancer {{DOCIP}} in einen Timeout. Reicht ein Retry?`,
    `Schreib einen kurzen Text über König Sejong und die Erfindung des Hangeul für ein Schulplakat.`,
    `Vergleiche den Hyundai Ioniq 5 mit dem Kia EV6 für eine Familie, die oft an die Ostsee fährt.`,
    `Plane drei Tage in Seoul: Gyeongbokgung, Bukchon und ein Abend am Han-Fluss.`,
    `Gibt es die Baker Street wirklich, und wo hätte Sherlock Holmes dort gewohnt?`,
    `Erklär einem Azubi diese Vorlage:
api_key: DEIN_API_KEY
passwort: <hier eintragen>
token: \${TOKEN}`,
    `Bestellung {{ORDER}} hat das Lager in Erfurt am {{DATE}} verlassen, die Sendungsverfolgung steht still. Was sage ich dem Kunden?`,
    `Das Release {{VER}} ist für den {{DATE}} geplant, der Code-Freeze beginnt eine Woche vorher.`,
    `Warum klappt ping {{DOCIP}}, aber die App erreicht localhost:8080 nicht?`,
    `Die Werke von Albrecht Dürer und Lucas Cranach im Vergleich: ein Absatz für die Kunst-AG.`,
    `Kafka, Redis und Jenkins laufen auf demselben Node. Sollte Jenkins eine eigene VM bekommen?`,
    `Schreib eine Gute-Nacht-Geschichte, in der Pippi Langstrumpf auf das Sams trifft.`,
    `Die Ausstellung zu Paula Modersohn-Becker ist vom {{DATE}} bis zum {{DATE}} geschlossen.`,
    `Ist {{NOCARD}} eine echte Kartennummer oder ein Tippfehler? Sie stand im Bestellformular zu {{ORDER}}.`,
    `Formuliere einen Post für die Aktion von Dr. Oetker und erwähne @drOetker_de.`,
    `Unser Firmensitz zieht von der Hafencity in die Speicherstadt. Aktualisiere die Über-uns-Seite, ohne Hausnummern.`,
    `Wie viele Tore hat Son Heung-min für den Hamburger SV geschossen?`,
    `Rechnung {{ORDER}} über {{AMOUNT}} ist seit {{NUM}} Tagen überfällig. Bitte eine höfliche Erinnerung an die Buchhaltung von Kranich Bau.`,
    `Stell den Timer auf 25 Min und lösch alle Zeilen, in denen „Bin“ steht.`,
    `Erklär mir, was {{CIDR}} in dieser Firewall-Regel abdeckt und ob {{DOCIP}} darunterfällt.`,
  ],
  neg: [
    `{{C}}`,
    `Kannst du das einfacher formulieren? {{C}}`,
    `Übersetze ins Englische:

{{C}} {{C}}`,
    `Fasse in einem Satz zusammen:
{{C}}
{{C}}
{{C}}`,
    `Ist dieser Satz grammatisch korrekt? „{{C}}“`,
    `Das Meeting ist auf den {{DATE}} verschoben, gleicher Raum.`,
    `{{C}} Was heißt das konkret?`,
    `Mach daraus Stichpunkte:
- {{C}}
- {{C}}`,
    `Einkaufsliste: Hafermilch, Zitronen, Reis, zwei Zwiebeln, Spülmittel.`,
    `Welche drei Fragen würde ein Leser nach diesem Satz stellen? {{C}}`,
  ],
};
