// The raw name lists of this set, written by its author from general knowledge of the three naming traditions (no
// faker locale holds them): Malagasy (Madagascar), Sinhalese (Sri Lanka) and Faroese (the Faroe Islands). names.ts
// filters them (--extract) into inputs/names.json. Lists hold each name once; order does not matter.

/** Malagasy given names (long Austronesian compounds; many are given to either sex). */
export const MG_FEMALE = [
  'Voahangy', 'Hanitra', 'Fanja', 'Lalao', 'Haingo', 'Miora', 'Mialy', 'Onja', 'Volana', 'Noro', 'Hanta', 'Harisoa',
  'Vololona', 'Bodo', 'Ialy', 'Koloina', 'Fitiavana', 'Tsiky', 'Ravaka', 'Njara', 'Soavina', 'Malala', 'Rova',
  'Fanjanirina', 'Voninahitra', 'Holy', 'Landy', 'Mamisoa', 'Miangaly', 'Fenosoa', 'Hajaina', 'Andoniaina', 'Tahiry',
  'Tsiory', 'Mirana', 'Hantasoa', 'Herisoa', 'Nivo', 'Rondro', 'Sahondra', 'Tantely', 'Nambinintsoa', 'Mbolatiana',
  'Voary', 'Volatiana', 'Lalaina', 'Harilala', 'Haingotiana', 'Hanitriniaina', 'Zoely', 'Narindra', 'Sedera',
  'Nomenjanahary', 'Bakoly', 'Lalasoa', 'Vonimbola', 'Hobisoa', 'Hasinirina', 'Tsilavina', 'Fanomezantsoa',
  'Mihantasoa', 'Anjarasoa', 'Ravakiniaina', 'Tianasoa', 'Noeline', 'Rindrasoa', 'Sandratra', 'Ando', 'Lovasoa',
  'Hantanirina', 'Vololoniaina', 'Razanabahiny', 'Sitrakiniaina', 'Onjaniaina', 'Heritiana', 'Voahirana',
  'Mahasoa', 'Finaritra', 'Niaina', 'Hasimbola', 'Tokiniaina', 'Ravo', 'Ndrina', 'Faniry', 'Hary', 'Domoina',
  'Lantosoa', 'Manitra', 'Jaoniaina', 'Fenohasina', 'Vatosoa', 'Sarobidy', 'Zotiana', 'Harizo', 'Elisoa', 'Velonjara',
]; // prettier-ignore
export const MG_MALE = [
  'Hery', 'Mamy', 'Rivo', 'Tojo', 'Faly', 'Njaka', 'Toky', 'Andry', 'Tahina', 'Solofo', 'Haja', 'Herizo', 'Tovo',
  'Mahery', 'Rindra', 'Tsiry', 'Fenitra', 'Naina', 'Nantenaina', 'Rado', 'Mahefa', 'Vonjy', 'Jaona', 'Fidy',
  'Heriniaina', 'Andriamihaja', 'Lanja', 'Haritiana', 'Tolotra', 'Hajanirina', 'Zoelinirina', 'Tiavina', 'Fetra',
  'Feno', 'Harilalaina', 'Lalatiana', 'Mihaja', 'Miarantsoa', 'Ntsoa', 'Tiako', 'Rija', 'Dera', 'Santatra', 'Mirado',
  'Tafita', 'Maminiaina', 'Fanomezana', 'Tsitohaina', 'Ranto', 'Antsa', 'Harimanana', 'Haingonirina', 'Lova',
  'Nirina', 'Lanto', 'Hasina', 'Nomena', 'Sitraka', 'Aina', 'Tiana', 'Harinjaka', 'Tokinirina', 'Andrianina',
  'Mamitiana', 'Rantoniaina', 'Tsiferana', 'Manoa', 'Rivonandrasana', 'Tojonirina', 'Heriliva', 'Fanambinana',
  'Mendrika', 'Njakatiana', 'Tahiana', 'Fitahiana', 'Valisoa', 'Hasinjaka', 'Nambinina', 'Rivoharisoa', 'Zaka',
  'Ravelo', 'Fanantenana', 'Miharisoa', 'Andrinirina', 'Herimanitra', 'Tolojanahary', 'Liva', 'Hajarivony',
  'Rojo', 'Lantonirina', 'Onitiana', 'Mahenina', 'Sombiniaina', 'Nofy', 'Voninjara', 'Fanilo',
]; // prettier-ignore
export const MG_SURNAMES = [
  'Rakotomalala', 'Rakotondrabe', 'Randrianarisoa', 'Razafindrakoto', 'Rasoanaivo', 'Andrianjafy', 'Ravelojaona',
  'Rakotoarisoa', 'Rakotonirina', 'Randriamampionona', 'Razafimahatratra', 'Rasolofonirina', 'Rakotovao',
  'Randrianasolo', 'Razanamparany', 'Andriamanantena', 'Rajaonarison', 'Ravoninahitriniarivo', 'Raharimalala',
  'Rahariniaina', 'Ralaivao', 'Ramarokoto', 'Rasolonjatovo', 'Ratsimbazafy', 'Rakotozafy', 'Randriamanantena',
  'Andrianasolo', 'Razafindrabe', 'Rabarijaona', 'Ramiandrisoa', 'Rasamoelina', 'Rakotondramanana', 'Ramanankasina',
  'Ratovonirina', 'Rasoamanana', 'Razafinjatovo', 'Andriambololona', 'Rakotobe', 'Randrianjatovo', 'Ravelomanana',
  'Rajaonah', 'Rasoarimanana', 'Ranaivoson', 'Rabesahala', 'Rabenoro', 'Rafanomezantsoa', 'Randriamahefa',
  'Rakotoson', 'Razakamanana', 'Ramaroson', 'Andrianaivo', 'Rakotomanga', 'Razafimandimby', 'Ratsimandresy',
  'Rabenandrasana', 'Ramahefarison', 'Rasoloarison', 'Rakotoarimanana', 'Randrianantenaina', 'Razafindramary',
  'Rajaonarivelo', 'Andriantsoa', 'Rabearison', 'Raherimandimby', 'Ralambomanana', 'Rasolomampionona', 'Raveloson',
  'Rakotonandrasana', 'Randrianaly', 'Razafiarison', 'Razanakoto', 'Ramananarivo', 'Andrianirina', 'Rafidimanana',
  'Rakotondravelo', 'Rasetra', 'Ramamonjisoa', 'Rafaralahy', 'Randrianavony', 'Rakotomavo', 'Andriamialison',
  'Ranaivoarisoa', 'Rasamimanana', 'Ravelonarivo', 'Razafintsalama', 'Rakotosaona', 'Andriamasinoro', 'Rajemison',
  'Randriamiarisoa', 'Ramanandraibe', 'Rasolondraibe', 'Rakotondrainibe', 'Rafenomanjato', 'Razafitsiferana',
  'Ratsiferana', 'Andrianoelina', 'Rabemanantsoa', 'Rakotojaona', 'Ramanitrera', 'Razafimaharo', 'Andriamanjato',
  'Tsimandrasana', 'Befeno', 'Bezara', 'Velomanana', 'Zafimahova', 'Tsimbazafy', 'Rabetsitonta', 'Randrianaivo',
  'Rakotondrasoa', 'Ramilison', 'Razafindrazaka', 'Rasoanirina', 'Rakotoniaina', 'Andriamampianina', 'Rahelison',
  'Ravonjiarisoa', 'Rabemiafara', 'Randriantsimba', 'Razafindratsima', 'Ramanantenasoa', 'Rakotoarivony',
  'Andrianomenjanahary', 'Ratsimba', 'Rasolofomanana', 'Ranarison', 'Rajaonera', 'Razafimbelo', 'Rakotondrazaka',
  'Randriambololona', 'Rabenjamina', 'Ramiarison', 'Rasoamiaramanana', 'Andriamahazo', 'Razanajatovo', 'Rakotomamonjy',
  'Rafalimanana', 'Randrianarivelo', 'Ramanantsialonina', 'Rasoafara', 'Ravalison', 'Tsiandopy', 'Botozaza',
  'Mananjara', 'Rakotondratsima', 'Razafimanantsoa', 'Randriamihaja', 'Rabemaharo', 'Ralaiarison', 'Rasolondrainy',
]; // prettier-ignore

