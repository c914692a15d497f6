// The name lists of this set, written by its author from general knowledge (no other set's names, no faker locale,
// no detector's list was read to make them). names.ts filters them (ordinary words of the six languages, faker names
// of every Latin-script locale, widely known figures, short tokens) into inputs/names.json, and the build drops every
// name with a token of another set's PERSON spans.
// - Lao (Laos): given names and family names as Lao passports and the diaspora romanise them (x for the s of ຊ, ph,
//   th and kh for aspirated consonants, ou for u, vanh, vong, savanh); the given name comes first, also in Laos.
// - Pashtun (Afghanistan, Pakistan): Pashto given names (many with -ullah, many Pashto words: Zalmai, Palwasha) and
//   the tribal and family names that Pashtuns carry as surnames (-zai, -khel, -wal, -i).
// - Rwandan (Kinyarwanda): personal names that are sentences or wishes of Kinyarwanda; a Rwandan has a name of their
//   own that is not inherited, often a second one that serves as the surname on forms, and kin share none of them
//   (names in Muka- and Nyira- are women's).

export const LA_FEMALE = [
  'Souksavanh', 'Khamla', 'Phonesavanh', 'Manivanh', 'Daovone', 'Viengkham', 'Viengsavanh', 'Ketsana', 'Mayouly',
  'Phetsamay', 'Douangchanh', 'Latsamy', 'Phimpha', 'Sengdao', 'Bouavanh', 'Bouaphan', 'Bouakham', 'Chansamone',
  'Chanthavone', 'Davone', 'Douangta', 'Douangmany', 'Inthava', 'Khamphouvanh', 'Kinnaly', 'Lamphone', 'Manichanh',
  'Manysone', 'Mayoura', 'Nouanthong', 'Nouphanh', 'Nokeo', 'Oulayvanh', 'Outhaivanh', 'Palamy', 'Phaivanh',
  'Phengphet', 'Phouvieng', 'Sengchanh', 'Sengaloun', 'Simala', 'Sisouk', 'Somphet', 'Sonesavanh', 'Souvanny',
  'Soudalay', 'Souphaphone', 'Thipphavanh', 'Thongkhoun', 'Vannaly', 'Vanhmany', 'Viengthong', 'Vilayvanh',
  'Ammaly', 'Anousa', 'Bouasy', 'Chindavanh', 'Dalavanh', 'Dalouny', 'Keomala', 'Khonkeo', 'Lattana', 'Nalinh',
  'Nithsany', 'Noudeng', 'Onkeo', 'Phetmany', 'Saengdao', 'Sisavanh', 'Soutchay', 'Thidavanh', 'Vatsana',
  'Vongdeuane', 'Amphayvanh', 'Bounmala', 'Chanphen', 'Douangdeuane', 'Khamsy', 'Kongmany', 'Malaykham', 'Manola',
  'Noukham', 'Onevanh', 'Phailin', 'Phonekeo', 'Phoukham', 'Sengkeo', 'Somsanith', 'Soukdavanh',
  'Souphavanh', 'Thongvone', 'Vanida', 'Viengsamay', 'Xaymany', 'Ketkeo', 'Khampheng', 'Malavanh', 'Nouansy',
  'Phetlamphone', 'Sivone', 'Sommany', 'Vanhdy', 'Xaysamone', 'Bounyong', 'Chanthasy', 'Khounkham', 'Inpanh',
  'Mindavanh', 'Phoutsady', 'Sengsouda', 'Vannasinh', 'Vilaykham', 'Davanh', 'Lamphoune', 'Khammala', 'Noushine',
  'Souliya', 'Thavone', 'Vongmany', 'Phetsamone', 'Soukkaseum', 'Manyvone', 'Chanthaly',
]; // prettier-ignore

