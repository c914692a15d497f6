// The raw name lists of this set, written by its author from general knowledge of three naming traditions that no
// Latin-script faker locale holds: Thai (Thailand, in the Royal Thai General System romanisation and the looser
// spellings people choose for their passports), Persian (Iran) and Burmese (Myanmar, where names have no family
// name at all). names.ts filters them (--extract) into inputs/names.json. Lists hold each name once; order does not
// matter.

/** Thai given names of women (long Sanskrit- and Pali-derived compounds). */
export const TH_FEMALE = [
  'Siriporn', 'Pornthip', 'Kanokwan', 'Supaporn', 'Wannapa', 'Ratchanee', 'Nattaya', 'Sasithorn', 'Jintana',
  'Pimchanok', 'Kanyarat', 'Thitima', 'Wilaiwan', 'Sukanya', 'Duangjai', 'Arunee', 'Pranee', 'Somsri', 'Chutima',
  'Nittaya', 'Benjawan', 'Orathai', 'Rungnapa', 'Patcharee', 'Kulthida', 'Sirinya', 'Apinya', 'Waraporn', 'Jiraporn',
  'Prapaporn', 'Sunisa', 'Yupin', 'Kamonwan', 'Thanyarat', 'Natthida', 'Pattama', 'Amporn', 'Busaba', 'Chanida',
  'Darunee', 'Kesinee', 'Lamai', 'Nongluck', 'Oranuch', 'Panida', 'Saowalak', 'Tassanee', 'Urai', 'Wimonrat',
  'Yaowalak', 'Kannika', 'Phimphan', 'Sirikanya', 'Pensri', 'Wassana', 'Jarunee', 'Anchalee', 'Kwanruan',
  'Laddawan', 'Monthira', 'Napaporn', 'Phatcharin', 'Ruchira', 'Suwimon', 'Thanaporn', 'Wipada', 'Chonticha',
  'Kanjana', 'Naruemon', 'Pakamas', 'Rattikorn', 'Sirilak', 'Tipawan', 'Walaiporn', 'Ampai', 'Boonyuen', 'Chalida',
  'Duangporn', 'Hathaichanok', 'Jutamas', 'Kittiya', 'Ladda', 'Mayuree', 'Nantana', 'Onanong', 'Paweena',
  'Rachada', 'Sangwan', 'Thidarat', 'Ubonrat', 'Varaporn', 'Wanida', 'Yuwadee', 'Achara', 'Bussakorn',
  'Chuleeporn', 'Jittima', 'Kornkanok', 'Lalita', 'Nuttaporn', 'Pichaya', 'Rungtiwa', 'Sudarat', 'Tanyaporn',
  'Warunee', 'Aree', 'Piyanuch', 'Sopida', 'Khwanchai', 'Nonglak', 'Praphai', 'Sumalee', 'Wiparat', 'Pornpimol',
]; // prettier-ignore

/** Thai given names of men. */
export const TH_MALE = [
  'Somchai', 'Somsak', 'Prasert', 'Surachai', 'Anan', 'Thanakorn', 'Wichai', 'Chaiwat', 'Kittisak', 'Nattapong',
  'Sombat', 'Pongsak', 'Apichat', 'Boonmee', 'Chatchai', 'Ekkachai', 'Jakkrit', 'Kriangsak', 'Narong', 'Panya',
  'Sakda', 'Somkiat', 'Tanawat', 'Teerawat', 'Udom', 'Wirat', 'Yuthana', 'Anucha', 'Banyat', 'Charoen', 'Chanchai',
  'Damrong', 'Decha', 'Itthipol', 'Kasem', 'Kiattisak', 'Manop', 'Nopadol', 'Paitoon', 'Pichit', 'Preecha',
  'Sarawut', 'Seksan', 'Sittichai', 'Suriya', 'Thawatchai', 'Vichit', 'Wanchai', 'Weerapong', 'Worawut',
  'Yodsawat', 'Adisak', 'Athit', 'Chakrit', 'Kritsada', 'Natthawut', 'Phongphat', 'Rattapong', 'Siwakorn',
  'Thirawat', 'Veerasak', 'Wuttichai', 'Amnuay', 'Bancha', 'Chamnan', 'Ekkarat', 'Jirayu', 'Kamol', 'Khemarat',
  'Nattawut', 'Phisit', 'Prawit', 'Samart', 'Somporn', 'Supachai', 'Thanongsak', 'Uthai', 'Watcharapong',
  'Yongyut', 'Anusorn', 'Boonchu', 'Chayut', 'Danai', 'Kanit', 'Kiettisak', 'Montri', 'Nikorn', 'Pairoj',
  'Pornchai', 'Sakchai', 'Sompong', 'Supot', 'Thanin', 'Wisarut', 'Apisit', 'Chalerm', 'Ittipat', 'Krit',
  'Nirut', 'Phichai', 'Rungroj', 'Sathit', 'Somboon', 'Taweesak', 'Weerachai', 'Tawan', 'Pongpat', 'Chanin',
]; // prettier-ignore

