// The raw name lists of this set, written by its author from general knowledge of three naming traditions that no
// other set and not the training drew from: Israeli (Hebrew names romanised as Israelis write them in Latin script,
// with a family name, often hyphenated with Ben- or Bar-), Maghrebi (Moroccan, Algerian and Tunisian names in the
// French-style romanisation of the civil registers, with a family name often written with its article or Ben- run
// together) and Kenyan (Kikuyu, Luo, Kalenjin and Luhya names; a person often adds an English or Christian first
// name before the African one). names.ts filters them (--extract) into inputs/names.json. Lists hold each name
// once; order does not matter.

/** Israeli given names of women. */
export const IL_FEMALE = [
  'Noa', 'Tamar', 'Yael', 'Shira', 'Maya', 'Michal', 'Ayelet', 'Hila', 'Hadas', 'Keren', 'Liat', 'Limor', 'Orly',
  'Osnat', 'Sigal', 'Galit', 'Yifat', 'Efrat', 'Merav', 'Inbal', 'Einav', 'Moran', 'Shani', 'Adi', 'Noga', 'Tal',
  'Roni', 'Shir', 'Lihi', 'Neta', 'Yarden', 'Talya', 'Avital', 'Ruti', 'Tzipora', 'Tzila', 'Batya', 'Bracha',
  'Chaya', 'Dvora', 'Esti', 'Hagit', 'Irit', 'Iris', 'Dalit', 'Dafna', 'Revital', 'Sarit', 'Smadar', 'Tovah',
  'Yehudit', 'Zehava', 'Ronit', 'Orit', 'Anat', 'Ofra', 'Naama', 'Nurit', 'Rivka', 'Shoshana', 'Shulamit',
  'Tziona', 'Yocheved', 'Zohara', 'Meital', 'Hodaya', 'Hallel', 'Ofir', 'Reut', 'Agam', 'Ella', 'Lior', 'Eden',
  'Shaked', 'Stav', 'Yuval', 'Tehila', 'Yiska', 'Odelia', 'Avigail', 'Elinor', 'Ilanit', 'Gili', 'Chen', 'Sivan',
  'Tzofit', 'Meirav', 'Carmit', 'Hila', 'Ahuva', 'Bat-El', 'Bat-Sheva', 'Liron', 'Tzlil', 'Ortal', 'Sapir',
  'Meytal', 'Shlomit', 'Nechama', 'Miriam', 'Leah', 'Rachel',
]; // prettier-ignore

/** Israeli given names of men. */
export const IL_MALE = [
  'Yossi', 'Avi', 'Moshe', 'Itzik', 'Eitan', 'Noam', 'Omer', 'Itay', 'Yonatan', 'Ariel', 'Amit', 'Gilad', 'Guy',
  'Tomer', 'Nadav', 'Yoav', 'Oren', 'Eyal', 'Erez', 'Ronen', 'Shai', 'Shmulik', 'Tzvika', 'Yehuda', 'Yaakov',
  'Yitzhak', 'Shlomo', 'Eliyahu', 'Meir', 'Menachem', 'Mordechai', 'Nachum', 'Pinchas', 'Reuven', 'Shimon',
  'Uri', 'Yigal', 'Zeev', 'Ehud', 'Amnon', 'Avner', 'Boaz', 'Dudi', 'Elad', 'Eldad', 'Elior', 'Gidi', 'Hanan',
  'Idan', 'Kobi', 'Lavi', 'Matan', 'Nimrod', 'Ofer', 'Raz', 'Roee', 'Sagi', 'Shahar', 'Tzachi', 'Udi', 'Yaron',
  'Yigael', 'Yishai', 'Ziv', 'Alon', 'Asaf', 'Barak', 'Dror', 'Elisha', 'Hillel', 'Lior', 'Maor', 'Nir', 'Ohad',
  'Oded', 'Rami', 'Shaul', 'Tamir', 'Yair', 'Yehoshua', 'Zohar', 'Aviad', 'Avishai', 'Avraham', 'Chaim', 'Dov',
  'Gadi', 'Harel', 'Hezi', 'Yedidya', 'Menashe', 'Nethanel', 'Netanel', 'Yotam', 'Ilan', 'Yehonatan', 'Amichai',
  'Elyashiv', 'Shachar', 'Tzuriel', 'Yinon', 'Rotem', 'Osher', 'Moti', 'Itamar', 'Avshalom', 'Yechiel',
]; // prettier-ignore