export const LA_MALE = [
  'Somphone', 'Bounmy', 'Khamphet', 'Bounthong', 'Sengphet', 'Khamsone', 'Thongchanh', 'Somsanouk', 'Bounleuang',
  'Sisouphanh', 'Vilaysack', 'Khamphoui', 'Somxay', 'Sommay', 'Somchith', 'Bounpheng', 'Khamtanh', 'Khamseng',
  'Soulivanh', 'Soulisack', 'Outhai', 'Outhit', 'Phouvong', 'Phoutthasone', 'Saysamone', 'Sengsouly', 'Sithong',
  'Siphanh', 'Viengkeo', 'Vanhxay', 'Vongsay', 'Xaysomphou', 'Phonsay', 'Phonsy', 'Phoumy', 'Thongdy', 'Thongkham',
  'Thongphet', 'Thongvanh', 'Bounkeut', 'Bounlieng', 'Bounsou', 'Bountheung', 'Bounpone', 'Chanthone', 'Chanthavy',
  'Daovong', 'Douangdy', 'Inpeng', 'Inthong', 'Kongkham', 'Khamphan', 'Khamphong', 'Khamvanh', 'Khonesavanh',
  'Manolack', 'Noukone', 'Oudomsy', 'Phanthong', 'Santisouk', 'Sayphone', 'Somboun', 'Somdeth', 'Somphavanh',
  'Sonexay', 'Souksakhone', 'Soukaloun', 'Sounthone', 'Soutsakhone', 'Thavisack', 'Vilaphong', 'Visay', 'Vixay',
  'Xayphone', 'Xaybandith', 'Anousone', 'Anousith', 'Aloun', 'Bounsaveng', 'Khamfong', 'Phetsavanh', 'Phouthone',
  'Somvang', 'Souphap', 'Thammasith', 'Thongsavath', 'Vatthana', 'Xaysavanh', 'Bouakhay', 'Saysana', 'Siamphone',
  'Somneuk', 'Somsack', 'Sonesouk', 'Thongbay', 'Vanhsy', 'Bounchanh', 'Bounlap', 'Chanpheng', 'Douangphet',
  'Hongthong', 'Inthachak', 'Kettavong', 'Khamsouk', 'Khamkeo', 'Khonsavanh', 'Lamngeun', 'Noukhanh', 'Oudone',
  'Phetdavanh', 'Phonsavath', 'Sakhone', 'Sengdeuane', 'Sisomphou', 'Sivilay', 'Somkhit', 'Souvanxay', 'Thanongsak',
  'Thongsouk', 'Vongphet', 'Xaysongkham', 'Bounhom', 'Chanthakhoun', 'Khamsing', 'Noupheng', 'Oudomphone',
  'Phouvieng', 'Sengkham', 'Somphou', 'Souvanthong', 'Vannasone', 'Vongdeuane', 'Xayyavong', 'Bouakeo', 'Khampone',
  'Lamphanh', 'Phonepasong', 'Somlith', 'Thongmy', 'Keovisith', 'Sithixay', 'Bounthavy', 'Kaysone', 'Thongloun',
]; // prettier-ignore

