// National capitals and major or newsworthy cities worldwide, with common alternative transliterations.
import { pipeList } from './list';

/** National and territorial capitals (current English news spelling plus frequent alternatives). */
export const CAPITALS: readonly string[] = pipeList(`
Kabul|Tirana|Tirane|Tiranë|Algiers|Andorra la Vella|Luanda|St. John's|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|
Dhaka|Dacca|Bridgetown|Minsk|Brussels|Belmopan|Porto-Novo|Cotonou|Thimphu|La Paz|Sucre|Sarajevo|Gaborone|Brasilia|
Brasília|Bandar Seri Begawan|Sofia|Ouagadougou|Gitega|Bujumbura|Praia|Phnom Penh|Yaounde|Yaoundé|Ottawa|Bangui|
N'Djamena|Ndjamena|Santiago|Beijing|Peking|Bogota|Bogotá|Moroni|Brazzaville|Kinshasa|San Jose|San José|Yamoussoukro|
Abidjan|Zagreb|Havana|Nicosia|Prague|Copenhagen|Djibouti City|Roseau|Santo Domingo|Dili|Quito|Cairo|San Salvador|
Malabo|Asmara|Tallinn|Mbabane|Lobamba|Addis Ababa|Suva|Helsinki|Paris|Libreville|Banjul|Tbilisi|Tiflis|Berlin|Accra|
Athens|St. George's|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|
Reykjavík|New Delhi|Delhi|Jakarta|Nusantara|Tehran|Teheran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston|Tokyo|Amman|
Astana|Nur-Sultan|Akmola|Nairobi|Tarawa|South Tarawa|Kuwait City|Bishkek|Frunze|Vientiane|Riga|Beirut|Maseru|
Monrovia|Tripoli|Vaduz|Vilnius|Luxembourg City|Antananarivo|Lilongwe|Kuala Lumpur|Putrajaya|Male|Malé|Bamako|
Valletta|Majuro|Nouakchott|Port Louis|Mexico City|Palikir|Chisinau|Chişinău|Kishinev|Monaco City|Ulaanbaatar|
Ulan Bator|Podgorica|Rabat|Maputo|Naypyidaw|Naypyitaw|Nay Pyi Taw|Rangoon|Yangon|Windhoek|Yaren|Kathmandu|Amsterdam|
The Hague|Wellington|Managua|Niamey|Abuja|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Ngerulmud|Ramallah|Panama City|
Port Moresby|Asuncion|Asunción|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Basseterre|Castries|
Kingstown|Apia|San Marino City|Sao Tome|São Tomé|Riyadh|Dakar|Belgrade|Victoria|Freetown|Bratislava|Ljubljana|
Honiara|Mogadishu|Pretoria|Cape Town|Bloemfontein|Seoul|Juba|Madrid|Colombo|Sri Jayawardenepura Kotte|Khartoum|
Port Sudan|Paramaribo|Stockholm|Bern|Berne|Damascus|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Lomé|Nuku'alofa|
Port of Spain|Tunis|Ankara|Ashgabat|Ashkhabad|Funafuti|Kampala|Kyiv|Kiev|Abu Dhabi|London|Washington|
Washington, D.C.|Washington D.C.|Montevideo|Tashkent|Port Vila|Vatican City|Caracas|Hanoi|Sanaa|Sana'a|Aden|Lusaka|
Harare|Taipei|Pristina|Prishtina|Laayoune|El Aaiún|Sukhumi|Sukhum|Tskhinvali|Tiraspol|Hargeisa|Nuuk|Torshavn|
San Juan|Hagatna|Hamilton|Gibraltar|Stanley|Douglas|Noumea|Nouméa|Papeete|Cayenne|Willemstad|Oranjestad|Saint-Denis|
Edinburgh|Cardiff|Belfast
`);

