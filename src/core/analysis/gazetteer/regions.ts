// Continents, subregions, water bodies, landforms, subnational units and disputed territories.
import { pipeList } from './list';

/** Continents, subregions and geopolitical area names (without a leading "the"). */
export const WORLD_REGIONS: readonly string[] = pipeList(`
Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Australasia|Antarctica|Arctic|
Eurasia|Middle East|Near East|Far East|Mideast|Central Asia|South Asia|Southeast Asia|South-East Asia|East Asia|
North Asia|West Asia|Western Asia|Asia-Pacific|Asia Pacific|Indo-Pacific|Pacific Rim|Western Europe|Eastern Europe|
Central Europe|Northern Europe|Southern Europe|Southeastern Europe|Central and Eastern Europe|Scandinavia|Nordic countries|
Nordics|Baltics|Baltic states|Benelux|Iberia|Iberian Peninsula|Balkans|Western Balkans|Mediterranean|Levant|Maghreb|
Mashriq|North Africa|West Africa|East Africa|Central Africa|Southern Africa|Sub-Saharan Africa|Horn of Africa|
Great Lakes region|Sahel|Sahara|Caucasus|South Caucasus|North Caucasus|Transcaucasia|Caspian region|Gulf|Persian Gulf|
Arabian Gulf|Arabian Peninsula|Fergana Valley|Ferghana Valley|Afghan-Pakistan border|AfPak|Khorasan|Kurdistan|
Iraqi Kurdistan|Kurdistan Region|Siberia|Western Siberia|Eastern Siberia|Russian Far East|Urals|Volga region|
Central Russia|Caribbean|West Indies|Andes|Amazon|Amazonia|Patagonia|Southern Cone|Global South|Global North|
Third World|Korean Peninsula|Indochina|Mekong region|Greater Mesopotamia|Mesopotamia|
Anatolia|Sinai|Sinai Peninsula|Negev|Golan Heights|Golan|Polynesia|Melanesia|Pacific Islands|
Himalayas|Tibetan Plateau|Hindu Kush|Pamirs|Pamir|Tian Shan|Tien Shan|Altai|Ural Mountains|Alps|Pyrenees|
Carpathians|Apennines|Rockies|Rocky Mountains|Appalachians|Sierra Nevada|Atlas Mountains|Zagros|Karakoram|
Kunlun|Caucasus Mountains|Balkan Mountains|Ethiopian Highlands|Great Rift Valley|Gobi|Gobi Desert|Kalahari|
Namib|Karakum|Kyzylkum|Rub' al Khali|Empty Quarter|Mount Everest|Everest|K2|Mount Elbrus|Kilimanjaro|Mont Blanc|
Mount Fuji|Ararat|Mount Ararat|Mount Etna|Etna|Vesuvius
`);