/** Sinhalese given names. */
export const SI_FEMALE = [
  'Dilrukshi', 'Chathurika', 'Sanduni', 'Nadeesha', 'Tharushi', 'Kumudini', 'Sandamali', 'Dilani', 'Nilmini',
  'Chamari', 'Shanika', 'Hasini', 'Madushani', 'Upeksha', 'Thilini', 'Ruwani', 'Sachini', 'Kaushalya', 'Anoma',
  'Iresha', 'Dinithi', 'Nethmi', 'Senuri', 'Hiruni', 'Yasodha', 'Dulani', 'Gayani', 'Nayomi', 'Piumi', 'Sewwandi',
  'Thisari', 'Vindya', 'Oshadhi', 'Nimesha', 'Chandima', 'Malsha', 'Imalka', 'Lakmini', 'Samanthi', 'Erandi',
  'Kanchana', 'Dilhani', 'Subhashini', 'Wathsala', 'Dinusha', 'Sithara', 'Hansika', 'Mihiri', 'Kalpani', 'Achini',
  'Nilusha', 'Upuli', 'Sanjeewani', 'Chathuri', 'Ruvini', 'Pabasara', 'Sajini', 'Kasuni', 'Nisansala', 'Geethika',
  'Nadeeka', 'Chathurangi', 'Lasanthi', 'Induni', 'Sewmini', 'Dilushi', 'Ishanka', 'Madhavi', 'Nirasha',
  'Pramodya', 'Rasanjali', 'Sandya', 'Thakshila', 'Udari', 'Wasana', 'Yashodhara', 'Amali', 'Bhagya', 'Chalani',
  'Deshani', 'Githmi', 'Hasanthi', 'Inoka', 'Jayani', 'Kumari', 'Lakshika', 'Manori', 'Nimali', 'Oshani', 'Pavithra',
  'Rangika', 'Samadhi', 'Tharaka', 'Umeshika', 'Vihanga', 'Wasanthi', 'Yamuna', 'Dulmini', 'Hashini', 'Mahesha',
  'Nuwanthi', 'Sulochana', 'Thamara', 'Harshani', 'Chamodi', 'Kavindya', 'Minoli', 'Tharanga',
]; // prettier-ignore
export const SI_MALE = [
  'Nuwan', 'Kasun', 'Tharindu', 'Lahiru', 'Chaminda', 'Ruwan', 'Sampath', 'Asanka', 'Chathura', 'Nalin', 'Kusal',
  'Dhanushka', 'Thilina', 'Isuru', 'Janaka', 'Kumara', 'Saman', 'Upul', 'Prasanna', 'Buddhika', 'Chamara',
  'Gamini', 'Lalith', 'Wasantha', 'Priyantha', 'Nishantha', 'Dulanjan', 'Heshan', 'Yasiru', 'Sahan', 'Pasindu',
  'Navindu', 'Sachith', 'Kavindu', 'Ravindu', 'Charith', 'Malinda', 'Eranga', 'Supun', 'Madhawa', 'Chanaka',
  'Rangana', 'Samitha', 'Shehan', 'Sandun', 'Hasitha', 'Pubudu', 'Nuwantha', 'Asitha', 'Duminda', 'Sameera',
  'Nalaka', 'Senaka', 'Gihan', 'Lakshan', 'Akila', 'Bandula', 'Jagath', 'Lakmal', 'Mangala', 'Niroshan', 'Prabath',
  'Rukshan', 'Sudath', 'Thushara', 'Udaya', 'Vimukthi', 'Chinthaka', 'Sisira', 'Keerthi', 'Indika', 'Jayantha',
  'Athula', 'Suranga', 'Chamil', 'Kelum', 'Dammika', 'Nimal', 'Piyal', 'Kithsiri', 'Upali', 'Palitha', 'Ranjith',
  'Premasiri', 'Wijesiri', 'Gunadasa', 'Somapala', 'Karunasena', 'Amila', 'Bimsara', 'Chandana', 'Dilan',
  'Eshan', 'Gayan', 'Hiran', 'Irosh', 'Janith', 'Kanishka', 'Lasantha', 'Mahesh', 'Nipun', 'Oshada', 'Pathum',
  'Ramesh', 'Sanjaya', 'Thisath', 'Uditha', 'Viraj', 'Yohan', 'Danushka', 'Harendra', 'Ishara', 'Kosala', 'Mahela',
  'Nadun', 'Roshan', 'Sumedha', 'Tharaka', 'Waruna',
]; // prettier-ignore
export const SI_SURNAMES = [
  'Gunawardena', 'Bandara', 'Herath', 'Rathnayake', 'Wijesinghe', 'Weerasinghe', 'Ekanayake', 'Abeysekera',
  'Amarasinghe', 'Samarasinghe', 'Siriwardena', 'Wijeratne', 'Jayasinghe', 'Liyanage', 'Kodikara', 'Hettiarachchi',
  'Kariyawasam', 'Pathirana', 'Weerasekara', 'Gamage', 'Ranasinghe', 'Munasinghe', 'Ratnayake', 'Seneviratne',
  'Gunasekara', 'Gunaratne', 'Edirisinghe', 'Wickramaratne', 'Dharmadasa', 'Wanigasekara', 'Ariyawansa',
  'Kulatunga', 'Abeywardena', 'Ranaweera', 'Samaraweera', 'Nanayakkara', 'Weerakoon', 'Wijewardena', 'Jayatilleke',
  'Dissanayaka', 'Pushpakumara', 'Kumarasinghe', 'Ilangakoon', 'Madugalle', 'Tennakoon', 'Karunanayake',
  'Wijesekara', 'Hewage', 'Rupasinghe', 'Thilakaratne', 'Wimalasena', 'Jayakody', 'Ratnasiri', 'Premaratne',
  'Kumarage', 'Gunathilaka', 'Balasuriya', 'Dasanayake', 'Kaluarachchi', 'Senaratne', 'Wijetunga', 'Amunugama',
  'Vithanage', 'Hapuarachchi', 'Rajakaruna', 'Weeraratne', 'Athukorala', 'Wettasinghe', 'Dahanayake',
  'Wickremasekera', 'Somaratne', 'Upasena', 'Jayalath', 'Piyasena', 'Karunathilaka', 'Malalasekera', 'Ekanayaka',
  'Jayamaha', 'Wijekoon', 'Opatha', 'Pallewatte', 'Gunawardana', 'Illangasinghe', 'Dolawatte', 'Muthukumarana',
  'Kumarasiri', 'Wickramanayake', 'Weerawardena', 'Samarakoon', 'Wijayaratne', 'Senevirathna', 'Rathnayaka',
  'Jayaweera', 'Dassanayake', 'Kularatne', 'Abeyratne', 'Amarasekara', 'Gunatilake', 'Mudalige', 'Ratnayaka',
  'Galappatti', 'Wanniarachchi', 'Egodage', 'Gunasinghe', 'Yapa', 'Hettige', 'Kankanamge', 'Ariyadasa',
  'Dharmasiri', 'Embuldeniya', 'Gamlath', 'Hemachandra', 'Jayasekara', 'Kalansooriya', 'Lokuge', 'Manamperi',
  'Nawarathna', 'Palihawadana', 'Rajapakshe', 'Sumanasekara', 'Udugama', 'Wanasinghe', 'Wedage', 'Alahakoon',
  'Bogahawatte', 'Dehideniya', 'Ediriweera', 'Gallage', 'Halangoda', 'Jayarathne', 'Karunaratna', 'Lekamge',
  'Mallawarachchi', 'Nishshanka', 'Pinnaduwa', 'Rambukwella', 'Senarath', 'Thennakoon', 'Vidanage', 'Walisundara',
  'Yatawara', 'Abeysinghe', 'Dodangoda', 'Gunarathna', 'Hulangamuwa', 'Kiriella', 'Liyanarachchi', 'Marasinghe',
]; // prettier-ignore
/** Sinhalese ge-names (the lineage name, ending in -ge, written before the given names on official papers). */
export const SI_GE_NAMES = [
  'Hettiarachchige', 'Mudiyanselage', 'Pathiranage', 'Kankanamalage', 'Appuhamilage', 'Arachchige', 'Vidanalage',
  'Mohottalage', 'Gamaralalage', 'Badalge', 'Waduge', 'Pedige', 'Liyanaralalage', 'Dewage', 'Mendige',
  'Kuruppuarachchige', 'Hewa Pathiranage', 'Wickrama Arachchige', 'Liyana Pathiranage', 'Herath Mudiyanselage',
]; // prettier-ignore

