// French phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const FR: Phrasings = {
  pos: [
    `Peux-tu reformuler ce mail pour qu'il soit moins sec ?

Bonjour {{G1}},

Les factures du chantier de Rennes ne sont toujours pas validées. {{F2}} les attend depuis lundi. Appelle-moi au {{PHONE}} si c'est plus simple.

Cordialement`,
    `{{f1}}Compte rendu – conseil syndical du {{DATE}}
Présents : {{F1}} (présidente), {{I2}}, {{F3}}
1. {{S1}} annonce que l'ascenseur sera remplacé en mai.
2. {{G2}} signale des infiltrations au troisième ; {{S3}} contacte l'assureur.`,
    `{{f1}}Dossier RH – confidentiel
Salariée : {{U1}}
Née le : {{DOB}}
N° de sécurité sociale : {{NIR}}
Mme {{S1}} conteste son avertissement du {{DATE}}. Entretien prévu avec {{F2}}.`,
    `{{f1}}{{m2}}Chère Docteure {{S1}},

Je vous adresse {{F2}}, né le {{DOB}}, pour une douleur thoracique d'effort évoluant depuis six semaines.

Bien confraternellement,
{{F3}}`,
    `{{m1}}Mon propriétaire, {{F1}}, refuse de me rendre le dépôt de garantie pour l'appartement du {{ADDR}}. J'ai rendu les clés le {{DATE}}. Il ne répond jamais au {{PHONE}}. Aide-moi à rédiger une mise en demeure.`,
    `Confirmation de réservation
Passager principal : {{R1}}
Passeport : {{PASSPORT}}
Second passager : {{F2}}
Contact : {{E1}} – {{PHONE}}
Vol : Paris CDG – Séoul Incheon, {{DATE}}`,
    `Client : bonjour, je n'arrive plus à me connecter.
Conseiller : quel est le nom du titulaire du compte ?
Client : {{F1}}
Conseiller : et votre date de naissance ?
Client : {{DOB}}
Conseiller : merci {{G1}}, je vous envoie un lien à {{E1}}.`,
    `Pourquoi cette requête est-elle refusée ?

{"client": {"nom": "{{F1}}", "iban": "{{IBAN}}", "tel": "{{PHONE}}"}, "montant": 89.0}`,
    `Qu'est-ce qui cloche dans ce fichier de config ?

[database]
url = "{{CONN}}"
[mail]
api_key = "{{KEY}}"
responsable = "{{n1}}"`,
    `Trie cette liste par nom de famille :
nom;courriel;date_naissance
{{F1}};{{E1}};{{DOB}}
{{F2}};{{E2}};{{DOB}}
{{F3}};{{E3}};{{DOB}}`,
    `2025-05-19 22:01:17 ERREUR connexion refusée utilisateur={{E1}} ip={{IP}}
2025-05-19 22:01:44 ERREUR connexion refusée utilisateur={{E1}} ip={{IP}}
C'est une attaque ou juste un oubli de mot de passe ?`,
    `Erreur : paiement refusé pour {{A1}}
  at Commande.payer (commande.js:57)
carte utilisée : {{CARD}}
Que signifie ce message ?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>

    Suppression du jeton codé en dur

    L'ancien jeton {{KEY}} a été révoqué.`,
    `{{f3}}{{g1}} : on se fait un ciné samedi ?
{{g2}} : oui ! je demande à {{G3}} si elle vient
{{g1}} : au fait mon nouveau numéro c'est {{PHONE}}`,
    `Tu peux m'expliquer ce que j'ai fait ? Historique :
 208  ssh root@{{IP}}
 209  export MOT_DE_PASSE_BDD='{{PWD}}'
 210  psql -U {{g1}} compta`,
    `{{m1}}{{ADDRL}}

Le {{DATE}}

Monsieur {{S1}},

Nous accusons réception de votre préavis. L'état des lieux de sortie sera fait par {{F2}}.

Veuillez agréer nos salutations distinguées.`,
    `À vendre : poussette, très bon état, 90 €. À récupérer au {{ADDR}}. SMS à {{G1}} au {{PHONE}}.`,
    `{{f1}}{{m2}}Avis de décès
{{A1}}, née le {{DOBO}} à Busan, nous a quittés le {{DATE}}. De la part de son époux {{F2}}, de sa fille {{G3}} et de toute la famille.`,
    `{{m1}}{{f2}}{{f3}}{{k3}}Notes de généalogie à mettre au propre :
{{F1}}, né le {{DOBO}} à Gwangju, marié à {{F2}}
leur fille {{F3}}, née le {{DOBY}}
la famille {{S1}} s'installe à Lyon en 1988`,
    `{{f1}}Équipe U15 – saison 2025
Gardienne : {{F1}}
Défense : {{F2}}, {{W3}}
Contact d'urgence pour {{G1}} : {{PHONE}}`,
    `{{m1}}{{f2}}Madame, Monsieur,
{{F1}} était absent le {{DATE}} sans justificatif. Merci de contacter Mme {{S2}} au {{PHONE}}.`,
    `Re : ma banque refuse de rembourser

message de {{g1}}

Ma banque (RIB {{RIB}}) dit que le virement vers {{F2}} a été « autorisé ». Quelqu'un a déjà saisi le médiateur ?`,
    `{{f1}}Traduis en coréen : « Chère {{G1}}, merci d'avoir gardé les enfants. {{G2}} viendra te chercher à l'aéroport le {{DATE}}. »`,
    `Message vocal : bonjour c'est {{G1}} du garage, rappelez-moi au {{PHONEW}}, c'est pour les freins.`,
    `clavier cassé, désolé : {{G1}} au {{PHONES}}`,
    `Pense-bête : le mot de passe du wifi au chalet, c'est {{PHRASE}}. {{G1}} a le double des clés.`,
    `Nouvelle embauche à Liège : {{F1}}, numéro de registre national {{BRRN}}, compte {{IBAN}}.`,
    `{{m1}}Genève – nouvel employé : {{F1}}, numéro AVS {{AHV}}, entrée le {{DATE}}.`,
    `Contrat de location
Conducteur : {{F1}}
N° de permis : {{DL1}}
Date de naissance : {{DOB}}`,
    `{{G1}} a collé ça dans le canal de l'équipe par erreur :
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
On fait quoi ?`,
    `Merci d'ouvrir l'accès VPN pour {{IP}} (télétravail de {{F1}}), validé par {{F2}}.`,
    `{{F1}} et {{F2}} ont encore échangé leurs gardes. Modifie le planning pour que {{G1}} ait le jeudi.`,
    `{{f1}}écris un petit poème d'anniversaire pour {{n1}}, elle fête ses 40 ans et adore la randonnée`,
    `J'ai payé avec ma carte {{CARD}} et j'ai été débité deux fois. Rédige une réclamation. Titulaire : {{A1}}.`,
    `Si quelqu'un a trouvé un portefeuille gris près de la médiathèque : {{O1}}. Merci ! {{G1}}`,
    `Salut {{G1}}, le nouveau mot de passe de la préprod est {{PWD}}. Ne le colle pas dans le chat cette fois.`,
    `{{m1}}Patient : {{U1}}, né le {{DOB}}
Motif : migraines récidivantes
Adressé par le Dr {{S2}}. Personne à prévenir : {{F3}}, {{PHONE}}.`,
    `{{m3}}Résume l'échange : {{F1}} a demandé à {{F2}} de valider le remboursement, {{S2}} dit que seul {{F3}} peut le faire, et {{G3}} est en congé jusqu'à lundi.`,
    `Mandat de prélèvement SEPA
Titulaire : {{F1}}
IBAN : {{IBAN}}
Adresse : {{ADDRL}}`,
    `Vérifie ces lignes de paie :
matricule;nir;rib
2201;{{NIR}};{{RIB}}
2202;{{NIR}};{{RIB}}`,
    `Renouvellement de passeport : {{U1}}, passeport n° {{PASSPORT}}, date de naissance {{DOBI}}, domicile {{ADDR}}.`,
    `Journal nginx, qui nous scanne ?
{{IP}} - - [12/Mar/2025:10:01:22 +0100] "GET /wp-login.php HTTP/1.1" 404 162
{{IP}} - - [12/Mar/2025:10:01:24 +0100] "GET /.env HTTP/1.1" 404 162`,
    `{{f1}}Remplis ce formulaire pour moi : je m'appelle {{F1}}, née le {{DOB}}, j'habite {{ADDR}}, tél. {{PHONE}}, mail {{E1}}.`,
    `Ma carte {{CARD}}, expire fin 04/28 : je peux la garder dans mes notes ?`,
    `Dans mon .pgpass : db01:5432:compta:{{g1}}:{{PWD}}
Pourquoi psql redemande le mot de passe ?`,
    `Contacts d'urgence pour la sortie scolaire :
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Résume l'intrigue de Madame Bovary en trois phrases.`,
    `Qu'a apporté Louis Pasteur à la médecine, comparé à Claude Bernard ?`,
    `Rédige une fiche produit pour le nouveau pneu Michelin (réf. {{ORDER}}), prix {{AMOUNT}}.`,
    `Nos tests utilisent la carte de test {{TESTCARD}}. Pourquoi {{NOCARD}} est-il refusé ?`,
    `L'IBAN {{NOIBAN}} est rejeté par le formulaire. Comment calcule-t-on la clé ?`,
    `D'après git bisect, {{SHA}} a cassé la version {{VER}}. Comment voir les fichiers modifiés ?`,
    `La requête {{UUID}} expire derrière le répartiteur {{DOCIP}}. Un nouvel essai suffit-il ?`,
    `Écris un court texte sur le roi Sejong et la création du hangeul pour un exposé.`,
    `Compare la Peugeot e-208 et la Renault Zoé pour une famille qui va souvent en Bretagne.`,
    `Organise trois jours à Séoul : Gyeongbokgung, Insadong et une soirée au bord du fleuve Han.`,
    `La rue de Rivoli existe-t-elle vraiment, et qu'y trouve-t-on ?`,
    `Explique ce modèle de configuration :
cle_api: VOTRE_CLE_API
mot_de_passe: <à renseigner>
jeton: \${JETON}`,
    `La commande {{ORDER}} a quitté l'entrepôt de Roissy le {{DATE}} et le suivi ne bouge plus. Que dire au client ?`,
    `La version {{VER}} sort le {{DATE}} ; le gel du code commence une semaine avant.`,
    `Pourquoi ping {{DOCIP}} marche alors que l'appli n'atteint pas localhost:8080 ?`,
    `Astérix et Obélix rencontrent le Petit Prince : écris le début de l'histoire.`,
    `Kafka, Redis et Jenkins tournent sur le même nœud. Faut-il isoler Jenkins ?`,
    `L'exposition Berthe Morisot est fermée du {{DATE}} au {{DATE}}.`,
    `{{NOCARD}}, c'est un vrai numéro de carte ou une faute de frappe ? Il vient de la commande {{ORDER}}.`,
    `Prépare un message pour la promo Yves Rocher et mentionne @yvesrocherfr.`,
    `Notre siège quitte La Défense pour le quartier de la Part-Dieu. Mets à jour la page « Qui sommes-nous », sans numéro de rue.`,
    `Combien de buts Zinédine Zidane a-t-il marqués en équipe de France ?`,
    `La facture {{ORDER}} de {{AMOUNT}} a {{NUM}} jours de retard. Rédige une relance polie pour la Maison Lecœur.`,
    `Dans le tableau, remplace « Min » par « minutes » et « Jun » par « juin ».`,
    `Explique ce que couvre {{CIDR}} dans cette règle de pare-feu, et si {{DOCIP}} en fait partie.`,
  ],
  neg: [
    `{{C}}`,
    `Tu peux simplifier cette phrase ? {{C}}`,
    `Traduis en anglais :

{{C}} {{C}}`,
    `Résume en une ligne :
{{C}}
{{C}}
{{C}}`,
    `Cette phrase est-elle correcte ? « {{C}} »`,
    `La réunion est déplacée au {{DATE}}, même salle.`,
    `{{C}} Concrètement, ça veut dire quoi ?`,
    `Transforme en liste à puces :
- {{C}}
- {{C}}`,
    `Liste de courses : lait d'avoine, citrons, riz, deux oignons, liquide vaisselle.`,
    `Quelles questions un lecteur se poserait-il après cette phrase ? {{C}}`,
  ],
};