/** Oceans, seas, gulfs, straits, rivers, lakes and canals often named in news. */
export const WATER_BODIES: readonly string[] = pipeList(`
Atlantic|Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Mediterranean Sea|
Black Sea|Caspian Sea|Caspian|Aral Sea|Red Sea|Dead Sea|Baltic Sea|North Sea|Norwegian Sea|Barents Sea|
Kara Sea|White Sea|Sea of Azov|Azov Sea|Sea of Okhotsk|Sea of Japan|East Sea|Yellow Sea|East China Sea|
South China Sea|West Philippine Sea|Philippine Sea|Arabian Sea|Bay of Bengal|Andaman Sea|Java Sea|Coral Sea|
Tasman Sea|Caribbean Sea|Gulf of Mexico|Gulf of America|Gulf of Aden|Gulf of Oman|Gulf of Guinea|Gulf of Finland|
Gulf of Bothnia|Gulf of Thailand|Gulf of Tonkin|Gulf of Aqaba|Gulf of Suez|Aegean Sea|Aegean|Adriatic Sea|Adriatic|
Ionian Sea|Tyrrhenian Sea|Ligurian Sea|Sea of Marmara|Irish Sea|English Channel|Bay of Biscay|
Bering Sea|Bering Strait|Beaufort Sea|Labrador Sea|Hudson Bay|Strait of Hormuz|Hormuz|Bab el-Mandeb|
Bab al-Mandab|Strait of Malacca|Malacca Strait|Taiwan Strait|Strait of Gibraltar|Bosphorus|Bosporus|Dardanelles|
Turkish Straits|Kerch Strait|Suez Canal|Panama Canal|Kiel Canal|Drake Passage|Cape of Good Hope|Cape Horn|
Northern Sea Route|Northwest Passage|Amu Darya|Syr Darya|Vakhsh|Panj|Pyanj|Zeravshan|Naryn River|Chu River|
Ili River|Irtysh|Ob River|Yenisei|Lena River|Amur|Volga|Don River|Dnieper|Dnipro River|Dniester|Southern Bug|Danube|Rhine|Elbe|Oder|
Vistula|Seine|Loire|Rhone|Thames|Tagus|Ebro|Po River|Tiber|Neva|Kura|Aras|Araxes|Tigris|Euphrates|Jordan River|
Litani|Orontes|Nile|Blue Nile|White Nile|Congo River|Niger River|Zambezi|Limpopo|Orange River|Okavango|
Senegal River|Lake Chad|Lake Victoria|Lake Tanganyika|Lake Malawi|Lake Turkana|Indus|Ganges|Ganga|
Brahmaputra|Yamuna|Sutlej|Chenab|Jhelum|Ravi River|Teesta|Kabul River|Helmand|Helmand River|Harirud|Mekong|Salween|
Irrawaddy|Ayeyarwady|Chao Phraya|Red River|Yangtze|Yangtze River|Yellow River|Huang He|Pearl River|Mississippi|
Missouri River|Ohio River|Colorado River|Rio Grande|Columbia River|Hudson River|St. Lawrence|Potomac|Amazon River|
Orinoco|Parana|Paraná|Rio de la Plata|River Plate|Great Lakes|Lake Superior|Lake Michigan|Lake Erie|
Lake Ontario|Lake Huron|Lake Baikal|Baikal|Lake Ladoga|Lake Onega|Lake Balkhash|Balkhash|Issyk-Kul|Issyk Kul|
Lake Sevan|Lake Van|Lake Urmia|Lake Titicaca|Lake Geneva|Lake Constance|Sea of Galilee|Lake Tiberias|
Lake Nasser|Lake Kariba|Lake Tana|Kakhovka Reservoir|Nurek Reservoir|Toktogul Reservoir|Three Gorges
`);

/** US states, DC, Canadian provinces and territories, Australian states. */
export const US_CANADA_AUSTRALIA: readonly string[] = pipeList(`
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
Washington State|West Virginia|Wisconsin|Wyoming|District of Columbia|New England|Midwest|Deep South|Pacific Northwest|
Rust Belt|Sun Belt|Bible Belt|Capitol Hill|Wall Street|Hollywood|Ontario|Quebec|British Columbia|Alberta|Manitoba|
Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|Newfoundland|Prince Edward Island|Yukon|
Northwest Territories|Nunavut|New South Wales|Queensland|South Australia|Tasmania|Western Australia|
Northern Territory
`);