export const LA_SURNAMES = [
  'Vongsavath', 'Phommachanh', 'Keomany', 'Sengdara', 'Sihalath', 'Inthavong', 'Chanthavong', 'Souvannavong',
  'Phanthavong', 'Xayavong', 'Siharath', 'Sayasith', 'Phimmasone', 'Douangmala', 'Keobounphanh', 'Luangrath',
  'Manivong', 'Vongphachanh', 'Khounvilay', 'Phouthavong', 'Rattanavong', 'Sisomphone', 'Thongsavanh', 'Inthirath',
  'Sysavath', 'Soulivong', 'Syhalath', 'Sengmany', 'Phonsavanh', 'Keovilay', 'Souksavath', 'Vannasouk',
  'Bounphakom', 'Chanthalangsy', 'Daravong', 'Sisouvong', 'Keophilavong', 'Phommavongsa', 'Vilaysouk',
  'Khammanivong', 'Sayavong', 'Sinthavong', 'Phoumisavanh', 'Saythongvanh', 'Thipphavong', 'Vongkhamsao',
  'Sombounkhanh', 'Keovongsa', 'Bounmixay', 'Inthapanya', 'Phanthamixay', 'Latsavong', 'Khounphakdy',
  'Souliyavong', 'Sithideth', 'Vongsouthi', 'Phanouvong', 'Chounlamany', 'Keosavanh', 'Norasing', 'Phanthalangsy',
  'Xayasith', 'Sengsoulivong', 'Douangphachanh', 'Malaythong', 'Philavong', 'Souphanthong', 'Thepphavong',
  'Vongphakdy', 'Chanthaphone', 'Khamvongsa', 'Phengsavanh', 'Sivongsay', 'Sayarath', 'Xaignavong',
  'Oudomphanh', 'Viravong', 'Phommasouvanh', 'Sayaseng', 'Vongxay', 'Inthalangsy', 'Khantivong', 'Thammalangsy',
  'Xayarath', 'Sisaleumsak', 'Phothisane', 'Keodouangsy', 'Vilayhong', 'Kommanivanh', 'Phimmachak',
  'Souvannasoth', 'Luangkhot', 'Sirivong', 'Sourivong', 'Bouttavong', 'Chanthasouk', 'Duangsavanh', 'Hompangna',
  'Insisiengmay', 'Kanyasone', 'Keomanivong', 'Khamphoumy', 'Lattanavong', 'Manisouk', 'Nanthavong',
  'Ounkham', 'Phakeovilay', 'Phetsomphou', 'Phomsouvanh', 'Phouangmala', 'Rasphone', 'Saignavongs', 'Sengkhamyong',
  'Sibounheuang', 'Singharath', 'Sisavong', 'Soukhaseum', 'Southammavong', 'Thammavongsa', 'Thongphanh',
  'Vannavong', 'Vixaysouk', 'Vongprachanh', 'Xaymountry', 'Xaysombath', 'Khounnoraj', 'Sidavong', 'Phetchanpheng',
  'Thammavong', 'Phomvihane', 'Vorachith', 'Sisoulith', 'Bouphavanh', 'Siphandone',
]; // prettier-ignore

export const PS_FEMALE = [
  'Palwasha', 'Spogmai', 'Zarlasht', 'Wagma', 'Gulalai', 'Zarmina', 'Shinkai', 'Storai', 'Pashtana', 'Khatera',
  'Farishta', 'Roshana', 'Lailuma', 'Marghalara', 'Torpekai', 'Shugufa', 'Nazifa', 'Gulpari', 'Zarghuna', 'Wazhma',
  'Mursal', 'Mahjabin', 'Sumaira', 'Gulnaz', 'Gulmina', 'Gulshan', 'Zuhal', 'Tamana', 'Arezo', 'Muska', 'Mehwish',
  'Hila', 'Gulrukh', 'Badria', 'Shaista', 'Zakia', 'Sharifa', 'Nasima', 'Marwa', 'Husna', 'Bakhtawara', 'Spozhmai',
  'Nazaneen', 'Ghotai', 'Gulbashra', 'Ambreen', 'Pakiza', 'Sitara', 'Zargula', 'Shahgul', 'Nazbibi', 'Gulghotai',
  'Meena', 'Rangina', 'Shakila', 'Zarsanga', 'Khkulai', 'Bibigul', 'Nadera', 'Nazdana', 'Palwashay', 'Sadaf',
  'Sabra', 'Tahmina', 'Tooba', 'Uzma', 'Waheeda', 'Yasmeena', 'Zartaja', 'Zubaida', 'Naziya', 'Ruqaia', 'Samina',
  'Gulsoma', 'Hasiba', 'Kamila', 'Latifa', 'Mastura', 'Nafisa', 'Nargis', 'Rabiya', 'Saliha', 'Shabana', 'Shazia',
  'Zohal', 'Gulzara', 'Lemah', 'Momina', 'Neelab', 'Parwasha', 'Qandi', 'Raziya', 'Sabera', 'Shirinagha',
  'Spinama', 'Tajwara', 'Waslat', 'Zarina', 'Benafsha', 'Dunya', 'Fakhria', 'Hadisa', 'Khalida', 'Lalay', 'Mena',
  'Nagina', 'Nilab', 'Rahela', 'Sanga', 'Shukria', 'Taiba', 'Wajiha', 'Zamzama', 'Durkhanai', 'Malalai',
]; // prettier-ignore

