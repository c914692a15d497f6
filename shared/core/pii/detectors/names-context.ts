// The context around a PERSON candidate (names.ts): the context words in the six languages (titles, greetings,
// sign-offs, field labels, self-introductions, relations, person verbs, place words, name particles), the words
// before a position on its line, and what they say — `cueBefore` turns them into a Cue: which kind of
// evidence (title, greeting, label, intro, relation, signature, list), how strong, and what the name after it
// must also satisfy (a second word, a following clause, the end of its field …). `quickPrev` / `surelyNoCue`
// decide cheaply when the full analysis cannot find a cue; `isSignature` reads a sign-off block.
import { isLetter } from '../chars.ts';

/** What made a span a name candidate (usable as a feature by a later model). */
export type NameCue =
  | 'title'
  | 'greeting'
  | 'label'
  | 'intro'
  | 'relation'
  | 'signature'
  | 'after'
  | 'list'
  | 'structured'
  | 'speaker'
  | 'gazetteer-pair'
  | 'gazetteer'
  | 'propagated';

/** A candidate PERSON span and the cue behind it. */
export interface NameCandidate {
  start: number;
  end: number;
  cue: NameCue;
  score: number;
}

// ---------------------------------------------------------------------------------------------------
// Context words (lower case, apostrophes as ').

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Titles and honorifics: the name follows, the title is not part of the span. */
const TITLES = set(`mr mrs ms miss mx mister dr doc prof professor sir dame lady lord frau herr fr hr fräulein
  dra dres m mme mlle mmes mm monsieur madame mademoiselle docteur maître me pr sr sra srta señor señora señorita don
  doña dña dª dr.ssa dott dott.ssa dottor dottore dottoressa prof.ssa professoressa sig sig.ra sig.na signor
  signora signorina avv ing arch geom rag meneer mevrouw dhr mevr mw juffrouw dokter doctor doktor drs ir
  ingenieur mag dipl agent officer detective inspector nurse schwester pfleger captain capt coach rabbi
  father pastor pfarrer imam sheikh sister brother abbé père herrn hrn juf maestra seño
  lawyer attorney ärztin doktorin professorin anwalt anwältin rechtsanwalt rechtsanwältin notar notarin dozent dozentin
  docteure professeur professeure avocat avocate notaire infirmier infirmière
  doctora profesor profesora abogado abogada licenciado licenciada notario notaria ingeniero ingeniera enfermero enfermera
  dottore professore avvocato avvocata notaio notaia ingegnere infermiere infermiera
  advocaat notaris verpleegkundige
  khun daw agha aghaye agha-ye khanom khanum shri shrimati smt thiru puan encik bapak haji hajji alhaji mallam
  begum ustad sayyid sensei
  sergeant constable brigadier kommissar kommissarin hauptkommissar hauptkommissarin wachtmeister polizeimeister
  gendarme adjudant lieutenant capitaine sargento cabo teniente brigadiere maresciallo
  ispettore wachtmeester hoofdagent`);

/** Titles in title case, to skip them as tokens ("Mr", "Frau", "Mme", "Dott"). */
export const TITLES_TC: ReadonlySet<string> = new Set([...TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)));

/** Role titles that also start headings and product names ("Agent Detection", "Captain Marvel"). */
const ROLE_TITLES = set(`don doña dña agent officer detective inspector captain capt coach nurse father sister brother pastor
  imam rabbi sheikh abbé père schwester pfleger pfarrer sergeant constable brigadier kommissar kommissarin
  hauptkommissar hauptkommissarin wachtmeister polizeimeister gendarme adjudant lieutenant capitaine
  sargento cabo teniente brigadiere maresciallo ispettore wachtmeester hoofdagent sensei`);

/** Titles that count only when capitalised ("ms" is also milliseconds, "m" metres). */
const CAPITAL_ONLY_TITLES = set(`mr mrs ms miss mx dr doc prof m mme mlle mm me pr sr sra srta fr hr mag dipl ir drs
  capt agent officer detective inspector nurse captain coach father sister brother lord lady dame sir`);

/** Titles that count in lower case too when abbreviated with their dot ("dr. Antikainen"; not "180 ms. Offene"). */
const DOTTED_LOWER_TITLES = set(`dr prof mr mrs mme mlle`);

/** Greetings and thanks that address someone by name. */
export const GREETINGS = set(`hi hello hey hiya heya dear dearest morning evening afternoon thanks thank thx ty
  congratulations congrats welcome hallo hallöchen liebe lieber liebes servus moin grüezi grüß danke
  glückwunsch willkommen bonjour bonsoir salut coucou cher chère chers merci bravo bienvenue félicitations
  hola estimado estimada estimados querido querida gracias felicidades enhorabuena bienvenido bienvenida
  días dias tardes noches ciao salve gentile gentilissimo gentilissima egregio egregia caro cara carissimo carissima
  grazie auguri benvenuto benvenuta buongiorno buonasera hoi hallo beste geachte lieve dag goedemorgen
  goedemiddag goedenavond bedankt dank welkom gefeliciteerd yo complimenti oye ehi ehilà hee hej geehrte geehrter`);

/** Greetings of two words whose last is a word alone ("Tag", "Morgen", "sera", "dag"). */
const TWO_WORD_GREETINGS = set(`guten_tag guten_morgen guten_abend buona_sera buon_giorno buen_día goeden_dag goede_morgen
  goeden_avond goede_middag`);

/** A word one addresses someone with that is no name: a greeting, a title, a relation ("Congratulations,", "Mister,", "Figliola,"). */
export function isFormOfAddress(word: string): boolean {
  const w = word.toLowerCase();
  return GREETINGS.has(w) || TITLES.has(w) || RELATIONS.has(w);
}

/** Sign-offs followed by the name on the same line ("Cheers, Tom", "LG Ingrid"): the name must end the line. */
const SIGNOFFS = set(`cheers best regards lg vg mfg gruß grüße gruss grüsse saludos saluti groetjes groeten groet
  bises abrazos besos cordialement cordialmente atentamente sincerely xoxo love`);

