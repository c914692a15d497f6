// The raw name lists of this set, written by its author from general knowledge of three naming traditions that no
// Latin-script faker locale holds: Japanese (in Hepburn romanisation, long vowels marked with a macron as the
// modified Hepburn system writes them; people drop the macrons on forms and passports), Somali (a given name
// followed by the father's and the grandfather's given names, in the Somali Latin orthography of 1972 with c for
// the voiced pharyngeal and x for the voiceless one, and in the anglicised spellings of the diaspora) and Tibetan and
// Bhutanese (two-part personal names and no family name at all). names.ts filters them (--extract) into
// inputs/names.json. Lists hold each name once; order does not matter.

/** Japanese given names of women. */
export const JA_FEMALE = [
  'Yūko', 'Keiko', 'Sachiko', 'Tomoko', 'Naoko', 'Hiroko', 'Kazuko', 'Michiko', 'Noriko', 'Akiko', 'Junko',
  'Yōko', 'Kyōko', 'Masako', 'Reiko', 'Emiko', 'Fumiko', 'Chieko', 'Etsuko', 'Harumi', 'Hitomi', 'Ayumi', 'Megumi',
  'Natsumi', 'Kazumi', 'Yumiko', 'Mayumi', 'Asami', 'Haruka', 'Ayaka', 'Misaki', 'Nanami', 'Sayaka', 'Mizuki',
  'Shiori', 'Kaori', 'Saori', 'Yukari', 'Chihiro', 'Madoka', 'Kanako', 'Nozomi', 'Aoi', 'Hinata', 'Yuina', 'Mio',
  'Sakura', 'Ayano', 'Rina', 'Erika', 'Misato', 'Chinatsu', 'Tsubasa', 'Wakana', 'Fumika', 'Kotomi', 'Honoka',
  'Mitsuki', 'Yuzuki', 'Kaede', 'Momoka', 'Shizuka', 'Tamaki', 'Satsuki', 'Chiaki', 'Masami', 'Kiyomi', 'Sumiko',
  'Tomomi', 'Miyuki', 'Mikiko', 'Setsuko', 'Toshiko', 'Yoshiko', 'Hisako', 'Ritsuko', 'Atsuko', 'Kimiko',
  'Shōko', 'Kyōka', 'Ryōko', 'Yūna', 'Yūka', 'Kotoha', 'Aya', 'Eriko', 'Makiko', 'Nobuko', 'Takako', 'Mariko',
  'Kumiko', 'Miho', 'Shiho', 'Kanae', 'Tomoe', 'Yae', 'Asuka', 'Mihoko', 'Fuyumi', 'Hazuki', 'Mayu', 'Sae',
  'Chisato', 'Ruriko', 'Sanae', 'Mitsuko', 'Izumi', 'Kazue', 'Nagisa',
]; // prettier-ignore

/** Japanese given names of men. */
export const JA_MALE = [
  'Haruki', 'Hiroshi', 'Takashi', 'Kenji', 'Kōji', 'Yūta', 'Daisuke', 'Takuya', 'Kazuya', 'Shōta', 'Ryōta',
  'Tsuyoshi', 'Makoto', 'Satoshi', 'Tetsuya', 'Masahiro', 'Kazuhiro', 'Noboru', 'Shigeru', 'Isamu', 'Osamu',
  'Yoshio', 'Tadashi', 'Minoru', 'Akira', 'Hideki', 'Hideo', 'Toshio', 'Masaru', 'Katsuhiro', 'Nobuyuki',
  'Yasuhiro', 'Tomohiro', 'Takahiro', 'Masato', 'Naoki', 'Kōhei', 'Shūhei', 'Ryūnosuke', 'Kōsuke', 'Yūsuke',
  'Keisuke', 'Shinsuke', 'Sōta', 'Haruto', 'Yamato', 'Minato', 'Riku', 'Kaito', 'Ren', 'Sōma', 'Takumi', 'Hayato',
  'Tomoya', 'Naoya', 'Fumiya', 'Kazuki', 'Yūki', 'Shunsuke', 'Atsushi', 'Takeshi', 'Hiroki', 'Masaki', 'Toshiki',
  'Yoshiki', 'Kenta', 'Keita', 'Ryōhei', 'Jun', 'Shin', 'Tōru', 'Yūji', 'Shinji', 'Seiji', 'Eiji', 'Jōji',
  'Kenichi', 'Shinichi', 'Yōichi', 'Kōichi', 'Ryūichi', 'Jun’ichi', 'Eiichi', 'Teruo', 'Mitsuo', 'Kazuo', 'Haruo',
  'Norio', 'Sadao', 'Yasuo', 'Akio', 'Tatsuya', 'Tatsuo', 'Hajime', 'Mamoru', 'Susumu', 'Wataru', 'Yuzuru',
  'Itsuki', 'Ikki', 'Sōichirō', 'Kentarō', 'Shintarō', 'Kōtarō', 'Yūtarō', 'Ryūtarō', 'Gorō', 'Saburō',
  'Shirō', 'Ichirō', 'Jirō', 'Tarō', 'Kōki', 'Daiki', 'Genki', 'Kyōhei', 'Taiga', 'Sōsuke', 'Asahi', 'Hinata',
  'Masayoshi', 'Tomoaki', 'Takanori', 'Hidenori', 'Yoshinori', 'Kiyoshi', 'Tsutomu', 'Takeo', 'Fujio',
]; // prettier-ignore

