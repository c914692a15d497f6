// French phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const FR: Phrasings = {
  pos: [
    `Bulletin du 2e trimestre — CM1
Élève : {{U1}}, né(e) le {{DOBK1}}
Appréciation générale : {{G1}} participe volontiers à l'oral mais doit soigner l'écriture.
Mme {{f2}}{{S2}}, professeure des écoles`,
    `CONVOCATION
Tribunal judiciaire de Lyon — affaire n° {{ORDER}}
{{A1}}, demeurant {{ADDR}}, est convoqué(e) à l'audience du {{DATE}} à {{TIME}}.`,
    `Groupe « Voisins du 12 » 🌿
{{g1}} : quelqu'un a vu un chat roux ? il s'appelle Caramel
{{g2}} : il dormait sur ma voiture ce matin 😅
{{g1}} : merci {{g2}} j'arrive`,
    `Fiche de police — hôtel
Nom : {{S1}}
Prénom : {{G1}}
Date de naissance : {{DOB1}}
Nationalité : {{NAT1}}
Passeport n° {{PASSHOME1}}
Adresse : {{ADDRH1}}`,
    `Peux-tu relire ma lettre de motivation ?
« Madame, Monsieur, je m'appelle {{F1}} et je souhaite rejoindre votre équipe en tant que comptable. Vous pouvez me joindre au {{PHONE}} ou par mail : {{E1}}. »`,
    `CV — {{f1}}{{K1}}
{{ADDRL}}
{{PHONE}} · {{E1}}
Née le {{DOB1}} à Tbilissi
Expérience : assistante de direction depuis 2018`,
    `Chère {{f1}}{{G1}},
C'est avec une grande tristesse que nous avons appris le décès de {{m2}}{{P2}}. Il nous a appris à jouer au trictrac et à ne jamais tricher. Toutes nos pensées vous accompagnent.
{{F3}}`,
    `Déclaration de sinistre — dégât des eaux
Assuré : {{R1}}
N° de sécurité sociale : {{NIR1}}
Logement : {{ADDR}}
RIB pour l'indemnisation : {{IBAN}}`,
    `Ticket #{{NUM}} — l'export PDF plante
{{F1}} : ça arrive dès qu'il y a une image dans l'en-tête.
{{F2}} : confirmé sur ma machine. Je l'assigne à {{H3}}.`,
    `Mot pour la baby-sitter
{{G1}} doit être couché à 20 h, pas d'écran après le dîner.
En cas de souci : {{PHONE}} (moi) ou {{f2}}{{G2}}, la voisine du dessous.
Code wifi : {{PWD}}`,
    `Avis client ★★★★☆ « Accueil au top, merci à {{T1}} qui a retrouvé ma réservation perdue, et à {{G2}} pour le café offert pendant l'attente. »`,
    `Traduis en arménien pour ma grand-mère : « {{G1}} et moi arrivons vendredi. Nous dormons chez {{F2}}, {{ADDR}}. »`,
    `Salle de sport — note interne
L'adhérent(e) {{N1}} demande la suspension de son abonnement. Carte enregistrée {{CARD}} à ne plus débiter à partir du {{DATE}}.`,
    `Arbre généalogique (pour le cousin {{m3}}{{G3}}) :
{{m1}}{{P1}}, né le {{DOBO1}} à Athènes, arrivé à Marseille en 1971
épouse : {{f2}}{{F2}}
Peux-tu rédiger un petit paragraphe pour l'album de famille ?`,
    `Discours de mariage (brouillon)
Quand {{G1}} nous a présenté {{f2}}{{G2}}, on a tout de suite compris que c'était sérieux : elle a battu mon père au backgammon dès le premier soir.`,
    `Distribution — « Le Misanthrope »
Alceste ...... {{F1}}
Célimène ..... {{F2}}
Philinte ..... {{F3}}
Répétition générale le {{DATE}}.`,
    `Bordereau d'expédition n° {{ORDER}}
Destinataire : {{A1}}
{{ADDRL}}
Tél. : {{PHONE}}`,
    `Déclaration de revenus — questions pour le comptable
Déclarant : {{m1}}{{F1}}, né le {{DOB1}}
Numéro fiscal : {{NIR1}} ? Ou c'est autre chose ? Je ne sais plus.`,
    `Résume ce message vocal : « Bonjour, c'est {{F1}} du cabinet dentaire, je rappelle à {{F2}} son rendez-vous du {{DATE}}. Pour annuler : {{PHONEW}}. »`,
    `.env de prod (ne pas committer !)
DATABASE_URL={{CONN}}
MAILER_TOKEN={{KEY}}
# responsable : {{E1}}`,
    `Salut {{G1}}, voilà le numéro de registre national de {{F2}} pour le dossier de crèche : {{BRRN2}}.`,
    `Conducteur principal : {{F1}}, permis n° {{DL1}}
Conducteur secondaire : {{F2}}
Dépôt de garantie par carte {{CARD}}`,
    `Logs : 14 tentatives de connexion échouées pour l'utilisateur {{H1}} depuis {{IP}}. C'est normal ?`,
    `Procès-verbal de l'assemblée générale : M. {{m1}}{{S1}} signale une fuite au 3e étage ; Mme {{f2}}{{F2}} s'occupe du devis.`,
    `Virement pour les cours de piano de {{G1}} : {{IBANX}}, titulaire {{A2}}.`,
    `Bonjour, je suis {{F1}}, j'habite {{ADDR}} et je cherche quelqu'un pour arroser mes plantes en août.`,
    `Merci à {{F1}} et {{F2}} pour l'organisation de la fête des voisins ! Les photos sont chez {{G3}} ({{O3}}).`,
    `Formulaire d'inscription au club d'échecs
Nom complet : {{m1}}{{P1}}
Né le : {{DOBY1}}
Téléphone : {{PHONES}}`,
    `Peux-tu écrire un petit mot pour remercier {{f1}}{{G1}} ? Elle a gardé notre chien pendant trois semaines.`,
    `Passeport {{PASSPORT}} au nom de {{A1}} — à présenter à l'embarquement.`,
    `Dossier CAF — pièces justificatives
Allocataire : {{R1}}
Identifiant du pays d'origine : {{HOMEID1}}
Ancienne adresse : {{ADDRH1}}
Tél. de la famille : {{PHONEH1}}`,
    `Pourquoi ma carte {{CARD}} est-elle refusée sur le site ? La date d'expiration est bonne.`,
    `Dans les logs du routeur, {{IP}} revient toutes les nuits vers {{TIME}}. C'est une attaque ?`,
    `Le loyer est désormais à verser sur {{IBAN}}, l'ancien compte est clôturé.`,
    `Config VPN : serveur {{IP}}, clé partagée {{PWD}}. Tu peux me générer le fichier ?`,
    `Clé privée du serveur de {{G1}}, à supprimer après copie :
{{PKEY}}`,
  ],
  hard: [
    `Écris trois phrases sur Georges Séféris et son prix Nobel.`,
    `L'avenue Roustavéli traverse le centre de Tbilissi, de la place de la Liberté jusqu'à l'opéra.`,
    `Charles Aznavour a chanté « La Bohème » pour la première fois en 1965.`,
    `Commande {{ORDER}} chez Peugeot : livraison repoussée au {{DATE}}.`,
    `En environnement de test, utilisez uniquement {{TESTCARD}}, date d'expiration {{DATE}} par exemple.`,
    `Le numéro {{NOCARD}} ne passe pas la clé de Luhn, c'est sans doute une erreur de saisie.`,
    `IBAN d'exemple de la documentation : {{NOIBAN}} (volontairement invalide).`,
    `La version {{VER}} corrige le plantage à l'import ; commit {{SHA}}.`,
    `Requête {{UUID}} : 2,8 s, l'amont {{DOCIP}} n'a pas répondu.`,
    `N'autorisez que {{CIDR}} dans le pare-feu (demande {{ORDER}}).`,
    `Remplacez [Prénom] [Nom] par le nom du client avant l'envoi.`,
    `Ulysse met dix ans à rentrer à Ithaque ; résume le chant IX pour une classe de cinquième.`,
    `Le mont Ararat se voit depuis Erevan, mais il se trouve en Turquie.`,
    `La réunion est déplacée au {{DATE}} à {{TIME}}, salle {{NUM}}.`,
    `La pierre du perron est fendue ; le devis du maçon s'élève à {{AMOUNT}}.`,
    `Michelin, Renault et Hermès portent le nom de leurs fondateurs ; cites-en deux autres.`,
    `Suivi du colis {{ORDER}} : en cours d'acheminement, livraison prévue le {{DATE}}.`,
    `Maria Callas a chanté Norma près de quatre-vingt-dix fois ; rédige une courte notice de programme.`,
    `Dans la config, mettez API_KEY=VOTRE_CLE et relancez le service.`,
    `Staline est né à Gori ; le musée qui lui est consacré attire encore des cars de touristes.`,
  ],
  neg: [
    `Peux-tu m'expliquer cette phrase plus simplement ? « {{C}} »`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Traduis en anglais : {{C}}`,
    `Cette phrase est-elle correcte ? {{C}}`,
    `Fais-en une liste de contrôle : {{C}} {{C}}`,
    `Qu'est-ce que ça veut dire concrètement ? {{C}}`,
    `Extrait de l'aide : « {{C}} » — je ne comprends pas la fin.`,
    `Résume en une ligne : {{C}}`,
    `Corrige l'orthographe : {{C}}`,
  ],
};
