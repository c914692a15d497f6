// National identity numbers of countries the generic passes (national-ids.ts) do not know, each confirmed by its
// check digits, and found by a shape no other number has or by the name of the number right before it:
//   - Finland's henkilötunnus, "131052-308T": a birth date, a century sign, three digits and a check character;
//   - Chile's RUT / RUN, "12.345.678-5" (dotted); undotted ("12345678-5") only after "RUT", "RUN" or "Rol Único";
//   - New Zealand's IRD number, "49-091-850", after "IRD";
//   - Norway's fødselsnummer, "150765 00565", after its name ("fødselsnummer", "fnr.", "D-nummer", "personnummer").
// Pure.
import { clRut, fiHetu, noFodselsnummer, nzIrd } from '../checksums.ts';

/** Where a number was found, and how sure the finding is. */
export type PushId = (start: number, end: number, score: number) => void;

const HETU = /(?<![\p{L}\p{N}-])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\p{L}\p{N}])/gu;
const DOTTED_RUT = /(?<![\p{L}\p{N}.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\p{L}\p{N}])/gu;
const NAMED_RUT =
  /(?<![\p{L}])(?:R\.?U\.?[TN]\.?|Rol [ÚU]nico(?: Tributario| Nacional)?)(?![\p{L}])[^\d\n]{0,12}(\d{7,8})-?([\dkK])(?![\p{L}\p{N}])/dgiu;
const NAMED_IRD = /(?<![\p{L}])IRD(?![\p{L}])[^\d\n]{0,24}(\d{2,3}([- ]?)\d{3}\2\d{3})(?![\p{N}])/dgu;
const NAMED_FODSELSNUMMER =
  /(?<![\p{L}])(?:f[øo]dselsnummer|f[øo]dselsnr\.?|fnr\.?|d-nummer|personnummer)(?![\p{L}])[^\d\n]{0,24}(\d{6} ?\d{5})(?![\p{N}])/dgiu;

/** Each number of the four kinds above in `text` (a NATIONAL_ID). */
export function checkedNationalIds(text: string, push: PushId): void {
  if (/\d{6}[-+A-FU-Y]\d{3}/.test(text)) finnishIds(text, push);
  if (/\d\.\d{3}\.\d{3}-/.test(text)) dottedRuts(text, push);
  if (/\d{7}/.test(text) && /R\.?U\.?[TN]|Rol [ÚU]nico/i.test(text)) valuesAfterName(text, NAMED_RUT, (m) => clRut(m[1]! + m[2]!), push);
  if (text.includes('IRD')) valuesAfterName(text, NAMED_IRD, (m) => nzIrd(m[1]!), push);
  if (/f[øo]dsels|fnr|d-nummer|personnummer/i.test(text)) valuesAfterName(text, NAMED_FODSELSNUMMER, (m) => noFodselsnummer(m[1]!), push);
}

function finnishIds(text: string, push: PushId): void {
  for (const m of text.matchAll(HETU)) if (fiHetu(m[0])) push(m.index, m.index + m[0].length, 0.9);
}

function dottedRuts(text: string, push: PushId): void {
  for (const m of text.matchAll(DOTTED_RUT)) {
    if (clRut(m[0])) push(m.index, m.index + m[0].length, 0.9);
  }
}

/** The value after a number's name (from the regex's first group to the match's end: a RUT's check too), if `valid`. */
function valuesAfterName(text: string, named: RegExp, valid: (m: RegExpExecArray) => boolean, push: PushId): void {
  for (const m of text.matchAll(named)) if (valid(m)) push(m.indices![1]![0], m.index + m[0].length, 0.85);
}