/** Field labels (must be followed by ':' or be an upper-case label at the start of a line). */
export const LABELS = set(`name fullname firstname lastname surname forename forenames patient patients
  employee customer client applicant candidate passenger passengers traveller traveler guest tenant
  landlord landlady policyholder holder insured member student pupil driver contact attendee attendees
  participant participants present from to cc bcc author reporter assignee owner signed signature sender
  recipient beneficiary payee cardholder buddy mentor manager supervisor doctor gp physician referrer
  nurse caregiver carer witness claimant debtor creditor borrower spouse child father mother guardian
  requester requestor interviewer interviewee speaker moderator organiser organizer responsible reviewer reviewers approver
  user customer_name
  vorname nachname familienname geburtsname kunde kundin mitarbeiter mitarbeiterin bewerber bewerberin
  teilnehmende teilnehmer teilnehmerin anwesend anwesende reisende reisender von an absender empfänger autor autorin
  verfasser verfasserin ansprechpartner ansprechpartnerin kontakt versicherungsnehmer versicherungsnehmerin
  versicherte versicherter fahrer fahrerin mieter mieterin vermieter vermieterin kontoinhaber
  kontoinhaberin karteninhaber inhaber inhaberin antragsteller antragstellerin arzt ärztin überweiser
  hausarzt hausärztin betreuer betreuerin unterschrift gez verantwortlich verantwortliche halter halterin tierhalter
  tierhalterin rechnungsempfänger rechnungsempfängerin personalbogen klassenlehrer klassenlehrerin teacher enseignant
  enseignante élève alumno alumna alunno alunna leerling docent
  nom prénom prénoms patiente employé employée salarié salariée candidat candidate passager passagère
  locataire propriétaire assuré assurée conducteur conductrice présents présentes de à auteur expéditeur
  destinataire bénéficiaire titulaire médecin signé demandeur demandeuse référent référente responsable
  nombre apellido apellidos paciente cliente empleado empleada candidato candidata pasajero pasajera
  inquilino inquilina arrendador arrendadora propietario propietaria asegurado asegurada tomador
  conductor conductora contacto asistentes participantes para autor autora remitente destinatario
  destinataria beneficiario beneficiaria titular médico médica firmado solicitante
  nome cognome paziente dipendente candidato passeggero passeggera locatore proprietario proprietaria
  assicurato assicurata contraente conducente contatto referente presenti partecipanti da a autore
  autrice mittente intestatario intestataria titolare medico firmato richiedente
  naam voornaam achternaam patiënt patiënte klant medewerker medewerkster werknemer kandidaat sollicitant
  passagier huurder verhuurder verzekerde verzekeringnemer bestuurder contactpersoon aanwezig aanwezigen
  deelnemers van aan afzender ontvanger begunstigde rekeninghouder arts huisarts verwijzer getekend
  aanvrager verantwoordelijke
  resident residents complainant co-applicant coapplicant ticketholder
  bewohner bewohnerin mitantragsteller mitantragstellerin zusatzfahrer zusatzfahrerin sachbearbeiter
  sachbearbeiterin anzeigende anzeigender kreditnehmer kreditnehmerin darlehensnehmer darlehensnehmerin
  résident résidente plaignant plaignante emprunteur emprunteuse co-emprunteur co-emprunteuse
  residente denunciante prestatario prestataria
  ospite mutuatario mutuataria
  bewoner bewoonster aangever aangeefster verbalisant kredietnemer tickethouder
  forenames noodcontact notfallkontakt zuständig zuständige zuständiger vornamen voornamen nomi
  instructor instructora instructeur instructrice istruttore istruttrice fahrlehrer fahrlehrerin lehrer lehrerin
  moniteur monitrice profesor profesora professeur professeure insegnante entrenador entrenadora allenatore
  allenatrice trainerin leraar lerares rijinstructeur tutor tutora tuteur tutrice firmante cofirmante vecino vecina
  voisin voisine nachbar nachbarin neighbour neighbor vicino vicina buurman buurvrouw referee garante guarantor bürge
  bürgin garant firmataria firmatario coinquilino coinquilina mitbewohner mitbewohnerin colocataire huisgenoot
  studentin schüler schülerin étudiant étudiante estudiante studente studentessa`);

/** Labels that introduce lists of people (their single-word items need a known given name nearby). */
export const LIST_LABELS = set(`attendee attendees participant participants present to cc bcc teilnehmende teilnehmer
  anwesend anwesende an présents présentes participants asistentes participantes para presenti
  partecipanti a aanwezig aanwezigen deelnemers aan`);

/** "name" in the six languages, and words that make a "… name:" label about a thing. */
const NAME_WORDS = set(`name nom nombre nome naam`);
const THING_QUALIFIERS = set(`company product file project host business brand team device app application server
  domain bank model store shop event course street city field column table database db branch package module
  class variable pet dog cat band ship vessel organisation organization org trading legal registered firm
  group list folder document sheet tab workspace channel repo repository bucket cluster service queue topic
  firma unternehmen produkt datei projekt société entreprise produit fichier projet empresa producto archivo
  proyecto azienda prodotto progetto bedrijf product bestand project`);

/** Multi-word labels, keyed by their last word: the words before it must match. */
const LABEL_PHRASES = set(
  `full name|first name|last name|given name|family name|patient name|customer name
  account holder|card holder|policy holder|contact person|emergency contact|next of kin|requested by
  approved by|prepared by|reviewed by|submitted by|signed by|written by|assigned to|referred by
  nom complet|nom de famille|titulaire du compte|médecin traitant|nombre completo|nombre y apellidos
  nome e cognome|nome completo|volledige naam|vollständiger name|name des kunden
  additional driver|main driver|second driver|person reporting|reporting officer|investigating officer
  conducteur additionnel|conducteur principal|conductor adicional|conductor principal|secondo conducente
  agente instructor|co applicant|joint applicant|zweiter fahrer|given names|first names|de emergencia|cas d'urgence
  contatto d'emergenza|contatti d'emergenza|du père|de la mère|des vaters|der mutter|del padre|de la madre
  della madre|naam vader|naam moeder|name on badge|name on card|employer reference|segunda firmante|van de vader|van de moeder`
    .replace(/ /g, '_')
    .replace(/\|/g, ' '),
);

/** Labels that name one person (not a list, not "from"/"to"), for a value in capitals: "PATIENT: HOWE ZANE". */
export function isPersonLabel(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  const before = words.length >= 2 ? words[words.length - 2]!.toLowerCase() : undefined;
  if (before !== undefined && LABEL_PHRASES.has(`${before}_${last}`)) return true;
  return (
    LABELS.has(last) &&
    !LIST_LABELS.has(last) &&
    !ADDRESS_LABELS.has(last) &&
    !(NAME_WORDS.has(last) && before && THING_QUALIFIERS.has(before))
  );
}

/** Header labels of a message's sender and recipients, in the six languages: their values are often teams or lists. */
const ADDRESS_LABELS = set(`from to von an de à da a para van aan`);

/** Self-introductions: the name follows directly. */
const INTRO_PHRASES = set(`my_name_is name_is i'm i_am this_is it's here's ich_bin ich_heiße ich_heisse
  mein_name_ist name_ist hier_ist je_suis je_m'appelle m'appelle moi_c'est c'est ici soy me_llamo llamo
  mi_nombre_es nombre_es aquí_está habla sono mi_chiamo chiamo il_mio_nome_è nome_è ik_ben ik_heet heet
  mijn_naam_is naam_is met_u_spreekt hier_is`);
/** Intros that are unambiguous ("my name is" vs "I'm Italian"). */
const STRONG_INTRO = set(`my_name_is name_is ich_heiße ich_heisse mein_name_ist name_ist je_m'appelle m'appelle
  me_llamo llamo mi_nombre_es nombre_es mi_chiamo chiamo il_mio_nome_è nome_è ik_heet heet mijn_naam_is
  naam_is`);

/** Relations: "my colleague Anna", "mia madre, Gioia Rossi", "ihr Sohn Jonas", "his buddy is Drew". */
export const RELATIONS = set(`son daughter wife husband mother mom mum mommy mother-in-law father dad daddy
  brother sister sibling friend friends colleague colleagues coworker co-worker coworkers teammate
  boss neighbour neighbor landlord landlady grandmother grandfather grandma grandpa granny nan aunt uncle
  cousin nephew niece fiancé fiancée fiance fiancee boyfriend girlfriend assistant intern mentor mentee
  flatmate roommate housemate stepson stepdaughter stepmother stepfather kid kids child baby toddler
  buddy godson goddaughter spouse manager supervisor tutor hire starter joiner recruit newcomer
  sohn tochter ehemann ehefrau mann partnerin mutter mama vater papa bruder schwester freund freundin
  kollege kollegin kollegen chefin nachbar nachbarin vermieter vermieterin oma opa omi opi tante onkel cousine neffe nichte verlobte
  verlobter mitbewohner mitbewohnerin enkel enkelin kind vorgesetzte vorgesetzter betreuer betreuerin
  fils fille femme mari conjoint conjointe propriétaire bailleur bailleresse mère maman père frère sœur soeur ami amie amis collègue
  collègues responsable tuteur tutrice voisin voisine mamie papi mémé pépé grand-mère grand-père oncle neveu nièce fiancé copain copine enfant bébé
  hijo hija hijos esposa esposo marido mujer pareja madre mamá padre papá hermano hermana amigo amiga
  compañero compañera colega jefe jefa responsable vecino vecina casero casera abuelita abuelito abuela abuelo tía tío primo prima sobrino sobrina novio novia
  figlio figlia moglie marito compagno compagna mamma papà fratello sorella amico amica collega responsabile vicino
  vicina nonna nonno nonnina figliolo figliola padrone padrona zia zio cugino cugina nipote fidanzato fidanzata bambino bambina
  zoon dochter vrouw echtgenoot echtgenote moeder vader broer zus zuster vriend vriendin collega buurman
  buurvrouw huisbaas verhuurder oma opa oom neef verloofde kleinzoon kleindochter leidinggevende
  coinquilino coinquilina colocataire coloc huisgenoot huisgenote`);