/** Japanese family names. */
export const JA_SURNAMES = [
  'Tanaka', 'Satō', 'Suzuki', 'Takahashi', 'Watanabe', 'Itō', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Katō',
  'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki',
  'Mori', 'Abe', 'Ikeda', 'Hashimoto', 'Yamashita', 'Ishikawa', 'Nakajima', 'Maeda', 'Fujita', 'Ogawa', 'Gotō',
  'Okada', 'Hasegawa', 'Murakami', 'Kondō', 'Ishii', 'Saitō', 'Sakamoto', 'Endō', 'Aoki', 'Fujii', 'Nishimura',
  'Fukuda', 'Ōta', 'Miura', 'Fujiwara', 'Okamoto', 'Matsuda', 'Nakagawa', 'Nakano', 'Harada', 'Ono', 'Tamura',
  'Takeuchi', 'Kaneko', 'Wada', 'Nakayama', 'Ishida', 'Ueda', 'Morita', 'Hara', 'Shibata', 'Sakai', 'Kudō',
  'Yokoyama', 'Miyazaki', 'Miyamoto', 'Uchida', 'Takagi', 'Andō', 'Taniguchi', 'Ōno', 'Maruyama', 'Imai',
  'Takada', 'Fujimoto', 'Takeda', 'Murata', 'Ueno', 'Sugiyama', 'Masuda', 'Sugawara', 'Hirano', 'Ōtsuka',
  'Chiba', 'Kubo', 'Matsui', 'Iwasaki', 'Sakurai', 'Kinoshita', 'Noguchi', 'Matsuo', 'Nomura', 'Kikuchi',
  'Sano', 'Ōnishi', 'Sugimoto', 'Arai', 'Hamada', 'Ichikawa', 'Furukawa', 'Mizuno', 'Komatsu', 'Shimada',
  'Igarashi', 'Kojima', 'Takano', 'Kuwahara', 'Tsuchiya', 'Hoshino', 'Akiyama', 'Nagai', 'Kawaguchi', 'Hirata',
  'Hattori', 'Kawakami', 'Nagata', 'Iwata', 'Yasuda', 'Tsujimoto', 'Kurihara', 'Ōkubo', 'Shinohara', 'Umeda',
  'Horiuchi', 'Nishida', 'Tokunaga', 'Mochizuki', 'Hagiwara', 'Kumagai', 'Enomoto', 'Tsukamoto', 'Kitamura',
]; // prettier-ignore

