// Italian phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const IT: Phrasings = {
  pos: [
    `Gentile{{f1}} sig.ra {{S1}},

le ricordo che il canone di locazione dell'appartamento in {{ADDR}} va versato entro il giorno 5 sul conto {{IBAN}}. Questo mese non risulta ancora accreditato.

Cordiali saluti,
{{F2}}`,
    `Segreteria telefonica, messaggio delle {{TIME}}:
"Buongiorno, sono {{W1}}, chiamo per la caldaia che perde acqua. Mi può richiamare al {{PHONEW}}? Grazie."
Riassumi il messaggio per il tecnico.`,
    `VERBALE DI DENUNCIA n. {{ORDER}}
Si presenta {{U1}}, nato{{m1}} il {{DOB}}, codice fiscale {{CF1}}, residente in {{ADDR}}, il quale denuncia lo smarrimento del permesso di soggiorno e del passaporto n. {{PASSHOME1}}. Recapito: {{PHONE}}.`,
    `Tavolo 5 del matrimonio:
- {{F1}} (testimone, celiaca{{f1}})
- {{F2}} con il compagno
- {{F3}}, arriva dopo la cerimonia
Mi fai una tabella con le intolleranze?`,
    `Iscrizione scuola calcio
Atleta{{m1}}: {{R1}}
Nato il: {{DOBK}}
Codice fiscale: {{CF1}}
Genitore{{f2}}{{l2}}: {{F2}}, cell. {{PHONE}}`,
    `Cronaca: l'Audace Prato under 15 vince 3-2. Doppietta di {{W1}}, gol decisivo di {{S2}} al novantesimo. Il mister, {{F3}}, elogia la grinta di {{G1}}.`,
    `Impegnativa
Paziente: {{A1}}
Data di nascita: {{DOB}}
Codice fiscale: {{CF1}}
Quesito: dolore toracico atipico, si richiede visita cardiologica con ECG.
Dott.{{m2}} {{I2}}`,
    `Esiti della maturità, classe 5ª C
{{n1}}: 92/100
{{n2}}: 68/100
{{n3}}: 100 e lode
Scrivi un breve messaggio di congratulazioni per ogni famiglia.`,
    `Affittasi bilocale arredato in {{ADDR}}, terzo piano, ascensore, riscaldamento autonomo. Contattare {{F1}} al {{PHONE}} oppure a {{E1}}.`,
    `Sistemami il profilo: "Sono {{G1}}, 28 anni, nata{{f1}} a Prato da genitori di Wenzhou. Lavoro nella moda, amo il ramen e il tiramisù. Su Instagram sono {{H1}}"`,
    `Lettera di referenze

A chi di competenza,
ho avuto il piacere di lavorare con {{W1}} per tre anni. {{G1}} è un collaboratore{{m1}} affidabile e preciso. Resto a disposizione al {{PHONE}}.
{{I2}}`,
    `Nota spese
Dipendente: {{W1}}
Codice fiscale: {{CF1}}
Trasferta: fiera di Bologna, tre giorni a partire dal {{DATE}}
Totale: {{AMOUNT}}
Rimborso su: {{IBAN}}`,
    `CRM, cliente Cantiere Sirena:
{{DATE}}: telefonata con {{F1}}, vuole anticipare la consegna. Inviare preventivo a {{E1}}, in copia il socio {{W2}} ({{PHONE}}).`,
    `Ticket #{{NUM}}, priorità alta
Da: {{E1}}
Oggetto: doppio addebito
Mi avete addebitato due volte l'abbonamento sulla carta {{CARD}}. Chiedo il rimborso. {{F1}}`,
    `#devops
{{H1}}: il db di staging ({{IP}}) è giù
{{H2}}: riavviato, la nuova stringa è {{CONN}}
{{H1}}: grazie {{G2}}`,
    `INSERT INTO clienti (nome, cognome, codice_fiscale, email) VALUES
  ('{{G1}}', '{{S1}}', '{{CF1}}', '{{E1}}'),
  ('{{G2}}', '{{S2}}', '{{CF2}}', '{{E2}}');
-- perché va in errore il vincolo UNIQUE?`,
    `# application-prod.yml
spring:
  mail:
    host: smtp.cantiere-sirena.it
    username: fatture
    password: {{PWD}}
referente: {{E1}}
Perché l'invio delle mail fallisce?`,
    `{"intestatario": "{{W1}}", "codice_fiscale": "{{CF1}}", "iban": "{{IBAN}}", "nascita": "{{DOBI}}"}
Genera la classe Java corrispondente.`,
    `May 20 03:11:42 gw01 vpn[884]: auth failed user={{H1}} src={{IP}}
May 20 03:11:58 gw01 vpn[884]: auth ok user={{H1}} src={{IP}}
È un attacco?`,
    `java.lang.IllegalArgumentException: codice fiscale non valido per {{F1}}: {{CF1}}
    at it.sirena.anagrafica.Validatore.verifica(Validatore.java:51)
Eppure il codice mi sembra giusto, dove sbaglia?`,
    `commit {{SHA}}
Autore: {{W1}} <{{E1}}>

    Rimossi dati reali dai test

    Il file di prova conteneva il codice fiscale {{CF2}} di {{W2}}.`,
    `Commento in revisione su config.js:
> const token = "{{KEY}}";
{{G2}}: {{G1}}, niente chiavi nel codice, per favore revocala subito.`,
    `BEGIN:VEVENT
SUMMARY:Consegna chiavi
DTSTART:20251112T103000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT`,
    `BEGIN:VCARD
VERSION:3.0
FN:{{W1}}
TEL;TYPE=CELL:{{PHONE}}
TEL;TYPE=WORK:{{PHONEX}}
EMAIL:{{E1}}
BDAY:{{DOBI}}
END:VCARD`,
    `Da: {{W1}} <{{E1}}>
A: amministrazione@cantiere-sirena.it
Oggetto: nuove coordinate bancarie
Received: from [{{IP}}]

È una truffa?`,
    `---------- Messaggio inoltrato ----------
Da: {{F1}} <{{E1}}>
Oggetto: caparra

Ciao {{G2}}, mi restituisci la caparra su questo IBAN? {{IBAN}}. Grazie, {{G1}}
---------
Che ne pensi?`,
    `R I C H I E S T A   D I   R E S I D E N Z A   (scansione)
Cognome:  {{S1}}      Nome:  {{G1}}
Data  di  nascita:  {{DOB}}
Codice  fiscale:  {{CF1}}
Indirizzo:  {{ADDRL}}
Sistema gli spazi dell'OCR.`,
    `Riformula con gentilezza: "{{G1}}, hai di nuovo parcheggiato davanti al mio garage. L'amministratore, {{W2}}, è già stato avvisato."`,
    `Necrologio: è mancato {{F1}}, nato{{m1}} il {{DOBO}} a Wenzhou. Ne danno il triste annuncio la moglie{{f2}}{{l2}} {{G2}} e i figli.`,
    `Verbale dell'assemblea condominiale: la sig.ra {{S1}}{{f1}} (int. 6) chiede la sostituzione del citofono; il sig. {{S2}}{{m2}} è contrario. Contatto dell'amministratore: {{O3}}.`,
    `Chat genitori 3ª B: chi può prendere {{G1}} mercoledì? La mamma{{f2}}{{l2}}, {{W2}}, esce tardi dal lavoro. Il suo numero: {{PHONES}}.`,
    `Fattura n. 2025/044, lavori idraulici in {{ADDR}}
Importo: {{AMOUNT}}
Pagamento a {{F1}}, IBAN {{IBAN}}
Tel. {{PHONE}}`,
    `Oggetto smarrito: portafoglio con patente n. {{DL1}} intestata a {{A1}}. Ritirabile presso il comando dei vigili.`,
    `La password del wifi della casa al mare è {{PWD}}. Per qualsiasi cosa chiamate {{G2}}. Buone vacanze! {{G1}}`,
    `La passphrase del mio gestore di password è {{PHRASE}}; la conosce solo {{W2}}.`,
    `Traduci in cinese per mia suocera: "Signora {{S1}}, sua figlia{{f2}}{{l2}} {{G2}} ha superato l'esame di guida." {{f1}}`,
    `Foglio presenze del corso di cucina:
nome;email;quota
{{F1}};{{E1}};pagata
{{F2}};{{E2}};da pagare
Chi deve ancora pagare?`,
    `Salve, sono {{W1}} e vorrei aprire una partita IVA. Il mio codice fiscale è {{CF1}} e sono nato{{m1}} il {{DOB}}. Che documenti servono?`,
    `Scheda alloggiati, Hotel Sirena
Ospite: {{U1}}
Passaporto: {{PASSPORT}}
Carta a garanzia: {{CARD}}
Arrivo: {{DATE}}
Manca qualcosa per il check-in di {{G1}}?`,
    `Noleggio auto: conducente{{m1}} {{W1}}, patente {{DL1}}, nato il {{DOB}}; deposito bloccato sulla carta {{CARD}}.`,
    `Lettera d'invito per visto
Io sottoscritto{{m1}} {{W1}}, codice fiscale {{CF1}}, residente in {{ADDR}}, invito mio padre{{m2}}{{k2}} {{W2}}, carta d'identità n. {{HOMEID2}}, passaporto {{PASSHOME2}}, a soggiornare presso di me per un mese.`,
    `{{G1}} del coro chiede una versione più semplice di questo paragrafo: "{{C}} {{C}}" Manda il risultato anche a {{E1}}.`,
    `Appunti della lezione di musica di {{W1}} ({{DATE}}), da inoltrare a {{O1}}:
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Spiega il pensiero di Confucio sulla famiglia per una terza liceo.`,
    `Chi era Marco Polo e cosa racconta il Milione della corte di Kublai Khan?`,
    `Riassumi I promessi sposi in cinque frasi, con Renzo, Lucia e don Abbondio.`,
    `Perché Ferrero e Barilla sono rimaste aziende di famiglia così a lungo?`,
    `Scrivi una scheda prodotto per una moka Bialetti, con tono scherzoso.`,
    `Cosa vedere a Prato in un giorno: il Duomo, il Castello dell'Imperatore e via Pistoiese.`,
    `Nel file .env.example metti DB_PASSWORD=<la-tua-password> e API_KEY=LA_TUA_CHIAVE e spiega perché il vero .env non va nel repository.`,
    `In ambiente di test usate la carta {{TESTCARD}} con una scadenza qualsiasi.`,
    `Il numero {{NOCARD}} non supera il controllo di Luhn. Mostrami il calcolo.`,
    `Il modulo rifiuta {{NOIBAN}}. Come si calcolano le cifre di controllo dell'IBAN?`,
    `Dov'è finito l'ordine {{ORDER}}? Doveva arrivare il {{DATE}}.`,
    `Dalla versione {{VER}} il commit {{SHA}} non compila più. Idee?`,
    `È sicuro eseguire DELETE FROM carrelli WHERE id = '{{UUID}}'; in produzione?`,
    `Consenti {{DOCIP}} nel firewall e blocca {{CIDR}}.`,
    `Il contratto parte il {{DATEA}} e l'adeguamento ISTAT è il {{DATEB}}. Quanti mesi passano?`,
    `Differenze tra RabbitMQ, Kafka e NATS per un'architettura a eventi.`,
    `Scrivi una poesia su una lanterna rossa accesa per il capodanno cinese a Milano.`,
    `Confronta il commissario Montalbano con il commissario Ricciardi.`,
    `Riassumi la storia della Città Proibita in dieci righe.`,
    `2025-07-09 02:15:44 ERROR backup={{UUID}} fallito dopo 3 tentativi (disco pieno)`,
    `Dividi {{AMOUNT}} fra tre persone.`,
    `Scrivi un sollecito per la fattura {{ORDER}} di {{AMOUNT}}, scaduta il {{DATE}}.`,
    `Che ruolo ebbe Matteo Ricci nei rapporti tra l'Europa e la Cina dei Ming?`,
    `Racconta la carriera di Valentino Rossi in tre paragrafi.`,
    `Ricetta dei ravioli al vapore con gamberi, per sei persone.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Spiega a cosa serve ogni campo e quali non vanno mai nel repository.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
Quali ordini superano il budget?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Riassumi cosa è cambiato in questa versione.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
Cosa significa questa eccezione?`,
  ],
  neg: [
    `{{C}}`,
    `Semplifica questa frase: {{C}}`,
    `Traduci in inglese: {{C}} {{C}}`,
    `Questa frase è corretta? "{{C}}"`,
    `Riassumi in una riga:

{{C}}
{{C}}
{{C}}`,
    `Fai un elenco puntato:
{{C}}
{{C}}`,
    `Quanto deve cuocere un uovo alla coque?`,
    `Scrivi un haiku sulla prima brina.`,
    `Spiegalo a un bambino di dieci anni: {{C}}`,
    `Lista della spesa: latte d'avena, porri, due limoni, aceto di riso, tofu. Ordinala per reparto.`,
    `Dammi tre varianti di questa frase: {{C}}`,
    `Vero o falso, secondo il manuale? {{C}}`,
    `Quanti grammi sono tre tazze di farina?`,
  ],
};