/** The writer's or the reader's: "my", "your", "our" in the six languages. */
export const OWN_POSSESSIVES = set(`my our your mein meine meinen meiner meinem meines dein deine deinen deiner deinem
  unser unsere unseren unserer unserem euer eure euren eurer eurem ma mon mes ta ton tes notre nos votre vos mi mis
  tu tus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mio mia miei mie tuo tua tuoi tue
  nostro nostra nostri nostre vostro vostra vostri vostre mijn m'n jouw je onze ons jullie uw`);
/** Someone else's: "his", "her", "their" in the six languages. */
export const OTHERS_POSSESSIVES = set(`his her their sein seine seinen seiner seinem seines ihr ihre ihren ihrer ihrem
  ihres sa son ses leur leurs su sus suo sua suoi sue loro zijn z'n haar hun`);
/** Relation words that are also frequent name parts: the Korean and Vietnamese surname Son, the given name Nan. */
const NAME_PART_RELATIONS = set(`son nan`);
/**
 * Those who serve someone in private, a relation after the writer's or reader's possessive only ("my physiotherapist,
 * Aivars Ozoliņš", "mi fisioterapeuta, …"); "the lawyer …" may be any public figure's.
 */
export const SERVICE_RELATIONS = set(`physiotherapist physio therapist dentist doctor lawyer attorney accountant hairdresser
  barber plumber electrician cleaner babysitter nanny trainer coach teacher vet midwife osteopath psychologist
  counsellor counselor physiotherapeut physiotherapeutin therapeut therapeutin zahnarzt zahnärztin arzt ärztin anwalt
  anwältin steuerberater steuerberaterin friseur friseurin klempner elektriker putzfrau putzhilfe trainerin lehrer
  lehrerin tierarzt tierärztin hebamme psychologe psychologin kiné kinésithérapeute thérapeute dentiste médecin avocat
  avocate comptable coiffeur coiffeuse plombier électricien nounou baby-sitter entraîneur entraîneuse professeur prof
  vétérinaire sage-femme psychologue ostéopathe fisioterapeuta fisio terapeuta dentista médico médica abogado abogada
  contable gestor gestora peluquero peluquera fontanero fontanera electricista canguro niñera entrenador entrenadora
  profesor profesora veterinario veterinaria matrona psicólogo psicóloga fisioterapista medico dottore dottoressa
  avvocato avvocata avvocatessa commercialista parrucchiere parrucchiera idraulico elettricista tata allenatore
  allenatrice professore professoressa ostetrica psicologo psicologa fysiotherapeut fysio tandarts dokter huisarts
  advocaat boekhouder kapper kapster loodgieter elektricien schoonmaakster oppas leraar lerares dierenarts
  verloskundige psycholoog`);
/** Words for a woman that mean a wife after a possessive. */
const WOMAN_OR_WIFE = set(`femme mujer vrouw`);

/** Labels that also work without a colon before a full name ("driver Anna Berg, born …"). */
const PREPOSITION_LABELS = set(`from to cc bcc de à a da van an aan para von present name names naam nome nom
  nombre contact kontakt contacto contatto owner author autor auteur autore user`);

/** German role nouns are capitalised: "Fahrer Anna Berg, geb. …", "Kontoinhaber Jonas Weber". */
const GERMAN_ROLE_NOUNS = set(`fahrer fahrerin mieter mieterin vermieter vermieterin kunde kundin patientin
  mitarbeiter mitarbeiterin versicherungsnehmer versicherungsnehmerin versicherte versicherter kontoinhaber
  kontoinhaberin karteninhaber inhaber inhaberin antragsteller antragstellerin bewerber bewerberin
  teilnehmer teilnehmerin absender empfänger ansprechpartner ansprechpartnerin`);

/** "an e-mail to Anna that …", "une confirmation à Léa :", "una conferma a Teo:" — to whom one writes. */
const WRITE_TO = set(`email e-mail mail message note letter reply answer confirmation reminder text card invite
  invitation write send wish toast thanks apology nachricht mail brief antwort bestätigung erinnerung
  einladung glückwunsch karte schreib schreibe schreiben sende message lettre réponse confirmation rappel
  invitation mot carte écris écrire envoie envoyer mensaje carta respuesta confirmación recordatorio
  invitación nota tarjeta escribe escribir envía enviar messaggio lettera risposta conferma promemoria
  invito biglietto scrivi scrivere invia inviare bericht brief antwoord bevestiging herinnering
  uitnodiging kaart schrijf schrijven stuur sturen`);