/** Thai surnames (long, made unique by law; Sino-Thai ones begin with Sae-). */
export const TH_SURNAMES = [
  'Srisawat', 'Wongsuwan', 'Chaiyaporn', 'Rattanakorn', 'Sukprasert', 'Kaewmanee', 'Boonyarat', 'Saetang',
  'Saelim', 'Saeheng', 'Saeueng', 'Saejiw', 'Chaiyasit', 'Phromma', 'Sombatsiri', 'Intharasuk', 'Jaidee', 'Kongkaew',
  'Pattanapong', 'Ruangsri', 'Siriwat', 'Suwannarat', 'Thammasak', 'Wattanakul', 'Yimprasert', 'Charoensuk',
  'Dechapanya', 'Hiranyawong', 'Jantarasiri', 'Kittikhun', 'Lertsakul', 'Manachai', 'Nakhonsri', 'Ongsakul',
  'Phanwichai', 'Rakchart', 'Sangsuwan', 'Tangsiri', 'Udomsak', 'Vongsakul', 'Wisetsri', 'Chantarasombat',
  'Kasemsuk', 'Leelawat', 'Mahawong', 'Noppakhun', 'Pongpanich', 'Ratchawat', 'Sirisombat', 'Thepkaew',
  'Khamphaeng', 'Kanchanaphong', 'Raksawong', 'Sukjai', 'Meesuk', 'Khongsuk', 'Thongdee', 'Saengthong', 'Boonsri',
  'Chuenchom', 'Kaewprasert', 'Klinhom', 'Nimnuan', 'Panyawong', 'Phetcharat', 'Rungrot', 'Suksawat', 'Thanomsak',
  'Wongsawat', 'Apiwattanakul', 'Bunyasiri', 'Chaisiri', 'Duangdee', 'Itsaranuwat', 'Jaroenpong', 'Kaewkhao',
  'Limpichai', 'Maneerat', 'Nilsuwan', 'Ounjai', 'Pinkaew', 'Rojanasakul', 'Sawangwong', 'Thitisak', 'Ussawakul',
  'Wiriyakul', 'Yensuk', 'Anantachai', 'Buasri', 'Chotikul', 'Ekasit', 'Jitpakdee', 'Khumsap', 'Luangpaiboon',
  'Muangsri', 'Nantasiri', 'Phosri', 'Rattanawong', 'Sirimongkol', 'Tantiwong', 'Wattanasiri', 'Boonkerd',
  'Chaimongkol', 'Inthanon', 'Kraisorn', 'Pholsena', 'Srisuk', 'Thongsuk', 'Wannasri', 'Hongsakul', 'Piyasiri',
]; // prettier-ignore

