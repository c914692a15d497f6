// More placements for names and more hard negatives, per language: markdown tables, chat logs, possessives,
// "between X and Y", cc lines, names after prepositions; release notes, price tables and stack traces without anyone in them.
import type { Lang } from './doc.ts';
import type { Phrasings } from './phrasings-en-de.ts';

export const EXTRA: Record<Lang, Phrasings> = {
  en: {
    pos: [
      '| owner | task |\n|---|---|\n| {{P}} | renew the TLS certificate |\n| {{P}} | update the runbook |\nSort this table by owner.',
      '[09:14] {{G}}: can someone restart the build?\n[09:15] {{G}}: never mind, fixed\nSummarise this chat.',
      'Is "{{P}}’s proposal was approved" correct English or should it be "of {{P}}"?',
      'Split the budget fairly between {{P}} and {{P}}: €4,000 for the offsite.',
      'cc {{PL}} — please proofread the paragraph below before I send it.',
      'According to {{P}} the supplier can deliver in May. Turn that into a status update.',
    ],
    hard: [
      'Write release notes for {{VERSION}}: faster startup, fixed {{IDENT}} crash, released {{DATE}}.',
      '| item | price |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nAdd a total row.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. What does this mean?',
      'Plan a two-day trip from {{PLACE}} to {{PLACE}} by train, budget {{AMOUNT}}.',
    ],
    easy: [],
  },
  de: {
    pos: [
      '| Verantwortlich | Aufgabe |\n|---|---|\n| {{P}} | Zertifikat erneuern |\n| {{P}} | Handbuch anpassen |\nSortiere die Tabelle nach Namen.',
      '[09:14] {{G}}: kann jemand den Build neu starten?\n[09:15] {{G}}: hat sich erledigt\nFasse den Chat zusammen.',
      'Heißt es „{{P}}s Vorschlag“ oder „der Vorschlag von {{P}}“?',
      'Teile das Budget fair zwischen {{P}} und {{P}} auf: 4.000 € für die Klausur.',
      'cc {{PL}} – bitte lies den Absatz unten Korrektur, bevor ich ihn abschicke.',
      'Laut {{P}} kann der Lieferant im Mai liefern. Mach daraus ein Status-Update.',
    ],
    hard: [
      'Schreib Release Notes für {{VERSION}}: schnellerer Start, Absturz in {{IDENT}} behoben, erschienen am {{DATE}}.',
      '| Artikel | Preis |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nFüge eine Summenzeile hinzu.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. Was bedeutet das?',
      'Plane eine zweitägige Bahnreise von {{PLACE}} nach {{PLACE}}, Budget {{AMOUNT}}.',
    ],
    easy: [],
  },
  fr: {
    pos: [
      '| Responsable | Tâche |\n|---|---|\n| {{P}} | renouveler le certificat |\n| {{P}} | mettre à jour la procédure |\nTrie ce tableau par responsable.',
      '[09:14] {{G}} : quelqu’un peut relancer le build ?\n[09:15] {{G}} : c’est bon, réglé\nRésume cette discussion.',
      'Doit-on écrire « la proposition de {{P}} » ou « la proposition à {{P}} » ?',
      'Répartis le budget équitablement entre {{P}} et {{P}} : 4 000 € pour le séminaire.',
      'cc {{PL}} : merci de relire le paragraphe ci-dessous avant envoi.',
      'Selon {{P}}, le fournisseur peut livrer en mai. Transforme ça en point d’avancement.',
    ],
    hard: [
      'Rédige les notes de version {{VERSION}} : démarrage plus rapide, plantage de {{IDENT}} corrigé, publiée le {{DATE}}.',
      '| article | prix |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nAjoute une ligne de total.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. Qu’est-ce que ça veut dire ?',
      'Organise un voyage de deux jours en train de {{PLACE}} à {{PLACE}}, budget {{AMOUNT}}.',
    ],
    easy: [],
  },
  es: {
    pos: [
      '| Responsable | Tarea |\n|---|---|\n| {{P}} | renovar el certificado |\n| {{P}} | actualizar el manual |\nOrdena la tabla por responsable.',
      '[09:14] {{G}}: ¿alguien puede relanzar el build?\n[09:15] {{G}}: nada, ya está\nResume este chat.',
      '¿Se dice «la propuesta de {{P}}» o «la propuesta a {{P}}»?',
      'Reparte el presupuesto de forma justa entre {{P}} y {{P}}: 4.000 € para la jornada fuera.',
      'cc {{PL}}: por favor, revisa el párrafo de abajo antes de que lo envíe.',
      'Según {{P}}, el proveedor puede entregar en mayo. Conviértelo en una actualización de estado.',
    ],
    hard: [
      'Escribe las notas de la versión {{VERSION}}: arranque más rápido, corregido el fallo de {{IDENT}}, publicada el {{DATE}}.',
      '| artículo | precio |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nAñade una fila con el total.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. ¿Qué significa?',
      'Planifica un viaje de dos días en tren de {{PLACE}} a {{PLACE}}, presupuesto {{AMOUNT}}.',
    ],
    easy: [],
  },
  it: {
    pos: [
      '| Referente | Attività |\n|---|---|\n| {{P}} | rinnovare il certificato |\n| {{P}} | aggiornare il manuale |\nOrdina la tabella per referente.',
      '[09:14] {{G}}: qualcuno può rilanciare la build?\n[09:15] {{G}}: niente, risolto\nRiassumi la chat.',
      'Si scrive «la proposta di {{P}}» o «la proposta a {{P}}»?',
      'Dividi il budget in modo equo tra {{P}} e {{P}}: 4.000 € per la trasferta.',
      'cc {{PL}}: per favore rileggi il paragrafo qui sotto prima che lo invii.',
      'Secondo {{P}} il fornitore può consegnare a maggio. Trasformalo in un aggiornamento di stato.',
    ],
    hard: [
      'Scrivi le note di rilascio della {{VERSION}}: avvio più rapido, corretto il crash di {{IDENT}}, uscita il {{DATE}}.',
      '| articolo | prezzo |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nAggiungi una riga con il totale.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. Cosa significa?',
      'Organizza un viaggio di due giorni in treno da {{PLACE}} a {{PLACE}}, budget {{AMOUNT}}.',
    ],
    easy: [],
  },
  nl: {
    pos: [
      '| Eigenaar | Taak |\n|---|---|\n| {{P}} | certificaat vernieuwen |\n| {{P}} | handleiding bijwerken |\nSorteer de tabel op eigenaar.',
      '[09:14] {{G}}: kan iemand de build herstarten?\n[09:15] {{G}}: laat maar, opgelost\nVat deze chat samen.',
      'Schrijf je "het voorstel van {{P}}" of "{{P}}s voorstel"?',
      'Verdeel het budget eerlijk tussen {{P}} en {{P}}: € 4.000 voor de heidag.',
      'cc {{PL}}: wil je de alinea hieronder nalezen voordat ik hem verstuur?',
      'Volgens {{P}} kan de leverancier in mei leveren. Maak er een statusupdate van.',
    ],
    hard: [
      'Schrijf release notes voor {{VERSION}}: snellere start, crash in {{IDENT}} opgelost, uitgebracht op {{DATE}}.',
      '| artikel | prijs |\n|---|---|\n| {{PRODUCT}} | {{AMOUNT}} |\n| {{PRODUCT}} | {{AMOUNT}} |\nVoeg een totaalregel toe.',
      'TypeError: Cannot read properties of undefined (reading {{IDENT}}) at {{IDENT}}. Wat betekent dit?',
      'Plan een treinreis van twee dagen van {{PLACE}} naar {{PLACE}}, budget {{AMOUNT}}.',
    ],
    easy: [],
  },
};