export const PS_MALE = [
  'Zalmai', 'Ajmal', 'Wahidullah', 'Hayatullah', 'Samiullah', 'Hekmatullah', 'Rahmatullah', 'Asadullah', 'Jawed',
  'Malang', 'Ziar', 'Zarif', 'Rahmanullah', 'Ihsanullah', 'Obaidullah', 'Naqibullah', 'Kifayatullah', 'Shafiullah',
  'Mujibullah', 'Inayatullah', 'Atiqullah', 'Aminullah', 'Ainullah', 'Anwarullah', 'Azizullah', 'Baryalai',
  'Sherzad', 'Sherdil', 'Shahpoor', 'Paikan', 'Toryalai', 'Zarghun', 'Spinzar', 'Spingul', 'Gulzar', 'Gulbaz',
  'Nangialai', 'Lewanai', 'Zmarai', 'Zmarak', 'Rohullah', 'Noorullah', 'Qudratullah', 'Sadiqullah', 'Ehsanullah',
  'Fazlurahman', 'Gulbadin', 'Hamidullah', 'Jalaluddin', 'Khalilullah', 'Lutfullah', 'Mirajuddin', 'Nasrullah',
  'Qasimullah', 'Saifullah', 'Sardar', 'Shirzai', 'Wasiqullah', 'Yarmohammad',
  'Zabiullah', 'Zahidullah', 'Ahmadullah', 'Attaullah', 'Barakatullah', 'Dawlat', 'Faizullah', 'Ghulamullah',
  'Habiburahman', 'Izzatullah', 'Janagha', 'Karimullah', 'Momin', 'Nawab', 'Naseebullah', 'Paindah', 'Rafiullah',
  'Sabawoon', 'Shahwali', 'Sultanmohammad', 'Tawab', 'Ubaidullah', 'Wakil', 'Yousufzai', 'Zabihullah', 'Zarghon',
  'Gulbuddin', 'Khushal', 'Mirwais', 'Najibullah', 'Amanullah', 'Habibullah', 'Abdulhaq', 'Bahadar', 'Dilawar',
  'Fawad', 'Gulab', 'Hazratullah', 'Ikramullah', 'Javid', 'Khyber', 'Mangal', 'Nazar', 'Niamatullah', 'Obaid',
  'Pacha', 'Qais', 'Rasool', 'Sahil', 'Shamsullah', 'Tariq', 'Umar', 'Wazir', 'Younas', 'Zakirullah',
  'Zia', 'Abasin', 'Arsalan', 'Baheer', 'Daud', 'Farhad', 'Ghazi', 'Haseeb', 'Jamshed', 'Kamran', 'Mansoor',
  'Nabiullah', 'Omid', 'Parwiz', 'Rashed', 'Shoaib', 'Tamim', 'Wali', 'Yama', 'Zubair', 'Sangar', 'Shinwar',
  'Speenzar', 'Torkhan', 'Wadan', 'Khpalwak', 'Jahangir', 'Lalai', 'Maiwand',
]; // prettier-ignore

