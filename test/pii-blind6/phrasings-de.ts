// German phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const DE: Phrasings = {
  pos: [
    `Zeugnis Klasse 3b — Halbjahr
Name: {{f1}}{{U1}}, geb. {{DOBK1}}
Arbeitsverhalten: {{G1}} arbeitet sorgfältig und bittet um Hilfe, wenn sie etwas nicht versteht.
Sozialverhalten: hilfsbereit, manchmal zu still im Sitzkreis.
Klassenlehrerin: {{I2}}`,
    `Ladung zum Termin
In der Mietsache {{S1}} ./. Hausverwaltung Brückner GmbH werden Sie, {{F1}}, wohnhaft {{ADDR}}, zur mündlichen Verhandlung am {{DATE}} um {{TIME}} Uhr geladen. Az. {{ORDER}}`,
    `Hausgemeinschaft Gartenweg 🏡
[{{TIME}}] {{g1}}: hat jemand ein paket für mich angenommen? dhl sagt abgegeben bei nachbarn
[{{TIME}}] {{g2}}: ja liegt bei mir, 2. stock links
[{{TIME}}] {{g1}}: danke dir!!`,
    `Anmeldeschein für Beherbergungsstätten
Familienname: {{S1}}
Vorname: {{G1}}
Geburtsdatum: {{DOB1}}
Staatsangehörigkeit: {{NAT1}}
Reisepass-Nr.: {{PASSHOME1}}
Anschrift: {{ADDRH1}}`,
    `Kannst du diese Bewerbung etwas förmlicher machen?

"Hallo, ich bin {{f1}}{{F1}}, 27, und würde gerne bei euch als Mechatronikerin anfangen. Ich hab meine Ausbildung in Kassel gemacht. Erreichbar bin ich unter {{PHONE}} oder {{E1}}. Lieben Gruß"`,
    `Lebenslauf
{{P1}}
{{ADDRL}}
Telefon: {{PHONE}} | E-Mail: {{E1}}
Geburtsdatum: {{DOB1}} in Jerewan
Berufserfahrung: seit 2020 Pflegefachkraft, Klinikum Nord`,
    `Liebe {{f1}}{{G1}}, lieber {{m2}}{{G2}},
von Herzen unser Beileid zum Tod eurer Mutter. {{f3}}{{F3}} war für uns alle im Chor wie eine zweite Oma. Wir denken an euch.
Familie Hartmann`,
    `Schadenmeldung Hausrat
Versicherungsnehmer: {{R1}}
Steuer-ID (für die Auszahlung angefragt): {{STID}}
Schadenort: {{ADDR}}
Bankverbindung: {{IBAN}}
Rückfragen bitte an {{E1}}`,
    `Ticket #{{NUM}}: Export bricht bei großen Dateien ab
{{F1}} schrieb: Passiert bei mir ab ca. 40 MB.
{{F2}} schrieb: Kann ich bestätigen, Logs anbei. @{{H3}} kannst du dir das anschauen?`,
    `Notizen für die Babysitterin
{{G1}} isst keine Nüsse! Schlafenszeit 19:30.
Bei Fragen: Mama {{PHONE}}, Oma {{f2}}{{G2}} {{PHONE}}
WLAN: {{PWD}}`,
    `Bewertung: 5 Sterne. Frau {{f1}}{{S1}} an der Rezeption war super freundlich, und {{G2}} aus der Küche hat extra ein glutenfreies Frühstück gemacht. Gerne wieder!`,
    `Übersetze bitte ins Georgische: „{{G1}} und ich kommen am Freitag. Wir wohnen bei {{F2}}, {{ADDR}}."`,
    `Mitgliedsvertrag Fitnessstudio — Vermerk
{{N1}} möchte den Vertrag ruhen lassen (Schwangerschaft). SEPA-Mandat auf {{IBAN}} pausieren bis {{DATE}}. Rückruf unter {{PHONEW}}.`,
    `Familienchronik, Abschnitt Großeltern:
{{m1}}{{P1}} (geb. {{DOBO1}} in Thessaloniki) kam 1962 als Gastarbeiter nach Stuttgart. Seine Frau {{f2}}{{F2}} folgte zwei Jahre später.
Bitte in flüssigen Text umformulieren.`,
    `Rede zur Hochzeit — Entwurf
Als {{G1}} mir vor fünf Jahren {{G2}} vorgestellt hat, dachte ich: Die zwei streiten sich über jede Landkarte. Ich hatte recht. Und trotzdem …
(mach das bitte etwas kürzer)`,
    `Besetzung „Der zerbrochne Krug"
Adam ........ {{F1}}
Eve ......... {{F2}}
Walter ...... {{F3}}
Probe am {{DATE}} fällt aus, Ersatztermin klärt {{G2}}.`,
    `Frachtbrief Nr. {{ORDER}}
Empfänger: {{A1}}
Lieferanschrift: {{ADDR}}
Avis an: {{PHONE}}`,
    `Einkommensteuererklärung — Anlage N
Steuerpflichtige Person: {{F1}}
Identifikationsnummer: {{STID}}
Kannst du mir sagen, was in Zeile 22 gehört?`,
    `Moin {{G1}}, die Zugangsdaten für die Staging-DB: {{CONN}} — bitte nicht ins Wiki kopieren. Gruß {{G2}}`,
    `Fahrzeugübergabe Mietwagen
Hauptfahrer: {{F1}}, Führerschein-Nr. {{DL1}}, geb. {{DOB1}}
Kreditkarte für die Kaution: {{CARD}}`,
    `Protokoll Eigentümerversammlung: Herr {{m1}}{{S1}} (Whg. 4) bemängelt die Heizung. Frau {{f2}}{{F2}} übernimmt die Kommunikation mit dem Handwerker.`,
    `Fass diese Sprachnachricht zusammen: „Hallo, hier ist {{G1}}, ich wollte nur sagen, dass {{G2}} morgen nicht zur Therapie kommen kann. Ruf mich zurück unter {{PHONES}}."`,
    `{{E1}} hat sich gestern mit dem Passwort {{PWD}} eingeloggt, von {{IP}} aus. War das {{G1}} selbst?`,
    `Sozialversicherungsnummer von {{F1}} für die Anmeldung in Wien: {{SVNR1}}. Geburtsdatum {{DOB1}}.`,
    `Kopie Personalbogen
Name, Vorname: {{R1}}
Geburtsname: {{S2}}
Vater: {{k3}}{{m3}}{{F3}}
Tel.: {{PHONEH1}}`,
    `Hallo zusammen, {{f1}}{{F1}} übernimmt ab Montag die Schichtplanung. Fragen bitte direkt an sie: {{E1}}.`,
    `GitHub-Token vom alten Build-Server (gehörte {{H1}}): {{KEY}}`,
    `Unterschrift: {{F1}}
Ort, Datum: Leipzig, {{DATE}}`,
    `Kannst du für {{f1}}{{G1}} eine kurze Dankeskarte schreiben? Sie hat drei Wochen lang unsere Katze gefüttert, während wir in Armenien waren.`,
    `Überweisung an {{F1}} für die Nachhilfe: {{IBANX}}, Verwendungszweck „Mathe März".`,
    `Reisepass {{PASSPORT}} ausgestellt auf {{A1}}; bitte bei der Einreise vorzeigen.`,
    `Anmeldung Krankenkasse (Zürich)
Versicherte Person: {{R1}}
AHV-Nr.: {{AHV}}
Geburtsdatum: {{DOB1}}
Ausweis Heimatland: {{HOMEID1}}`,
    `Die Passphrase für den gemeinsamen Tresor von {{G1}} und {{G2}} lautet „{{PHRASE}}". Bitte nur mündlich weitergeben.`,
    `Warum wird die Karte {{CARD}} im Shop abgelehnt? Ablaufdatum stimmt.`,
    `Im Router-Log taucht ständig {{IP}} auf, auch nachts um {{TIME}}. Ist das ein Angriff?`,
    `Miete bitte ab sofort auf {{IBAN}} überweisen, die alte Bankverbindung ist gekündigt.`,
    `Der Führerschein Nr. {{DL1}} wurde in der Werkstatt liegen gelassen, bitte an der Kasse abholen.`,
  ],
  hard: [
    `Schreib drei Sätze über Odysseas Elytis und den Nobelpreis von 1979.`,
    `Die Rustaweli-Allee ist die Hauptstraße von Tiflis; dort stehen Oper und Parlament.`,
    `Aram Chatschaturjans „Säbeltanz" kennt fast jeder, auch wer das Ballett nie gesehen hat.`,
    `Bestellung {{ORDER}} bei Dr. Oetker: Lieferung verschoben auf {{DATE}}.`,
    `Für Tests bitte nur {{TESTCARD}} verwenden, Ablaufdatum z. B. {{DATE}}.`,
    `Die Kartennummer {{NOCARD}} besteht die Prüfsumme nicht — Tippfehler beim Abschreiben?`,
    `Beispiel-IBAN aus der Doku: {{NOIBAN}} (absichtlich ungültig).`,
    `Version {{VER}} behebt den Absturz beim Import; Commit {{SHA}}.`,
    `Anfrage {{UUID}} dauerte 3,1 s, Upstream {{DOCIP}} hat nicht geantwortet.`,
    `Bitte nur {{CIDR}} in der Firewall freigeben (Change {{ORDER}}).`,
    `Ersetze [Vorname] [Nachname] durch den Namen des Kunden.`,
    `Zorba tanzt am Strand, und der Erzähler lernt endlich, loszulassen. Wer hat den Roman geschrieben?`,
    `Giannis Antetokounmpo wurde 2021 zum wertvollsten Spieler der Finalserie gewählt.`,
    `Der Ararat ist von Jerewan aus zu sehen, liegt aber in der Türkei.`,
    `Das Meeting ist auf {{DATE}} um {{TIME}} verschoben, Raum {{NUM}}.`,
    `Ernst gemeint: Die Rose im Vorgarten braucht mehr Sonne. Kostet {{AMOUNT}} beim Gärtner.`,
    `Porsche, Bosch und Miele tragen die Namen ihrer Gründer; nenne zwei weitere Marken.`,
    `Sendungsverfolgung {{ORDER}}: Paket im Verteilzentrum, Zustellung voraussichtlich {{DATE}}.`,
    `Medea tötet ihre Kinder, um Jason zu treffen — fasse die Tragödie des Euripides zusammen.`,
    `Maria Callas sang die Norma fast hundertmal; schreib einen kurzen Programmtext.`,
    `Setze API_KEY=DEIN_SCHLUESSEL in die .env und starte den Container neu.`,
  ],
  neg: [
    `Erklär mir diesen Satz einfacher: „{{C}}"`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Übersetze ins Englische: {{C}}`,
    `Ist dieser Satz korrekt? {{C}}`,
    `Mach daraus eine Checkliste: {{C}} {{C}}`,
    `Was bedeutet das konkret? {{C}}`,
    `Aus der Hilfe: „{{C}}" — den zweiten Teil verstehe ich nicht.`,
    `In einem Satz zusammenfassen: {{C}}`,
    `Bitte Korrektur lesen: {{C}}`,
  ],
};
