// Nationality and demonym words: adjectives and plural nouns, grouped by the place they refer to.
import { pipeList } from './list';

// Each group is "Place=Word,Word": the first word is the adjective, the rest are nouns.
// A group with an empty place ("=Pashtun,Pashtuns") is an ethnic or bloc word with no single place.
const GROUPS = pipeList(`
Afghanistan=Afghan,Afghans|Albania=Albanian,Albanians|Algeria=Algerian,Algerians|Andorra=Andorran|
Angola=Angolan,Angolans|Argentina=Argentine,Argentinian,Argentines,Argentinians|Armenia=Armenian,Armenians|
Australia=Australian,Australians,Aussie,Aussies|Austria=Austrian,Austrians|Azerbaijan=Azerbaijani,Azerbaijanis,Azeri,Azeris,Azerbaijanian|
Bahamas=Bahamian,Bahamians|Bahrain=Bahraini,Bahrainis|Bangladesh=Bangladeshi,Bangladeshis|Barbados=Barbadian,Bajan|
Belarus=Belarusian,Belarusians,Belarussian,Byelorussian|Belgium=Belgian,Belgians|Belize=Belizean|Benin=Beninese|
Bhutan=Bhutanese|Bolivia=Bolivian,Bolivians|Bosnia and Herzegovina=Bosnian,Bosnians,Bosniak,Bosniaks|
Botswana=Botswanan,Motswana,Batswana|Brazil=Brazilian,Brazilians|Brunei=Bruneian|Bulgaria=Bulgarian,Bulgarians|
Burkina Faso=Burkinabe,Burkinabè|Burundi=Burundian,Burundians|Cape Verde=Cape Verdean|Cambodia=Cambodian,Cambodians,Khmer|
Cameroon=Cameroonian,Cameroonians|Canada=Canadian,Canadians|Central African Republic=Central African|Chad=Chadian,Chadians|
Chile=Chilean,Chileans|China=Chinese|Colombia=Colombian,Colombians|Comoros=Comorian|Congo=Congolese|
Costa Rica=Costa Rican,Costa Ricans|Ivory Coast=Ivorian,Ivorians|Croatia=Croatian,Croatians,Croat,Croats|
Cuba=Cuban,Cubans|Cyprus=Cypriot,Cypriots|Czech Republic=Czech,Czechs|Denmark=Danish,Dane,Danes|Djibouti=Djiboutian|
Dominican Republic=Dominican,Dominicans|East Timor=Timorese|Ecuador=Ecuadorian,Ecuadorians,Ecuadorean|
Egypt=Egyptian,Egyptians|El Salvador=Salvadoran,Salvadorans,Salvadorean|Equatorial Guinea=Equatoguinean|
Eritrea=Eritrean,Eritreans|Estonia=Estonian,Estonians|Eswatini=Swazi,Swazis|Ethiopia=Ethiopian,Ethiopians|
Fiji=Fijian,Fijians|Finland=Finnish,Finn,Finns|France=French,Frenchman,Frenchmen,Frenchwoman|Gabon=Gabonese|
Gambia=Gambian,Gambians|Georgia=Georgian,Georgians|Germany=German,Germans|Ghana=Ghanaian,Ghanaians|
Greece=Greek,Greeks|Guatemala=Guatemalan,Guatemalans|Guinea=Guinean,Guineans|Guyana=Guyanese|Haiti=Haitian,Haitians|
Honduras=Honduran,Hondurans|Hungary=Hungarian,Hungarians,Magyar|Iceland=Icelandic,Icelander,Icelanders|
India=Indian,Indians|Indonesia=Indonesian,Indonesians|Iran=Iranian,Iranians,Persian,Persians|Iraq=Iraqi,Iraqis|
Ireland=Irish,Irishman,Irishwoman|Israel=Israeli,Israelis|Italy=Italian,Italians|Jamaica=Jamaican,Jamaicans|
Japan=Japanese|Jordan=Jordanian,Jordanians|Kazakhstan=Kazakh,Kazakhs,Kazakhstani,Kazakhstanis,Kazak|Kenya=Kenyan,Kenyans|
Kosovo=Kosovar,Kosovars,Kosovan|Kuwait=Kuwaiti,Kuwaitis|Kyrgyzstan=Kyrgyz,Kirghiz,Kyrgyzstani,Kirgiz|Laos=Lao,Laotian,Laotians|
Latvia=Latvian,Latvians|Lebanon=Lebanese|Lesotho=Basotho|Liberia=Liberian,Liberians|Libya=Libyan,Libyans|
Lithuania=Lithuanian,Lithuanians|Luxembourg=Luxembourgish,Luxembourger,Luxembourgers|Madagascar=Malagasy|
Malawi=Malawian,Malawians|Malaysia=Malaysian,Malaysians|Maldives=Maldivian,Maldivians|Mali=Malian,Malians|
Malta=Maltese|Mauritania=Mauritanian,Mauritanians|Mauritius=Mauritian,Mauritians|Mexico=Mexican,Mexicans|
Moldova=Moldovan,Moldovans,Moldavian|Monaco=Monegasque|Mongolia=Mongolian,Mongolians,Mongol,Mongols|
Montenegro=Montenegrin,Montenegrins|Morocco=Moroccan,Moroccans|Mozambique=Mozambican,Mozambicans|
Myanmar=Burmese|Namibia=Namibian,Namibians|Nepal=Nepali,Nepalese,Nepalis|Netherlands=Dutch,Dutchman,Dutchmen|
New Zealand=New Zealander,New Zealanders,Kiwi,Kiwis|Nicaragua=Nicaraguan,Nicaraguans|Niger=Nigerien,Nigeriens|
Nigeria=Nigerian,Nigerians|North Korea=North Korean,North Koreans|North Macedonia=Macedonian,Macedonians|
Norway=Norwegian,Norwegians|Oman=Omani,Omanis|Pakistan=Pakistani,Pakistanis|Palestine=Palestinian,Palestinians|
Panama=Panamanian,Panamanians|Papua New Guinea=Papua New Guinean|Paraguay=Paraguayan,Paraguayans|Peru=Peruvian,Peruvians|
Philippines=Philippine,Filipino,Filipinos,Filipina|Poland=Polish,Pole,Poles|Portugal=Portuguese|Qatar=Qatari,Qataris|
Romania=Romanian,Romanians|Russia=Russian,Russians|Rwanda=Rwandan,Rwandans|Samoa=Samoan,Samoans|
Saudi Arabia=Saudi,Saudis,Saudi Arabian|Senegal=Senegalese|Serbia=Serbian,Serbians,Serb,Serbs|Seychelles=Seychellois|
Sierra Leone=Sierra Leonean|Singapore=Singaporean,Singaporeans|Slovakia=Slovak,Slovaks,Slovakian|
Slovenia=Slovenian,Slovenians,Slovene,Slovenes|Somalia=Somali,Somalis|South Africa=South African,South Africans|
South Korea=South Korean,South Koreans,Korean,Koreans|South Sudan=South Sudanese|Spain=Spanish,Spaniard,Spaniards|
Sri Lanka=Sri Lankan,Sri Lankans|Sudan=Sudanese|Suriname=Surinamese|Sweden=Swedish,Swede,Swedes|Switzerland=Swiss|
Syria=Syrian,Syrians|Taiwan=Taiwanese|Tajikistan=Tajik,Tajiks,Tadjik,Tajikistani|Tanzania=Tanzanian,Tanzanians|
Thailand=Thai,Thais|Togo=Togolese|Tonga=Tongan,Tongans|Trinidad and Tobago=Trinidadian,Trinidadians|
Tunisia=Tunisian,Tunisians|Turkey=Turkish,Turk,Turks|Turkmenistan=Turkmen,Turkmens,Turkoman|Uganda=Ugandan,Ugandans|
Ukraine=Ukrainian,Ukrainians|United Arab Emirates=Emirati,Emiratis|
United Kingdom=British,Briton,Britons,Brit,Brits|England=English,Englishman,Englishmen,Englishwoman|
Scotland=Scottish,Scot,Scots|Wales=Welsh,Welshman|Northern Ireland=Northern Irish|
United States=American,Americans|Uruguay=Uruguayan,Uruguayans|Uzbekistan=Uzbek,Uzbeks,Uzbekistani|
Vanuatu=Ni-Vanuatu|Venezuela=Venezuelan,Venezuelans|Vietnam=Vietnamese|Yemen=Yemeni,Yemenis|Zambia=Zambian,Zambians|
Zimbabwe=Zimbabwean,Zimbabweans|Hong Kong=Hongkonger,Hongkongers|Greenland=Greenlandic,Greenlanders|
Puerto Rico=Puerto Rican,Puerto Ricans|Somaliland=Somalilander|Abkhazia=Abkhaz,Abkhazian,Abkhazians|
South Ossetia=Ossetian,Ossetians|Soviet Union=Soviet,Soviets|Yugoslavia=Yugoslav,Yugoslavian|
Europe=European,Europeans|Africa=African,Africans|Asia=Asian,Asians|Latin America=Latin American,Latin Americans|
North America=North American|Central Asia=Central Asian|Middle East=Middle Eastern|Balkans=Balkan|
Caucasus=Caucasian|Scandinavia=Scandinavian,Scandinavians|Baltics=Baltic|Siberia=Siberian,Siberians|
Chechnya=Chechen,Chechens|Dagestan=Dagestani,Dagestanis|Ingushetia=Ingush|Tatarstan=Tatar,Tatars|
Bashkortostan=Bashkir,Bashkirs|Buryatia=Buryat,Buryats|Yakutia=Yakut,Yakuts|Crimea=Crimean|
=Crimean Tatar,Crimean Tatars|Kurdistan=Kurdish,Kurd,Kurds|Xinjiang=Uyghur,Uyghurs,Uighur,Uighurs|
Tibet=Tibetan,Tibetans|Kashmir=Kashmiri,Kashmiris|Punjab=Punjabi,Punjabis|Balochistan=Baloch,Balochi,Baluch|
Sindh=Sindhi,Sindhis|=Bengali,Bengalis|Catalonia=Catalan,Catalans|Basque Country=Basque,Basques|
Flanders=Flemish|Wallonia=Walloon|Bavaria=Bavarian|Corsica=Corsican|Sicily=Sicilian|Gaza=Gazan,Gazans|
Texas=Texan,Texans|California=Californian,Californians|Quebec=Quebecois,Québécois,Quebecer|
Moscow=Muscovite,Muscovites|Kyiv=Kyivan|Berlin=Berliner,Berliners|London=Londoner,Londoners|
New York=New Yorker,New Yorkers|Paris=Parisian,Parisians|Karakalpakstan=Karakalpak,Karakalpaks|
Gorno-Badakhshan=Pamiri,Pamiris|Tigray=Tigrayan,Tigrayans|Oromia=Oromo|Darfur=Darfuri,Darfuris|
Sahel=Sahelian|
=Arab,Arabs,Arabic|=Western,Westerners|=Eastern|=Pashtun,Pashtuns,Pashto,Pathan|=Hazara,Hazaras|=Slav,Slavs,Slavic|
=Anglo-Saxon|=Latino,Latinos,Latina|=Hispanic,Hispanics|=Berber,Berbers,Amazigh|=Bedouin|=Druze|=Rohingya|
=Yazidi,Yazidis|=Circassian,Circassians|=Hausa|=Fulani|=Yoruba|=Igbo|=Tuareg|=Zulu|
=Maasai|=Tamil,Tamils|=Sinhalese|=Hmong|=Maori,Māori|=Aboriginal|=Indigenous|=Inuit|=Cossack,Cossacks|
=Transatlantic|=Pan-African|=Pan-Arab|=Nordic|=Soviet-era
`).map((group) => {
  const eq = group.indexOf('=');
  return { place: group.slice(0, eq), words: group.slice(eq + 1).split(',').map((w) => w.trim()) };
});

