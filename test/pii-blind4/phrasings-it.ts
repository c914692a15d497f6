// Italian phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const IT: Phrasings = {
  pos: [
    `Puoi riscrivere questa mail in modo meno brusco?

Ciao {{G1}},

le fatture del cantiere di Verona non sono ancora firmate. {{F2}} le aspetta da lunedì. Chiamami al {{PHONE}} se preferisci.

Saluti`,
    `{{f1}}Verbale dell'assemblea condominiale del {{DATE}}
Presenti: {{F1}} (amministratrice), {{I2}}, {{F3}}
1. {{S1}} comunica che l'ascensore sarà sostituito a maggio.
2. {{G2}} segnala infiltrazioni al terzo piano; {{S3}} contatterà l'assicurazione.`,
    `{{f1}}Fascicolo personale – riservato
Dipendente: {{U1}}
Data di nascita: {{DOB}}
Codice fiscale: {{CF}}
La sig.ra {{S1}} contesta il richiamo del {{DATE}}. Colloquio con {{F2}} la settimana prossima.`,
    `{{f1}}{{m2}}Gentile dott.ssa {{S1}},

le invio {{F2}}, nato il {{DOB}}, per dolore toracico da sforzo da sei settimane.

Cordiali saluti,
{{F3}}`,
    `{{m1}}Il mio padrone di casa, {{F1}}, non mi restituisce il deposito cauzionale dell'appartamento in {{ADDR}}. Ho riconsegnato le chiavi il {{DATE}} e non risponde al {{PHONE}}. Aiutami a scrivere una diffida.`,
    `Conferma di prenotazione
Passeggero principale: {{R1}}
Passaporto: {{PASSPORT}}
Secondo passeggero: {{F2}}
Contatto: {{E1}} – {{PHONE}}
Volo: Roma Fiumicino – Seul Incheon, {{DATE}}`,
    `Cliente: buongiorno, non riesco più ad accedere.
Operatore: a chi è intestato il conto?
Cliente: {{F1}}
Operatore: e la data di nascita?
Cliente: {{DOB}}
Operatore: grazie {{G1}}, le mando un link a {{E1}}.`,
    `Perché questa richiesta viene rifiutata?

{"cliente": {"nome": "{{F1}}", "iban": "{{IBAN}}", "telefono": "{{PHONE}}"}, "importo": 64.0}`,
    `Cosa c'è che non va in questo application.properties?

spring.datasource.url={{CONN}}
mail.api.key={{KEY}}
app.referente={{n1}}`,
    `Ordina l'elenco per cognome:
nome;email;data_nascita
{{F1}};{{E1}};{{DOB}}
{{F2}};{{E2}};{{DOB}}
{{F3}};{{E3}};{{DOB}}`,
    `2025-07-08 01:44:09 AVVISO accesso negato utente={{E1}} ip={{IP}}
2025-07-08 01:44:30 AVVISO accesso negato utente={{E1}} ip={{IP}}
È un attacco o qualcuno ha dimenticato la password?`,
    `Errore: pagamento rifiutato per {{A1}}
    at Ordine.addebita (ordine.py:73)
carta: {{CARD}}
Cosa significa?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>

    Rimuove il token dal repository

    Il vecchio token {{KEY}} è stato revocato.`,
    `{{f3}}{{g1}}: andiamo al cinema sabato?
{{g2}}: sì! chiedo a {{G3}} se viene anche lei
{{g1}}: comunque il mio numero nuovo è {{PHONE}}`,
    `Cosa ho fatto qui? Dalla cronologia della shell:
 402  ssh root@{{IP}}
 403  export DB_PASSWORD='{{PWD}}'
 404  psql -U {{g1}} magazzino`,
    `{{m1}}{{ADDRL}}

{{DATE}}

Egregio sig. {{S1}},

confermiamo la ricezione della sua disdetta. Il sopralluogo finale sarà fatto da {{F2}}.

Distinti saluti
L'amministrazione`,
    `Vendo passeggino, ottime condizioni, 90 €. Ritiro in {{ADDR}}. Scrivere a {{G1}} al {{PHONE}}.`,
    `{{f1}}{{m2}}Necrologio
{{A1}}, nata il {{DOBO}} a Suwon, è mancata il {{DATE}}. Ne danno il triste annuncio il marito {{F2}}, la figlia {{G3}} e i nipoti.`,
    `{{m1}}{{f2}}{{f3}}{{k3}}Appunti di genealogia da riordinare:
{{F1}}, nato il {{DOBO}} a Daejeon, sposato con {{F2}}
la figlia {{F3}}, nata il {{DOBY}}
la famiglia {{S1}} si trasferisce a Torino nel 1990`,
    `{{f1}}Rosa Under 15 – stagione 2025
Portiere: {{F1}}
Difesa: {{F2}}, {{W3}}
Contatto d'emergenza per {{G1}}: {{PHONE}}`,
    `{{m1}}{{f2}}Gentili genitori di {{F1}},
{{G1}} è stato assente il {{DATE}} senza giustificazione. Contattate la prof.ssa {{S2}} al {{PHONE}}.`,
    `Re: la banca non mi rimborsa

messaggio di {{g1}}

La mia banca (IBAN {{IBAN}}) dice che il bonifico a {{F2}} l'avrei "autorizzato" io. Qualcuno ha fatto ricorso all'ABF?`,
    `{{f1}}Traduci in coreano: "Cara {{G1}}, grazie per aver badato ai bambini. {{G2}} ti verrà a prendere all'aeroporto il {{DATE}}."`,
    `Messaggio in segreteria: salve, sono {{G1}} dell'officina, mi richiami al {{PHONEW}}, è per i freni.`,
    `tastiera rotta, scusa: {{G1}} al {{PHONES}}`,
    `Promemoria: la password del wifi della baita è {{PHRASE}}. {{G1}} ha la chiave di scorta.`,
    `Assunzione a Milano: {{F1}}, codice fiscale {{CF}}, residenza {{ADDR}}, accredito su {{IBAN}}.`,
    `Contratto di noleggio
Conducente: {{F1}}
Patente n.: {{DL1}}
Data di nascita: {{DOB}}`,
    `{{G1}} ha incollato questo nel canale del team per sbaglio:
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
Che facciamo?`,
    `Per favore abilitate l'accesso VPN per {{IP}} (smart working di {{F1}}), approvato da {{F2}}.`,
    `{{F1}} e {{F2}} si sono scambiati di nuovo il turno. Sistema il planning così {{G1}} ha il giovedì.`,
    `{{f1}}scrivimi una poesia breve di compleanno per {{n1}}, compie 40 anni e adora le escursioni`,
    `Ho pagato con la carta {{CARD}} e mi hanno addebitato due volte. Scrivi un reclamo. Intestatario: {{A1}}.`,
    `Se qualcuno ha trovato un portafoglio grigio vicino alla biblioteca: {{O1}}. Grazie! {{G1}}`,
    `Ciao {{G1}}, la nuova password dell'ambiente di test è {{PWD}}. Non incollarla più in chat.`,
    `{{m1}}Paziente: {{U1}}, nato il {{DOB}}
Motivo: emicrania ricorrente
Inviato dal dott. {{S2}}. Da avvisare: {{F3}}, {{PHONE}}.`,
    `Riassumi la discussione: {{F1}} ha chiesto a {{F2}} di approvare il rimborso, {{S2}} dice che può farlo solo {{F3}}, e {{G3}} è in ferie fino a lunedì.`,
    `Mandato SEPA
Intestatario: {{F1}}
IBAN: {{IBAN}}
Indirizzo: {{ADDRL}}`,
    `Controlla queste righe del cedolino:
matricola;codice_fiscale;iban
4401;{{CF}};{{IBAN}}
4402;{{CF}};{{IBAN}}`,
    `Rinnovo del passaporto: {{U1}}, passaporto n. {{PASSPORT}}, data di nascita {{DOBI}}, residenza {{ADDR}}.`,
    `Log di nginx, chi ci sta scansionando?
{{IP}} - - [12/Mar/2025:10:01:22 +0100] "GET /wp-login.php HTTP/1.1" 404 162
{{IP}} - - [12/Mar/2025:10:01:24 +0100] "GET /.env HTTP/1.1" 404 162`,
    `{{f1}}Compila il modulo per me: mi chiamo {{F1}}, sono nata il {{DOB}}, abito in {{ADDR}}, telefono {{PHONE}}, email {{E1}}.`,
    `La mia carta {{CARD}}, scadenza 06/28: posso tenerla nelle note del telefono?`,
    `Nel file .pgpass ho db01:5432:magazzino:{{g1}}:{{PWD}}
Perché psql chiede ancora la password?`,
    `Contatti d'emergenza per la gita:
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Riassumi la trama dei Promessi sposi in tre frasi.`,
    `Cosa ha dato Rita Levi-Montalcini alla neurobiologia? Un paragrafo.`,
    `Scrivi la scheda prodotto della nuova crema Ferrero (cod. {{ORDER}}), prezzo {{AMOUNT}}.`,
    `I nostri test usano la carta di prova {{TESTCARD}}. Perché {{NOCARD}} viene rifiutato?`,
    `L'IBAN {{NOIBAN}} non supera la validazione. Come si calcolano le cifre di controllo?`,
    `Secondo git bisect, {{SHA}} ha rotto la versione {{VER}}. Come vedo i file modificati?`,
    `La richiesta {{UUID}} va in timeout dietro il bilanciatore {{DOCIP}}. Basta un nuovo tentativo?`,
    `Scrivi un breve testo sul re Sejong e la nascita dell'hangul per una ricerca scolastica.`,
    `Confronta la Hyundai Kona elettrica con la Kia Niro per una famiglia che va spesso in Puglia.`,
    `Organizza tre giorni a Seul: Gyeongbokgung, Myeongdong e una sera lungo il fiume Han.`,
    `Via del Corso esiste davvero? Cosa ci si trova?`,
    `Spiega questo modello di configurazione:
chiave_api: LA_TUA_CHIAVE
password: <da compilare>
token: \${TOKEN}`,
    `L'ordine {{ORDER}} è partito dal magazzino di Piacenza il {{DATE}} e il tracciamento è fermo. Cosa dico al cliente?`,
    `La versione {{VER}} esce il {{DATE}}; il congelamento del codice inizia una settimana prima.`,
    `Perché ping {{DOCIP}} funziona ma l'app non raggiunge localhost:8080?`,
    `Scrivi una storia in cui Pinocchio incontra Corto Maltese a Venezia.`,
    `Kafka, Redis e Jenkins girano sullo stesso nodo. Conviene separare Jenkins?`,
    `La mostra di Caravaggio resta chiusa dal {{DATE}} al {{DATE}}.`,
    `{{NOCARD}} è un numero di carta vero o un refuso? Viene dall'ordine {{ORDER}}.`,
    `Prepara un post per la promozione Barilla e tagga @barillaitalia.`,
    `La sede si sposta da Porta Nuova a CityLife. Aggiorna la pagina "Chi siamo", senza numeri civici.`,
    `Quanti gol ha segnato Francesco Totti con la Roma?`,
    `La fattura {{ORDER}} di {{AMOUNT}} è scaduta da {{NUM}} giorni. Scrivi un sollecito cortese per la Fonderia Pallotta.`,
    `Nel foglio sostituisci "Min" con "minimo" e "Bin" con "binario".`,
    `Spiega cosa copre {{CIDR}} in questa regola del firewall e se {{DOCIP}} ne fa parte.`,
  ],
  neg: [
    `{{C}}`,
    `Puoi semplificare questa frase? {{C}}`,
    `Traduci in inglese:

{{C}} {{C}}`,
    `Riassumi in una riga:
{{C}}
{{C}}
{{C}}`,
    `Questa frase è corretta? "{{C}}"`,
    `La riunione è spostata al {{DATE}}, stessa sala.`,
    `{{C}} In pratica cosa vuol dire?`,
    `Trasforma in elenco puntato:
- {{C}}
- {{C}}`,
    `Lista della spesa: latte d'avena, limoni, riso, due cipolle, detersivo per piatti.`,
    `Che domande si farebbe un lettore dopo questa frase? {{C}}`,
  ],
};