/** Persian given names of women. */
export const FA_FEMALE = [
  'Shirin', 'Parisa', 'Niloufar', 'Fereshteh', 'Azadeh', 'Golnaz', 'Nasrin', 'Roya', 'Shabnam', 'Soheila', 'Mina',
  'Farnaz', 'Bahar', 'Negar', 'Sepideh', 'Mitra', 'Laleh', 'Mojgan', 'Nazanin', 'Pegah', 'Sanaz', 'Setareh', 'Shadi',
  'Tahmineh', 'Yasaman', 'Ziba', 'Afsaneh', 'Banafsheh', 'Delaram', 'Elaheh', 'Fariba', 'Gelareh', 'Hengameh',
  'Katayoun', 'Mahnaz', 'Mehrnoush', 'Minoo', 'Nahid', 'Parvaneh', 'Raha', 'Shokoufeh', 'Simin', 'Taraneh', 'Vida',
  'Zhaleh', 'Arezoo', 'Bita', 'Donya', 'Homa', 'Kimia', 'Marjan', 'Niusha', 'Pardis', 'Rozita', 'Sahar', 'Azar',
  'Behnaz', 'Dorsa', 'Fatemeh', 'Ghazal', 'Haleh', 'Jila', 'Kobra', 'Leyli', 'Mahsima', 'Mehrangiz', 'Nasim',
  'Neda', 'Parastoo', 'Parvin', 'Roksana', 'Sara', 'Shahrzad', 'Shiva', 'Sima', 'Soudabeh', 'Tahereh', 'Touran',
  'Yeganeh', 'Zohreh', 'Anahita', 'Baran', 'Elnaz', 'Forough', 'Golbahar', 'Hasti', 'Mahtab', 'Mahshid', 'Nastaran',
  'Paria', 'Sholeh', 'Soraya', 'Tannaz', 'Vahideh', 'Atefeh', 'Farideh', 'Khatereh', 'Mandana', 'Nooshin', 'Samaneh',
]; // prettier-ignore

/** Persian given names of men. */
export const FA_MALE = [
  'Farhad', 'Kourosh', 'Dariush', 'Babak', 'Behrouz', 'Bijan', 'Kambiz', 'Kaveh', 'Mehran', 'Mehrdad', 'Omid',
  'Payam', 'Ramin', 'Saeed', 'Shahram', 'Siavash', 'Arash', 'Ardalan', 'Afshin', 'Armin', 'Behnam', 'Ehsan',
  'Farzad', 'Hamed', 'Hooman', 'Iraj', 'Jamshid', 'Kamran', 'Keyvan', 'Masoud', 'Milad', 'Nima', 'Parviz', 'Pouya',
  'Sasan', 'Shahin', 'Soroush', 'Vahid', 'Yashar', 'Arman', 'Bahman', 'Esfandiar', 'Fariborz', 'Houshang',
  'Jahangir', 'Kianoush', 'Manouchehr', 'Nader', 'Peyman', 'Shervin', 'Siamak', 'Touraj', 'Khashayar', 'Pejman',
  'Farshid', 'Ashkan', 'Bardia', 'Kasra', 'Alireza', 'Amirhossein', 'Behzad', 'Davoud', 'Ebrahim', 'Fardin',
  'Ghasem', 'Hesam', 'Javad', 'Kazem', 'Mahmoud', 'Mansour', 'Mohsen', 'Morteza', 'Nasser', 'Pedram', 'Rasoul',
  'Sadegh', 'Shapour', 'Taghi', 'Yousef', 'Abbas', 'Arsalan', 'Borzou', 'Dariyoush', 'Faramarz', 'Ghobad',
  'Hojat', 'Jalal', 'Kiarash', 'Mehdi', 'Navid', 'Parsa', 'Ramtin', 'Sepehr', 'Shayan', 'Soheil', 'Vahram',
  'Yazdan', 'Ardeshir', 'Bahram', 'Changiz', 'Ehsanollah', 'Farbod', 'Kiumars', 'Majid', 'Nariman', 'Roozbeh',
]; // prettier-ignore