const TO_WORDS = set(`to an à a aan`);
/** English words of WRITE_TO: after them "a" is the article, not Spanish or Italian "to". */
const ENGLISH_WRITE_TO = set(`email e-mail mail message note letter reply answer text card invite write send wish toast`);
export const TO_CLAUSE_RE = /^(?:\s*[:,]| (?:that|saying|dass|daß|que|qu'|che|dat|about|wegen|pour|para|per|om|to)\b)/i;

const COPULAS = set(`is was ist war est était es era è sono ben heißt heisst s'appelle se_llama si_chiama heet`);

/** Verbs and closings that point at a person; weak: they only help two-word or gazetteer names. */
const PERSON_VERBS = set(`ask asked asking tell told telling let call called calling emailed ping pinged cc
  meet contact contacted invite invited remind reminded thank thanked
  frag fragen sag sagen erinnere kontaktiere demande demander dis dire rappelle contacte pregunta preguntar
  dile decir recuerda llama chiedi chiedere dì dire ricorda chiama vraag vragen zeg zeggen herinner bel`);
/** "approved by", "unterschrieben von", "signé par", "firmado por", "approvato da", "goedgekeurd door": the person who did it. */
const AGENT_BY = set(`by von par por da door`);
const AGENT_PARTICIPLES = set(`approved signed written sent reported created reviewed requested submitted authored checked
  handled assigned prepared confirmed booked ordered
  genehmigt unterschrieben geschrieben geschickt gesendet erstellt geprüft beantragt bestätigt freigegeben
  approuvé approuvée signé signée écrit écrite envoyé envoyée validé validée rédigé rédigée demandé demandée
  aprobado aprobada firmado firmada escrito escrita enviado enviada revisado revisada solicitado solicitada
  approvato approvata firmato firmata scritto scritta inviato inviata controllato controllata richiesto richiesta
  goedgekeurd ondertekend geschreven verstuurd gestuurd gecontroleerd aangevraagd bevestigd`);
/** "spoke with", "sprach mit", "parlé avec", "hablé con", "parlato con", "gesproken met". */
const WITH_WORDS = set(`with mit avec con met`);
const TALK_VERBS = set(`spoke talked met meeting call chat chatted spoken talk speak sprach gesprochen getroffen
  treffen telefoniert parlé discuté rencontré parler hablé hablado reunión reunido hablar parlato parlare
  incontrato riunione gesproken gesprek gebeld afspraak`);

/** Words before a capitalised word that make it a place or a thing, not a person. */
export const PLACE_PREFIX = set(`rue via calle piazza piazzale corso viale largo vicolo avenida av avda avenue
  plaza paseo place boulevard bd quai allée chemin impasse saint san santa santo são st ste sankt fort
  port mount mt lake cape hotel restaurant café cafe bar studio villa casa club project operation
  hurricane storm typhoon ship hms uss team planet asteroid operation codename
  polígono poligono quinta bajada subida senda prolongación prolongacion entrada ramal colegio cañada camino carretera
  urbanización urbanizacion callejón callejon pasaje ronda travesía travesia glorieta cuesta barrio rambla
  cours passage voie rond-point strada contrada borgo lungomare vico salita rua travessa largo praça praca alameda
  airport flughafen aeropuerto aéroport aeroporto luchthaven bahnhof hauptbahnhof gare stazione estación estacion
  universität universidad université università universiteit hospital krankenhaus klinikum hôpital ospedale ziekenhuis
  museo musée stadion estadio stade stadio gymnasium liceo lycée instituto institut istituto stiftung fundación
  fondation fondazione stichting
  bakery shop store salon boulangerie pâtisserie crêperie boutique bistrot brasserie bäckerei konditorei metzgerei
  friseur salon panadería pastelería peluquería tienda bodega gelateria pizzeria trattoria osteria pasticceria
  panetteria bakkerij slagerij kapsalon winkel snackbar bodegas brewery winery sawmill brauerei weingut sägewerk
  schreinerei tischlerei druckerei gärtnerei autohaus imprimerie menuiserie cave domaine garage cervecería imprenta
  carpintería vivero birrificio cantina tipografia falegnameria vivaio brouwerij houtzagerij zagerij drukkerij kwekerij
  timmerbedrijf wijnhuis`);

/**
 * A shop named as being at someone's, its preposition capitalised as a name's first word opening a quote: «"Da
 * Gino", una pizzeria», «« Chez Margot »», «"Bij Sjaak"», «„Bei Mario"» — a venue, not a person.
 */
const VENUE_BEFORE_RE = /[«"“„‘'][ \t\u00a0]*(?:Chez|Da|Dal|Bei|Bij|Zum|Zur|Casa|Au|Aux)[ \t\u00a0]+$/u;
export function namedAsVenue(text: string, start: number): boolean {
  return VENUE_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}

/** A company's legal form or family word, which a name run may take in as a capitalised word ("Okonkwo SARL"). */
export const COMPANY_FORMS = set(`LLC Ltd Inc Corp Plc AG SA BV NV SpA Srl SARL SAS SL GmbH mbH KG OHG Cía Hermanos Hijos
  Asociados Associati Associés Associates Figli Fils Söhne Zonen`);

/** Words after a name that make it a place or an organisation ("Victoria Station", "Anna Hospital"), the company forms too. */
export const PLACE_SUFFIX: ReadonlySet<string> = new Set([
  ...set(`Street St Road Rd Avenue Ave Lane Ln Drive Dr Way Close Court Place Square Terrace Quay Wharf Embankment
  Crescent Gardens Grove Hill Park Row Mews Walk Parkway Highway Boulevard Blvd Station Airport Bridge
  Tower House Hall Centre Center Building Hotel Hospital Clinic University College School Academy
  Institute Foundation Museum Library Church Cathedral Castle Palace Bank Group Holding Holdings Company
  Corporation Ventures Capital Partners Labs Systems
  Solutions Technologies Software Studio Studios Media Motors Airlines Airways Energy Pharma Insurance Logistics
  Straße Strasse Str Platz Gasse Allee Weg Ring Damm Ufer Straat Laan Gracht Plein Kade Singel Weg
  Salai Marg Nagar Chowk Prize Award Medal Foundation Trophy Cup Lecture Lectures Festival Award
  Circle Landing Isle Estates Crossing Trail Ridge Harbor Harbour Shores Springs Meadows Heights Village Villages
  Vista Knoll Plains Junction Point Turnpike Causeway Expressway Freeway Loop Manor Oval Pines Ranch Summit
  Associes Sàrl Cia`),
  ...COMPANY_FORMS,
]);

/** Company words that end a list of founders' names, in lower case: forms, families, partners. */
const COMPANY_LIST_ENDS = new Set([
  ...[...COMPANY_FORMS].map((w) => w.toLowerCase()),
  ...set(`partner partners associates brothers sons co fratelli frères brüder gebroeders hermanas`),
]);

/**
 * After a name run, more names in a list and then a company's word: "Pitzalis, Russo e De Vito e figli", "Trejo
 * Girón, Armenta Muñiz y Soliz Vaca Asociados", "Müller & Söhne": the names are the company's, not people's.
 */
const LIST_THEN_COMPANY_RE =
  /(?:(?:, | (?:and|und|et|y|e|en|&) )\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}){0,4}(?:,? (?:and|und|et|y|e|en|&))? ([\p{L}.]+)(?![\p{L}])/uy;

export function companyAfterList(text: string, end: number): boolean {
  LIST_THEN_COMPANY_RE.lastIndex = end;
  const word = LIST_THEN_COMPANY_RE.exec(text)?.[1];
  return word !== undefined && COMPANY_LIST_ENDS.has(word.replaceAll('.', '').toLowerCase());
}

/** Place words that are also common surnames ("Park", "Hill", "Hall", "Wood"). */
export const SURNAME_PLACE_WORDS = set(`Park Hill Hall Wood Field Ford Bank Banks Church Castle Bridge Bridges Tower Towers
  Green Lane Brook Brooks Berg Hof Ring Kirch Kirchner Burg`);

/** A closing line before a signature ("Best regards,", "Mit freundlichen Grüßen", "Un saludo"). */
const CLOSING =
  /(?:regards|best|cheers|thanks|thank you|sincerely|faithfully|wishes|yours|warmly|love|xx|grüße|grüßen|grüssen|grüsse|gruß|gruss|mfg|lg|vg|cordialement|salutations|amitiés|amicalement|bien à (?:vous|toi)|bonne (?:journée|soirée|fin de journée)|merci(?: beaucoup)?|bises|à bientôt|saludos|atentamente|un abrazo|abrazos|gracias|cordiales|un saludo|saluti|cordialmente|distinti saluti|un saluto|grazie(?: mille)?|a presto|groet(?:en)?|groetjes|bedankt|hartelijke groet|met vriendelijke groet|vriendelijke groet|dank je(?: wel)?|hasta pronto|besos)[\s!.,]*$/i;

/** Name particles: lower-case words inside a name ("van der", "de la", "bin"). */
export const PARTICLES = set(`van von der den de del della delle dello dei degli di da dos das du des la le ten ter
  zu zum bin ibn al el ben mac st.`);

/**
 * Particles that are also articles or prepositions ("Kürze den Satz", "Phasen des Systemstarts"): a name's particle
 * only after another one ("van der").
 */
export const ARTICLE_PARTICLES = set(`der den das des zu zum`);

/**
 * Articles and determiners of the six languages that stand before a noun and hardly ever before a person's name:
 * "eine Vielzahl von Aktionen", "den Julianischen Kalender", "die beste Wahl", "Jede Zeile, der …", "het Alleen".
 * Left out, as they also stand before names: "a" and "an" ("to" in Spanish, Italian and German), "de" (a
 * particle, "of"), "die" (Dutch "who": "iemand die Pieter heet"), "that" ("said that Anna …"), "i" (English "I"),
 * "am" ("I am Anna Berg"), "vom" and "zum" (particles: "vom Stein").
 */
export const DETERMINERS = set(`the this these those every each
  der den dem des das ein eine einen einem einer eines kein keine keinen keinem keiner jede jeder jedes jeden jedem im beim ins zur
  diese dieser dieses diesen diesem jene jener jenes welche welcher welches
  le la les un une ce cet cette ces chaque
  el los las una unos unas este esta estos estas ese esa esos esas cada
  il lo gli uno questo questa questi queste quel quella ogni
  het een deze dit elk elke`);

/** Words that strengthen thanks: "merci beaucoup", "grazie mille", "thanks a lot", "danke schön", "dank je wel". */
const THANKS_INTENSIFIERS = set(`beaucoup bien mille tante infinite lot much schön schoen sehr wel again nochmal encore`);

/** Every word that can start a context cue (quick check before the full analysis). */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES,
  ...GREETINGS,
  ...SIGNOFFS,
  ...LABELS,
  ...RELATIONS,
  ...SERVICE_RELATIONS,
  ...COPULAS,
  ...PERSON_VERBS,
  ...WITH_WORDS,
  ...TO_WORDS,
  ...PARTICLES,
  ...THANKS_INTENSIFIERS,
  ...[...INTRO_PHRASES, ...STRONG_INTRO, ...LABEL_PHRASES, ...TWO_WORD_GREETINGS].map((p) => p.slice(p.lastIndexOf('_') + 1)),
  'you',
  'morning',
  'afternoon',
]);