/** Russian federal subjects and other post-Soviet subnational units often in the news. */
export const POST_SOVIET_REGIONS: readonly string[] = pipeList(`
Chechnya|Chechen Republic|Ichkeria|Dagestan|Daghestan|Ingushetia|North Ossetia|North Ossetia-Alania|
Kabardino-Balkaria|Karachay-Cherkessia|Adygea|Kalmykia|Tatarstan|Bashkortostan|Bashkiria|Chuvashia|Mordovia|
Mari El|Udmurtia|Komi|Karelia|Buryatia|Tuva|Tyva|Khakassia|Altai Republic|Altai Krai|Yakutia|Sakha|
Sakha Republic|Chukotka|Kamchatka|Sakhalin|Kuril Islands|Kurils|Northern Territories|Primorye|Primorsky Krai|
Khabarovsk Krai|Krasnodar Krai|Kuban|Stavropol Krai|Krasnoyarsk Krai|Perm Krai|Zabaykalsky Krai|Moscow Oblast|
Moscow region|Leningrad Oblast|Leningrad region|Kaliningrad Oblast|Kaliningrad region|Belgorod Oblast|
Belgorod region|Kursk Oblast|Kursk region|Bryansk Oblast|Bryansk region|Rostov Oblast|Rostov region|
Voronezh Oblast|Murmansk Oblast|Sverdlovsk Oblast|Chelyabinsk Oblast|Novosibirsk Oblast|Irkutsk Oblast|
Yamalo-Nenets|Yamal|Khanty-Mansi|Nenets|Jewish Autonomous Oblast|Crimea|Crimean Peninsula|Donbas|Donbass|
Donetsk region|Donetsk Oblast|Luhansk region|Luhansk Oblast|Lugansk region|Zaporizhzhia region|
Zaporizhzhia Oblast|Kherson region|Kherson Oblast|Kharkiv region|Kharkiv Oblast|Sumy region|Odesa region|
Mykolaiv region|Dnipropetrovsk region|Chernihiv region|Kyiv region|Kyiv Oblast|Transcarpathia|Zakarpattia|
Galicia|Bukovina|Bessarabia|Gagauzia|Pridnestrovie|Nagorno-Karabakh|Karabakh|Artsakh|Nakhchivan|Syunik|
Zangezur|Zangezur corridor|Lachin corridor|Javakheti|Adjara|Ajaria|Samegrelo|Pankisi Gorge|Pankisi|
Gorno-Badakhshan|GBAO|Badakhshan|Sughd|Khatlon|Rasht Valley|Karakalpakstan|Khorezm|
Batken region|Osh region|Chui region|Chuy|Issyk-Kul region|Jalal-Abad region|Mangystau|Mangistau|Atyrau region|
Almaty region|East Kazakhstan|North Kazakhstan|Ahal|Lebap
`);

/** Chinese, Indian, Pakistani and other Asian provinces, states and disputed territories. */
export const ASIAN_REGIONS: readonly string[] = pipeList(`
Xinjiang|East Turkestan|Tibet|Xizang|Inner Mongolia|Ningxia|Guangxi|Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|
Hebei|Henan|Hubei|Hunan|Jiangxi|Anhui|Shanxi|Shaanxi|Sichuan|Yunnan|Guizhou|Gansu|Qinghai|Heilongjiang|Jilin|
Liaoning|Hainan|Manchuria|Greater Bay Area|Pearl River Delta|Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|
Chhattisgarh|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|
Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|
Uttarakhand|West Bengal|Jammu and Kashmir|Ladakh|Kashmir|Azad Kashmir|Pakistan-administered Kashmir|Aksai Chin|
Galwan Valley|Doklam|Line of Control|LoC|Line of Actual Control|Siachen|Khyber Pakhtunkhwa|Balochistan|
Baluchistan|Sindh|Gilgit-Baltistan|Waziristan|North Waziristan|South Waziristan|FATA|Swat Valley|Helmand|
Kandahar province|Nangarhar|Kunduz province|Badghis|Paktia|Paktika|Uruzgan|Zabul|Farah|Nimroz|Balkh|
Takhar|Baghlan|Logar|Wardak|Parwan|Kapisa|Laghman|Nuristan|Badakhshan province|Rakhine|Arakan|Shan State|
Kachin|Kachin State|Karen State|Kayin|Chin State|Sagaing|Aceh|Papua|West Papua|Sulawesi|Sumatra|Java|Borneo|
Kalimantan|Sabah|Sarawak|Bangsamoro|Luzon|Visayas|Okinawa Prefecture|Hokkaido|Honshu|Kyushu|
Shikoku|Jeju|Jeju Island|Gyeonggi|DMZ|Demilitarized Zone|Senkaku Islands|Senkakus|Diaoyu Islands|Spratly Islands|
Spratlys|Paracel Islands|Paracels|Scarborough Shoal|Second Thomas Shoal|Dokdo|Takeshima|Hong Kong Island|
Kowloon|New Territories|Tamil Eelam|Northern Province|Chittagong Hill Tracts|Terai|Mustang
`);

