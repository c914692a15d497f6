// French phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const FR: Phrasings = {
  pos: [
    `Objet : état des lieux de sortie

Madame {{S1}}{{f1}},

suite à l'état des lieux du {{DATE}} au {{ADDR}}, je retiens {{AMOUNT}} sur le dépôt de garantie pour la moquette tachée. Le solde sera viré sur votre compte {{IBAN}}.

Cordialement,
{{F2}}, propriétaire`,
    `Message vocal reçu à {{TIME}} :
« Bonjour, c'est {{W1}}, je vous appelle pour le rendez-vous chez le vétérinaire, le chat ne mange plus depuis hier. Vous pouvez me rappeler au {{PHONEW}} ? Merci, au revoir. »
Résume ce message pour l'accueil.`,
    `MAIN COURANTE n° {{ORDER}}
Se présente {{U1}}, né{{m1}} le {{DOB}}, demeurant {{ADDR}}, qui déclare que son voisin, {{W2}}, fait du bruit toutes les nuits depuis trois semaines. Le déclarant est joignable au {{PHONE}}.`,
    `Plan de table du mariage, table 4 :
- {{F1}} (témoin, sans gluten)
- {{F2}} et {{G3}}
- la petite {{G3}}{{f3}} a besoin d'une chaise haute
Peux-tu vérifier que personne n'est placé à côté de son ex ?`,
    `Feuille de match U13, FC Rive Gauche
Gardien : {{R1}}
Défense : {{R2}}, {{R3}}
Buteur : {{S2}} (2)
Capitaine : {{S1}}, né{{m1}} le {{DOBK}}
Mets ça au propre pour le site du club.`,
    `Cher confrère,
je vous adresse {{A1}}, né{{m1}} le {{DOB}}, n° de sécurité sociale {{NIR}}, pour un avis cardiologique : palpitations à l'effort depuis deux mois, ECG joint.
Bien confraternellement,
Dr {{I2}}`,
    `Résultats du bac blanc, terminale 3
{{n1}} : 14,5
{{n2}} : 9 (rattrapage le {{DATE}})
{{n3}} : 17
Rédige un petit mot pour chaque famille.`,
    `À VENDRE : appartement T3 lumineux, {{ADDR}}, 4e étage avec ascenseur, cave. Visites sur rendez-vous auprès de {{F1}} au {{PHONE}} ou par mail : {{E1}}.`,
    `Améliore mon profil : « Moi c'est {{G1}}, 27 ans, née{{f1}} à Taichung, infirmière à Lyon. Fan de randonnée et de raviolis maison. Mon Insta : {{H1}} »`,
    `Lettre de recommandation

Madame, Monsieur,
j'ai eu le plaisir d'encadrer {{W1}} durant son stage de six mois au sein de notre laboratoire. {{m1}}Il a fait preuve d'une rigueur remarquable. Je reste joignable au {{PHONE}}.
{{I2}}, directrice de recherche{{f2}}`,
    `Note de frais
Salarié : {{W1}}
Mission : salon de Milan, trois jours à partir du {{DATE}}
Total : {{AMOUNT}}
Remboursement sur le RIB : {{RIB}}
Validé par : {{E2}}`,
    `CRM, fiche client Atelier Lumière
{{DATE}} : appel de {{F1}}, qui souhaite décaler la livraison. Envoyer le devis modifié à {{E1}}, en copie son associé {{W2}}. Portable : {{PHONE}}.`,
    `Ticket #{{NUM}}, priorité haute
De : {{E1}}
Objet : double prélèvement
Bonjour, j'ai été débité deux fois avec ma carte {{CARD}}. Merci de me rembourser rapidement. {{F1}}`,
    `#infra
{{H1}} : le serveur de recette ne répond plus ({{IP}})
{{H2}} : j'ai redémarré, et le mot de passe root est maintenant {{PWD}}
{{H1}} : merci {{G2}}, je le mets dans le coffre`,
    `INSERT INTO adherents (nom, prenom, naissance, courriel) VALUES
  ('{{S1}}', '{{G1}}', '{{DOBI1}}', '{{E1}}'),
  ('{{S2}}', '{{G2}}', '{{DOBI2}}', '{{E2}}');
-- pourquoi la contrainte UNIQUE échoue ?`,
    `mail:
  smtp_host: smtp.atelier-lumiere.fr
  smtp_user: factures
  smtp_password: {{PWD}}
contact_technique: {{E1}}
Pourquoi l'envoi échoue avec cette config ?`,
    `{"assure": "{{W1}}", "nir": "{{NIR}}", "mutuelle": "MGEN", "iban": "{{IBAN}}", "telephone": "{{PHONE}}"}
Génère un schéma JSON pour ce document.`,
    `Mar 14 08:22:01 web01 sshd[2211]: Failed password for {{H1}} from {{IP}} port 51122 ssh2
Mar 14 08:22:09 web01 sshd[2211]: Accepted password for {{H1}} from {{IP}} port 51130 ssh2
Est-ce qu'on a été compromis ?`,
    `Erreur : impossible d'envoyer la facture à {{F1}} <{{E1}}>
  at FactureService.envoyer (facture.service.ts:142)
  at async Promise.all (index 3)
Qu'est-ce qui peut causer ça ?`,
    `commit {{SHA}}
Auteur : {{W1}} <{{E1}}>

    Suppression des données personnelles des tests

    Le fichier contenait encore le NIR {{NIR}} d'un vrai client.`,
    `Commentaire de revue sur config/prod.php :
> 'api_key' => '{{KEY}}',
{{G2}} : on ne commite jamais une clé en clair, {{G1}}. Merci de la révoquer.`,
    `BEGIN:VEVENT
SUMMARY:Remise des clés
DTSTART:20250902T140000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT`,
    `BEGIN:VCARD
VERSION:3.0
FN:{{W1}}
N:{{S1}};{{G1}};;;
TEL;TYPE=CELL:{{PHONE}}
EMAIL:{{E1}}
BDAY:{{DOBI}}
END:VCARD
Importe ce contact.`,
    `De : {{W1}} <{{E1}}>
À : compta@atelier-lumiere.fr
Objet : Changement de coordonnées bancaires
Received: from [{{IP}}]

Ce mail est-il une tentative d'hameçonnage ?`,
    `-------- Message transféré --------
De : {{F1}} <{{E1}}>
Objet : loyer

Bonjour {{G2}}, merci de verser le loyer sur mon nouveau compte {{IBAN}} à partir de ce mois-ci. {{G1}}
--------
C'est normal qu'il change de banque comme ça ?{{m1}}`,
    `F O R M U L A I R E   D ' I N S C R I P T I O N   (numérisé)
Nom :  {{S1}}      Prénom :  {{G1}}
Date  de  naissance :  {{DOB}}
Passeport  n° :  {{PASSHOME}}
Adresse :  {{ADDRL}}
Remets les espaces en ordre.`,
    `Reformule poliment : « {{G1}}, tu n'as toujours pas rendu la perceuse. {{W2}} en a besoin samedi. »`,
    `Avis de décès
{{F1}}, né{{m1}} le {{DOBO}} à Wenzhou, nous a quittés le {{DATE}}. Son fils{{m2}}{{k2}} {{W2}} et toute la famille remercient les voisins de la rue du Temple.`,
    `Fiche salarié (Belgique)
Nom : {{R1}}
Numéro de registre national : {{BRRN}}
Domicile : {{ADDR}}
Compte : {{IBAN}}`,
    `Dossier RH Genève : {{W1}}, numéro AVS {{AHV}}, né{{m1}} le {{DOB}}, permis B.`,
    `La clé est sous le pot de fleurs et le mot de passe du wifi est {{PWD}}. Si problème, appelle {{G2}} au {{PHONES}}. Bisous, {{G1}}`,
    `Ma phrase de passe pour le coffre-fort numérique : {{PHRASE}}. Ne la donne qu'à {{W2}}.`,
    `Procès-verbal de l'AG de copropriété : Mme {{S1}}{{f1}} (lot 12) demande le remplacement de l'interphone ; M. {{S2}}{{m2}} s'y oppose. Contact du syndic : {{O3}}.`,
    `Groupe des parents de CE2 : qui peut récupérer {{G1}} mercredi ? Sa mère{{f2}}{{l2}}, {{W2}}, finit tard. Son numéro : {{PHONE}}.`,
    `Facture n° 2025-078, travaux de plomberie au {{ADDR}}
Montant : {{AMOUNT}}
Règlement à {{F1}}, IBAN {{IBAN}}
Tél. {{PHONE}}`,
    `Objet perdu : un portefeuille avec le permis de conduire n° {{DL1}} au nom de {{A1}}. Le propriétaire peut le récupérer à l'accueil de la mairie.`,
    `Liste d'invités pour les 30 ans de {{G1}} :
{{F2}}, {{F3}}, et les collègues du labo.
Envoie les invitations à {{E2}} et {{E3}}.`,
    `Peux-tu traduire en chinois pour ma belle-mère : « Madame {{S1}}, votre fille{{f2}}{{l2}} {{G2}} a obtenu son diplôme avec mention. » {{f1}}`,
    `Fiche de police, Hôtel du Port
Client : {{U1}}
Passeport : {{PASSPORT}}
Carte de garantie : {{CARD}}
Arrivée : {{DATE}}
Il manque quelque chose pour l'arrivée de {{G1}} ?`,
    `Location de voiture : conductrice{{f1}} principale {{W1}}, permis n° {{DL1}}, née le {{DOB}} ; caution bloquée sur la carte {{CARD}}.`,
    `Attestation d'accueil
Je soussigné{{m1}} {{W1}}, demeurant {{ADDR}}, certifie héberger ma mère{{f2}}{{l2}} {{W2}}, carte d'identité n° {{HOMEID2}}, passeport {{PASSHOME2}}, pendant trois semaines.
{{F1}}`,
    `{{G1}}, de la chorale, voudrait une version plus simple de ce passage : « {{C}} {{C}} » Envoie aussi le résultat à {{E1}}.`,
    `Notes du cours de solfège de {{W1}} ({{DATE}}), à transmettre à {{O1}} :
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Explique la pensée de Confucius sur la piété filiale pour une classe de seconde.`,
    `Qui était Zhou Enlai et quel rôle a-t-il joué lors de la conférence de Genève de 1954 ?`,
    `Résume Les Misérables en cinq phrases, en insistant sur Jean Valjean et Javert.`,
    `Pourquoi Peugeot et Michelin sont-elles restées des entreprises familiales si longtemps ?`,
    `Écris une fiche produit pour un sac Longchamp Le Pliage, ton enjoué.`,
    `Quels sont les albums de Tintin qui se passent en Chine ?`,
    `Organise un week-end à Lyon : Vieux Lyon, Croix-Rousse, et un bouchon rue Mercière.`,
    `Dans le fichier .env.example, mets SMTP_PASSWORD=<mot-de-passe> et API_KEY=VOTRE_CLE_API, puis explique pourquoi on ne commite pas le vrai .env.`,
    `En mode test, utilisez la carte {{TESTCARD}} avec n'importe quelle date d'expiration.`,
    `Le numéro {{NOCARD}} est refusé par la clé de Luhn. Montre le calcul.`,
    `Notre formulaire refuse {{NOIBAN}}. Explique comment se calcule la clé de contrôle d'un IBAN.`,
    `Où en est la commande {{ORDER}} ? Elle devait arriver le {{DATE}}.`,
    `Depuis la version {{VER}}, le build du commit {{SHA}} plante au démarrage. Des pistes ?`,
    `Cette requête est-elle sans risque ? DELETE FROM paniers WHERE id = '{{UUID}}';`,
    `Autorise {{DOCIP}} dans le pare-feu et bloque la plage {{CIDR}}.`,
    `Le bail commence le {{DATEA}} et la révision du loyer a lieu le {{DATEB}}. Combien de mois d'écart ?`,
    `Quelle est la différence entre PostgreSQL, MariaDB et SQLite pour une petite application ?`,
    `Une nappe en lin, un col en fourrure de vison, et un bouquet de pivoines : décris une table de fête.`,
    `Résume l'histoire de la dynastie Ming en dix lignes.`,
    `Compare le Commissaire Maigret et Hercule Poirot comme enquêteurs.`,
    `2025-04-02 02:00:13 ERROR cron sauvegarde={{UUID}} échec après 3 tentatives (disque plein)`,
    `Répartis {{AMOUNT}} entre cinq personnes.`,
    `Rédige une relance pour la facture {{ORDER}} de {{AMOUNT}}, échue depuis le {{DATE}}.`,
    `Pourquoi le Yangtsé est-il si important pour l'économie chinoise ?`,
    `Présente la carrière de Zinédine Zidane en trois paragraphes.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Explique à quoi sert chaque champ et lesquels ne doivent jamais être commités.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
Quelles commandes dépassent le budget ?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Résume ce qui a changé dans cette version.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
Que signifie cette exception ?`,
  ],
  neg: [
    `{{C}}`,
    `Simplifie cette phrase : {{C}}`,
    `Traduis en anglais : {{C}} {{C}}`,
    `Cette phrase est-elle correcte ? « {{C}} »`,
    `Résume en une ligne :

{{C}}
{{C}}
{{C}}`,
    `Fais une liste à puces :
{{C}}
{{C}}`,
    `Combien de temps faut-il pour cuire un œuf mollet ?`,
    `Écris un haïku sur les premières gelées.`,
    `Explique à un enfant de dix ans : {{C}}`,
    `Liste de courses : lait d'avoine, poireaux, deux citrons, vinaigre de riz, tofu. Classe par rayon.`,
    `Propose trois variantes de cette phrase : {{C}}`,
    `Vrai ou faux, d'après le manuel ? {{C}}`,
    `Combien de grammes dans trois tasses de farine ?`,
  ],
};
