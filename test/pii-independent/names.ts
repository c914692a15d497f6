// PERSON values: given names and surnames recombined across sources (the Debian copyright extract in
// inputs/names.json and the transliterated names of many origins below), written the ways people write names.
// build.ts drops any part whose token is in the gazetteer or the tagger's faker locales; check.ts asserts it.
import type { Entity } from './compose.ts';
import { excludedBecause } from './exclusion.ts';
import type { Rng } from './rng.ts';
import { pairHash, type NameParts } from './sources.ts';

/** Transliterated given names: Georgian, Armenian, Basque, Welsh, Icelandic, Maltese, Lithuanian, Estonian, Albanian, Igbo, Amharic, Mongolian, Kazakh, Tamil, Filipino, Māori, Samoan, Quechua, Inuit, Hawaiian. */
const GIVEN_WORLD = `Nodar Tamaz Revaz Eteri Nanuli Tsiuri Levani Gurami Mzia Ketevan Vakhtang Shota Zurab Manana Davit Lela
  Aram Anush Hovhannes Gayane Sargis Lusine Tigran Shushan Narek Siranush
  Iker Ainhoa Itziar Gorka Unai Amaia Aitor Nerea Ibai Oihana Xabier Leire
  Rhodri Eirlys Gethin Angharad Cerys Dafydd Iolo Myfanwy Bryn Heledd
  Sigurdur Guðrún Kolbrún Hrafnhildur Þórir Snorri Ásgeir Ragnheiður Einar Jórunn
  Ċensu Ġużeppi Marija Pawlu Ninu Rożi Salvu Leli
  Vytautas Rūta Gintarė Žydrūnas Aušra Mindaugas Saulius Laima Dalia Eglė
  Tõnu Kadri Priit Maarja Jaanus Triin Urmas Piret Margus Kertu
  Arbën Drita Besnik Vjollca Gëzim Mirela Artan Flutura Ilir Lindita
  Chiamaka Obinna Ngozi Chukwuemeka Adaeze Ikenna Uchenna Nkechi Ifeoma Chidubem
  Abebe Tsehay Dawit Meskerem Yonas Hirut Tesfaye Selamawit Bekele Almaz
  Batbayar Oyuunchimeg Ganbold Tsetseg Enkhjargal Bolormaa Sükhbaatar Altantsetseg
  Nurlan Aigerim Yerlan Gulnara Dauletkhan Zhanar Askhat Saule Bolat
  Kavitha Senthil Murugan Thenmozhi Selvi Karthikeyan Arivazhagan Nithila Ilango Vaishnavi
  Maricel Rodelio Jocelyn Analyn Ronaldo Marivic Jomar Lorna Rowena Dindo
  Wiremu Aroha Tamati Mere Hemi Ngaire Rāwiri Huia Tui Matiu
  Sione Malia Tavita Losa Iosefa Fetu Siaosi Lagi
  Illari Killa Amaru Nayra Wayra Sumaq Inti Kusi
  Aputsiaq Nivi Malik Paninnguaq Aqqaluk Ivalu
  Keoni Leilani Makana Noelani Kainoa Maile Kekoa Pualani`;

/** Transliterated surnames of the same origins. */
const SURNAMES_WORLD = `Beridze Kvaratskhelia Lomidze Tsereteli Jorbenadze Gelashvili Chkheidze Abashidze Kipiani Mchedlidze
  Hovsepyan Grigoryan Vardanyan Sargsyan Poghosyan Melikyan Ter-Petrosyan Avetisyan
  Etxeberria Agirre Urrutia Goikoetxea Zubizarreta Olaizola Arrieta Iturriaga Aranburu Garaikoetxea
  Pritchard Llewellyn Prosser Gwilym Bowen Parry Meredydd Cadwaladr
  Sigurðsson Þórsdóttir Magnúsdóttir Ragnarsson Hallgrímsson Kristjánsdóttir Einarsdóttir
  Borg Camilleri Farrugia Zammit Vella Grech Azzopardi Spiteri Mifsud Cassar
  Kazlauskas Jankauskienė Petrauskas Žukauskas Butkus Paulauskaitė Vasiliauskas Stankevičius
  Tamm Saar Sepp Mägi Kask Rebane Ilves Pärn Kukk Lepik
  Hoxha Gashi Krasniqi Berisha Shehu Kelmendi Rama Dervishi Morina Thaçi
  Okonkwo Eze Nwosu Obi Okafor Nwankwo Chukwu Onyekachi Ezeani Anyanwu
  Tadesse Gebremedhin Alemu Haile Wolde Tsegaye Mengistu Kebede Desta
  Dorjsuren Batsaikhan Ganbaatar Erdenebat Purevdorj Tserendorj
  Nurmagambetov Seitkali Abenov Zhaksylykov Tokayeva Suleimenova Dzhaksybekov
  Ramasamy Subramaniam Palanisamy Thangavel Annamalai Velusamy Kandasamy Ilangovan
  Dimaculangan Macaraeg Panganiban Magsaysay Bautista Dimagiba Lacson Mangubat
  Ngata Parata Tamihana Horomona Pōmare Waititi
  Tuilagi Faleolo Leota Sapolu Tupou Fifita Afamasaga
  Mamani Quispe Huamán Condori Ccori Ttito Choque
  Kleist Lynge Kreutzmann Petrussen Olsvig Berthelsen
  Kahananui Kealoha Kamakau Nakoa Kaleikini Kanahele`;