// ---------------------------------------------------------------------------------------------------
// Words before a position, on the same line: [{w: lower-case word, s, punct after it}], nearest first.

export interface PrevWord {
  w: string; // lower case, trailing dot removed
  raw: string;
  s: number;
  dot: boolean;
  punct: string; // punctuation between this word and what follows it
}

interface Before {
  words: PrevWord[];
  /** punctuation directly before the position */
  punct: string;
  /** the position is the first thing on its line (after spaces/bullets) */
  lineStart: boolean;
  lineStartPos: number;
}

function isPrevWordChar(c: number): boolean {
  return isLetter(c) || c === 39 || c === 0x2019 || c === 46 || c === 45 || (c >= 48 && c <= 57);
}

function isLightPunct(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (
    c === 58 ||
    c === 44 ||
    c === 59 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb ||
    c === 40 ||
    c === 42 ||
    c === 62 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 124 ||
    c === 61 ||
    c === 91 ||
    c === 93 ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 33 ||
    c === 63
  )
    return true;
  // a quote or dash not attached to a word
  if ((c === 39 || c === 45 || c === 0x2019) && (i < 2 || !isLetter(text.charCodeAt(i - 2)))) return true;
  return false;
}

export function wordsBefore(text: string, pos: number, max: number): Before {
  const words: PrevWord[] = [];
  let i = pos;
  let firstPunct = '';
  let lineStart = false;
  let lineStartPos = 0;
  for (let n = 0; n < max; n++) {
    const back = backOverPunct(text, i);
    i = back.i;
    const { punct } = back;
    if (n === 0) firstPunct = punct;
    if (atLineStart(text, i)) {
      if (n === 0) {
        lineStart = true;
        lineStartPos = i;
      }
      break;
    }
    const j = wordStart(text, i);
    if (j === i) break; // some other symbol
    const raw = text.slice(j, i);
    let w = raw.toLowerCase().replace(/’/g, "'");
    let dot = false;
    while (w.endsWith('.')) {
      w = w.slice(0, -1);
      dot = true;
    }
    words.push({ w, raw, s: j, dot, punct });
    i = j;
  }
  return { words, punct: firstPunct, lineStart, lineStartPos };
}

/** Back from `i` over blanks and light punctuation: where that stops, and the punctuation passed (in text order). */
function backOverPunct(text: string, i: number): { i: number; punct: string } {
  let punct = '';
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) {
      i--;
      continue;
    }
    if (isLightPunct(text, i)) {
      punct = text[i - 1] + punct;
      i--;
      continue;
    }
    break;
  }
  return { i, punct };
}

function atLineStart(text: string, i: number): boolean {
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

/** The start of the word that ends at `i` (letters, digits, apostrophes, dots, hyphens); `i` if there is none. */
function wordStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && isPrevWordChar(text.charCodeAt(j - 1))) j--;
  return j;
}

// ---------------------------------------------------------------------------------------------------
// Cues.

export type Strength = 0 | 1 | 2; // 0 none, 1 weak, 2 strong

/** What the words before a name say of it. */
export interface Cue {
  cue: NameCue | null;
  strength: Strength;
  /** a label that introduces a list of people ("Attendees:", "Teilnehmende:", "Cc:") */
  listLabel?: boolean;
  /** the label is a quoted key ("name": …): structured data, handled separately */
  quoted?: boolean;
  /** the cue only holds for two or more name words */
  needsPair?: boolean;
  /** the cue only holds when a clause follows ("to Anna that …", "à Léa :") */
  needsClause?: boolean;
  /** the name must end its line or field */
  needsEnd?: boolean;
  /** a role title: the name must be a known given name or be followed by ':' / ',' */
  roleTitle?: boolean;
  /** a greeting inside a string literal: the name must be followed by a comma ("\"Hi Nels, your …") */
  needsComma?: boolean;
  /** "Hello Miniflare!": an unknown single word after a greeting must not be followed by '!' */
  notBang?: boolean;
  /** the label word ("name", "patient"): a value equal to it is a type in code ("name: Name") */
  labelWord?: string;
  /** a lower-case particle run before the token belongs to the name ("dokter van der Berg") */
  start: number;
  /**
   * a relation of someone other than the writer or the reader ("his son", "la voisine"): history names such people
   * too ("his son Norodom Sihamoni has reigned since 2004"), so an encyclopaedic sentence outweighs it
   */
  othersRelation?: boolean;
}

export const NO_CUE: Cue = { cue: null, strength: 0, start: -1 };

function mkCue(cue: NameCue, strength: Strength, start: number): Cue {
  return { cue, strength, start };
}

const PLURAL_LABEL_END = /\(\p{Ll}{1,2}\)[ \t]*:[ \t]*$/u;

/**
 * Where a form's label ends when it writes its plural in parentheses ("Vorname(n): ", "Apellido(s): ", "Prénom(s) :
 * "): before the parenthesis, the colon counted as read; else `pos`.
 */
function pluralLabelEnd(text: string, pos: number): number {
  if (text.charCodeAt(pos - 1) !== 32 && text.charCodeAt(pos - 1) !== 58) return pos;
  const m = PLURAL_LABEL_END.exec(text.slice(Math.max(0, pos - 12), pos));
  return m ? pos - m[0].length : pos;
}

/** The cue in the words before the token at `tokStart` (or before an initial in front of it). */
export function cueBefore(text: string, tokStart: number): Cue {
  const labelEnd = pluralLabelEnd(text, tokStart);
  const b = labelEnd < tokStart ? { ...wordsBefore(text, labelEnd, 5), punct: ':' } : wordsBefore(text, tokStart, 5);
  let ws = b.words;
  let start = tokStart;
  // particles directly before the token: keep them in the span if a strong cue precedes them
  const k = particlesBefore(ws);
  if (k > 0) {
    start = ws[k - 1]!.s;
    ws = ws.slice(k);
  }
  if (ws.length === 0) return b.lineStart && k === 0 ? { cue: null, strength: 0, start: tokStart } : NO_CUE;
  const w0 = ws[0]!;
  const p0 = k > 0 ? ws[0]!.punct : b.punct;
  const hasColon = p0.includes(':');
  // an attribution: "… was great!" — Anna Berg
  if (/[—–]\s*$/.test(p0) && !hasColon && k === 0) return { cue: 'after', strength: 2, start, needsPair: true, needsEnd: true };
  // a sentence ended between the cue and the token
  if (/[.!?]/.test(p0)) return NO_CUE;
  const title = titleCue(w0, hasColon, start);
  if (title) return title;
  // any other word ending in a dot ends a sentence: "my wife. She", "this morning. Here"
  if (w0.dot) return NO_CUE;
  if (k > 0) return NO_CUE; // bare particles need a title or label
  return (
    labelCue(text, ws, p0, hasColon, start) ??
    addressingCue(text, ws, p0, hasColon, start) ??
    introOrRelationCue(ws, hasColon, start) ??
    NO_CUE
  );
}

