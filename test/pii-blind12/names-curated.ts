// The name lists of this set, written by its author from general knowledge (no faker locale, no other set's lists):
// Shona names of Zimbabwe, Khmer names of Cambodia and iTaukei names of Fiji. build.ts --extract filters them
// (names.ts) and commits what survives to inputs/names.json; the build reads only that file.
//
// - Shona (Zimbabwe): given names in the Shona language, most of them sentences or wishes ("Tatenda", we are
//   thankful; "Rutendo", faith) and many given to girls and boys alike, so a name may stand in both lists;
//   family names as the civil register writes them, many of them totems or clan names.
// - Khmer (Cambodia): given names and family names in the romanisation Cambodians use on their passports and ID
//   cards (no diacritics; "Sreymom", "Vannak"; "Chea", "Pich"); a Cambodian writes the family name first.
// - iTaukei (Fiji): given names, most of them biblical or European names in their Fijian form ("Tevita", "Litia",
//   "Josaia"), and family names in Fijian spelling, where c is a "th", q an "ngg", g an "ng", b an "mb" and d an
//   "nd" ("Cakau", "Naqarase", "Vunibaka").

export const ZW_FEMALE = [
  'Chipo', 'Rutendo', 'Ruvimbo', 'Vimbai', 'Chiedza', 'Tsitsi', 'Rufaro', 'Rudo', 'Sekai', 'Shamiso', 'Tariro',
  'Nyarai', 'Chenai', 'Fadzai', 'Rumbidzai', 'Netsai', 'Makanaka', 'Mazvita', 'Tatenda', 'Nyasha', 'Tendai',
  'Kudzai', 'Rudorwashe', 'Ropafadzo', 'Tanyaradzwa', 'Tinevimbo', 'Chiratidzo', 'Tarisai', 'Danai', 'Mufaro',
  'Chengetai', 'Nokutenda', 'Ruvarashe', 'Anotidaishe', 'Kumbirai', 'Nyemudzai', 'Vongai', 'Tsungai', 'Tafadzwa',
  'Farai', 'Gamuchirai', 'Runako', 'Shingai', 'Tinotenda', 'Ratidzo', 'Dadirai', 'Vimbiso', 'Chido', 'Natsai',
  'Tambudzai', 'Zvikomborero', 'Kundai', 'Ruramai', 'Anesu', 'Mutsa', 'Nyaradzo', 'Fungai', 'Nyengeterai',
  'Tsitsidzashe', 'Mudiwa', 'Kupakwashe', 'Rudairo', 'Kudzaishe', 'Ruvheneko', 'Tadiwanashe', 'Tanatswa',
  'Tawananyasha', 'Rumbidzo', 'Chipiwa', 'Munyaradzi', 'Tendayi', 'Rungano', 'Mitchelle', 'Tinashe', 'Yeukai',
  'Kudzanai', 'Tsvakai', 'Pamhidzai', 'Ropafadzai', 'Vimbayi', 'Chenesai', 'Nyevero', 'Tapiwa', 'Ruvimbiso',
  'Rumbidzayi', 'Tafadzwanashe', 'Shungu', 'Tinaye', 'Rejoyce', 'Chiedzasvo', 'Nyadzisai', 'Tonderayi',
  'Mutsawashe', 'Tanyaradzo', 'Panashe', 'Munashe', 'Rufarashe',
]; // prettier-ignore