const split = (s: string) => s.split(/\s+/).filter(Boolean);

export interface NamePools {
  given: string[];
  surnames: string[];
  originalPairs: ReadonlySet<string>;
}

/** The usable pools: both sources, every part checked against the gazetteer and the tagger's locales. */
export function namePools(debian: NameParts, carrierWords: ReadonlySet<string>): NamePools {
  const usable = (n: string) => !excludedBecause(n) && !carrierWords.has(n.toLowerCase());
  const given = [...new Set([...debian.given, ...split(GIVEN_WORLD)])].filter(usable).sort();
  const surnames = [...new Set([...debian.surnames, ...split(SURNAMES_WORLD)])].filter(usable).sort();
  return { given, surnames, originalPairs: new Set(debian.originalPairs) };
}

const PARTICLE_FORMS = ['van der', 'van', 'de la', 'di', 'de', 'da', 'von', 'del', 'ter'];

/** A recombined given name + surname that never reproduces a pair from the source material. */
function pair(rng: Rng, pools: NamePools): [string, string] {
  for (;;) {
    const g = rng.pick(pools.given);
    const s = rng.pick(pools.surnames);
    if (!pools.originalPairs.has(pairHash(g, s))) return [g, s];
  }
}

/** The name kinds the set covers, by how people write them. */
export type NameForm = 'full' | 'lower' | 'initial' | 'double' | 'particle' | 'given' | 'surname' | 'upper-surname' | 'two-given';

/** A PERSON value in one of the forms; `given` and `surname` forms are only placed where the frame makes them a name. */
export function personName(rng: Rng, pools: NamePools, form: NameForm): string {
  const [g, s] = pair(rng, pools);
  switch (form) {
    case 'lower':
      return `${g} ${s}`.toLowerCase();
    case 'initial':
      return `${g[0]}. ${s}`;
    case 'double':
      return `${g} ${s}${rng.chance(0.5) ? '-' : ' '}${pair(rng, pools)[1]}`;
    case 'particle':
      return `${g} ${rng.pick(PARTICLE_FORMS)} ${s}`;
    case 'given':
      return g;
    case 'surname':
      return s;
    case 'upper-surname':
      return `${s.toUpperCase()} ${g}`;
    case 'two-given':
      return `${g} ${pair(rng, pools)[0]} ${s}`;
    default:
      return `${g} ${s}`;
  }
}

/** A full-name form drawn with the set's mix (plain full names most often). */
export function anyFullName(rng: Rng, pools: NamePools): string {
  const form = rng.pick<NameForm>(['full', 'full', 'full', 'full', 'lower', 'initial', 'double', 'particle', 'upper-surname', 'two-given']);
  return personName(rng, pools, form);
}

export const person = (text: string): Entity => ({ type: 'PERSON', text });

/** ASCII local part of an e-mail address made from a name. */
export function mailLocal(rng: Rng, name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/[łŁ]/g, 'l')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const first = ascii[0] ?? 'info';
  const last = ascii[ascii.length - 1] ?? 'mail';
  const style = rng.int(0, 4);
  if (style === 0) return `${first}.${last}`;
  if (style === 1) return `${first[0]}${last}`;
  if (style === 2) return `${first}_${last}${rng.int(1, 99)}`;
  if (style === 3) return `${last}.${first[0]}`;
  return `${first}${rng.int(70, 99)}`;
}
