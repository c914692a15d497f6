// A full name of rare words in a sentence of private life, found without the model: a club, a lease, a
// neighbourhood, a workplace, a school, a meeting, yesterday — "Tevita Latu und Mele Fifita unterschrieben im März
// den Mietvertrag", "Yessenia Condori dirigió la junta vecinal del barrio", "Sokunthea Chea runde een toko in de
// Schilderswijk". Public life is told in the same grammar ("… signed the accord in Arusha"), so the sentence must
// hold a word of private life, and nothing the rules read as encyclopaedic (an office, a work, a year of history).
// Two or three capitalised words, each rare (name-runs.ts), together no public name. Pure.
import { DETERMINERS } from '../detectors/names-context.ts';
import { encyclopaedic } from '../detectors/names.ts';
import { afterWordOf, personIn, type Reading } from './name-runs.ts';
import type { TextSpan } from './windows.ts';

/** Words of private life in the six languages: associations, housing, neighbours, work, school, the recent past. */
const PRIVATE_LIFE =
  /(?<![\p{L}])(?:club|clubs|verein|vereins|vereinsheim|association|associazione|asociación|vereniging|comité|committee|comitato|comisión|junta vecinal|neighbo(?:u)?rs?|nachbar\p{L}*|voisin\p{L}*|vecin\p{L}*|vicin\p{L}*|buurt\p{L}*|barrio|quartier|wijk\p{L}*|lease|mietvertrag|bail|alquiler|affitto|huurcontract|landlord|vermieter\p{L}*|propriétaire|casero|padrone di casa|verhuurder|elternverein|parents['’]? association|parents d['’]élèves|asociación de padres|genitori|ouderraad|community (?:centre|center|garden)|gemeindezentrum|centre social|centro (?:social|comunitario|civico)|buurthuis|clubhuis|allotment|kleingarten|schrebergarten|jardin partagé|huerto|orti|volkstuin|office|büro|bureau|oficina|ufficio|kantoor|bei uns|chez nous|con nosotros|da noi|bij ons|colleagues?|kolleg\p{L}*|collègues?|compañer\p{L}*|colleghi|collega|yesterday|gestern|hier|ayer|ieri|gisteren|last (?:week|month|summer|year)|letzte[nm]? (?:woche|monat|sommer|jahr)|vorige (?:week|maand|zomer)|l['’]été dernier|la semaine dernière|la semana pasada|el verano pasado|la settimana scorsa|l['’]estate scorsa|meeting|besprechung|réunion|reunión|riunione|overleg|school|schule|école|escuela|scuola|tenants?|mieter\p{L}*|locataires?|inquilin\p{L}*|huurder\p{L}*|flat|wohnung|appartement|piso|appartamento|woning|kitchen|küche|cuisine|cocina|cucina|keuken|market stall|marktstand|puesto|bancarella|kraam|toko)(?![\p{L}])/iu;

/** Two or three capitalised words, single-spaced, each maybe hyphenated ("Tak Jun-seo", "Aye Myat Thu"). */
const FULL_NAME_RE =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}ʻ'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?: \p{Lu}[\p{Ll}\p{M}ʻ'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){1,2}(?![\p{L}\p{M}'’-])/gu;

/** The names of private people in the sentences of `text` that speak of private life (see above). */
export function peopleOfPrivateLife(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(FULL_NAME_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (afterArticle(text, start) || !PRIVATE_LIFE.test(sentenceOf(text, start, end))) continue;
    const run = personIn(text, start, m[0], reading);
    // The whole run's sentence is read by slotNames' last filter (person-slots.ts), as for every pass; here the run
    // without its first word, which may be a verb asking about a work ("Résume Middlemarch … pour un club de lecture")
    const second = start + m[0].indexOf(' ') + 1;
    if (run && !encyclopaedic(text, second, end)) found.push(run);
  }
  return found;
}

/** After an article or a determiner, capitalised words are a thing's name ("the Carlsbad Caverns", "der Lieblinge Karls"). */
function afterArticle(text: string, start: number): boolean {
  return text[start - 1] === ' ' && afterWordOf(text, start - 1, ARTICLES);
}
/** DETERMINERS, and the articles and article-prepositions it leaves out. */
const ARTICLES: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...['a', 'an', 'die', 'degli', 'dei', 'delle', 'della', 'del', 'dello', 'de', 'des', 'du', 'van'],
]);

/**
 * The sentence holding [start, end): from the last sentence end before it to the next after it, at most SENTENCE_REACH
 * characters either side (a text without sentence ends would make every name read all of it).
 */
function sentenceOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < SENTENCE_REACH && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < SENTENCE_REACH && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, e);
}
const SENTENCE_END = /[.!?\n]/;
const SENTENCE_REACH = 200;