/** Somali given names of women, in the Somali orthography and in diaspora spellings. */
export const SO_FEMALE = [
  'Faadumo', 'Fadumo', 'Xaliimo', 'Halimo', 'Caasha', 'Asha', 'Hodan', 'Ayaan', 'Sahra', 'Saxra', 'Hibaaq',
  'Ubax', 'Ubah', 'Ifrah', 'Nasteexo', 'Deeqa', 'Hamdi', 'Sagal', 'Idil', 'Nimco', 'Khadra', 'Maryan', 'Qamar',
  'Shukri', 'Sucaad', 'Suad', 'Muna', 'Amran', 'Hinda', 'Filsan', 'Ladan', 'Ikraan', 'Najma', 'Ramlo', 'Ruun',
  'Hawo', 'Xawo', 'Cawo', 'Awo', 'Ardo', 'Bilan', 'Bisharo', 'Canab', 'Dahabo', 'Deko', 'Faiza', 'Fartun',
  'Farhiya', 'Faduma', 'Habibo', 'Hafsa', 'Ilhaan', 'Istar', 'Jawaahir', 'Kaltuun', 'Khadiijo', 'Luul',
  'Maano', 'Magool', 'Mulki', 'Nafiso', 'Nuurto', 'Qaali', 'Raxma', 'Rukia', 'Sabaad', 'Samsam',
  'Sareedo', 'Shamso', 'Sumaya', 'Ugbaad', 'Waris', 'Xamdi', 'Yasmiin', 'Zamzam', 'Zeynab', 'Cibaado', 'Anab',
  'Batuulo', 'Dhudi', 'Fowsiya', 'Hibo', 'Hufan', 'Iqra', 'Kowsar', 'Lul', 'Mariama', 'Naciimo', 'Shugri',
  'Sirad', 'Yurub', 'Asli', 'Basra', 'Faysa',
]; // prettier-ignore

/** Somali given names of men (also the fathers' and grandfathers' names of the chains). */
export const SO_MALE = [
  'Maxamed', 'Mohamed', 'Cabdi', 'Abdi', 'Cabdullaahi', 'Abdullahi', 'Xasan', 'Hassan', 'Cali', 'Faarax',
  'Warsame', 'Jaamac', 'Jama', 'Cumar', 'Xuseen', 'Hussein', 'Yuusuf', 'Ismaaciil', 'Axmed', 'Ahmed', 'Maxamuud',
  'Mohamud', 'Shire', 'Guuleed', 'Guled', 'Dahir', 'Daahir', 'Barkhad', 'Abshir', 'Libaan', 'Nuur', 'Nur',
  'Cabdiraxmaan', 'Abdirahman', 'Cabdirisaaq', 'Abdirizak', 'Cabdiqaadir', 'Abdikadir', 'Cabdiwali', 'Abdiweli',
  'Cabdinaasir', 'Abdinasir', 'Cabdisalaam', 'Abdisalam', 'Cabdiaziz', 'Abdiaziz', 'Cabdifataax', 'Abdifatah',
  'Mahad', 'Mukhtaar', 'Muse', 'Muuse', 'Osman', 'Cismaan', 'Siciid', 'Said', 'Samatar', 'Saleebaan', 'Sharmaarke',
  'Sugulle', 'Tahliil', 'Warfaa', 'Xirsi', 'Hirsi', 'Yaasiin', 'Aadan', 'Aden', 'Bashiir', 'Bile', 'Bulxan',
  'Ciise', 'Diiriye', 'Dirir', 'Duale', 'Dualeh', 'Egal', 'Cigaal', 'Elmi', 'Cilmi', 'Faysal', 'Gaas', 'Geedi',
  'Hufane', 'Ibraahim', 'Jibriil', 'Kaahiye', 'Keyse', 'Liibaan', 'Madar', 'Mataan', 'Mire', 'Nuux', 'Qaasim',
  'Raage', 'Roble', 'Sahal', 'Shacban', 'Shariif', 'Timacade', 'Waabari', 'Yaxye', 'Yonis',
  'Yoonis', 'Abokor', 'Abuukar', 'Awale', 'Barre', 'Buuni', 'Cawil', 'Awil', 'Daud', 'Daa’uud', 'Fiqi', 'Galaal',
  'Gurey', 'Hamse', 'Xamse', 'Idiris', 'Idris', 'Jimcaale', 'Jimale', 'Khaliif', 'Kulmiye', 'Magan', 'Mohamoud',
  'Nageeye', 'Omar', 'Qorane', 'Rashiid', 'Rooble', 'Salaad', 'Shuceyb', 'Siyaad',
  'Waliid', 'Xayd', 'Yasir', 'Caydiid', 'Ducaale', 'Farxaan', 'Hoosh',
]; // prettier-ignore

