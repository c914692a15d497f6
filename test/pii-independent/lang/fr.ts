import { frNir, frRib } from '../values.ts';
import type { LangPack } from './pack.ts';

const BASES = [
  'des Tanneurs',
  'du Moulin Rouge',
  'des Glycines',
  'de la Verrerie',
  'du Lavoir',
  'des Cordiers',
  'de la Tuilerie',
  'des Mésanges',
  'du Vieux Port',
  'des Capucines',
  'de la Forge',
];
const TYPES = ['rue', 'avenue', 'boulevard', 'impasse', 'allée', 'chemin', 'place', 'quai', 'rue', 'rue'];
const TOWNS: [string, string][] = [
  ['Angers', '49'],
  ['Besançon', '25'],
  ['Nancy', '54'],
  ['Limoges', '87'],
  ['Perpignan', '66'],
  ['Rouen', '76'],
  ['Poitiers', '86'],
  ['Namur', 'B5'],
  ['Liège', 'B4'],
];

export const fr: LangPack = {
  carrierFrames: [
    'Peux-tu m’expliquer simplement cette phrase du manuel ? « {C} » J’en ai besoin pour {W}. {P}',
    'Ceci vient de la documentation, je l’ai transmis à {W} :\n\n{C}\n\nConcrètement, ça veut dire quoi ? {P}',
    'Cette phrase est-elle correcte, ou la tournerais-tu autrement ?\n> {C}\n\n{P}',
    '{C}\n\n{P}\n\nRésume le paragraphe ci-dessus en une phrase pour {W}.',
    'Formulaire : retour sur la documentation\nDéposé pour : {W}\nCitation : {C}\nRemarque : {P}',
    'D’après {W}, ce passage est obsolète : « {C} » {P} Tu proposerais quelle formulation ?',
    'Je ne comprends pas cette phrase : {C} {P}',
  ],
  promptFrames: [
    'Rédige un e-mail court et poli à {W} au sujet de la livraison en retard. Intègre ceci : {P}',
    'Résume ce ticket de support en deux phrases.\n\nTicket {O}\nDemandeur : {W}\n{P}\nL’export échoue depuis lundi.',
    'Corrige cette configuration, le service ne démarre pas :\n\n```yaml\nservice:\n  nom: synchro-stock\n  responsable: {W}\n  tentatives: 3\n```\n{P}',
    'Reformule ça de façon plus aimable, c’est pour {W} : « {P} Merci de répondre avant vendredi. »',
    'Je remplis un formulaire pour {W}. {P} Dans quelle case ça va ?',
    'Transforme ces notes en liste d’actions :\n- migration : {W}\n- {P}\n- prochain point dans deux semaines',
    'Réponds brièvement à ce message : « coucou, petite question. {P} merci »',
    'Traduis cette note en anglais pour {W} : {P}',
  ],
  generic: [
    'l’équipe support',
    'mon propriétaire',
    'la comptabilité',
    'notre nouveau stagiaire',
    'ma responsable',
    'notre client',
    'la secrétaire',
    'l’équipe de nuit',
  ],
  addressing: [
    'Bonjour {A},',
    'Merci beaucoup, {A} !',
    'Bien à toi,\n{A}',
    'Salut {A}, petite question.',
    'Désolé {A}, j’ai raté ton appel.',
  ],
  phrases: {
    PERSON: [
      '{A} reprend le ticket à partir de lundi.',
      '{A} a demandé si la facture peut être scindée.',
      'Cordialement,\n{A}',
      'cc {A}',
      'Participants : {A}, {B}',
      'Le contrat a été signé hier par {A}.',
      'J’en ai parlé avec {A} et {B}.',
    ],
    EMAIL: ['Envoie le brouillon à {A} quand il est prêt.', 'Mon adresse e-mail est {A}.', 'Répondre à : {A}'],
    EMAIL_SPOKEN: ['tu peux m’écrire à {A}'],
    PHONE: ['Appelle-moi au {A} si quelque chose n’est pas clair.', 'Portable : {A}', 'Mon numéro a changé, c’est maintenant le {A}.'],
    PHONE_WORDS: ['mon numéro c’est le {A}, après dix-huit heures', 'Merci de rappeler au {A}.'],
    PHONE_SPACED: ['Téléphone (lu à voix haute) : {A}', 'appelle-moi au {A}'],
    ADDRESS: ['Merci de l’envoyer au {A}.', 'Ma nouvelle adresse : {A}.', 'Adresse de facturation : {A}'],
    DATE_OF_BIRTH: ['Je suis né le {A}.', 'Date de naissance : {A}', 'née le {A}'],
    CREDIT_CARD: ['Débite ma carte {A}, expiration 09/28.', 'Numéro de carte : {A}'],
    IBAN: ['Merci de virer le remboursement sur {A}.', 'IBAN : {A}'],
    BANK_NATIONAL: ['Mon RIB : {A}', 'RIB du compte joint : {A}'],
    BANK_US: ['Pour le virement aux États-Unis : routing number {A}, numéro de compte {B}.'],
    NATIONAL_ID: ['Mon numéro de sécurité sociale est le {A}.', 'N° de sécu : {A}'],
    SSN: ['Mon numéro de sécurité sociale américain (SSN) est {A}.'],
    PASSPORT: ['Mon numéro de passeport est {A}.', 'Passeport n° {A}, délivré en 2021.'],
    DRIVER_LICENSE: ['Numéro de permis de conduire : {A}', 'Le numéro de mon permis est {A}.'],
    IP_ADDRESS: ['Toutes les requêtes viennent de {A}.', 'Mon IP à la maison est {A}, merci de l’autoriser.'],
    API_KEY: ['Voici la clé que j’utilise : {A}', 'export API_TOKEN={A}'],
    PASSWORD: ['Mon mot de passe est {A} et il ne marche plus.', 'Le mot de passe admin est {A}, à changer après connexion.'],
    PASSPHRASE: ['la phrase de passe du wifi est {A}', 'Mon mot de passe est {A} (quatre mots, comme demandé par l’informatique).'],
    CONNECTION_STRING: ['DATABASE_URL={A}', 'Il se connecte avec {A} puis expire.'],
  },
  neutral: [
    'Pas plus de 150 mots, s’il te plaît.',
    'Merci d’avance !',
    'Le ton doit rester professionnel sans être raide.',
    'On a déjà redémarré le serveur deux fois.',
    'Rien d’urgent, la fin de la semaine prochaine suffit.',
    'Vouvoie le destinataire.',
    'L’équipe l’a décidé lors de la dernière rétro.',
  ],
  hardNegatives: [
    'Elle portait un pull rose et une écharpe olive ; décris la tenue en une phrase pour le catalogue.',
    'La commande {O} est arrivée abîmée le {D}. Rédige une réclamation ferme mais polie.',
    'Dans le modèle, laisse password: [db_password] et api_key: ${API_KEY} tels quels, ils sont remplis au déploiement.',
    'Le guide dit de remplacer <your-token> par son propre jeton ; l’exemple affiche ******** à la place du mot de passe.',
    'Explique les lois de Newton à un enfant de douze ans.',
    'Victor Hugo est né à Besançon en 1802. Résume son œuvre en trois points.',
    'Écris une courte scène où Tintin et le capitaine Haddock se disputent au sujet d’un horaire de train.',
    'On est passés de Jenkins à GitHub Actions et d’Oracle à PostgreSQL l’an dernier. Bonne idée ?',
    'Compare Renault, Peugeot et Michelin selon leur chiffre d’affaires en {Y}.',
    'La mise à jour vers la version {V} a corrigé le plantage, mais la mémoire a augmenté de {Q} Mo.',
    'Le serveur a {Q} Go de RAM et traite environ {Q} requêtes par seconde en pointe.',
    'Le bureau a déménagé à Toulouse, l’entrepôt reste près de Lille. Mets à jour le pied de page.',
    'Pour réinitialiser ton mot de passe, clique sur « Mot de passe oublié » ; le lien expire au bout de 24 heures.',
    'Le commit {H} a introduit la régression ; la requête en échec avait l’identifiant {U}.',
    'Pour les tests, la doc utilise la carte 4242 4242 4242 4242 et la clé AKIAIOSFODNN7EXAMPLE.',
    'L’exemple de pare-feu autorise 192.0.2.10 et 10.0.0.0/8 et lie l’interface d’admin à 127.0.0.1.',
    '```python\ntotal = 0\nfor prix in prix_list:\n    total += prix * 1.2\nprint(round(total, 2))\n```\nPourquoi le total est-il faux d’un centime ?',
    'La revue de conception a lieu le {D} à 14 h 30, salle 3.12.',
    'La référence de facture {F} apparaît deux fois dans l’export, comment dédoublonner ?',
    'La marine marchande a besoin de pierre de taille pour le port ; rédige une annonce pour un fournisseur.',
    'Mets MAX_CONNECTIONS=200 et POOL_TIMEOUT=30 dans le fichier .env, puis redémarre.',
  ],
  words: [
    'cuivre',
    'lanterne',
    'orbite',
    'mosaique',
    'noisette',
    'glacier',
    'poivre',
    'phare',
    'velours',
    'chardon',
    'falaise',
    'galet',
    'faucon',
    'selle',
    'prairie',
    'ruban',
    'prise',
    'toundra',
    'violette',
    'carriere',
    'braise',
    'ancre',
    'biscuit',
    'cobalt',
  ],
  digitWords: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  countries: ['FR', 'FR', 'BE', 'CH'],
  address(rng) {
    const [town, pre] = rng.pick(TOWNS);
    const belgian = pre.startsWith('B');
    const postcode = belgian ? pre.slice(1) + rng.digits(3) : pre + rng.digits(3);
    const number = `${rng.int(1, 160)}${rng.pick(['', '', '', ' bis', ' ter'])}`;
    const street = `${rng.pick(TYPES)} ${rng.pick(BASES)}`;
    return belgian
      ? `${street[0]!.toUpperCase()}${street.slice(1)} ${number}, ${postcode} ${town}, Belgique`
      : `${number} ${street}, ${postcode} ${town}`;
  },
  phone(rng) {
    const pairs = () => [rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)];
    const lead = rng.pick(['6', '7', '1', '2', '4', '5']);
    return rng.pick([`0${lead} ${pairs().join(' ')}`, `+33 ${lead} ${pairs().join(' ')}`, `0${lead}.${pairs().join('.')}`]);
  },
  date(rng, d) {
    const dd = String(d.day).padStart(2, '0');
    const mm = String(d.month).padStart(2, '0');
    return rng.pick([
      `${dd}/${mm}/${d.year}`,
      `${d.day === 1 ? '1er' : d.day} ${fr.months[d.month - 1]} ${d.year}`,
      `${dd}.${mm}.${d.year}`,
    ]);
  },
  nationalId: frNir,
  bankNational(rng) {
    const r = frRib(rng);
    return [rng.chance(0.7) ? `${r.bank} ${r.branch} ${r.account} ${r.key}` : r.bank + r.branch + r.account + r.key];
  },
};