export const ZW_MALE = [
  'Tawanda', 'Simbarashe', 'Munyaradzi', 'Tonderai', 'Tichaona', 'Takudzwa', 'Tapiwa', 'Tafara', 'Takunda',
  'Kudakwashe', 'Ngonidzashe', 'Tinotenda', 'Tongai', 'Fungai', 'Farai', 'Tendai', 'Tatenda', 'Tinashe',
  'Tafadzwa', 'Kudzai', 'Nyasha', 'Tapiwanashe', 'Panashe', 'Munashe', 'Anesu', 'Tadiwa', 'Tatendaishe',
  'Kudzanai', 'Rangarirai', 'Tawedzerwa', 'Tichafara', 'Tinomuda', 'Tendekai', 'Masimba', 'Kundai', 'Taurai',
  'Tarirai', 'Shingirai', 'Shingai', 'Zvidzai', 'Tonde', 'Tineyi', 'Tinotendaishe', 'Mufaro', 'Mudiwa', 'Takura',
  'Tichakunda', 'Tsungai', 'Tendayi', 'Tapfuma', 'Tapuwa', 'Nyikadzino', 'Farirai', 'Tafirenyika', 'Tanaka',
  'Tinashe', 'Takawira', 'Chiremba', 'Kudzaishe', 'Ruramai', 'Tanyaradzwa', 'Nyaradzai', 'Pardon', 'Tinevimbo',
  'Mazvidza', 'Mukudzei', 'Tapiwadashe', 'Tinodaishe', 'Tadiwanashe', 'Kupakwashe', 'Tawonga', 'Rutendo',
  'Tonderayi', 'Tichivangani', 'Tawananyasha', 'Chengetai', 'Ngoni', 'Mutsa', 'Tanatswa', 'Tafadzwanashe',
  'Shorai', 'Rumbidzai', 'Kudakwashe', 'Tongesai', 'Zvikomborero', 'Nyasha', 'Itai', 'Tawedzegwa', 'Tafumaneyi',
  'Tinomutenda', 'Tapiwanashe', 'Ngonidzaishe', 'Mufarowashe', 'Tashinga', 'Takudzwanashe',
]; // prettier-ignore

export const ZW_SURNAMES = [
  'Moyo', 'Chikwanha', 'Mutasa', 'Chiweshe', 'Mudzingwa', 'Marufu', 'Chinembiri', 'Makoni', 'Gumbo', 'Nyathi',
  'Chigumba', 'Musarurwa', 'Madzima', 'Chingwaru', 'Mutambara', 'Chirwa', 'Chikore', 'Mapuranga', 'Mashingaidze',
  'Mukanya', 'Muchena', 'Munetsi', 'Mupfumira', 'Nyamande', 'Chidzikwe', 'Marimo', 'Mhere', 'Chimombe',
  'Chitsike', 'Gwenzi', 'Hove', 'Jongwe', 'Kanengoni', 'Madziva', 'Mafukidze', 'Manyika', 'Masango',
  'Mashonganyika', 'Matongo', 'Mazarura', 'Mhizha', 'Mukwena', 'Murape', 'Musodza', 'Mutero', 'Ndoro',
  'Nyakudya', 'Pasipamire', 'Rusere', 'Shumba', 'Tagwireyi', 'Chanakira', 'Chibanda', 'Chakanyuka', 'Chaparadza',
  'Chidavaenzi', 'Chihota', 'Chikomba', 'Chimuka', 'Chinyoka', 'Chipunza', 'Chirimuuta', 'Chisvo', 'Chitando',
  'Chitongo', 'Chiwara', 'Choto', 'Dzvairo', 'Dzingai', 'Gapare', 'Garwe', 'Gombe', 'Guzha', 'Hwati', 'Jaricha',
  'Kadzere', 'Kamusoko', 'Kanyemba', 'Kapfunde', 'Karimanzira', 'Kasere', 'Kuwana', 'Madanhi', 'Madzore',
  'Mafunda', 'Magaya', 'Magwenzi', 'Makamure', 'Makurira', 'Mandaza', 'Manyanga', 'Marange', 'Mashiri',
  'Matambo', 'Matsika', 'Mavhunga', 'Mawere', 'Mazhindu', 'Mbiriri', 'Mhaka', 'Mhondiwa', 'Mlambo', 'Muchadeyi',
  'Mudenda', 'Mudzimu', 'Mugari', 'Mukono', 'Munyoro', 'Mupunga', 'Murambiwa', 'Murwira', 'Musindo', 'Mutandwa',
  'Mutizwa', 'Mwale', 'Nhamo', 'Nhema', 'Nyahuma', 'Nyamayaro', 'Nyandoro', 'Pfende', 'Rukuni', 'Sigauke',
  'Tapera', 'Tazvinga', 'Zhakata', 'Ziyambi', 'Zinyemba', 'Zvavamwe', 'Zvinavashe', 'Chakaipa', 'Chiyangwa',
  'Dube', 'Mpofu', 'Mhlanga', 'Ncube', 'Chakabva', 'Chimedza', 'Chinhamo', 'Dzinotyiwei', 'Gutu', 'Hungwe',
  'Kawadza', 'Machingura', 'Madondo', 'Makuvise', 'Mangwende', 'Mapfumo', 'Matekenya', 'Mauchaza', 'Mbofana',
  'Mhuriro', 'Mukarakate', 'Muponda', 'Mushonga', 'Mutsvairo', 'Nyamadzawo', 'Nzwere', 'Pfukwa', 'Sango',
  'Shava', 'Tsodzo', 'Zimunya', 'Zvarevashe',
]; // prettier-ignore