/** How many name particles ("van der", "de la") stand right before the token, lower case and unpunctuated. */
function particlesBefore(ws: readonly PrevWord[]): number {
  let k = 0;
  while (k < ws.length && k < 3 && PARTICLES.has(ws[k]!.w) && ws[k]!.punct === '' && !ws[k]!.dot && ws[k]!.raw === ws[k]!.w) k++;
  return k;
}

/**
 * Titles: "Mr", "Dr.", "M.", "Sra.", "dott.ssa"; "M" only with its dot; short English-style abbreviations only
 * capitalised ("180 ms. Offene" is not a title). undefined: not a title.
 */
function titleCue(w0: PrevWord, hasColon: boolean, start: number): Cue | undefined {
  if (!TITLES.has(w0.w) && TITLES.has(unElided(w0.w))) return hasColon ? undefined : mkCue('title', 2, start); // "l'avvocato"
  if (!TITLES.has(w0.w) || hasColon || (w0.w === 'm' && !w0.dot) || (w0.w === 'me' && !w0.dot)) return undefined;
  const capital = w0.raw[0] !== w0.raw[0]!.toLowerCase();
  if (!capital && CAPITAL_ONLY_TITLES.has(w0.w) && !(w0.dot && DOTTED_LOWER_TITLES.has(w0.w))) return NO_CUE;
  // role titles ("Agent Earnest:", "Captain Okoye,") also head section titles ("## Agent Detection")
  if (ROLE_TITLES.has(w0.w)) return { cue: 'title', strength: 2, start, roleTitle: true };
  return mkCue('title', 2, start);
}

/** A word without its elided article or preposition: "l'avvocato", "dell'ingegnere" → the noun. */
function unElided(w: string): string {
  return ELIDED_RE.exec(w)?.[1] ?? w;
}

/** The elided articles and prepositions of French and Italian before a noun of four letters or more (not "I'm"). */
const ELIDED_RE = /^(?:l|d|dell|all|dall|nell|sull|coll|un|quell)'(\p{L}{4,})$/u;