/** Nationality / demonym adjectives and nouns: not entities, used to strip "Russian President" and avoid false positives. */
export const NATIONALITIES: readonly string[] = [...new Set(GROUPS.flatMap((group) => group.words))];

/** Nationality or demonym word -> the canonical place it refers to ("Russian" -> "Russia"). */
export const NATIONALITY_TO_PLACE: ReadonlyMap<string, string> = new Map(
  GROUPS.filter((group) => group.place !== '').flatMap((group) =>
    group.words.map((word) => [word, group.place] as const),
  ),
);

/** Religious and sectarian adjectives/nouns: like nationalities, modifiers rather than entities. */
export const RELIGIOUS_WORDS: readonly string[] = pipeList(`
Muslim|Muslims|Islamic|Islamist|Islamists|Christian|Christians|Catholic|Catholics|Roman Catholic|Orthodox|
Protestant|Protestants|Evangelical|Evangelicals|Anglican|Lutheran|Methodist|Baptist|Mormon|Jewish|Jew|Jews|Judaism|
Hindu|Hindus|Buddhist|Buddhists|Sikh|Sikhs|Jain|Sunni|Sunnis|Shia|Shiite|Shiites|Shi'ite|Alawite|Alawites|Ismaili|
Sufi|Salafi|Salafist|Wahhabi|Zoroastrian|Coptic|Copt|Copts|Maronite|Maronites|Zionist|Zionists
`);