export const KH_FEMALE = [
  'Sophea', 'Bopha', 'Chantha', 'Sreymom', 'Sreyneang', 'Pisey', 'Sothea', 'Sokunthea', 'Chanthou', 'Sopheap',
  'Chenda', 'Leakhena', 'Sreyleak', 'Channary', 'Sovannary', 'Theary', 'Kanha', 'Mealea', 'Phalla', 'Rachana',
  'Thida', 'Sreypov', 'Sokheng', 'Sopheak', 'Sophorn', 'Thavy', 'Thyda', 'Kunthea', 'Bormey', 'Chanlina', 'Dalin',
  'Kalyan', 'Lida', 'Malis', 'Nary', 'Neary', 'Ravy', 'Reaksmey', 'Romduol', 'Sokny', 'Sreyda', 'Sreypich',
  'Sreyroth', 'Sreynich', 'Sothida', 'Sopheary', 'Vathana', 'Kolab', 'Kesor', 'Chanmony', 'Chantrea', 'Somaly',
  'Sotheara', 'Sokleap', 'Kimly', 'Kimheang', 'Lyna', 'Molika', 'Rathana', 'Sokha', 'Vanny', 'Vicheka', 'Sreyoun',
  'Chorvy', 'Davin', 'Kagna', 'Lyda', 'Nimol', 'Phanna', 'Raksa', 'Sarin', 'Sinet', 'Sivly', 'Sokchea', 'Sokea',
  'Sokunthy', 'Somontha', 'Sophy', 'Sreyka', 'Sreymao', 'Sreynoch', 'Thary', 'Vanda', 'Voleak', 'Chanvatey',
  'Bunthea', 'Chanra', 'Kimsan', 'Mealtey', 'Pheary', 'Rany', 'Sokhun', 'Theavy', 'Vannary', 'Chhorvy',
  'Sopheaktra', 'Sreyny', 'Sothyka', 'Pichenda', 'Chanleakena', 'Sovanna', 'Kimsreang', 'Mouylang', 'Sreyvin',
  'Puthyda', 'Rotana', 'Sokmeng', 'Kimchhay', 'Socheata', 'Vouchleang', 'Navy', 'Sreypeou', 'Kimlong',
  'Sreysros', 'Malyna', 'Sophanny', 'Chanthy',
]; // prettier-ignore