/** Major, regional-capital and often-in-the-news cities outside the capitals list. */
export const OTHER_CITIES: readonly string[] = pipeList(`
New York|New York City|NYC|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Austin|
San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|Minneapolis|St. Louis|Baltimore|New Orleans|
Pittsburgh|Cleveland|Cincinnati|Nashville|Memphis|Portland|Sacramento|Salt Lake City|Kansas City|Milwaukee|
Charlotte|Raleigh|Orlando|Tampa|Jacksonville|Indianapolis|Columbus|Albany|Honolulu|Anchorage|Oakland|San Jose|
Palo Alto|Menlo Park|Cupertino|Mountain View|Redmond|Silicon Valley|Brooklyn|Manhattan|Queens|Bronx|Newark|
Buffalo|Tallahassee|Atlantic City|Minneapolis-St. Paul|St. Paul|Uvalde|El Paso|Tucson|Albuquerque|Omaha|
Ferguson|Flint|Annapolis|Richmond|Harrisburg|Springfield|Montgomery|Birmingham|Little Rock|Des Moines|
Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Quebec City|Québec|Winnipeg|Halifax|
Guadalajara|Monterrey|Tijuana|Ciudad Juarez|Ciudad Juárez|Culiacan|Culiacán|Acapulco|Cancun|Cancún|Puebla|
Sao Paulo|São Paulo|Rio de Janeiro|Rio|Salvador|Belo Horizonte|Recife|Porto Alegre|Manaus|Fortaleza|Curitiba|
Cordoba|Córdoba|Rosario|Mendoza|Medellin|Medellín|Cali|Cartagena|Barranquilla|Guayaquil|Valparaiso|Valparaíso|
Maracaibo|Valencia|Santa Cruz|Cochabamba|Arequipa|Cusco|Cuzco|Punta Arenas|Mar del Plata|
Manchester|Liverpool|Leeds|Glasgow|Bristol|Sheffield|Newcastle|Oxford|Cambridge|Salisbury|Dover|Aberdeen|
Hamburg|Munich|München|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Dusseldorf|Dresden|Leipzig|Hanover|Hannover|
Bonn|Nuremberg|Ramstein|Marseille|Lyon|Toulouse|Nice|Strasbourg|Bordeaux|Lille|Nantes|Calais|Milan|Naples|
Turin|Florence|Venice|Genoa|Bologna|Palermo|Barcelona|Seville|Bilbao|Malaga|Málaga|Porto|Oporto|Rotterdam|
Antwerp|Geneva|Zurich|Zürich|Basel|Davos|Lausanne|Salzburg|Innsbruck|Gdansk|Gdańsk|Krakow|Kraków|
Cracow|Wroclaw|Wrocław|Lodz|Łódź|Poznan|Rzeszow|Rzeszów|Brno|Ostrava|Kosice|Košice|Cluj-Napoca|Cluj|Constanta|
Constanța|Timisoara|Iasi|Iași|Varna|Plovdiv|Thessaloniki|Piraeus|Split|Dubrovnik|Novi Sad|Mostar|Banja Luka|
Gothenburg|Malmo|Malmö|Bergen|Tromso|Tromsø|Turku|Tampere|Aarhus|Narva|Tartu|Kaunas|Klaipeda|Daugavpils|Brest|
Gomel|Grodno|Vitebsk|Mogilev|Istanbul|Constantinople|Izmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakir|Diyarbakır|
Kharkiv|Kharkov|Odesa|Odessa|Lviv|Lvov|Lwow|Dnipro|Dnipropetrovsk|Dnepr|Zaporizhzhia|Zaporozhye|Zaporizhia|
Mariupol|Donetsk|Luhansk|Lugansk|Kherson|Mykolaiv|Nikolaev|Sumy|Chernihiv|Poltava|Vinnytsia|Kryvyi Rih|Bakhmut|
Artemovsk|Avdiivka|Kramatorsk|Sloviansk|Slavyansk|Sievierodonetsk|Severodonetsk|Lysychansk|Izium|Izyum|Bucha|
Irpin|Melitopol|Berdyansk|Berdiansk|Nova Kakhovka|Enerhodar|Pokrovsk|Kupiansk|Chasiv Yar|Toretsk|Vuhledar|
Uzhhorod|Ivano-Frankivsk|Ternopil|Rivne|Lutsk|Zhytomyr|Cherkasy|Kropyvnytskyi|Chernivtsi|Khmelnytskyi|Chernobyl|
Chornobyl|Simferopol|Sevastopol|Sebastopol|Kerch|Yalta|Feodosia|Dzhankoi|
St. Petersburg|Saint Petersburg|St Petersburg|Petersburg|Leningrad|Novosibirsk|Yekaterinburg|Ekaterinburg|
Sverdlovsk|Kazan|Nizhny Novgorod|Nizhniy Novgorod|Gorky|Chelyabinsk|Samara|Omsk|Rostov-on-Don|Rostov|Ufa|
Krasnoyarsk|Voronezh|Perm|Volgograd|Stalingrad|Krasnodar|Saratov|Tyumen|Tolyatti|Togliatti|Izhevsk|Barnaul|
Irkutsk|Khabarovsk|Vladivostok|Yaroslavl|Makhachkala|Tomsk|Orenburg|Kemerovo|Novokuznetsk|Ryazan|Astrakhan|
Penza|Lipetsk|Kirov|Tula|Cheboksary|Kaliningrad|Koenigsberg|Kursk|Belgorod|Bryansk|Smolensk|Pskov|Novgorod|
Murmansk|Arkhangelsk|Archangel|Sochi|Grozny|Nalchik|Vladikavkaz|Magas|Nazran|Derbent|Stavropol|Pyatigorsk|
Yakutsk|Norilsk|Magadan|Petropavlovsk-Kamchatsky|Yuzhno-Sakhalinsk|Chita|Ulan-Ude|Kyzyl|Abakan|Syktyvkar|
Petrozavodsk|Vologda|Tver|Kaluga|Vladimir|Ivanovo|Kostroma|Oryol|Orel|Tambov|Engels|Novorossiysk|Taganrog|
Vorkuta|Salekhard|Khanty-Mansiysk|Surgut|Nizhnevartovsk|Mirny|Zelenograd|Podolsk|Khimki|Korolyov|
Almaty|Alma-Ata|Shymkent|Chimkent|Karaganda|Qaraghandy|Aktobe|Aqtobe|Aktau|Aqtau|Atyrau|Pavlodar|Semey|
Semipalatinsk|Oskemen|Ust-Kamenogorsk|Taraz|Kyzylorda|Qyzylorda|Turkestan|Baikonur|Zhanaozen|Kostanay|Petropavl|
Osh|Jalal-Abad|Karakol|Naryn|Batken|Talas|Tokmok|Cholpon-Ata|Khujand|Khodjent|Leninabad|Kulob|Kulyab|
Bokhtar|Kurgan-Tyube|Khorog|Istaravshan|Penjikent|Isfara|Samarkand|Samarqand|Bukhara|Bukhoro|Khiva|Nukus|Andijan|
Andijon|Namangan|Fergana|Ferghana|Kokand|Qo'qon|Termez|Termiz|Karshi|Qarshi|Urgench|Navoi|Navoiy|Jizzakh|
Turkmenabat|Türkmenabat|Dashoguz|Balkanabat|Turkmenbashi|Türkmenbaşy|Gyumri|Vanadzor|Ganja|Sumgait|
Stepanakert|Khankendi|Shusha|Shushi|Nakhchivan|Lankaran|Batumi|Kutaisi|Rustavi|Gori|Zugdidi|
Herat|Kandahar|Qandahar|Mazar-i-Sharif|Mazar-e-Sharif|Jalalabad|Kunduz|Ghazni|Bamiyan|Bamyan|Lashkar Gah|
Khost|Faizabad|Panjshir|Bagram|Kunar|Peshawar|Karachi|Lahore|Rawalpindi|Quetta|Faisalabad|Multan|Hyderabad|
Gwadar|Abbottabad|Muzaffarabad|Gilgit|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|
Ahmedabad|Pune|Poona|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Vadodara|Baroda|Ludhiana|Agra|
Varanasi|Benares|Amritsar|Chandigarh|Srinagar|Jammu|Leh|Guwahati|Imphal|Shillong|Bhubaneswar|Thiruvananthapuram|
Trivandrum|Kochi|Cochin|Coimbatore|Madurai|Visakhapatnam|Vizag|Vijayawada|Ayodhya|Gurugram|Gurgaon|Noida|
Mysuru|Mysore|Goa|Panaji|Ranchi|Raipur|Dehradun|Shimla|Manali|Pahalgam|Chittagong|Chattogram|Sylhet|Khulna|
Cox's Bazar|Rajshahi|Kandy|Jaffna|Galle|Trincomalee|Pokhara|Lalitpur|Mandalay|Naypyidaw|Sittwe|Myitkyina|
Shanghai|Guangzhou|Canton|Shenzhen|Chongqing|Chungking|Tianjin|Tientsin|Wuhan|Chengdu|Xi'an|Xian|Nanjing|
Nanking|Hangzhou|Suzhou|Shenyang|Harbin|Dalian|Qingdao|Tsingtao|Jinan|Zhengzhou|Changsha|Kunming|Nanning|
Fuzhou|Xiamen|Amoy|Hefei|Nanchang|Guiyang|Lanzhou|Xining|Yinchuan|Hohhot|Urumqi|Ürümqi|Kashgar|Kashi|Lhasa|
Shigatse|Taiyuan|Shijiazhuang|Changchun|Haikou|Sanya|Dongguan|Foshan|Zhuhai|Ningbo|Wenzhou|Baotou|Ordos|
Khorgos|Horgos|Yiwu|Kaohsiung|Taichung|Tainan|Hsinchu|Keelung|Kinmen|Matsu|
Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Kobe|Fukuoka|Hiroshima|Nagasaki|Sendai|Fukushima|Okinawa|Naha|Niigata|
Kawasaki|Busan|Pusan|Incheon|Daegu|Gwangju|Daejeon|Ulsan|Panmunjom|Kaesong|Sinuiju|Hamhung|Rason|Wonsan|
Yongbyon|Punggye-ri|
Ho Chi Minh City|Saigon|Da Nang|Haiphong|Hue|Chiang Mai|Phuket|Pattaya|Siem Reap|Sihanoukville|Luang Prabang|
Surabaya|Bandung|Medan|Semarang|Makassar|Denpasar|Bali|Yogyakarta|Jayapura|Banda Aceh|Penang|George Town|
Johor Bahru|Kota Kinabalu|Kuching|Cebu|Cebu City|Davao|Quezon City|Makati|Marawi|Zamboanga|Mindanao|
Sydney|Melbourne|Brisbane|Perth|Adelaide|Darwin|Hobart|Gold Coast|Auckland|Christchurch|Queenstown|Nadi|
Dubai|Sharjah|Ajman|Fujairah|Ras al-Khaimah|Jeddah|Jiddah|Mecca|Makkah|Medina|Madinah|Dammam|Dhahran|Neom|
Taif|Mosul|Basra|Basrah|Erbil|Irbil|Arbil|Kirkuk|Sulaymaniyah|Sulaimaniyah|Najaf|Karbala|Fallujah|Ramadi|
Tikrit|Samarra|Duhok|Dohuk|Sinjar|Aleppo|Homs|Hama|Latakia|Tartus|Idlib|Raqqa|Raqqah|Deir ez-Zor|
Deir el-Zour|Daraa|Deraa|Qamishli|Kobani|Afrin|Manbij|Palmyra|Douma|Ghouta|Suwayda|Sweida|Tyre|Sidon|Tripoli|
Baalbek|Byblos|Haifa|Eilat|Beersheba|Be'er Sheva|Ashkelon|Ashdod|Netanya|Nazareth|Sderot|Hebron|Bethlehem|
Nablus|Jenin|Jericho|Tulkarm|Gaza City|Khan Younis|Khan Yunis|Rafah|Deir al-Balah|Jabalia|Beit Lahia|Irbid|
Aqaba|Zarqa|Isfahan|Esfahan|Mashhad|Tabriz|Shiraz|Qom|Ahvaz|Ahwaz|Kermanshah|Bandar Abbas|Bushehr|Natanz|
Fordow|Arak|Zahedan|Kerman|Yazd|Rasht|Chabahar|Salalah|Sohar|Hodeidah|Hudaydah|Taiz|Marib|Mukalla|Saada|
Alexandria|Giza|Luxor|Aswan|Port Said|Suez|Ismailia|Sharm el-Sheikh|Sharm El Sheikh|Hurghada|El Arish|
Benghazi|Misrata|Sirte|Tobruk|Derna|Sabha|Sfax|Sousse|Oran|Constantine|Annaba|Casablanca|Marrakech|Marrakesh|
Fez|Fes|Tangier|Tangiers|Agadir|Ceuta|Melilla|Dakhla|Omdurman|El Fasher|Al-Fashir|Nyala|El Geneina|Geneina|
Wad Madani|Kassala|Kadugli|Malakal|Wau|Mekelle|Mekele|Gondar|Bahir Dar|Dire Dawa|Hawassa|Awasa|Adama|
Berbera|Kismayo|Baidoa|Garowe|Bosaso|Mombasa|Kisumu|Nakuru|Eldoret|Garissa|Zanzibar|Arusha|Mwanza|Dodoma|
Goma|Bukavu|Lubumbashi|Kisangani|Kananga|Mbuji-Mayi|Bunia|Kolwezi|Pointe-Noire|Entebbe|Gulu|Kigoma|
Lagos|Kano|Ibadan|Port Harcourt|Kaduna|Maiduguri|Benin City|Enugu|Jos|Sokoto|Zaria|Onitsha|Calabar|Warri|
Kumasi|Tamale|Takoradi|Bouake|Bouaké|San-Pedro|Timbuktu|Tombouctou|Gao|Kidal|Mopti|Menaka|Ménaka|Agadez|Zinder|
Maradi|Diffa|Tillaberi|Tillabéri|Bobo-Dioulasso|Djibo|Touba|Saint-Louis|Ziguinchor|Thies|Thiès|Nouadhibou|
Douala|Bamenda|Buea|Maroua|Garoua|Port-Gentil|Abeche|Abéché|Johannesburg|Soweto|Durban|Port Elizabeth|
Gqeberha|East London|Pietermaritzburg|Polokwane|Kimberley|Bulawayo|Mutare|Ndola|Kitwe|Livingstone|Blantyre|
Beira|Nampula|Pemba|Palma|Mocimboa da Praia|Toamasina|Benguela|Lobito|Huambo|Cabinda|Walvis Bay|Francistown|
Massawa|Assab
`);

/** Every city entry: capitals first, then the rest (deduplicated). */
export const CITIES: readonly string[] = [...new Set([...CAPITALS, ...OTHER_CITIES])];