/** Tibetan and Bhutanese names of women: each a name element; a person's name is two of them. */
export const BO_FEMALE = [
  'Pema', 'Yangchen', 'Dolma', 'Drolma', 'Lhamo', 'Dechen', 'Dekyi', 'Sonam', 'Tsering', 'Yangzom', 'Choden',
  'Chodon', 'Wangmo', 'Zangmo', 'Lhadon', 'Kunzang', 'Tashi', 'Dawa', 'Nyima', 'Tsomo', 'Chokyi', 'Kelsang',
  'Kalsang', 'Yeshi', 'Sangay', 'Namgay', 'Tshering', 'Deki', 'Dema', 'Pelden', 'Palden', 'Lhazom', 'Metok',
  'Yudon', 'Yudron', 'Dickey', 'Kinley', 'Karma', 'Dorji', 'Tshewang', 'Ugyen', 'Rinzin', 'Sherab', 'Jamyang',
  'Dhondup', 'Tsewang', 'Lhakpa', 'Pasang', 'Phurba', 'Pemba', 'Chimi', 'Choki', 'Seldon', 'Norzom', 'Dhardon',
  'Kunga', 'Lhaden', 'Tenzing', 'Lobsang', 'Yangdon', 'Tseten', 'Sangmo', 'Phuntsok', 'Rigzin',
  'Samten', 'Damchoe', 'Thinley', 'Tshomo', 'Yangki', 'Dorjee', 'Pelmo', 'Choeying', 'Dolkar',
  'Tsamchoe', 'Kesang', 'Nima', 'Sonam', 'Bumo', 'Chungdak', 'Dhonden',
  'Lhakyi', 'Namdol', 'Ngawang', 'Tsultrim',
]; // prettier-ignore

/** Tibetan and Bhutanese names of men: each a name element; a person's name is two of them. */
export const BO_MALE = [
  'Tenzin', 'Norbu', 'Karma', 'Wangchuk', 'Tashi', 'Dorji', 'Dorje', 'Sonam', 'Tsering', 'Tshering', 'Pema',
  'Kinley', 'Ugyen', 'Sangay', 'Namgay', 'Jigme', 'Phuntsho', 'Phuntsok', 'Lobsang', 'Thupten', 'Thubten',
  'Ngawang', 'Jampa', 'Jamyang', 'Kelsang', 'Kalsang', 'Dawa', 'Nyima', 'Lhakpa', 'Pasang', 'Pemba', 'Phurba',
  'Mingmar', 'Gyaltsen', 'Gyatso', 'Rinchen', 'Rinzin', 'Rigzin', 'Tsewang', 'Tshewang', 'Samten', 'Sherab',
  'Thinley', 'Trinley', 'Wangdi', 'Wangdue', 'Yeshi', 'Yonten', 'Dhondup', 'Dhondub', 'Chophel', 'Choephel',
  'Chogyal', 'Chimi', 'Choki', 'Damcho', 'Dechen', 'Dendup', 'Dendrup', 'Gelek', 'Gyalpo', 'Jamtsho', 'Kunga',
  'Kunzang', 'Lhundup', 'Lhundrup', 'Loday', 'Lodoe', 'Namgyal', 'Norbhu', 'Palden', 'Pelden', 'Penjor',
  'Phuntshok', 'Rabten', 'Rabgay', 'Sangye', 'Tandin', 'Tandi', 'Tobgay', 'Tobden', 'Tsultrim', 'Tenzing',
  'Tshewang', 'Ugen', 'Wangyal', 'Yeshey', 'Zangpo', 'Sonam', 'Tsundue', 'Topgyal', 'Passang', 'Dakpa', 'Drakpa',
  'Gyurme', 'Jigmet', 'Kalden', 'Kelden', 'Lhawang', 'Migmar', 'Namdak', 'Nawang', 'Ngodup', 'Ngodrup', 'Norden',
  'Sithar', 'Thukten', 'Tsedup', 'Wangpo', 'Yangphel', 'Yeshe',
]; // prettier-ignore