/** Middle Eastern, African, European and American subnational and disputed regions. */
export const OTHER_SUBNATIONAL: readonly string[] = pipeList(`
Gaza|Gaza Strip|West Bank|East Jerusalem|Judea and Samaria|Temple Mount|Al-Aqsa|Shebaa Farms|
South Lebanon|Bekaa Valley|Bekaa|Idlib province|Rojava|Northeast Syria|Anbar|Nineveh|
Nineveh Plains|Diyala|Salahuddin|Kurdistan Region of Iraq|Khuzestan|Sistan and Baluchestan|Sistan-Baluchestan|
Hadramout|Hadramawt|Eastern Province|Hejaz|Hijaz|Najd|Darfur|North Darfur|South Darfur|Kordofan|South Kordofan|
Abyei|Tigray|Amhara|Oromia|Afar|Ogaden|Somali Region|Jubaland|Cabo Delgado|Cabinda province|
Ituri|North Kivu|South Kivu|Kivu|Katanga|Kasai|Anglophone regions|Ambazonia|Biafra|Niger Delta|Borno|Borno State|
Zamfara|Kaduna State|Plateau State|Casamance|Azawad|Liptako-Gourma|Cyrenaica|Tripolitania|Fezzan|Kabylie|Rif|
Western Cape|Gauteng|KwaZulu-Natal|Eastern Cape|Matabeleland|Zanzibar archipelago|Catalonia|Catalunya|
Basque Country|Andalusia|Canary Islands|Balearic Islands|Corsica|Brittany|Normandy|Provence|Alsace|
Bavaria|Saxony|Thuringia|Brandenburg|North Rhine-Westphalia|Baden-Wurttemberg|Baden-Württemberg|Hesse|
Lower Saxony|Schleswig-Holstein|Mecklenburg-Vorpommern|Saxony-Anhalt|Rhineland-Palatinate|Saarland|Flanders|
Wallonia|South Tyrol|Lombardy|Sicily|Sardinia|Tuscany|Veneto|Piedmont|Calabria|Lampedusa|Silesia|Transylvania|
Moravia|Bohemia|Vojvodina|Republika Srpska|Sandzak|Presevo Valley|Dalmatia|Istria|Thrace|Crete|
Lesbos|Lesvos|Rhodes|Scottish Highlands|Cornwall|Yorkshire|Kent|Wessex|Ulster|Gotland|
Bornholm|Aland|Lapland|Karelian Isthmus|Suwalki Gap|Suwałki Gap|Podlasie|Mazovia|Chiapas|Sinaloa|Michoacan|
Michoacán|Jalisco|Tamaulipas|Guerrero|Sonora|Chihuahua|Baja California|Yucatan|Yucatán|Oaxaca|Darien Gap|
Darién Gap|Essequibo|Zulia|Tachira|Táchira|Amazonas|Pará|Roraima|Minas Gerais|Bahia|Chaco|Gran Chaco|
Araucania|Araucanía|Tierra del Fuego|Galapagos|Galápagos|Easter Island|
Greenland ice sheet
`);

/** Every region-like entry (deduplicated). */
export const REGIONS: readonly string[] = [
  ...new Set([
    ...WORLD_REGIONS,
    ...WATER_BODIES,
    ...US_CANADA_AUSTRALIA,
    ...POST_SOVIET_REGIONS,
    ...ASIAN_REGIONS,
    ...OTHER_SUBNATIONAL,
  ]),
];