export const KH_MALE = [
  'Sokha', 'Dara', 'Vannak', 'Rithy', 'Vuthy', 'Ratana', 'Sovann', 'Kimsour', 'Sokun', 'Piseth', 'Visal', 'Veasna',
  'Bunthoeun', 'Narith', 'Chamroeun', 'Sambath', 'Kosal', 'Samnang', 'Sophal', 'Phirun', 'Sokhom', 'Monyrath',
  'Sothy', 'Bunna', 'Chanrith', 'Darith', 'Kimheng', 'Lyhour', 'Menghour', 'Nimol', 'Panha', 'Pheakdey', 'Phearum',
  'Ponleu', 'Raksmey', 'Rotha', 'Sakada', 'Sarath', 'Seyha', 'Sinath', 'Socheat', 'Sovannarith', 'Udom', 'Vanna',
  'Vichet', 'Virak', 'Vireak', 'Visoth', 'Sophat', 'Vibol', 'Rithisak', 'Sothearith', 'Makara', 'Kimleng',
  'Chivorn', 'Oudom', 'Puthea', 'Rattanak', 'Sambo', 'Sovath', 'Vuthea', 'Sokhorn', 'Chanthol', 'Dararith',
  'Kimhong', 'Kimsroeung', 'Mengly', 'Narin', 'Nimith', 'Pisal', 'Ratha', 'Rithea', 'Sakhorn', 'Samrach', 'Sarun',
  'Seila', 'Sereyvuth', 'Sokchea', 'Sokkhim', 'Sophanith', 'Sovanndara', 'Thearith', 'Tola', 'Vanndy', 'Vutha',
  'Yuthea', 'Borey', 'Bunheng', 'Chanbora', 'Chandara', 'Kakada', 'Kimchhorn', 'Narong', 'Panharith', 'Phally',
  'Samphors', 'Sokunthearith', 'Bunlong', 'Chetra', 'Heangly', 'Kimhak', 'Leangsay', 'Mengheang', 'Monirith',
  'Phanith', 'Pichet', 'Rathanak', 'Sambat', 'Serey', 'Sokrath', 'Sothun', 'Tithya', 'Vannsak', 'Vichea',
  'Visna', 'Chhunly', 'Lyheng', 'Sopheak', 'Theara', 'Vathanak', 'Ponlok', 'Rachhan', 'Sovannak',
]; // prettier-ignore

export const KH_SURNAMES = [
  'Sok', 'Chea', 'Heng', 'Keo', 'Lim', 'Meas', 'Ouk', 'Pich', 'Prak', 'Seng', 'Sim', 'Som', 'Tep', 'Touch', 'Ung',
  'Yim', 'Chhim', 'Chhun', 'Hang', 'Khiev', 'Kong', 'Long', 'Nhem', 'Nuon', 'Ros', 'Sam', 'Sar', 'Tith', 'Vann',
  'Yos', 'Men', 'Chan', 'Chhay', 'Chhoeun', 'Hak', 'Him', 'Hok', 'Horn', 'Huy', 'Kim', 'Kang', 'Khun', 'Kuy',
  'Leng', 'Mam', 'Mean', 'Nget', 'Ngin', 'Noun', 'Oum', 'Phan', 'Phon', 'Pov', 'Rath', 'Roeun', 'Sao', 'Sath',
  'Say', 'Sek', 'Sin', 'Siv', 'Sorn', 'Suon', 'Svay', 'Tan', 'Thach', 'Thong', 'Tim', 'Tin', 'Tum', 'Uch', 'Var',
  'Yin', 'Yun', 'Chum', 'Chuon', 'Bun', 'Choeun', 'Hor', 'Hean', 'Keat', 'Khim', 'Kouch', 'Loeung', 'Mok', 'Nhim',
  'Pheng', 'Phok', 'Preap', 'Rin', 'Sou', 'Srun', 'Taing', 'Thorn', 'Tol', 'Vong', 'Yem', 'Yoeun', 'Chhorn',
  'Chhuon', 'Hem', 'Khat', 'Kheang', 'Khorn', 'Lach', 'Mak', 'Nop', 'Ouch', 'Pok', 'Peou', 'Phal', 'Sreng',
  'Sron', 'Tuy', 'Vorn', 'Chhem', 'Chap', 'Eng', 'Kol', 'Krouch', 'Luon', 'Mey', 'Ngeth', 'Nhean', 'Norng',
  'Oeurn', 'Pang', 'Prum', 'Rous', 'Sann', 'Saom', 'Sophon', 'Sous', 'Tak', 'Tes', 'Vuth', 'Yoeung', 'Khem',
  'Kheng', 'Chin', 'Duong', 'Hout', 'Kao', 'Lun', 'Phorn', 'Sak', 'Soeung', 'Veng', 'Yean', 'Chhoun', 'Hoeun',
  'Kauv', 'Lorn', 'Moeun', 'Nhoek', 'Path', 'Pen', 'Rim', 'Samrith', 'Seak', 'Soun', 'Thoeun', 'Toch', 'Vorng',
  'Yorn', 'Kheav', 'Chhit', 'Hun', 'Kem', 'Nov', 'Pech', 'Samol', 'Tiv', 'Ea', 'Ly', 'Ok', 'Um',
]; // prettier-ignore