/** Labels: "Name:", "Patient :", "NAME Anna" at the start of a line; a role word before a full name. */
function labelCue(text: string, ws: readonly PrevWord[], p0: string, hasColon: boolean, start: number): Cue | undefined {
  const w0 = ws[0]!;
  const w1 = ws[1];
  if (hasColon || (w0.raw.length > 2 && w0.raw === w0.raw.toUpperCase() && isLineStartWord(text, w0.s))) {
    let label = false;
    // "Company name:", "File name:", "Nom de la société :" name things, not people
    if (LABELS.has(w0.w) && !(NAME_WORDS.has(w0.w) && w1 && THING_QUALIFIERS.has(w1.w))) label = true;
    else if (w1 && LABEL_PHRASES.has(w1.w + '_' + w0.w)) label = true;
    else if (w1 && ws[2] && LABEL_PHRASES.has(ws[2].w + '_' + w1.w + '_' + w0.w)) label = true;
    // not an identifier in code ("TYPE_NAMES: Record<…>", "user.name: …")
    const pre = w0.s > 0 ? text.charCodeAt(w0.s - 1) : 32;
    if (label && !w0.raw.includes('_') && pre !== 46 && pre !== 95) {
      return { cue: 'label', strength: 2, start, listLabel: LIST_LABELS.has(w0.w), quoted: /["'`]/.test(p0), labelWord: w0.w };
    }
  }
  // a role word without a colon before a full name: "driver Anna Berg, born", "account holder Ray Walsh)"
  if (
    !hasColon &&
    (w0.raw === w0.raw.toLowerCase() || GERMAN_ROLE_NOUNS.has(w0.w) || ws.length === 1) &&
    (LABELS.has(w0.w) || (w1 && LABEL_PHRASES.has(w1.w + '_' + w0.w))) &&
    !PREPOSITION_LABELS.has(w0.w)
  ) {
    return { cue: 'label', strength: 1, start };
  }
  return undefined;
}

/**
 * Someone named while addressing: the writer ("Ich, Anna Berg, …"), the addressee ("an e-mail to Anna that
 * …", "Hi Anna", "Sehr geehrte …" is a title), the signer ("Cheers, Tom").
 */
function addressingCue(text: string, ws: readonly PrevWord[], p0: string, hasColon: boolean, start: number): Cue | undefined {
  const w0 = ws[0]!;
  const w1 = ws[1];
  // "Ich, Anna Berg, …", "Je soussignée, …"
  if (
    p0.includes(',') &&
    /^(?:i|ich|je|moi|yo|io|ik|soussigné|soussignée|unterzeichnende|sottoscritto|sottoscritta|suscrito|suscrita|ondergetekende)$/.test(w0.w)
  ) {
    return { cue: 'intro', strength: 2, start, needsPair: true };
  }
  // "an e-mail to Anna that …", "eine Bestätigung an Alina, dass …"
  if (
    TO_WORDS.has(w0.w) &&
    !(w0.w === 'a' && w1 && ENGLISH_WRITE_TO.has(w1.w)) && // "write a haiku", "send a note": English's article
    !hasColon &&
    w1 &&
    (WRITE_TO.has(w1.w) || (ws[2] && WRITE_TO.has(ws[2].w)) || (ws[3] && WRITE_TO.has(ws[3].w)))
  ) {
    return { cue: 'relation', strength: 2, start, needsClause: true };
  }
  // greetings: "Hi Anna"; "Dear" / "Beste" / "Gentile"; "Guten Tag Anna" (not "den ganzen Tag Pflanzen")
  if (GREETINGS.has(w0.w) && !hasColon && !adjectiveInPhrase(w1)) return greetingCue(text, w0, start);
  if (w1 && w1.punct === '' && TWO_WORD_GREETINGS.has(`${w1.w}_${w0.w}`) && !hasColon) return greetingCue(text, w0, start);
  if (SIGNOFFS.has(w0.w) && !hasColon) return { cue: 'signature', strength: 2, start, needsEnd: true };
  if (thanksWithIntensifier(ws, p0)) return mkCue('greeting', 2, start);
  if (w0.w === 'you' && w1 && (w1.w === 'thank' || w1.w === 'see')) return mkCue('greeting', 2, start);
  if (w0.w === 'morning' || w0.w === 'afternoon') return mkCue('greeting', 2, start);
  return undefined;
}

/** Before a greeting word, an article or a preposition makes it an adjective: "die beste Wahl", "für beste Ergebnisse". */
function adjectiveInPhrase(before: PrevWord | undefined): boolean {
  return before !== undefined && before.punct === '' && (DETERMINERS.has(before.w) || ADJECTIVE_BEFORE.has(before.w));
}

/** Besides DETERMINERS: Dutch and German "die", and prepositions ("für beste Ergebnisse", "pour cher ami"). */
const ADJECTIVE_BEFORE = set(`die für mit von zu for with pour avec para con per voor met`);

/** Thanks and an intensifier, then a comma: the name after it is the person thanked ("Merci beaucoup, Jarek !"). */
function thanksWithIntensifier(ws: readonly PrevWord[], p0: string): boolean {
  if (!p0.includes(',') || !THANKS_INTENSIFIERS.has(ws[0]!.w)) return false;
  return ws.slice(1, 4).some((w) => GREETINGS.has(w.w) && w.punct === '');
}

/** A greeting; inside a string literal or a code comment the name must also look like one. */
function greetingCue(text: string, w0: PrevWord, start: number): Cue {
  // "Hello World!" / "Hello Miniflare!" inside a string literal in code is not a greeting
  const pre = w0.s > 0 ? text.charCodeAt(w0.s - 1) : 32;
  if (pre === 34 || pre === 39 || pre === 96 || pre === 40) return { cue: 'greeting', strength: 2, start, needsComma: true };
  const ls = text.lastIndexOf('\n', w0.s - 1) + 1;
  const inComment = /(?:\/\/|\/\*|^\s*[#*]|--)/.test(text.slice(ls, w0.s));
  return inComment ? { cue: 'greeting', strength: 2, start, notBang: true } : mkCue('greeting', 2, start);
}

/** Self-introductions ("my name is"), relations ("my colleague Anna", "his buddy is Drew"), person verbs. */
function introOrRelationCue(ws: readonly PrevWord[], hasColon: boolean, start: number): Cue | undefined {
  const w0 = ws[0]!;
  const w1 = ws[1];
  const p1 = w1 ? w1.w + '_' + w0.w : '';
  const p2 = w1 && ws[2] ? ws[2].w + '_' + p1 : '';
  const p3 = w1 && ws[2] && ws[3] ? ws[3].w + '_' + p2 : '';
  if (STRONG_INTRO.has(p3) || STRONG_INTRO.has(p2) || STRONG_INTRO.has(p1) || STRONG_INTRO.has(w0.w)) return mkCue('intro', 2, start);
  if (INTRO_PHRASES.has(p2) || INTRO_PHRASES.has(p1) || INTRO_PHRASES.has(w0.w)) return mkCue('intro', 1, start);
  // relations: "my colleague Anna", "ma fille Léa", "his buddy is Drew", "mia madre, Anna"
  if (isRelation(ws, 0) && !hasColon) return relationCue(ws, 0, start);
  if (COPULAS.has(w0.w) && isRelation(ws, 1)) return relationCue(ws, 1, start);
  if (w1 && COPULAS.has(p1) && isRelation(ws, 2)) return relationCue(ws, 2, start);
  if (PERSON_VERBS.has(w0.w)) return mkCue('list', 1, start);
  if (AGENT_BY.has(w0.w) && w1 && AGENT_PARTICIPLES.has(w1.w)) return mkCue('list', 1, start);
  if (WITH_WORDS.has(w0.w) && w1 && (TALK_VERBS.has(w1.w) || (ws[2] && TALK_VERBS.has(ws[2].w)))) return mkCue('list', 1, start);
  return undefined;
}

/**
 * Whether ws[k] is a relation word. One that is also a frequent name part, written with a capital after a word that
 * is neither a determiner nor a possessive, is the name's first part ("and Son Goku", "did Son Heung-min score").
 * A word for a woman and a wife alike is a wife only after a possessive ("la première femme Première ministre" is
 * the first woman); one who serves someone only after the writer's or the reader's ("mi fisioterapeuta").
 */
function isRelation(ws: readonly PrevWord[], k: number): boolean {
  const w = ws[k];
  if (w === undefined || !(RELATIONS.has(w.w) || SERVICE_RELATIONS.has(w.w))) return false;
  const owner = ownerOf(ws, k);
  const possessive = owner !== undefined && (OWN_POSSESSIVES.has(owner) || OTHERS_POSSESSIVES.has(owner));
  if (WOMAN_OR_WIFE.has(w.w)) return possessive;
  if (SERVICE_RELATIONS.has(w.w)) return owner !== undefined && OWN_POSSESSIVES.has(owner);
  if (!NAME_PART_RELATIONS.has(w.w) || w.raw[0] === w.w[0]) return true;
  return owner === undefined || possessive || DETERMINERS.has(owner);
}

/** The word right before ws[k], unless punctuation parts them: whose relation it is ("my", "his", "the"). */
function ownerOf(ws: readonly PrevWord[], k: number): string | undefined {
  const before = ws[k + 1];
  return before !== undefined && before.punct === '' ? before.w : undefined;
}

/** A relation of the writer's or the reader's is theirs anywhere; anyone else's may be history's (`othersRelation`). */
function relationCue(ws: readonly PrevWord[], k: number, start: number): Cue {
  const owner = ownerOf(ws, k);
  return owner !== undefined && OWN_POSSESSIVES.has(owner)
    ? mkCue('relation', 2, start)
    : { cue: 'relation', strength: 2, start, othersRelation: true };
}

// ---------------------------------------------------------------------------------------------------
// Lines and signatures; the quick check before the full analysis.

/** Only blanks stand between the line's start and `s`. */
export function isLineStartWord(text: string, s: number): boolean {
  let i = s;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9) {
      i--;
      continue;
    }
    return c === 10 || c === 13;
  }
  return true;
}

/** The name stands alone on a line right after a closing ("Best regards,\nTom Becker"). */
export function isSignature(text: string, start: number, end: number): boolean {
  // the rest of the line after the name must be (almost) empty
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
    const rest = text.slice(i, Math.min(text.length, i + 40));
    if (!/^(?:[,|·–—-]|\(|<)/.test(rest)) return false;
  }
  // previous non-empty line
  let ls = start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
  if (text.slice(ls, start).trim() !== '' && !/^\s*(?:--|—|-)\s*$/.test(text.slice(ls, start))) return false;
  let pe = ls - 1;
  while (pe > 0 && /\s/.test(text[pe - 1]!)) pe--;
  if (pe <= 0) return false;
  let ps = pe;
  while (ps > 0 && text.charCodeAt(ps - 1) !== 10) ps--;
  const prev = text.slice(ps, pe);
  if (prev.length > 60) return false;
  return CLOSING.test(prev) || /^\s*(?:--|—)\s*$/.test(prev);
}

export interface QuickPrev {
  w: string;
  punct: boolean;
  lineStart: boolean;
  /** the punctuation right before the position is a dash ("— Anna Berg", an attribution) */
  dash: boolean;
}

/**
 * Words that can make `cueBefore` return a cue when punctuation separates them from the token, beyond
 * CUE_WORDS: "Ich, Anna Berg" (intros) and the last word of multi-word copulas ("si chiama, Anna").
 * After punctuation, a word outside CUE_WORDS and this set (and no dash) always yields NO_CUE.
 */
const PUNCT_CUE_WORDS: ReadonlySet<string> = new Set([
  ...set(`i ich je moi yo io ik soussigné soussignée unterzeichnende sottoscritto sottoscritta suscrito suscrita ondergetekende`),
  ...[...COPULAS].map((p) => p.slice(p.lastIndexOf('_') + 1)),
]);

/** "l'avvocato", "dell’ingegnere": a title after an elided article (read only for words with an apostrophe). */
function elidedTitle(w: string): boolean {
  // the shortest is "l'" and a four-letter noun; the apostrophe stands within the first five characters
  if (w.length < 6) return false;
  for (let i = 1; i <= 4; i++) {
    const c = w.charCodeAt(i);
    if (c === 39 || c === 0x2019) return TITLES.has(unElided(w.replace(/’/g, "'")));
  }
  return false;
}

/** `cueBefore(text, pos)` is certainly NO_CUE, judged from the word right before (`quickPrev`). */
export function surelyNoCue(q: QuickPrev): boolean {
  if (q.lineStart) return false;
  if (!q.punct) return !CUE_WORDS.has(q.w) && !elidedTitle(q.w);
  if (q.dash || CUE_WORDS.has(q.w)) return false;
  // cueBefore lower-cases the same word and maps ’ to '
  const w = q.w.includes('’') ? q.w.replace(/’/g, "'") : q.w;
  return !CUE_WORDS.has(w) && !PUNCT_CUE_WORDS.has(w);
}

/** The word right before a position (lower case, trailing dots dropped) and whether punctuation intervenes. */
export function quickPrev(text: string, pos: number): QuickPrev {
  const labelEnd = pluralLabelEnd(text, pos);
  const back = backOverPunct(text, labelEnd);
  const { i } = back;
  const punct = labelEnd < pos ? ':' : back.punct;
  // the punctuation nearest the position
  const near = punct.charCodeAt(punct.length - 1);
  const dash = near === 0x2014 || near === 0x2013;
  if (atLineStart(text, i)) return { w: '', punct: punct !== '', lineStart: true, dash };
  const j = wordStart(text, i);
  let e = i;
  while (e > j && text.charCodeAt(e - 1) === 46) e--;
  return { w: text.slice(j, e).toLowerCase(), punct: punct !== '', lineStart: false, dash };
}

/**
 * Works an author is named after ("the novels by X", "die Romane von X", "les tableaux de X", "i romanzi di X"):
 * a question about a public figure's work, which the labels do not count as personal data (docs/pii-labels.md).
 */
export const CREATIVE_WORKS = set(`novel novels book books poem poems play plays song songs album albums painting paintings
  film films movie movies work works symphony symphonies opera operas sculpture sculptures essay essays lyrics theory theorem
  roman romane buch bücher gedicht gedichte lied lieder gemälde filme werk werke sinfonie oper theorie
  livre livres poème poèmes pièce pièces chanson chansons tableau tableaux œuvre œuvres symphonie opéra théorie
  novela novelas libro libros poema poemas obra obras canción canciones cuadro cuadros película películas sinfonía ópera teoría
  romanzo romanzi libri poesia poesie opere canzone canzoni quadro quadri dipinto dipinti sinfonia teoria
  boek boeken gedichten werken liedjes schilderij schilderijen symfonie`);
/**
 * Parts of a work or a dish after which "of" names the work or the dish, not a person: "the plot of Oliver Twist",
 * "the chorus of Rosanna", "il personaggio di Madame Bovary" ("the story of …" may well be a person's).
 */
export const WORK_PARTS = set(`plot chorus lyrics refrain recipe handlung songtext rezept intrigue paroles recette argumento estribillo
  letra receta trama ritornello testo ricetta refrein songtekst recept character personnage personaje personaggio personage
  style stil manière estilo stile stijl tone voice manner ton stimme voix tono voz voce toon inhalt contenu contenido contenuto inhoud`);
/** Nouns after which "for" names a thing: a dish, a product, a work ("a recipe for …", "a product description for …"). */
export const THING_FRAMES: ReadonlySet<string> = new Set([
  ...WORK_PARTS,
  ...set(`description slogan product produktbeschreibung beschreibung produkt produit descripción producto descrizione prodotto
  productbeschrijving beschrijving`),
]);

/**
 * What a frame before a position says it is (the rest of a title in title case may stand between: "the plot of
 * Dr. Jekyll and Mr. Hyde", "a recipe for Watermelon And Starfruit Tart"): a work, a dish or a product — a part of
 * a work and "of" (WORK_PARTS), or a thing's frame and "for" (THING_FRAMES), an article maybe after them, an
 * elided one before ("l'intrigue de Madame Bovary").
 */
const FRAME_BEFORE =
  /(?:^|[\s(’'])(\p{L}+) (of|von|de|du|des|di|del|della|van|for|für|pour|para|per|voor)(?: (?:the|der|die|das|den|dem|le|la|les|el|il|lo|het|een|a|an))? (?:(?:[\p{Lu}&][\p{L}\p{M}.'’&-]*|of|and|the|de|la),? ){0,8}$/u;
const OF_LINKS = set(`of von de du des di del della van`);

export function framedAsThing(text: string, start: number): boolean {
  const m = FRAME_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return OF_LINKS.has(m[2]!) ? WORK_PARTS.has(noun) || SERVICE_DESKS.has(noun) : THING_FRAMES.has(noun);
}

/** A company's service desk, of which it is named: "soporte de Miramontes Cadena", "Kundendienst von …". */
const SERVICE_DESKS = set(`helpdesk hotline servicedesk kundendienst kundenservice soporte assistenza klantenservice`);

/**
 * A company buying another, in a press release's words, the one bought named right after the verb: "Baseda-Hargasser
 * übernimmt Schildhauer OHG", "Bonnet SARL rachète Laine et Adam", "X adquiere Y" — both sides are companies
 * (founders' names as often as not); "Anna übernimmt das Ticket" takes over a task.
 */
const ACQUISITION_RE =
  /(?<![\p{L}\p{M}])(?:acquires|acquired|acquiring|takes over|übernimmt|übernahm|rachète|racheté|rachètent|acquiert|adquiere|adquirió|adquieren|acquisisce|ha acquisito|rileva)[ \t]+\p{Lu}/u;
export function inAcquisition(text: string, start: number, end: number): boolean {
  // the clause around the run, read within a bounded reach: a megabyte of runs costs no more than its length
  const before = text.slice(Math.max(0, start - CLAUSE_REACH), start);
  const after = text.slice(end, end + CLAUSE_REACH);
  const clauseEnd = after.search(/[.!?\n]/u);
  const clause =
    before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf(': ')) + 1) +
    text.slice(start, end) +
    (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  return ACQUISITION_RE.test(clause);
}
const CLAUSE_REACH = 120;

/**
 * An item of a shopping list or a recipe's ingredients, after the list's label on its line ("Einkaufsliste: Dr.
 * Oetker Backpulver, Haribo, Knorr Brühe", "Boodschappen: Douwe Egberts koffie", "ingredients for the stall: Cadbury
 * buttons, Heinz beans"): a brand, not a person.
 */
const SHOPPING_LIST_RE =
  /(?<![\p{L}])(?:shopping(?: list)?|grocer(?:y|ies)(?: list)?|ingredients?|einkaufs?(?:liste|zettel)|zutaten|liste (?:de|des) courses|ingrédients?|lista de (?:la )?compra|ingredientes?|lista della spesa|ingredienti|boodschappen(?:lijst(?:je)?)?|ingrediënten)(?![\p{L}])[^\n:]{0,40}:[^\n]*$/iu;
export function inShoppingList(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return SHOPPING_LIST_RE.test(text.slice(Math.max(lineStart, start - 200), start));
}

/**
 * What is named after a person, in science and medicine ("Bayes' theorem", "the Doppler effect", "il teorema di
 * Pitagora", "die Gaußsche Verteilung"): an eponym, not a person the prompt is about.
 */
export const EPONYM_NOUNS = set(`theorem law effect principle equation constant paradox syndrome disease distribution algorithm
  conjecture lemma number transform method
  satz gesetz effekt prinzip gleichung konstante paradoxon syndrom krankheit verteilung algorithmus vermutung lemma zahl
  transformation methode
  théorème loi effet principe équation constante paradoxe syndrome maladie distribution algorithme conjecture lemme nombre
  transformée méthode
  teorema ley efecto principio ecuación constante paradoja síndrome enfermedad distribución algoritmo conjetura lema número
  transformada método
  legge effetto equazione costante paradosso sindrome malattia distribuzione congettura numero trasformata metodo
  stelling wet principe vergelijking paradox syndroom ziekte verdeling algoritme vermoeden getal transformatie methode`);
/** The word between a work and its author: "by", "von", "de", "di", "van", "of", "par", "por", "del", "della". */
export const AUTHOR_WORDS = set(`by von de di del della van of par por`);

/**
 * Field labels whose value is a thing, not a person ("Product: Mesh Wi-Fi Kit", "Projekt: Migration Nordhafen"):
 * products, devices, projects, organisations, places, subjects and titles, in the six languages.
 */
export const THING_LABELS = set(`product products model device firmware version release project company organisation organization
  department category subject title location city country brand app server system component
  produkt gerät modell projekt firma unternehmen abteilung betreff titel standort stadt land marke
  produit modèle appareil projet société entreprise objet titre ville pays marque
  producto modelo dispositivo proyecto empresa departamento asunto título ciudad país marca
  prodotto modello progetto azienda società reparto oggetto titolo città paese marchio
  apparaat bedrijf afdeling onderwerp stad merk`);