/** Persian surnames (many in -i, -zadeh, -pour, -nia, -far, -nejad, or from a town). */
export const FA_SURNAMES = [
  'Hosseini', 'Rezaei', 'Ahmadi', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Sadeghi', 'Ebrahimi', 'Ghorbani',
  'Heidari', 'Yazdani', 'Rostami', 'Nazari', 'Abbasi', 'Kazemi', 'Mousavi', 'Hashemi', 'Najafi', 'Bagheri', 'Zamani',
  'Asadi', 'Soltani', 'Safavi', 'Ghasemi', 'Jalali', 'Mirzaei', 'Khosravi', 'Rahmani', 'Sharifi', 'Alavi', 'Azizi',
  'Moghaddam', 'Tavakoli', 'Bakhtiari', 'Daneshvar', 'Esfandiari', 'Golshiri', 'Hamidzadeh', 'Jahanbakhsh',
  'Kalantari', 'Karimzadeh', 'Khorramshahi', 'Latifi', 'Mahmoudzadeh', 'Mehrabi', 'Nikpour', 'Noorbakhsh',
  'Pourmand', 'Rashidi', 'Sabzevari', 'Shahbazi', 'Talebi', 'Vaziri', 'Zarei', 'Afshar', 'Behzadi', 'Dehghan',
  'Fallahi', 'Ghaffari', 'Hedayati', 'Kashani', 'Mansouri', 'Nasiri', 'Rahnama', 'Shojaei', 'Taheri', 'Valizadeh',
  'Zolfaghari', 'Arjmand', 'Bozorgmehr', 'Darvishi', 'Eskandari', 'Firouzabadi', 'Hakimi', 'Kiani', 'Majidi',
  'Namazi', 'Paydar', 'Samadi', 'Tahmasebi', 'Aghaei', 'Bahrami', 'Derakhshan', 'Faghihi', 'Gholami', 'Jahani',
  'Khalili', 'Malekzadeh', 'Nikbakht', 'Pourhashemi', 'Rafiei', 'Salehi', 'Shakeri', 'Tabatabaei', 'Vahidnia',
  'Yousefi', 'Ziaei', 'Amirkhani', 'Barzegar', 'Eslamian', 'Farzaneh', 'Ghanbari', 'Hosseinpour', 'Kamali',
  'Mohajer', 'Navabi', 'Pakravan', 'Rouhollahi', 'Sotoudeh', 'Teymouri', 'Zandieh', 'Abolhassani', 'Mostafavi',
  'Shahidi', 'Kheirkhah', 'Nejati', 'Ashrafi', 'Behroozi', 'Mirsadeghi', 'Sarrafzadeh', 'Keshavarz', 'Rezvani',
]; // prettier-ignore

/** Burmese name syllables given mostly to women; a name is two to four of them, with no family name. */
export const MY_FEMALE = [
  'Thida', 'Thandar', 'Hnin', 'Phyu', 'Nwe', 'Khin', 'Yadanar', 'Thiri', 'Nilar', 'Sandar', 'Ohnmar', 'Khaing',
  'Yamin', 'Wutyi', 'Theingi', 'Cho', 'Thuzar', 'Mya', 'Sabai', 'Zarni', 'Ngwe', 'Eaindra', 'Shwe', 'Yupar',
  'Thinzar', 'Khine', 'Htwe', 'Pwint', 'Hlaing', 'Myat', 'Nyein', 'Chaw', 'Moh', 'Thet', 'Phoo', 'Nandar', 'Sanda',
  'Ei', 'Su', 'Yee', 'Wint', 'Hsu', 'Myo', 'Zin', 'Lwin', 'Thwe', 'Mon', 'Kyi', 'Tin',
]; // prettier-ignore

/** Burmese name syllables given mostly to men. */
export const MY_MALE = [
  'Kyaw', 'Zaw', 'Myint', 'Htun', 'Naing', 'Soe', 'Thein', 'Htet', 'Lwin', 'Htoo', 'Zin', 'Thura', 'Hein', 'Paing',
  'Zeyar', 'Kaung', 'Myo', 'Htike', 'Wunna', 'Sithu', 'Naung', 'Nyunt', 'Tint', 'Khant', 'Pyae', 'Linn', 'Thiha',
  'Hlaing', 'Yarzar', 'Wai', 'Phyo', 'Aung', 'Oo', 'Thant', 'Htay', 'Tun', 'Nyi', 'Sein', 'Thaung',
  'Khaing', 'Swe', 'Zayar', 'Nay', 'Moe', 'Lin', 'Thet', 'Hlwan', 'Yan', 'Naing', 'Shein', 'Thway', 'Kyaing',
]; // prettier-ignore
