// French phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const FR: Phrasings = {
  pos: [
    `Ordonnance
Patient(e) : {{U1}}, né(e) le {{DOB1}}
Amoxicilline 1 g, matin et soir pendant 7 jours
Dr {{S2}}`,
    `Objet : dépôt de garantie non restitué

Madame, Monsieur,
J'ai quitté le logement du {{ADDR}} il y a trois mois. L'état des lieux de sortie ne relève aucun dégât. Merci de verser le dépôt sur {{IBAN1}}.
{{F1}}`,
    `Objet trouvé au gymnase : une veste bleue avec une carte de bibliothèque au nom de {{F1}}. Appeler le {{PHONE2}} après 18 h.`,
    `Planning des bénévoles — brocante
Buvette : {{g1}}, {{g2}}
Caisse : {{I3}}
Rangement : tout le monde !`,
    `Plan de salle — examen de mathématiques
Place 1 : {{R1}}
Place 2 : {{R2}}
Place 3 : {{R3}}`,
    `CARTE D'EMBARQUEMENT
{{A1}}
CDG → TAS   Vol {{NUM}}   Porte {{NUM}}
Passeport : {{PASSHOME1}}`,
    `Badge congrès
{{F1}}
Intervenant — atelier « données ouvertes »
{{E1}}`,
    `Intégration de {{F1}}
☑ Numéro de sécurité sociale : {{NIR1}}
☑ RIB : {{IBAN1}}
☐ Badge d'accès remis par {{G2}}`,
    `Discussion avec le service client
Client : bonjour, c'est {{n1}}, ma carte {{CARD1}} a été débitée deux fois
Conseillère : je regarde tout de suite`,
    `Rapport de bug : l'import échoue
journal :
ERROR upload refusé pour {{H1}} (adresse {{IP1}})
Assigné à {{F2}}`,
    `metadata:
  name: paiement
  annotations:
    contact: "{{O1}}"
    secret-ref: "{{CONN}}"`,
    `INSERT INTO adherents (nom, naissance, tel) VALUES ('{{K1}}', '{{DOBI1}}', '{{PHONE1}}');`,
    `Nom	Téléphone	Adresse
{{F1}}	{{PHONE1}}	{{ADDR}}`,
    `Message vocal : « Salut c'est {{g1}}, rappelle-moi au {{PHONEW1}}, c'est pour la voiture. »`,
    `Bulletin de la paroisse : le baptême de la petite {{f1}}{{G1}}, fille de {{F2}}, aura lieu le {{DATE}}.`,
    `Résultats du tournoi de pétanque : 1er {{F1}} et {{F2}}, 2e {{F3}} et son équipe.`,
    `Avis de décès
{{A1}}
née le {{DOBO1}}, nous a quittés le {{DATE}}.
La famille {{S1}} remercie le personnel de l'EHPAD.`,
    `Contrat de location de véhicule
Conducteur principal : {{R1}}
Permis n° {{DL1}}
Carte : {{CARD1}}`,
    `Peux-tu reformuler ce message plus poliment ? « {{G1}}, le loyer est encore en retard, appelle-moi au {{PHONES1}}. »`,
    `Le mot de passe de la box a changé : {{PWD}}. Ne le donne pas aux voisins, {{g1}} !`,
    `Fiche locataire
Nom : {{P1}}
Nationalité : {{NAT1}}
N° d'identité : {{HOMEID1}}
Adresse au pays :
{{ADDRHL1}}`,
    `Registre national belge de {{F1}} : {{BRRN1}}. Merci de compléter le dossier de crèche.`,
    `Clé d'accès de l'API partagée par {{F1}} : {{KEY}} — à révoquer après le test.`,
    `Salut {{G1}}, tu peux envoyer le numéro de {{F2}} ? Je crois que c'est {{PHONEH2}}.`,
  ],
  hard: [
    `Kwame Nkrumah fut le premier président du Ghana indépendant.`,
    `Alisher Navoiy est considéré comme le père de la littérature ouzbèke classique.`,
    `Le boulevard Goce Delchev traverse le centre de Skopje.`,
    `Les contes d'Ananse l'araignée sont racontés dans toute l'Afrique de l'Ouest.`,
    `Acheter du Nutella, des biscuits Lu et de la moutarde Maille : {{AMOUNT}} en tout.`,
    `Carte de test pour le paiement : {{TESTCARD}} (ticket {{ORDER}}).`,
    `Le numéro {{NOCARD}} est une référence de transaction, pas une carte.`,
    `Votre colis {{ORDER}} sera livré le {{DATE}}.`,
    `IBAN d'exemple invalide : {{NOIBAN}}`,
    `Version {{VER}}, commit {{SHA}}, identifiant de requête {{UUID}}.`,
    `Autoriser {{DOCIP}} uniquement ; bloquer {{CIDR}}.`,
    `Remplacez VOTRE_CLE_API par votre clé et <mot-de-passe> par le vôtre.`,
    `La médiathèque sera fermée le {{DATE}}.`,
    `Kofi Annan est mort à Berne en 2018.`,
    `Avis à tous : la rue Victor-Hugo est fermée jeudi pour le marché.`,
  ],
  neg: [
    `{{C}}`,
    `Peux-tu simplifier ce passage ? {{C}}`,
    `Extrait de l'aide : {{C}} {{C}}`,
    `Rappel : réunion de copropriété le {{DATE}} à {{TIME}}.`,
    `Résume ceci en une phrase : {{C}}`,
  ],
};