export const FJ_MALE = [
  'Jone', 'Josaia', 'Mosese', 'Tevita', 'Apisai', 'Semi', 'Seru', 'Vilikesa', 'Isikeli', 'Peni', 'Viliame',
  'Samisoni', 'Emosi', 'Inoke', 'Jiosefa', 'Osea', 'Maika', 'Setareki', 'Ilaitia', 'Iliesa', 'Joeli', 'Jolame',
  'Josefa', 'Kaliova', 'Kelepi', 'Lemeki', 'Manasa', 'Metuisela', 'Napolioni', 'Netani', 'Nemani', 'Pita', 'Poasa',
  'Saimoni', 'Sakiusa', 'Sailosi', 'Simione', 'Taniela', 'Tomasi', 'Uraia', 'Waisale', 'Eroni', 'Epeli', 'Akuila',
  'Alipate', 'Aminiasi', 'Apenisa', 'Asaeli', 'Atunaisa', 'Eparama', 'Esala', 'Ifereimi', 'Isireli', 'Jeremaia',
  'Joji', 'Jovesa', 'Kitione', 'Livai', 'Maciu', 'Malakai', 'Mikaele', 'Mesake', 'Naibuka', 'Orisi', 'Pauliasi',
  'Petero', 'Ropate', 'Rupeni', 'Savenaca', 'Sefanaia', 'Solomone', 'Sosiceni', 'Suliasi', 'Timoci', 'Tuimasi',
  'Vuniani', 'Waisea', 'Aisea', 'Apakuki', 'Asesela', 'Benaiasa', 'Eliki', 'Emori', 'Filimoni', 'Ilisoni', 'Isoa',
  'Jese', 'Josua', 'Kaminieli', 'Kini', 'Kolinio', 'Lepani', 'Marika', 'Maleli', 'Misaele', 'Moape', 'Nacanieli',
  'Peceli', 'Sairusi', 'Samuela', 'Sanaila', 'Saula', 'Sekove', 'Seveci', 'Sireli', 'Ulaiasi', 'Usaia', 'Vatimi',
  'Veitata', 'Vereimi', 'Wame', 'Apolosi', 'Ledua', 'Lusiano', 'Manoa', 'Meleti', 'Nasoni', 'Pajiliai', 'Rusiate',
  'Taito', 'Tukana', 'Uate', 'Varani', 'Aporosa', 'Ilai', 'Iowane', 'Jale', 'Kalivati', 'Lasarusa', 'Jiuta',
  'Mataiasi', 'Losena', 'Inia', 'Sitiveni', 'Tevita', 'Vuli', 'Rusiate', 'Kinivuwai', 'Tomu', 'Vilimone',
  'Ratunaisa', 'Semesa', 'Tevite', 'Sekonaia', 'Jonetani', 'Akapusi', 'Kalisito',
]; // prettier-ignore

export const FJ_FEMALE = [
  'Mereoni', 'Litia', 'Losana', 'Miliakere', 'Salanieta', 'Sereana', 'Unaisi', 'Vasiti', 'Kelera', 'Asenaca',
  'Akosita', 'Alesi', 'Ateca', 'Elenoa', 'Emali', 'Iliana', 'Kalisi', 'Karalaini', 'Kinisimere', 'Laisa',
  'Lanieta', 'Lavenia', 'Luisa', 'Makereta', 'Mariana', 'Melaia', 'Mere', 'Merewalesi', 'Nanise', 'Paulini',
  'Rusila', 'Salote', 'Seini', 'Sainimere', 'Salaseini', 'Sera', 'Silina', 'Sisilia', 'Sofaia', 'Talica', 'Tokasa',
  'Torika', 'Vaciseva', 'Vani', 'Varanisese', 'Venina', 'Viniana', 'Vilisi', 'Mereani', 'Lusiana', 'Titilia',
  'Kesaia', 'Ilisapeci', 'Loata', 'Maraia', 'Sivo', 'Akanisi', 'Alanieta', 'Aliti', 'Asilika', 'Atelaite',
  'Eseta', 'Fulori', 'Ilisavani', 'Ivamere', 'Kuini', 'Litiana', 'Losalini', 'Makitalena', 'Mereseini', 'Milika',
  'Nunia', 'Pasepa', 'Raijeli', 'Reapi', 'Seruwaia', 'Siteri', 'Tamani', 'Teresia', 'Vika', 'Wainikiti', 'Wati',
  'Kasanita', 'Miriama', 'Oseta', 'Rosi', 'Tavenisa', 'Timaima', 'Vilimaina', 'Asinate', 'Kalesi', 'Adriu',
  'Vuniwaqa', 'Mereadani', 'Sereima', 'Leba', 'Ofa', 'Luse', 'Senimili', 'Tupou', 'Vulase', 'Koleta', 'Lagi',
  'Mereia', 'Mereisi', 'Anaseini', 'Ana', 'Lice', 'Makelesi', 'Salaseini', 'Sisalai', 'Akesa', 'Ema', 'Mili',
  'Litea', 'Lesieli',
]; // prettier-ignore