/** Faroese given names, with the letters of Faroese (á í ó ú ý ø æ ð). */
export const FO_FEMALE = [
  'Sunnvá', 'Turið', 'Oddvør', 'Ásla', 'Marjun', 'Bjarta', 'Gunnvá', 'Ingibjørg', 'Rannvá', 'Sólja', 'Jórun',
  'Beinta', 'Hjørdis', 'Sigrið', 'Magnhild', 'Ólavá', 'Sólrun', 'Rakul', 'Birita', 'Hervør', 'Tóra', 'Bára',
  'Elspa', 'Fríðrún', 'Jensina', 'Óluva', 'Randa', 'Vár', 'Vónbjørt', 'Gyða', 'Tórunn', 'Durita', 'Jóna', 'Rúna',
  'Signhild', 'Sólbjørg', 'Bergljót', 'Gunnhild', 'Hallbera', 'Jórunn', 'Kristianna', 'Lív', 'Oddfríð', 'Ragnvør',
  'Róa', 'Svanhild', 'Tóva', 'Unn', 'Vígdis', 'Herborg', 'Ásrún', 'Brynja', 'Eyðgunn', 'Fríða', 'Guðrið',
  'Hildigunn', 'Kristin', 'Margreta', 'Petrea', 'Rógva', 'Sigvør', 'Torvør',
  'Valdis', 'Ásbjørg', 'Bjørg', 'Eyðvør', 'Gudny', 'Heiðrun', 'Jóhanna', 'Kamma', 'Marin',
  'Nanna', 'Rannveig', 'Sigga', 'Súsanna', 'Tórhild', 'Tummasina', 'Ebba', 'Sunnvør', 'Esther',
]; // prettier-ignore
export const FO_MALE = [
  'Sjúrður', 'Bárður', 'Heðin', 'Eyðun', 'Rógvi', 'Jógvan', 'Rúni', 'Tróndur', 'Sámal', 'Hanus', 'Jákup',
  'Pauli', 'Símun', 'Óluf', 'Hallur', 'Høgni', 'Magni', 'Dánjal', 'Eirikur', 'Finnur', 'Gutti', 'Hergeir', 'Kári',
  'Leivur', 'Regin', 'Sverri', 'Tórur', 'Tummas', 'Uni', 'Vagnur', 'Árni', 'Bjarni', 'Brandur', 'Dávur', 'Esmar',
  'Fróði', 'Gilli', 'Hjalgrím', 'Ísak', 'Jóannes', 'Jónleif', 'Karstin', 'Kristoffur', 'Mortan', 'Ólavur',
  'Pætur', 'Rókur', 'Sigurð', 'Sólfinn', 'Steingrím', 'Súni', 'Torstein', 'Tóroddur', 'Andrias', 'Atli', 'Bogi',
  'Fríði', 'Gunnleivur', 'Hákun', 'Heini', 'Kjartan', 'Meinhard', 'Oddur', 'Rani', 'Sámur', 'Sveinur', 'Tórarin',
  'Uggi', 'Høskuldur', 'Arnbjørn', 'Jóhan', 'Justinus', 'Lútzen', 'Oyvindur', 'Páll', 'Annfinn', 'Gunnar',
  'Hjørleif', 'Jústinus', 'Kristian', 'Niclas', 'Óli', 'Petur', 'Rasmus', 'Sigmar', 'Sjúrði', 'Tórbjørn',
  'Vilhjálmur', 'Ragnar', 'Eli', 'Erlendur', 'Hugin', 'Jónfinn', 'Ólavur', 'Tórfinnur', 'Bartal', 'Johnsvein',
]; // prettier-ignore
export const FO_SURNAMES = [
  'Joensen', 'Poulsen', 'Niclasen', 'Patursson', 'Johannesen', 'Nolsøe', 'Hoydal', 'Skaale', 'Gaardbo', 'Danielsen',
  'Lamhauge', 'Zachariasen', 'Magnussen', 'Weihe', 'Lützen', 'Haraldsen', 'Thorsteinsson', 'Vang', 'Ellefsen',
  'Simonsen', 'Eliasen', 'Gregersen', 'Michelsen', 'Debes', 'Restorff', 'Dalsgaard', 'Kjærbo', 'Midjord', 'Lisberg',
  'Høgnesen', 'Arge', 'Sólsker', 'Hentze', 'Reinert', 'Kallsberg', 'Heinason', 'Jákupsstovu', 'Mouritsen', 'Næs',
  'Steinhólm', 'Sivertsen', 'Fuglø', 'Dahl', 'Berg', 'Rasmussen', 'Kass', 'Winther', 'Mikkelsen',
  'Justinussen', 'Lamhauge', 'Olsen', 'Sigurðsson', 'Høj', 'Jespersen', 'Mohr', 'Nielsen', 'Øster', 'Apol', 'Arnason',
  'Biskopstø', 'Christiansen', 'Djurhuus', 'Gaard', 'Hammershaimb', 'Isholm',
  'Jacobsen', 'Kjeld', 'Langgaard', 'Mørkøre', 'Nattestad', 'Petersen', 'Ravnsfjall', 'Samuelsen', 'Tausen',
  'Vestergaard', 'Ziska', 'Abrahamsen', 'Brimnes', 'Dam', 'Egholm', 'Fossdal', 'Heinesen', 'Ingason',
  'Jensen', 'Leo', 'Mortensen', 'Norðberg', 'Ólason', 'Reinert', 'Tróndheim',
  'Árting', 'Bláfeld', 'Hovgaard', 
  'Rein', 'Vestergaard',
]; // prettier-ignore
/** Faroese farm surnames with a preposition: á (on), í (in), við (by), undir (under), úr (from). */
export const FO_FARM_SURNAMES = [
  'á Lakjuni', 'í Dali', 'í Skorini', 'við Á', 'undir Leitinum', 'á Ryggi', 'á Rógvu', 'úr Konoy', 'í Geil',
  'á Steig', 'í Líð', 'við Stein', 'á Fløtum', 'í Túni', 'á Heygum', 'í Jákupsstovu', 'undir Bakkanum', 'við Gjógv',
  'á Mýrini', 'í Kálvalíð', 'á Horni', 'í Gerðinum', 'á Lofti', 'undir Hamri',
]; // prettier-ignore
/** Faroese fathers' names and their genitive, from which a patronymic is formed (Heðin → Heðinsson, Heðinsdóttir). */
export const FO_PATRONYMICS: readonly [string, string][] = [
  ['Heðin', 'Heðins'], ['Jógvan', 'Jógvans'], ['Sjúrður', 'Sjúrðar'], ['Bárður', 'Bárðar'], ['Rógvi', 'Rógva'],
  ['Eyðun', 'Eyðuns'], ['Tróndur', 'Tróndar'], ['Símun', 'Símuns'], ['Sámal', 'Sámals'], ['Jákup', 'Jákups'],
  ['Rúni', 'Rúna'], ['Dánjal', 'Dánjals'], ['Leivur', 'Leivs'], ['Magni', 'Magna'], ['Høgni', 'Høgna'],
  ['Kári', 'Kára'], ['Regin', 'Regins'], ['Finnur', 'Finns'], ['Hallur', 'Halls'], ['Brandur', 'Brands'],
  ['Árni', 'Árna'], ['Bjarni', 'Bjarna'], ['Atli', 'Atla'], ['Heini', 'Heina'], ['Súni', 'Súna'],
  ['Mortan', 'Mortans'], ['Kjartan', 'Kjartans'], ['Fróði', 'Fróða'], ['Hergeir', 'Hergeirs'], ['Tórur', 'Tórs'],
  ['Sverri', 'Sverra'], ['Ólavur', 'Ólavs'], ['Hákun', 'Hákunar'], ['Oddur', 'Odds'], ['Uni', 'Una'],
]; // prettier-ignore