/** Israeli family names. */
export const IL_SURNAMES = [
  'Mizrahi', 'Shapira', 'Peretz', 'Biton', 'Azoulay', 'Dahan', 'Ohayon', 'Amsalem', 'Avraham', 'Friedman',
  'Malka', 'Abutbul', 'Elbaz', 'Hadad', 'Gabay', 'Vaknin', 'Ashkenazi', 'Segal', 'Rosenberg', 'Goldstein',
  'Katz', 'Levy', 'Cohen', 'Bar-Lev', 'Ben-David', 'Ben-Haim', 'Ben-Ami', 'Bar-On', 'Ben-Shimon', 'Ben-Zion',
  'Tzur', 'Yosef', 'Harari', 'Shalev', 'Shani', 'Sharabi', 'Tzadok', 'Yitzhaki', 'Zilberman', 'Zohar', 'Nahum',
  'Amar', 'Ashkenazy', 'Avital', 'Baruch', 'Dayan', 'Edri', 'Elmaleh', 'Gabai', 'Gefen', 'Hazan', 'Kadosh',
  'Kahlon', 'Levin', 'Lahav', 'Margalit', 'Mualem', 'Nachmias', 'Oz', 'Pinto', 'Rubin', 'Sasson', 'Shitrit',
  'Suissa', 'Tal', 'Tamir', 'Vaturi', 'Yakobov', 'Zaken', 'Alfassi', 'Barzilai', 'Carmeli', 'Dagan', 'Eliyahu',
  'Gilboa', 'Golan', 'Hermon', 'Kedem', 'Lavie', 'Nevo', 'Ofek', 'Raviv', 'Sagiv', 'Tabib', 'Yaari', 'Zamir',
  'Ben-Ari', 'Bar-Yosef', 'Ben-Moshe', 'Abergel', 'Attias', 'Buzaglo', 'Dadon', 'Hayun', 'Ifergan', 'Krispin',
  'Mimran', 'Mashiach', 'Ochana', 'Sabag', 'Turgeman', 'Zrihen', 'Alkobi', 'Yemini', 'Nagar',
]; // prettier-ignore

/** Maghrebi given names of women. */
export const MG_FEMALE = [
  'Fatima', 'Fatiha', 'Khadija', 'Aicha', 'Zineb', 'Zahra', 'Yasmine', 'Imane', 'Salma', 'Hajar', 'Houda',
  'Naima', 'Nadia', 'Samira', 'Souad', 'Latifa', 'Malika', 'Meriem', 'Meryem', 'Nawal', 'Rachida', 'Saida',
  'Siham', 'Soukaina', 'Wafae', 'Widad', 'Zakia', 'Zoubida', 'Amina', 'Asmae', 'Bouchra', 'Chaimae', 'Dounia',
  'Fadoua', 'Ghizlane', 'Hanane', 'Hasna', 'Ikram', 'Kaoutar', 'Kenza', 'Lamia', 'Loubna', 'Manal', 'Maryam',
  'Mouna', 'Nisrine', 'Oumaima', 'Rajae', 'Sanae', 'Sara', 'Sofia', 'Touria', 'Wiam', 'Yousra', 'Zohra',
  'Ibtissam', 'Hind', 'Halima', 'Karima', 'Nezha', 'Ouafae', 'Radia', 'Sabrina', 'Selma', 'Soraya',
  'Nesrine', 'Amel', 'Assia', 'Djamila', 'Farida', 'Fella', 'Hayet', 'Lynda', 'Lilia', 'Meriem', 'Nabila',
  'Ouarda', 'Rym', 'Safia', 'Sihem', 'Yamina', 'Zhor', 'Chahrazed', 'Dalila', 'Feriel', 'Ines', 'Khaoula',
  'Mabrouka', 'Najet', 'Rania', 'Sonia', 'Wided', 'Yosra', 'Hela', 'Olfa', 'Saloua', 'Samia', 'Sana',
  'Ghita', 'Nouhaila', 'Hiba', 'Douae', 'Ilham', 'Btissam', 'Fatine', 'Jihane', 'Kawtar', 'Malak', 'Marwa',
  'Sabah', 'Yasmina', 'Zaynab', 'Fadwa', 'Hayat', 'Habiba', 'Jamila', 'Nouzha', 'Rkia', 'Fatna', 'Mbarka',
  'Hadda', 'Itto', 'Tilelli', 'Thiziri', 'Tinhinane', 'Dihya', 'Kahina', 'Ouiza', 'Tassadit',
  'Nouria', 'Kheira', 'Fatma', 'Baya', 'Chafia', 'Dhouha', 'Emna', 'Ghofrane', 'Maroua', 'Nour', 'Rihab',
  'Sirine', 'Asma', 'Inès', 'Chaïma', 'Aïcha', 'Soukayna', 'Oumayma', 'Safae', 'Hafsa', 'Salwa', 'Wafa',
]; // prettier-ignore

