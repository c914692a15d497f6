// Italian phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const IT: Phrasings = {
  pos: [
    `Ricetta
Assistito: {{U1}}
Codice fiscale: {{CF1}}
Paracetamolo 1000 mg, al bisogno, max 3 al giorno
Medico: dott. {{S2}}`,
    `Oggetto: restituzione del deposito cauzionale

Gentile {{F1}},
ho lasciato l'appartamento di {{ADDR}} il mese scorso. La prego di restituire la cauzione sull'IBAN {{IBAN2}}.
Cordiali saluti, {{F2}}`,
    `Trovato un mazzo di chiavi in piazza con un portachiavi a forma di pesce. Chi è {{F1}}? Scrivetemi al {{PHONE2}}.`,
    `Turni volontari sagra
Cucina: {{g1}}, {{g2}}
Cassa: {{I3}}
Pulizie: chi resta`,
    `Disposizione posti — esame di Stato
Banco 1: {{R1}}
Banco 2: {{R2}}
Banco 3: {{R3}}`,
    `CARTA D'IMBARCO
{{A1}}
FCO → ACC   Volo {{NUM}}
Passaporto {{PASSHOME1}}`,
    `Badge convegno
{{F1}}
Relatrice · Sala Verdi
{{E1}}`,
    `Checklist inserimento {{F1}}
- Codice fiscale: {{CF1}}
- Data di nascita: {{DOB1}}
- IBAN stipendio: {{IBAN1}}
- Referente: {{F2}}`,
    `Chat assistenza
Cliente: salve sono {{n1}}, la carta {{CARD1}} risulta bloccata
Operatore: verifico subito`,
    `Bug #{{NUM}}: il PDF non si genera
log:
ERROR utente={{H1}} ip={{IP1}} timeout
Assegnato a {{F2}}`,
    `metadata:
  name: prenotazioni
  annotations:
    referente: "{{E1}}"
    telefono: "{{PHONE1}}"`,
    `INSERT INTO soci (nome, email, nato) VALUES ('{{F1}}', '{{E1}}', '{{DOBI1}}');`,
    `Nome	Cellulare	Indirizzo
{{F1}}	{{PHONE1}}	{{ADDR}}`,
    `Messaggio vocale: "Ciao sono {{g1}}, richiamami al {{PHONEW1}}, è per la caldaia."`,
    `Notiziario parrocchiale: auguri a {{F1}} e {{F2}} per il loro matrimonio!`,
    `Classifica della corsa campestre: 1ª {{f1}}{{F1}}, 2ª {{f2}}{{F2}}, 3ª {{f3}}{{F3}}.`,
    `È mancata all'affetto dei suoi cari
{{A1}}
nata il {{DOBO1}}. Ne danno l'annuncio i figli {{G2}} e {{G3}}.`,
    `Contratto di noleggio auto
Conducente: {{R1}}
Patente n. {{DL1}}
Carta: {{CARD1}}`,
    `Puoi riscrivere questo messaggio in modo più gentile? "{{G1}}, il condominio aspetta ancora la quota, chiamami al {{PHONES1}}."`,
    `La password del Wi-Fi dello studio è {{PWD}}, {{g1}}, non dirla a nessuno.`,
    `Scheda inquilino
Nome: {{P1}}
Nazionalità: {{NAT1}}
Documento del paese d'origine: {{HOMEID1}}
Indirizzo d'origine: {{ADDRH1}}`,
    `Chiave privata lasciata da {{F1}} sul server:
{{PKEY}}`,
    `Ciao {{G1}}, mi mandi il numero di {{F2}}? — Sì: {{PHONEH2}}`,
  ],
  hard: [
    `Kwame Nkrumah guidò il Ghana all'indipendenza nel 1957.`,
    `Alisher Navoiy è il più celebre poeta della letteratura uzbeka.`,
    `Il viale Goce Delchev costeggia il fiume Vardar a Skopje.`,
    `Ananse, il ragno delle fiabe akan, è un personaggio astuto.`,
    `Spesa: Nutella Ferrero, pasta Barilla, caffè Lavazza, totale {{AMOUNT}}.`,
    `Carta di prova per i pagamenti: {{TESTCARD}}, ticket {{ORDER}}.`,
    `Il numero {{NOCARD}} è il codice dello scontrino.`,
    `La spedizione {{ORDER}} arriverà il {{DATE}}.`,
    `IBAN di esempio non valido: {{NOIBAN}}`,
    `Versione {{VER}}, commit {{SHA}}, id richiesta {{UUID}}.`,
    `Consentire solo {{DOCIP}}; bloccare {{CIDR}}.`,
    `Sostituisci LA_TUA_CHIAVE_API e <password> con i tuoi valori.`,
    `La biblioteca resterà chiusa il {{DATE}}.`,
    `Kofi Annan ha ricevuto il premio Nobel per la pace nel 2001.`,
    `Benvenuto in via Garibaldi: il mercato si tiene ogni giovedì.`,
  ],
  neg: [
    `{{C}}`,
    `Spiegami meglio questo passaggio: {{C}}`,
    `Dalla guida: {{C}} {{C}}`,
    `Promemoria: assemblea condominiale il {{DATE}} alle {{TIME}}.`,
    `Riassumi in una frase: {{C}}`,
  ],
};
