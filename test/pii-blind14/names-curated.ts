// The name lists of this set, written by its author from general knowledge (no faker, no other set's lists): given
// names and family names as people of three naming traditions write them in Latin script. `names.ts` filters them
// (ordinary words, faker names, famous names, short tokens) into inputs/names.json; the build then drops every name
// with a token of another set's PERSON spans.

// ---- Sámi (Norway, Sweden, Finland): Northern Sámi spellings of given names (with á, č, đ, ŋ, š, ŧ, ž), some
// joined by a hyphen, and the family names Sámi families bear in the three countries ----

export const SAMI_FEMALE = [
  'Máret', 'Biret', 'Risten', 'Iŋgá', 'Sárá', 'Márjá', 'Gáren', 'Sunná', 'Áile', 'Láilá', 'Ravdna', 'Máddji',
  'Ánná', 'Ristiinná', 'Elle-Márjá', 'Biret-Ánne', 'Máret-Ánne', 'Sárá-Márjá', 'Risten-Elle', 'Iŋgá-Máret',
  'Ellá', 'Ánne', 'Elle', 'Biret-Iŋgá', 'Ravdna-Máret',
]; // prettier-ignore

export const SAMI_MALE = [
  'Ánde', 'Máhtte', 'Niillas', 'Jovnna', 'Áslat', 'Issát', 'Piera', 'Mihkkal', 'Heaika', 'Ovllá', 'Jussá',
  'Áilu', 'Ántte', 'Hánssa', 'Duommá', 'Ánde-Jovnna', 'Niillas-Áslat', 'Máhtte-Piera', 'Jovnna-Ánde', 'Biehtár',
]; // prettier-ignore

export const SAMI_SURNAMES = [
  'Buljo', 'Eira', 'Utsi', 'Balto', 'Oskal', 'Bongo', 'Siri', 'Triumf', 'Porsanger', 'Labba', 'Kuoljok', 'Pirak',
  'Tuorda', 'Länsman', 'Magga', 'Guttorm', 'Mienna', 'Skum', 'Aikio', 'Näkkäläjärvi', 'Juuso', 'Hirvasvuopio', 'Vars',
  'Smuk', 'Gælok', 'Kalstad', 'Spein', 'Nutti', 'Omma', 'Fankki', 'Sarre', 'Marainen', 'Kappfjell', 'Kråik',
]; // prettier-ignore

// ---- Tongan (Tonga and its diaspora in New Zealand and Australia): Tongan forms of given names and the family
// names (many a forebear's given name) Tongans bear ----

export const TONGAN_FEMALE = [
  'Losaline', 'Seini', 'Meleane', 'Lesieli', 'Kalolaine', 'Luseane', 'Sioana', 'Pisila', 'Siueni', 'Latai',
  'Heilala', 'Akanesi', 'Sulieti', 'Ofeina', 'Ilisapeti', 'Taina', 'Mele', 'Sela', 'Vika', 'Lose',
  'Ana',
]; // prettier-ignore

export const TONGAN_MALE = [
  'Siosaia', 'Tevita', 'Viliami', 'Sitani', 'Semisi', 'Lisiate', 'Sosefo', 'Feleti', 'Taniela', 'Siaosi', 'Aisea',
  'Mosese', 'Sateki', 'Samiuela', 'Soane', 'Manase', 'Filimone', 'Uaisele', 'Paea', 'Kelepi', 'Sunia', 'Piutau',
  'Sione', 'Tomasi', 'Hopoate', 'Maka', 'Saia',
]; // prettier-ignore

export const TONGAN_SURNAMES = [
  'Fifita', 'Havili', 'Taufa', 'Lolohea', 'Vaipulu', 'Kioa', 'Fonua', 'Tuipulotu', 'Kauvaka', 'Kaufusi', 'Latu',
  'Veikune', 'Taumoepeau', 'Fakatava', 'Pulu', 'Fusimalohi', 'Mateaki', 'Naufahu', 'Moala', 'Taione', 'Tapueluelu',
  'Finau', 'Tukuafu', 'Hufanga', 'Tatafu', 'Piukala', 'Funaki', 'Fakaosi', 'Kaitapu', 'Lutui', 'Mafileo',
  'Motuliki', 'Taufahema', 'Lavulo', 'Ngauamo', 'Palelei', 'Vea', 'Helu', 'Mahe', 'Kupu',
]; // prettier-ignore

// ---- Mapuche (Chile): given names of Mapudungun origin, and family names that Chileans of Mapuche descent bear,
// written as the Chilean civil registry writes them; a Chilean bears two family names, the father's first ----

export const MAPUCHE_FEMALE = [
  'Ayelén', 'Millaray', 'Rayén', 'Ailín', 'Llanquiray', 'Malén', 'Licanray', 'Relmu', 'Kuyén', 'Ailén', 'Anuhuén',
  'Liwen', 'Aliwen',
]; // prettier-ignore

export const MAPUCHE_MALE = [
  'Nahuel', 'Aukán', 'Huenu', 'Ñancu', 'Pehuén', 'Antü', 'Likan', 'Manke', 'Wenu', 'Kallfü', 'Nawel', 'Lemu',
  'Lientur', 'Nehuén',
]; // prettier-ignore

export const MAPUCHE_SURNAMES = [
  'Huenchumilla', 'Painemal', 'Catrileo', 'Millaqueo', 'Nahuelpán', 'Ancalao', 'Huenchullán', 'Curiñir',
  'Llancaqueo', 'Quilaqueo', 'Marileo', 'Cayuqueo', 'Antileo', 'Huaiquimil', 'Colipán', 'Ñancupil', 'Paillal',
  'Caniuqueo', 'Raipillán', 'Huenchuñir', 'Calfuqueo', 'Ñanculef', 'Quidel', 'Millapán', 'Huichalaf', 'Manquepillán',
  'Quintrequeo', 'Collinao', 'Huaiquinao', 'Aillapán', 'Melillán', 'Curilén', 'Calfulén', 'Paillalef', 'Coñuecar',
  'Queupumil', 'Huenupi', 'Lincopi', 'Antinao', 'Painequeo', 'Huircán', 'Llanquileo', 'Queipul', 'Hueichaqueo',
  'Trangol', 'Alcamán', 'Ñirripil', 'Huentelaf',
]; // prettier-ignore