export const FJ_SURNAMES = [
  'Naivalu', 'Nawaqa', 'Vunibaka', 'Ravouvou', 'Tuilevuka', 'Vatubua', 'Koroi', 'Waqa', 'Ratuva', 'Tabua',
  'Nasilasila', 'Matanatabu', 'Delana', 'Raikadroka', 'Vakaloloma', 'Cakau', 'Bulivou', 'Tikoduadua', 'Vuniwaqa',
  'Naqarase', 'Rokotuivuna', 'Vosanibola', 'Qalo', 'Rabukawaqa', 'Tuisawau', 'Baleilevuka', 'Baravilala', 'Bogiva',
  'Bolatiki', 'Bulamainaivalu', 'Cagilaba', 'Caucau', 'Coriakula', 'Dakuitoga', 'Daunivalu', 'Delai', 'Dikau',
  'Dimuri', 'Draunidalo', 'Dravikula', 'Kaitani', 'Kamikamica', 'Koroivuki', 'Koroitamana', 'Lagilagi',
  'Leweniqila', 'Lomaloma', 'Lutunatabua', 'Mataitoga', 'Matanitobua', 'Nabou', 'Nacola', 'Naisoro',
  'Naqelevuki', 'Nasau', 'Natadra', 'Nayacakalou', 'Qaranivalu', 'Qionibaravi', 'Raboiliku', 'Raduva', 'Ralulu',
  'Ravuvu', 'Rokoduru', 'Rokotuibau', 'Saukuru', 'Seruvakula', 'Sorovaki', 'Taleni', 'Tamanitoakula', 'Tavaiqia',
  'Tawake', 'Tuinamata', 'Tuiloma', 'Tuinaceva', 'Turagakula', 'Uluiviti', 'Vakacegu', 'Valemei', 'Vatunitu',
  'Vosawale', 'Vuetaki', 'Vuiyasawa', 'Waibuta', 'Waqanivalu', 'Yabaki', 'Yavala', 'Kubuabola', 'Naiveli',
  'Ratumaitavuki', 'Rokovada', 'Sokiveta', 'Tuinabua', 'Vaniqi', 'Veikoso', 'Vunisa', 'Waqavonovono', 'Kurulo',
  'Lewaravu', 'Masirewa', 'Nalatu', 'Navunisaravi', 'Qereqeretabua', 'Ravuiwasa', 'Rogoyawa', 'Seduadua',
  'Tokalauvere', 'Vakasilimi', 'Volau', 'Vukikomoala', 'Waqairatu', 'Bulavakarua', 'Nagusuca', 'Tuvuki',
  'Vakadranu', 'Vesikula', 'Yalayalatabua', 'Naulivou', 'Ratudradra', 'Tuiwawa', 'Senikau', 'Rokoua', 'Bavadra',
  'Tuwai', 'Kolinisau', 'Volavola', 'Nadolo', 'Radradra', 'Nailatikau', 'Ganilau', 'Qarase', 'Cakobau', 'Sukuna',
]; // prettier-ignore