/** Maghrebi given names of men (the first of a compound given name, as in "Mohamed Amine", is drawn from here too). */
export const MG_MALE = [
  'Mohamed', 'Mohammed', 'Ahmed', 'Youssef', 'Amine', 'Mehdi', 'Hamza', 'Yassine', 'Anass', 'Ayoub', 'Bilal',
  'Driss', 'Hassan', 'Hicham', 'Karim', 'Khalid', 'Mustapha', 'Nabil', 'Omar', 'Rachid', 'Redouane', 'Said',
  'Samir', 'Soufiane', 'Tarik', 'Younes', 'Zakaria', 'Abdelkader', 'Abdellah', 'Abdelaziz', 'Abdelhak',
  'Abderrahim', 'Abderrahmane', 'Abdessamad', 'Adil', 'Aziz', 'Brahim', 'Hakim', 'Hamid', 'Ilyas', 'Ismail',
  'Jamal', 'Jaouad', 'Lahcen', 'Larbi', 'Mourad', 'Nourredine', 'Othmane', 'Reda', 'Saad', 'Taha', 'Walid',
  'Zouhair', 'Badr', 'Chakib', 'Fouad', 'Ghali', 'Hafid', 'Houssam', 'Ilias', 'Kamal', 'Lotfi', 'Marouane',
  'Mounir', 'Nordine', 'Oussama', 'Rafik', 'Sofiane', 'Toufik', 'Wassim', 'Yacine', 'Djamel', 'Farid', 'Hocine',
  'Kamel', 'Lakhdar', 'Mokhtar', 'Nacer', 'Rabah', 'Salim', 'Slimane', 'Tahar', 'Ali', 'Belkacem', 'Boualem',
  'Fethi', 'Hatem', 'Helmi', 'Kais', 'Lassaad', 'Maher', 'Mondher', 'Moncef', 'Nizar', 'Riadh', 'Sami', 'Slim',
  'Wael', 'Zied', 'Chokri', 'Mabrouk', 'Habib', 'Mahrez', 'Azzedine', 'Abdelghani',
  'Abdelilah', 'Abdeslam', 'Abdelmajid', 'Abdelouahed', 'Abderrazak', 'Mouad', 'Ayman', 'Anouar', 'Yahya',
  'Soulaimane', 'Zakariae', 'Nourdine', 'Mohcine', 'Mohsine', 'Aissam', 'Elmehdi', 'Hamdi', 'Jalal', 'Khalil',
  'Lhoussaine', 'Mbarek', 'Moulay', 'Naoufal', 'Noureddine', 'Rabii', 'Saber', 'Tayeb', 'Yassir', 'Zouheir',
  'Amazigh', 'Idir', 'Massinissa', 'Yuba', 'Aksel', 'Amayas', 'Mokrane', 'Ouali', 'Arezki', 'Lounes', 'Smail',
  'Hakem', 'Ghassen', 'Aymen', 'Houssem', 'Skander', 'Bechir', 'Mehrez', 'Nabih', 'Seifeddine', 'Oussema',
]; // prettier-ignore

