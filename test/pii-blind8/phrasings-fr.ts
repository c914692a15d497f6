// French phrasings of this set, written fresh for it. Slots: see template.ts.
import type { Phrasings } from '../pii-blind/set-generate.ts';

export const FR: Phrasings = {
  pos: [
    `Cabinet dentaire des Lilas : rappel de rendez-vous pour {{F1}} le {{DATE}} à {{TIME}}. En cas d'empêchement, merci d'appeler le {{PHONE}}.`,
    `Clinique vétérinaire du Lys – rappel de vaccin\nAnimal : Noisette (chatte, 6 ans)\nPropriétaire : {{N1}}\nAdresse : {{ADDR1}}\nPortable : {{PHONEH1}}`,
    `Bulletin scolaire – CM2, premier trimestre\nÉlève : {{A1}}, né(e) le {{DOBK1}}\nAppréciation : {{G1}} participe volontiers et progresse en calcul mental.\nEnseignant : {{I2}}`,
    `Rôle d'audience – tribunal correctionnel, 2e chambre\n13 h 30  {{U1}} (né le {{DOB1}}) – comparution immédiate\n14 h 00  {{U2}} – renvoi\n14 h 30  {{U3}} – délibéré`,
    `Objet : réclamation vol AF 1466 – bagage perdu\n\nMadame, Monsieur,\nMon bagage n'est jamais arrivé. Numéro de passeport : {{PASSPORT1}}. Vous pouvez me joindre au {{PHONES1}}. Je demande le remboursement de {{AMOUNT}}.\n\nCordialement,\n{{F1}}`,
    `Peux-tu raccourcir ma lettre de motivation ?\n\n{{F1}}\n{{ADDRL1}}\n{{E1}}\n\nMadame, Monsieur, je souhaite rejoindre votre équipe en tant qu'assistant de laboratoire...`,
    `Plan de table du mariage\nTable 1 : {{F1}}, {{F2}}, {{F3}}\nTable 2 : les collègues de la mairie\nAttention : {{G1}} est allergique aux fruits à coque.`,
    `FACTURE F-2025-093\nClient : {{O1}}\n{{ADDRHL1}}\nPrestation : traduction malgache–français, {{AMOUNT}}\nRèglement par virement sur {{IBAN}}.`,
    `Export CRM (contacts) :\nprenom;nom;email;telephone;date_naissance\n{{G1}};{{S1}};{{E1}};{{PHONE1}};{{DOB1}}\n{{G2}};{{S2}};{{E2}};{{PHONEH2}};{{DOB2}}`,
    `[{"user":"{{H1}}","text":"quelqu'un a le mot de passe du wifi invité ?"},{"user":"{{H2}}","text":"{{PWD}}, ne le partage pas"}]`,
    `Commentaire de {{F1}} sur le ticket WEB-310 : @{{H2}} le jeton {{KEY}} apparaît dans les logs, il faut le révoquer.`,
    `Résume la réunion en cinq points.\nParticipants : {{F1}}, {{N2}}, {{T3}}\n{{C}}\n{{G1}} envoie le compte rendu à {{E1}}.`,
    `Avis de décès (brouillon) : {{O1}}, né le {{DOBO1}}, nous a quittés le {{DATE}}. De la part de son épouse {{F2}}{{k2}}{{f2}}.{{m1}}`,
    `Notes de généalogie : {{O1}}, né(e) le {{DOBO1}}, pièce d'identité {{HOMEID1}} ; sa fille {{F2}}{{k2}}{{f2}} vivait au {{ADDRH2}}.`,
    `Dossier salarié : {{R1}}, numéro de sécurité sociale {{NID1}}, téléphone {{PHONE1}}, permis {{DL1}}.`,
    `sshd[4410]: Accepted publickey for {{H1}} from {{IP}} port 50211\nsshd[4410]: session opened for user {{H1}}`,
    `Traduis en anglais pour le propriétaire : « Je m'appelle {{F1}}, mon numéro est le {{PHONEW1}} et j'attends toujours ma caution. »`,
    `Location de voiture, gare de Lyon-Part-Dieu : conducteur {{A1}}, permis {{DL1}}, né le {{DOB1}}. Caution sur la carte {{CARD}}.`,
    `Réponse type « carte remplacée » : Bonjour {{G1}}, votre nouvelle carte {{CARD}} a été envoyée au {{ADDRH1}}.`,
  ],
  hard: [
    `Prépare un quiz sur Madagascar : la capitale Antananarivo, le port de Toamasina, la reine Ranavalona Ire et le poète Jean-Joseph Rabearivelo.`,
    `Sirimavo Bandaranaike est devenue en 1960 la première femme Première ministre au monde ; Kumar Sangakkara reste le joueur de cricket le plus connu de Colombo.`,
    `Niels Finsen, né à Tórshavn, a reçu le prix Nobel en 1903 ; la chanteuse Eivør fait connaître les îles Féroé.`,
    `Modèle de configuration :\nDB_PASS=\${DB_PASS}\nAPI_KEY=<votre-clé>\nRESPONSABLE=<nom du responsable>`,
    `Pour les tests, utilisez la carte {{TESTCARD}} ; le numéro {{NOCARD}} et l'IBAN {{NOIBAN}} doivent être refusés.`,
    `Version {{VER}}, commit {{SHA}}, identifiant de build {{UUID}}, publié le {{DATE}}.`,
    `Commande {{ORDER}} : « Les lémuriens de Madagascar », ISBN {{ISBN}}, et un album de Tintin.`,
    `Les stands Michelin et Bonne Maman seront-ils près de la tente Lacoste ? Le plan doit être prêt le {{DATE}} avant {{TIME}}.`,
  ],
  neg: [
    `{{C}}`,
    `Explique-moi ça plus simplement : {{C}}`,
    `Extrait d'un tutoriel de dessin : {{C}} {{C}} Transforme-le en trois étapes.`,
    `Corrige les fautes, s'il te plaît : {{C}}`,
    `Mes notes de l'atelier du {{DATE}} : {{C}}`,
  ],
};
