// Italian phrasings of this set, written fresh for it. Slots: see template.ts.
import type { Phrasings } from '../pii-blind/set-generate.ts';

export const IT: Phrasings = {
  pos: [
    `Studio dentistico: promemoria appuntamento per {{F1}} il {{DATE}} alle {{TIME}}. Per disdire chiamare il {{PHONE}}.`,
    `Ambulatorio veterinario – richiamo vaccino\nAnimale: Briciola (gatta, 5 anni)\nProprietario: {{N1}}\nIndirizzo: {{ADDR1}}\nCellulare: {{PHONEH1}}`,
    `Pagella – classe quarta, primo quadrimestre\nAlunno/a: {{A1}}, nato/a il {{DOBK1}}\nGiudizio: {{G1}} lavora con impegno e aiuta i compagni.\nInsegnante: {{I2}}`,
    `Ruolo d'udienza – Tribunale, aula 4\n9:30  {{U1}} (nato il {{DOB1}}) – direttissima\n10:15  {{U2}} – rinvio\n11:00  {{U3}} – sentenza`,
    `Oggetto: reclamo volo AZ 1637 – bagaglio smarrito\n\nGentili signori,\nla mia valigia non è mai arrivata. Passaporto n. {{PASSPORT1}}, telefono {{PHONES1}}. Chiedo il rimborso di {{AMOUNT}}.\n\nDistinti saluti,\n{{F1}}`,
    `Mi aiuti a migliorare la lettera di presentazione?\n\n{{F1}}\n{{ADDRL1}}\n{{E1}}\n\nGentili signori, desidero candidarmi per il ruolo di tecnico di laboratorio...`,
    `Tableau de mariage\nTavolo 1: {{F1}}, {{F2}}, {{F3}}\nTavolo 2: colleghi dell'ufficio\nNota: {{G1}} non mangia glutine.`,
    `FATTURA n. 77/2025\nCliente: {{O1}}, {{ADDRH1}}, codice fiscale {{NID1}}\nServizio: traduzione faroese–italiano, {{AMOUNT}}\nBonifico su {{IBAN}}.`,
    `Esportazione CRM:\nnome;cognome;email;telefono;data_nascita\n{{G1}};{{S1}};{{E1}};{{PHONE1}};{{DOB1}}\n{{G2}};{{S2}};{{E2}};{{PHONEH2}};{{DOB2}}`,
    `[{"user":"{{H1}}","text":"qualcuno ha la password del NAS?"},{"user":"{{H2}}","text":"{{PWD}} – non scriverla nel canale generale"}]`,
    `Commento di {{F1}} sul ticket DEV-514: @{{H2}} la chiave {{KEY}} è finita nei log, va revocata subito.`,
    `Riassumi la riunione in cinque punti.\nPresenti: {{F1}}, {{N2}}, {{T3}}\n{{C}}\n{{G2}} manda il preventivo a {{E2}}.`,
    `Necrologio (bozza): è mancato il {{DATE}} {{O1}}, nato il {{DOBO1}}. Lo annunciano la moglie {{F2}}{{k2}}{{f2}} e i nipoti.{{m1}}`,
    `Note genealogiche: {{O1}}, nato/a il {{DOBO1}}, documento {{HOMEID1}}; la figlia {{F2}}{{k2}}{{f2}} si trasferì a Genova.`,
    `Scheda dipendente: {{R1}}, patente {{DL1}}, telefono {{PHONE1}}, connessione al gestionale {{CONN}}.`,
    `Traduci in inglese: «Mi chiamo {{F1}}, il mio numero è {{PHONEW1}} e aspetto ancora la caparra.»`,
    `Noleggio auto, aeroporto di Bari: conducente {{A1}}, patente {{DL1}}, nato/a il {{DOB1}}. Deposito sulla carta {{CARD}}.`,
    `Risposta predefinita «carta sostituita»: Ciao {{G1}}, la nuova carta {{CARD}} è in viaggio verso {{ADDRH1}}.`,
  ],
  hard: [
    `Prepara un quiz sul Madagascar: la capitale Antananarivo, il porto di Toamasina, la regina Ranavalona I e il poeta Jean-Joseph Rabearivelo.`,
    `Nel 1960 Sirimavo Bandaranaike divenne la prima donna primo ministro al mondo; Kumar Sangakkara è il giocatore di cricket più noto di Colombo.`,
    `Niels Finsen, nato a Tórshavn, vinse il Nobel nel 1903; la cantante Eivør è la voce più nota delle isole Fær Øer.`,
    `Modello di configurazione:\nDB_PASS=\${DB_PASS}\nAPI_KEY=<la-tua-chiave>\nREFERENTE=<nome>`,
    `Per i test usate la carta {{TESTCARD}}; il numero {{NOCARD}} e l'IBAN {{NOIBAN}} devono essere rifiutati.`,
    `Versione {{VER}}, commit {{SHA}}, build {{UUID}}, pubblicata il {{DATE}}.`,
    `Ordine {{ORDER}}: «I lemuri del Madagascar», ISBN {{ISBN}}, e un albo di Pinocchio da colorare.`,
    `Gli stand di Barilla e Ferrero saranno vicino al gazebo di Benetton? La mappa serve il {{DATE}} entro le {{TIME}}.`,
  ],
  neg: [
    `{{C}}`,
    `Spiegamelo in modo più semplice: {{C}}`,
    `Da un tutorial di disegno: {{C}} {{C}} Trasformalo in tre passaggi.`,
    `Correggi gli errori, per favore: {{C}}`,
    `Appunti del laboratorio del {{DATE}}: {{C}}`,
  ],
};