/** Maghrebi family names. */
export const MG_SURNAMES = [
  'Benali', 'Bennani', 'Benjelloun', 'Berrada', 'Tazi', 'Alaoui', 'Elalaoui', 'Idrissi', 'Elidrissi', 'Elamrani',
  'Amrani', 'Bouazizi', 'Chraibi', 'Sqalli', 'Lahlou', 'Fassi', 'Elfassi', 'Ouazzani', 'Touzani', 'Benchekroun',
  'Benslimane', 'Bouzid', 'Cherkaoui', 'Daoudi', 'Ennaji', 'Filali', 'Guessous', 'Hajji', 'Iraqi', 'Jebli',
  'Kettani', 'Lamrani', 'Mansouri', 'Naciri', 'Ouahbi', 'Rahmouni', 'Saadi', 'Tahiri', 'Zerouali', 'Ziani',
  'Belkacemi', 'Bouteflika', 'Benmansour', 'Boudiaf', 'Chergui', 'Djebbar', 'Ferhat', 'Guerfi', 'Hamidi',
  'Kaddour', 'Khelifi', 'Lounis', 'Meziane', 'Messaoudi', 'Ouali', 'Rahmani', 'Saidi', 'Slimani', 'Taleb',
  'Yahiaoui', 'Zeroual', 'Bouazza', 'Benyoucef', 'Haddad', 'Mekki', 'Belhadj', 'Ben Youssef', 'Chebbi',
  'Gharbi', 'Jaziri', 'Jendoubi', 'Khemiri', 'Mejri', 'Nasri', 'Riahi', 'Sassi', 'Trabelsi', 'Zouari',
  'Ayari', 'Baccouche', 'Dridi', 'Ghannouchi', 'Hammami', 'Karoui', 'Laabidi', 'Mabrouk', 'Ouertani', 'Sfaxi',
  'Tounsi', 'Bennis', 'Berrechid', 'Chaoui', 'Elkhatib', 'Essaidi', 'Hilali', 'Kabbaj', 'Laraki', 'Mernissi',
  'Ouali', 'Skalli', 'Soussi', 'Tahri', 'Bouchentouf', 'Benkhadra', 'Aitelhaj', 'Aitouaziz', 'Oulhaj',
]; // prettier-ignore

/** Kenyan African given names of women (Kikuyu, Luo, Kalenjin, Luhya). */
export const KE_FEMALE = [
  'Wanjiru', 'Wanjiku', 'Wambui', 'Wairimu', 'Njeri', 'Nyambura', 'Wanjeri', 'Muthoni', 'Wangari', 'Wangui',
  'Nyokabi', 'Wacera', 'Wahu', 'Waithera', 'Wamaitha', 'Wangechi', 'Njoki', 'Gathoni', 'Mumbi', 'Nduta',
  'Njambi', 'Wamuyu', 'Wanjugu', 'Wairimu', 'Ciku', 'Kanini', 'Nyawira', 'Achieng', 'Akinyi', 'Atieno',
  'Adhiambo', 'Awino', 'Anyango', 'Apiyo', 'Auma', 'Aoko', 'Akoth', 'Awuor', 'Adongo', 'Nyaboke', 'Kerubo',
  'Moraa', 'Kwamboka', 'Bosibori', 'Chebet', 'Chepkoech', 'Jepkosgei', 'Jepchirchir', 'Chepngetich', 'Jeruto',
  'Chelagat', 'Jebet', 'Chepkemoi', 'Cherono', 'Jelimo', 'Chemutai', 'Jepkorir', 'Chepkurui', 'Nekesa',
  'Nafula', 'Nasimiyu', 'Naliaka', 'Khavere', 'Mideva', 'Kavugwi', 'Muhonja', 'Navayo', 'Makokha', 'Nanjala',
  'Wafula', 'Mwikali', 'Mwende', 'Ndinda', 'Kanini', 'Mutheu', 'Nthenya', 'Syombua', 'Kavata', 'Mueni',
  'Kagendo', 'Kinya', 'Nkatha', 'Gakii', 'Makena', 'Kendi', 'Karimi', 'Mukami', 'Wanza', 'Kalekye', 'Mwongeli',
]; // prettier-ignore