export const PS_SURNAMES = [
  'Ahmadzai', 'Stanikzai', 'Wardak', 'Shinwari', 'Mohmand', 'Popalzai', 'Barakzai', 'Achakzai', 'Alokozai',
  'Noorzai', 'Alizai', 'Ishaqzai', 'Khattak', 'Bangash', 'Orakzai', 'Safi', 'Sherzai', 'Zadran', 'Jadran', 'Niazi',
  'Kakar', 'Kharoti', 'Tarakai', 'Tanai', 'Andar', 'Sulaimankhel', 'Dawar', 'Mahsud', 'Marwat', 'Bettani', 'Jaji',
  'Mamozai', 'Utmankhel', 'Tokhi', 'Hotaki', 'Sadozai', 'Mohammadzai', 'Babakarkhel', 'Daulatzai', 'Kochai',
  'Khogyani', 'Jalalzai', 'Zazai', 'Muqbil', 'Paktiawal', 'Logari', 'Laghmani', 'Nangarhari', 'Zurmati', 'Kunari',
  'Ahmadkhel', 'Sultankhel', 'Babarkhel', 'Malikkhel', 'Jabarkhel', 'Alikhel', 'Musakhel', 'Hasankhel',
  'Dawlatkhel', 'Kamawal', 'Amarkhel', 'Arsala', 'Ghilzai', 'Tarin', 'Yusufzai', 'Mandokhel', 'Naseri', 'Sabari',
  'Khostai', 'Samkani', 'Gardezi', 'Ghaznawi', 'Helmandi', 'Kandahari', 'Nuristani', 'Paktiawall', 'Wazirkhel',
  'Muslimyar', 'Hamdard', 'Storikhel', 'Zarifi', 'Mangal', 'Jaghori', 'Akakhel', 'Bakhtiari', 'Durrani',
  'Yousafzai', 'Afridi', 'Hotak', 'Taraki', 'Karzai', 'Ghani', 'Ahmadi', 'Amiri', 'Azimi', 'Faizi', 'Habibi',
  'Hakimi', 'Jalali', 'Karimi', 'Lodin', 'Mujaddidi', 'Nabizada', 'Osmani', 'Qaderi', 'Rahimi', 'Sahak', 'Sediqi',
  'Shirzad', 'Taheri', 'Wahidi', 'Zaheer', 'Zaland', 'Zaman', 'Sapai', 'Bidar', 'Hotakzai', 'Kakakhel',
  'Mirzakhel', 'Ashna', 'Barekzai', 'Ghorzang', 'Hemat', 'Khpalwan', 'Lewal', 'Nangial', 'Pashtoonyar', 'Rohani',
  'Sargand', 'Speenghar', 'Tanha', 'Zakhilwal', 'Ahmadyar', 'Baryal', 'Dilgir', 'Gulbahar', 'Jahish', 'Khaksar',
  'Mashal', 'Paiwand', 'Rahmani', 'Shinwary', 'Wardag', 'Zahin',
]; // prettier-ignore

export const RW_FEMALE = [
  'Ishimwe', 'Ineza', 'Keza', 'Gwiza', 'Teta', 'Isimbi', 'Umutesi', 'Uwase', 'Mutoni', 'Kayitesi', 'Umuhoza',
  'Akaliza', 'Amahoro', 'Bwiza', 'Mahoro', 'Mutesi', 'Kirezi', 'Kaneza', 'Uwineza', 'Igihozo', 'Ihirwe', 'Impano',
  'Irakoze', 'Iribagiza', 'Isaro', 'Uwera', 'Umwali', 'Uwamahoro', 'Uwamariya', 'Umurerwa', 'Uwimbabazi',
  'Uwingabire', 'Umulisa', 'Kabanyana', 'Kampire', 'Kankindi', 'Kanyana', 'Umutoni', 'Gahongayire', 'Dusabe',
  'Tuyisenge', 'Uwizeye', 'Uwitonze', 'Uwamwezi', 'Ukwishaka', 'Ingabire', 'Iradukunda', 'Ganza', 'Ikirezi',
  'Iriza', 'Ituze', 'Kamaliza', 'Kantengwa', 'Karabo', 'Munezero', 'Mwiza', 'Nishimwe', 'Shimwa',
  'Tuza', 'Umuganwa', 'Umwiza', 'Uwacu', 'Uwayo', 'Uwimana', 'Ingeri', 'Ikuzwe', 'Icyeza', 'Imena', 'Inkindi',
  'Intwari', 'Isheja', 'Kaligirwa', 'Kamariza', 'Kanyange', 'Kezia', 'Mbabazi', 'Mukundente', 'Nyampinga',
  'Nziza', 'Rukundo', 'Shami', 'Tumukunde', 'Umuhire', 'Umunyana', 'Uwonkunda',
  'Akimana', 'Ashimwe', 'Giramata', 'Gatesi', 'Ihogoza', 'Ikaze', 'Iyumva', 'Kagoyire', 'Kamanzi', 'Kabatesi',
  'Kayirangwa', 'Mukamisha', 'Mutamuliza', 'Muteteri', 'Niyigena', 'Tuyizere', 'Umugwaneza', 'Umuraza',
  'Umutangana', 'Uwamungu', 'Uwanyirigira', 'Uwantege', 'Uwitije', 'Yvonnette',
]; // prettier-ignore

