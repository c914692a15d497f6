// Italian phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const IT: Phrasings = {
  pos: [
    `SCHEDA DI VALUTAZIONE — classe 3ª B
Alunno/a: {{U1}}
Nato/a il: {{DOBK1}}
Giudizio: {{G1}} si impegna con costanza e collabora con i compagni; deve migliorare nell'ortografia.
L'insegnante: {{I2}}`,
    `ATTO DI CITAZIONE
Tribunale di Bologna — R.G. {{ORDER}}
Il/la sig./sig.ra {{A1}}, residente in {{ADDR}}, è citato/a a comparire all'udienza del {{DATE}} ore {{TIME}}.`,
    `Gruppo "Condominio via dei Mille" 🏠
{{g1}}: chi ha lasciato la bici davanti al portone?
{{g2}}: è di mio figlio scusate, la sposto subito
{{g1}}: tranquilla {{g2}} 😊`,
    `SCHEDINA ALLOGGIATI
Cognome: {{S1}}
Nome: {{G1}}
Data di nascita: {{DOB1}}
Cittadinanza: {{NAT1}}
Passaporto n.: {{PASSHOME1}}`,
    `Mi correggi questa lettera di candidatura?
"Buongiorno, sono {{m1}}{{F1}} e vorrei candidarmi come magazziniere. Ho lavorato tre anni al porto del Pireo. Potete contattarmi al {{PHONE}} o a {{E1}}."`,
    `Curriculum vitae
{{f1}}{{P1}}
Codice fiscale: {{CF1}}
{{ADDRL}}
Cell. {{PHONE}}
Nata il {{DOB1}} a Kutaisi`,
    `Cara {{f1}}{{G1}},
siamo vicini a te e alla tua famiglia per la scomparsa di {{P2}}. Ci mancheranno le sue partite a tavla in cortile.
Con affetto, {{F3}}`,
    `Denuncia di sinistro — abitazione
Contraente: {{R1}}
Codice fiscale: {{CF1}}
Indirizzo: {{ADDR}}
IBAN per il rimborso: {{IBAN}}`,
    `Segnalazione #{{NUM}}: il login non funziona su Firefox
{{F1}}: dopo l'aggiornamento resto bloccato sulla pagina iniziale
{{F2}}: confermo, giro la segnalazione a {{H3}}`,
    `Appunti per la babysitter
{{G1}} va a letto alle 20:30, niente tablet dopo cena.
Per urgenze: {{PHONE}} oppure {{G2}} al piano di sotto.
Password del wifi: {{PWD}}`,
    `Recensione ★★★★★ "Grazie a {{T1}} della reception che ci ha trovato una camera all'ultimo, e a {{G2}} per la colazione senza glutine."`,
    `Traduci in greco per mia nonna: "{{G1}} e io arriviamo venerdì. Stiamo da {{F2}}, {{ADDR}}."`,
    `Palestra — nota sulla scheda
Il socio {{m1}}{{N1}} chiede la sospensione dell'abbonamento per infortunio. Non addebitare la carta {{CARD}} dal {{DATE}}.`,
    `Appunti di genealogia:
{{m1}}{{P1}}, nato il {{DOBO1}} a Gyumri, arrivato a Venezia nel 1988.
Moglie: {{f2}}{{F2}}.
Puoi trasformarlo in un paragrafo per l'album di famiglia?`,
    `Discorso per il matrimonio (bozza): "Quando {{G1}} ci ha presentato {{G2}}, abbiamo capito subito che era una cosa seria: ha mangiato tre piatti di lasagne senza battere ciglio."`,
    `CAST — "La locandiera"
Mirandolina ..... {{F1}}
Il Cavaliere .... {{F2}}
Il Marchese ..... {{F3}}
Prova generale il {{DATE}}.`,
    `Documento di trasporto n. {{ORDER}}
Destinatario: {{A1}}
{{ADDRL}}
Tel.: {{PHONE}}`,
    `Dichiarazione dei redditi — domande per il commercialista
Dichiarante: {{F1}}, C.F. {{CF1}}
Dove metto l'affitto della cantina?`,
    `Riassumi questo messaggio vocale: "Buongiorno, sono {{F1}} dello studio dentistico, ricordo a {{F2}} l'appuntamento del {{DATE}}. Per disdire chiamate il {{PHONEW}}."`,
    `file .env di produzione (non committare!)
DATABASE_URL={{CONN}}
STRIPE_SECRET={{KEY}}
# referente: {{E1}}`,
    `Conducente principale: {{F1}}, patente n. {{DL1}}
Data di nascita: {{DOB1}}
Carta per la cauzione: {{CARD}}`,
    `Nei log ci sono 30 tentativi di accesso falliti per {{H1}} da {{IP}}. Lo blocco?`,
    `Verbale dell'assemblea di condominio: il sig. {{m1}}{{S1}} segnala infiltrazioni; la sig.ra {{f2}}{{F2}} raccoglierà i preventivi.`,
    `Bonifico per le lezioni di violino di {{G1}}: {{IBANX}}, intestato a {{A2}}.`,
    `Ciao, sono {{F1}}, abito in {{ADDR}} e cerco qualcuno che innaffi le piante ad agosto.`,
    `Grazie a {{F1}} e {{F2}} per la festa di quartiere! Le foto le ha {{G3}} ({{O3}}).`,
    `Iscrizione al circolo scacchi
Nome e cognome: {{P1}}
Data di nascita: {{DOBY1}}
Telefono: {{PHONES}}`,
    `Mi aiuti a scrivere un biglietto di ringraziamento per {{G1}}? Ci ha tenuto il cane per tre settimane mentre eravamo a Tbilisi.`,
    `Passaporto {{PASSPORT}} intestato a {{A1}}, da esibire all'imbarco.`,
    `Familiari a carico — modulo
Nome: {{P1}}
Documento del paese d'origine: {{HOMEID1}}
IBAN del conto estero: {{IBANX}}`,
    `Perché il sito rifiuta la carta {{CARD}}? La scadenza è giusta.`,
    `Nei log del router compare {{IP}} ogni notte verso le {{TIME}}. È un attacco?`,
    `D'ora in poi l'affitto va versato su {{IBAN}}, il vecchio conto è chiuso.`,
    `Config VPN: server {{IP}}, chiave condivisa {{PWD}}. Mi generi il file?`,
    `JWT di {{G1}} per i test di integrazione, scade domani: {{JWT}}`,
  ],
  hard: [
    `Scrivi tre frasi su Costantino Kavafis e la sua poesia "Itaca".`,
    `Il viale Rustaveli è la via principale di Tbilisi, con l'opera e il vecchio parlamento.`,
    `Charles Aznavour cantò "Lei" in italiano nel 1974.`,
    `Ordine {{ORDER}} presso Ferrero: consegna rinviata al {{DATE}}.`,
    `In ambiente di test usate solo {{TESTCARD}}, con scadenza per esempio {{DATE}}.`,
    `Il numero {{NOCARD}} non supera il controllo di Luhn, probabilmente è un errore di battitura.`,
    `IBAN di esempio della documentazione: {{NOIBAN}} (volutamente non valido).`,
    `La versione {{VER}} risolve il crash all'importazione; commit {{SHA}}.`,
    `Richiesta {{UUID}}: 2,1 s, il server {{DOCIP}} non ha risposto.`,
    `Aprite solo {{CIDR}} nel firewall (richiesta {{ORDER}}).`,
    `Sostituisci [Nome] [Cognome] con il nome del cliente.`,
    `Ulisse impiega dieci anni per tornare a Itaca; riassumi il libro IX per una seconda media.`,
    `Il monte Ararat si vede da Erevan, ma si trova in Turchia.`,
    `La riunione è spostata al {{DATE}} alle {{TIME}}, sala {{NUM}}.`,
    `Benvenuto a bordo! Il biglietto costa {{AMOUNT}} e include il bagaglio a mano.`,
    `Barilla, Ferragamo e Bulgari portano il cognome dei fondatori; citane altri due.`,
    `Tracciamento {{ORDER}}: in consegna, arrivo previsto il {{DATE}}.`,
    `Maria Callas cantò Norma quasi novanta volte; scrivi una breve nota per il programma di sala.`,
    `Metti API_KEY=LA_TUA_CHIAVE nel .env e riavvia il servizio.`,
    `Stalin nacque a Gori, dove c'è ancora un museo a lui dedicato.`,
  ],
  neg: [
    `Mi spieghi questa frase in modo più semplice? "{{C}}"`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Traduci in inglese: {{C}}`,
    `Questa frase è corretta? {{C}}`,
    `Fammi una lista di passaggi: {{C}} {{C}}`,
    `Cosa significa in pratica? {{C}}`,
    `Dalla guida: "{{C}}" — non capisco la seconda parte.`,
    `Riassumi in una riga: {{C}}`,
    `Correggi l'ortografia: {{C}}`,
  ],
};