/** Kenyan African given names of men. */
export const KE_MALE = [
  'Kamau', 'Mwangi', 'Njoroge', 'Kariuki', 'Kiprono', 'Otieno', 'Odhiambo', 'Ochieng', 'Onyango', 'Omondi',
  'Owino', 'Okoth', 'Ouma', 'Oduor', 'Odera', 'Otiende', 'Oloo', 'Okello', 'Kiprotich', 'Kipchoge', 'Kipruto',
  'Kiplagat', 'Kipkemboi', 'Kipkorir', 'Kibet', 'Kiptoo', 'Cheruiyot', 'Rotich', 'Korir', 'Kirui', 'Kosgei',
  'Langat', 'Ruto', 'Sang', 'Tanui', 'Biwott', 'Kiprop', 'Kipyego', 'Kimutai', 'Kipngeno', 'Gitau', 'Githinji',
  'Kinyanjui', 'Macharia', 'Maina', 'Mbugua', 'Muriuki', 'Mureithi', 'Ndungu', 'Njuguna', 'Waweru', 'Wachira',
  'Gachanja', 'Kimani', 'Karanja', 'Kiarie', 'Mugo', 'Muchiri', 'Ngugi', 'Nyaga', 'Wainaina', 'Kagwe', 'Wekesa',
  'Wafula', 'Barasa', 'Simiyu', 'Wanyama', 'Wanjala', 'Masinde', 'Khaemba', 'Namwamba', 'Shikuku', 'Mutua',
  'Musyoka', 'Mwendwa', 'Kioko', 'Muthama', 'Nzioka', 'Mbithi', 'Kyalo', 'Muli', 'Makau', 'Mutiso', 'Kilonzo',
  'Murithi', 'Mugambi', 'Kinoti', 'Mutuma', 'Gitonga', 'Nyamweya', 'Ongeri', 'Nyakundi', 'Momanyi', 'Ombati',
  'Onsongo', 'Mokaya', 'Obiero', 'Ogola', 'Olang', 'Opiyo', 'Wasike',
]; // prettier-ignore

/** Kenyan family names (a father's or grandfather's name handed down). */
export const KE_SURNAMES = [
  'Kamau', 'Mwangi', 'Njoroge', 'Kariuki', 'Otieno', 'Odhiambo', 'Ochieng', 'Onyango', 'Omondi', 'Kiprotich',
  'Kiprono', 'Cheruiyot', 'Rotich', 'Korir', 'Kirui', 'Kosgei', 'Langat', 'Tanui', 'Gitau', 'Githinji',
  'Kinyanjui', 'Macharia', 'Maina', 'Mbugua', 'Muriuki', 'Ndungu', 'Njuguna', 'Waweru', 'Wachira', 'Kimani',
  'Karanja', 'Kiarie', 'Muchiri', 'Nyaga', 'Wainaina', 'Wekesa', 'Wafula', 'Barasa', 'Simiyu', 'Wanyama',
  'Wanjala', 'Masinde', 'Khaemba', 'Mutua', 'Musyoka', 'Kioko', 'Nzioka', 'Mbithi', 'Kyalo', 'Mutiso',
  'Kilonzo', 'Mugambi', 'Kinoti', 'Gitonga', 'Nyamweya', 'Nyakundi', 'Momanyi', 'Ombati', 'Obiero', 'Ogola',
  'Opiyo', 'Wasike', 'Okello', 'Owino', 'Oduor', 'Juma', 'Achola', 'Awiti', 'Oyugi', 'Ouko', 'Ogutu', 'Odongo',
  'Kiplimo', 'Keter', 'Kemboi', 'Bett', 'Koech', 'Chirchir', 'Biwott', 'Sigei', 'Mutai', 'Kipkoech', 'Ngetich',
  'Wambugu', 'Gathogo', 'Ndirangu', 'Thuo', 'Kamande', 'Mwaura', 'Gichuki', 'Kibaki', 'Kenyatta', 'Odinga',
]; // prettier-ignore

/** English and Christian first names Kenyans give before the African name (whatever the filters leave). */
export const KE_CHRISTIAN_FEMALE = [
  'Grace', 'Faith', 'Mercy', 'Purity', 'Winfred', 'Everlyne', 'Phelista', 'Dorcas', 'Lydiah', 'Beatrice',
  'Caroline', 'Eunice', 'Jacinta', 'Josphine', 'Leah', 'Mary', 'Nancy', 'Pauline', 'Rose', 'Sheila', 'Veronica',
  'Wilkister', 'Zipporah', 'Perpetua', 'Scholastica', 'Consolata', 'Jedidah', 'Rahab', 'Tabitha', 'Salome',
]; // prettier-ignore

export const KE_CHRISTIAN_MALE = [
  'Peter', 'John', 'Joseph', 'Samuel', 'Daniel', 'Geoffrey', 'Wycliffe', 'Kennedy', 'Dennis', 'Fredrick',
  'Wilson', 'Evans', 'Collins', 'Brian', 'Edwin', 'Gideon', 'Josphat', 'Nehemiah', 'Ezekiel', 'Shadrack',
  'Meshack', 'Zablon', 'Japheth', 'Elijah', 'Erastus', 'Cornelius', 'Patrick', 'Vincent', 'Silas', 'Barnabas',
]; // prettier-ignore