export const RW_MALE = [
  'Mugisha', 'Manzi', 'Hirwa', 'Cyusa', 'Mucyo', 'Ntwari', 'Kwizera', 'Shema', 'Kalisa', 'Gatete', 'Rugamba',
  'Gasana', 'Ganza', 'Habimana', 'Hakizimana', 'Harerimana', 'Niyonzima', 'Niyonsenga', 'Niyitegeka',
  'Nshimiyimana', 'Nsengimana', 'Nsengiyumva', 'Nzeyimana', 'Bizimana', 'Munyaneza', 'Ndayisaba', 'Twagirayezu',
  'Ndahiro', 'Mazimpaka', 'Rutayisire', 'Rwamucyo', 'Sebahire', 'Semana', 'Kabera', 'Karangwa', 'Karekezi',
  'Rukundo', 'Rurangwa', 'Rutagengwa', 'Rwagasana', 'Sibomana', 'Tuyishime', 'Uwizeyimana', 'Bimenyimana',
  'Byiringiro', 'Gakuba', 'Gakwaya', 'Hategekimana', 'Hitimana', 'Iyamuremye', 'Kanamugire', 'Kayiranga',
  'Mbarushimana', 'Mugabo', 'Mugenzi', 'Mukiza', 'Munyakazi', 'Murenzi', 'Murangwa', 'Musoni', 'Mutabazi',
  'Mutangana', 'Mwizerwa', 'Ngabo', 'Nkusi', 'Nsabimana', 'Nsanzimana', 'Ntambara', 'Nyandwi', 'Nzabonimpa',
  'Rugema', 'Rugira', 'Rwabuhungu', 'Sebatware', 'Sekamana', 'Shyaka', 'Twahirwa', 'Uwayezu', 'Habineza',
  'Ndagijimana', 'Nkundabagenzi', 'Ishimwe', 'Iradukunda', 'Irakoze', 'Ineza', 'Gisa', 'Igiraneza', 'Izere',
  'Mugwaneza', 'Nkurunziza', 'Kagame', 'Rwigema', 'Habyarimana', 'Kayibanda', 'Bucyana', 'Dushimimana',
  'Gahima', 'Gatera', 'Hakuzimana', 'Kamali', 'Kamanzi', 'Karasira', 'Kayumba', 'Kubwimana', 'Mbonigaba',
  'Mpayimana', 'Mudenge', 'Muhire', 'Mukunzi', 'Munyemana', 'Ndizeye', 'Ngendahimana', 'Niyibizi', 'Ntaganzwa',
  'Nteziryayo', 'Nzayisenga', 'Rudasingwa', 'Rugwiro', 'Rusanganwa', 'Rutabingwa', 'Sezibera', 'Sindikubwabo',
  'Tuyisenge', 'Twizeyimana', 'Uwamungu', 'Bagabo', 'Butera', 'Cyiza', 'Gashumba', 'Ishema',
  'Kagabo', 'Mugabe', 'Rwema', 'Sano', 'Shumbusho', 'Tona',
]; // prettier-ignore

/** Names that stand in the surname slot of forms: a Rwandan's own name that is not the one used first. */
export const RW_SURNAMES = [
  'Niyonzima', 'Habimana', 'Hakizimana', 'Harerimana', 'Niyonsenga', 'Niyitegeka', 'Nshimiyimana', 'Nsengimana',
  'Nsengiyumva', 'Nzeyimana', 'Bizimana', 'Munyaneza', 'Ndayisaba', 'Twagirayezu', 'Ndahiro', 'Mazimpaka',
  'Rutayisire', 'Rwamucyo', 'Sebahire', 'Kabera', 'Karangwa', 'Karekezi', 'Rukundo', 'Rurangwa', 'Rutagengwa',
  'Sibomana', 'Tuyishime', 'Uwizeyimana', 'Bimenyimana', 'Byiringiro', 'Gakuba', 'Gakwaya', 'Hategekimana',
  'Hitimana', 'Iyamuremye', 'Kanamugire', 'Kayiranga', 'Mbarushimana', 'Mugabo', 'Mugenzi', 'Munyakazi',
  'Murenzi', 'Murangwa', 'Musoni', 'Mutabazi', 'Mwizerwa', 'Nkusi', 'Nsabimana', 'Nsanzimana', 'Nyandwi',
  'Nzabonimpa', 'Rugema', 'Sekamana', 'Shyaka', 'Twahirwa', 'Uwayezu', 'Habineza', 'Ndagijimana', 'Uwimana',
  'Tuyisenge', 'Dusabimana', 'Twizerimana', 'Iradukunda', 'Niyigena', 'Akimana', 'Dushimimana', 'Hakuzimana',
  'Kubwimana', 'Mbonigaba', 'Mpayimana', 'Munyemana', 'Ndizeye', 'Ngendahimana', 'Niyibizi', 'Nzayisenga',
  'Rudasingwa', 'Rusanganwa', 'Rutabingwa', 'Sezibera', 'Twizeyimana', 'Uwamungu', 'Ntakirutimana', 'Nahimana',
  'Ngirabatware', 'Bagosora', 'Rusesabagina', 'Ndayishimiye', 'Twagiramungu', 'Uwilingiyimana', 'Niyonshuti',
  'Ilibagiza', 'Kayirebwa', 'Mukasonga', 'Ndayambaje', 'Bizumuremyi', 'Habiyaremye', 'Hagenimana', 'Kamanzi',
  'Mugiraneza', 'Mukeshimana', 'Ndikumana', 'Nizeyimana', 'Nsabimana', 'Ntirenganya', 'Nyiringabo', 'Rwigamba',
  'Semuhungu', 'Sinzabakwira', 'Tuyizere', 'Uwamahoro', 'Bayingana', 'Gasamagera', 'Kabandana', 'Kalimba',
  'Mutsinzi', 'Nduwayo', 'Nkubito', 'Rwabukamba', 'Sebarenzi', 'Urayeneza',
]; // prettier-ignore

/** Names in the surname slot that only women bear (Muka- "wife of", Nyira- "mother of"). */
export const RW_SURNAMES_FEMALE = [
  'Mukamana', 'Mukeshimana', 'Mukandayisenga', 'Mukamurenzi', 'Mukarugwiza', 'Mukansanga', 'Murekatete',
  'Nyiraneza', 'Nyirahabimana', 'Nyiramana', 'Nyirabagenzi', 'Nyiramahoro', 'Mukangango', 'Mukamazimpaka',
  'Mukabalisa', 'Mukagasana', 'Mukakalisa', 'Mukamusoni', 'Mukandoli', 'Mukangoga', 'Mukantabana', 'Mukanyandwi',
  'Mukarurangwa', 'Mukasine', 'Mukayiranga', 'Nyirabizeyimana', 'Nyirahabiyambere', 'Nyirakamana', 'Nyiransabimana',
  'Nyirasafari', 'Nyiratunga', 'Mukanoheli', 'Mukamwiza', 'Mukabera', 'Nyirarukundo', 'Mumureke', 'Uwamariya',
  'Uwineza', 'Uwimbabazi', 'Uwingabire', 'Umutoni', 'Kayitesi', 'Mukamwezi', 'Nyiraminani', 'Mukakayumba',
]; // prettier-ignore
