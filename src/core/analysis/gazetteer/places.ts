// Place gazetteer entry point: countries, cities, regions, demonyms and spelling aliases.
import { pipeList, pipeMap } from './list';

export { COUNTRIES } from './countries';
export { CAPITALS, CITIES, OTHER_CITIES } from './cities';
export {
  ASIAN_REGIONS,
  OTHER_SUBNATIONAL,
  POST_SOVIET_REGIONS,
  REGIONS,
  US_CANADA_AUSTRALIA,
  WATER_BODIES,
  WORLD_REGIONS,
} from './regions';
export { NATIONALITIES, NATIONALITY_TO_PLACE, RELIGIOUS_WORDS } from './demonyms';

/** Alternative, abbreviated, historical or transliterated spelling -> canonical name (the canonical is itself listed). */
export const PLACE_ALIASES: ReadonlyMap<string, string> = pipeMap(`
U.S.=United States|US=United States|USA=United States|U.S.A.=United States|America=United States|
United States of America=United States|UK=United Kingdom|U.K.=United Kingdom|Britain=United Kingdom|
Great Britain=United Kingdom|GB=United Kingdom|Russian Federation=Russia|People's Republic of China=China|PRC=China|
Mainland China=China|Republic of China=Taiwan|Chinese Taipei=Taiwan|Kirghizia=Kyrgyzstan|Kirgizia=Kyrgyzstan|
Kyrgyz Republic=Kyrgyzstan|Kazakstan=Kazakhstan|Tadjikistan=Tajikistan|Côte d'Ivoire=Ivory Coast|
Cote d'Ivoire=Ivory Coast|Czechia=Czech Republic|Burma=Myanmar|DPRK=North Korea|
Democratic People's Republic of Korea=North Korea|Republic of Korea=South Korea|ROK=South Korea|
DRC=Democratic Republic of Congo|DR Congo=Democratic Republic of Congo|Democratic Republic of the Congo=Democratic Republic of Congo|
Congo-Kinshasa=Democratic Republic of Congo|Zaire=Democratic Republic of Congo|Congo-Brazzaville=Republic of the Congo|
Belorussia=Belarus|Byelorussia=Belarus|Moldavia=Moldova|Macedonia=North Macedonia|Swaziland=Eswatini|
Cape Verde=Cabo Verde|Timor-Leste=East Timor|Türkiye=Turkey|Turkiye=Turkey|Persia=Iran|Islamic Republic of Iran=Iran|
Syrian Arab Republic=Syria|Holland=Netherlands|The Netherlands=Netherlands|The Philippines=Philippines|
The Bahamas=Bahamas|The Gambia=Gambia|Ceylon=Sri Lanka|Siam=Thailand|Kampuchea=Cambodia|Viet Nam=Vietnam|
Lao PDR=Laos|UAE=United Arab Emirates|Emirates=United Arab Emirates|KSA=Saudi Arabia|RSA=South Africa|
Holy See=Vatican City|Vatican=Vatican City|Hellas=Greece|Eire=Ireland|Republic of Ireland=Ireland|
Bosnia-Herzegovina=Bosnia and Herzegovina|Bosnia=Bosnia and Herzegovina|Brunei Darussalam=Brunei|
Surinam=Suriname|the Ukraine=Ukraine|Aotearoa=New Zealand|PNG=Papua New Guinea|CAR=Central African Republic|
State of Palestine=Palestine|Palestinian Territories=Palestine|Occupied Palestinian Territories=Palestine|
Sahrawi Republic=Western Sahara|Turkish Republic of Northern Cyprus=Northern Cyprus|Falklands=Falkland Islands|
Malvinas=Falkland Islands|Macao=Macau|Curacao=Curaçao|Reunion=Réunion|USSR=Soviet Union|
Sao Tome and Principe=São Tomé and Príncipe|St Kitts and Nevis=Saint Kitts and Nevis|St Lucia=Saint Lucia|
Aland Islands=Åland Islands|Federated States of Micronesia=Micronesia|
Kiev=Kyiv|Kharkov=Kharkiv|Odessa=Odesa|Lvov=Lviv|Lwow=Lviv|Dnepr=Dnipro|Dnipropetrovsk=Dnipro|
Zaporozhye=Zaporizhzhia|Zaporizhia=Zaporizhzhia|Lugansk=Luhansk|Nikolaev=Mykolaiv|Artemovsk=Bakhmut|
Slavyansk=Sloviansk|Severodonetsk=Sievierodonetsk|Izyum=Izium|Berdiansk=Berdyansk|Chornobyl=Chernobyl|
Sebastopol=Sevastopol|Leningrad=St. Petersburg|Saint Petersburg=St. Petersburg|St Petersburg=St. Petersburg|
Petersburg=St. Petersburg|Ekaterinburg=Yekaterinburg|Sverdlovsk=Yekaterinburg|Nizhniy Novgorod=Nizhny Novgorod|
Gorky=Nizhny Novgorod|Stalingrad=Volgograd|Togliatti=Tolyatti|Koenigsberg=Kaliningrad|Archangel=Arkhangelsk|
Orel=Oryol|Alma-Ata=Almaty|Nur-Sultan=Astana|Akmola=Astana|Chimkent=Shymkent|Qaraghandy=Karaganda|Aqtobe=Aktobe|
Aqtau=Aktau|Semipalatinsk=Semey|Ust-Kamenogorsk=Oskemen|Qyzylorda=Kyzylorda|Frunze=Bishkek|
Khodjent=Khujand|Leninabad=Khujand|Kulyab=Kulob|Kurgan-Tyube=Bokhtar|Samarqand=Samarkand|Bukhoro=Bukhara|
Andijon=Andijan|Ferghana=Fergana|Qo'qon=Kokand|Termiz=Termez|Qarshi=Karshi|Navoiy=Navoi|Ashkhabad=Ashgabat|
Türkmenabat=Turkmenabat|Türkmenbaşy=Turkmenbashi|Tiflis=Tbilisi|Khankendi=Stepanakert|Shushi=Shusha|
Sukhum=Sukhumi|Kishinev=Chisinau|Chişinău=Chisinau|Qandahar=Kandahar|Mazar-e-Sharif=Mazar-i-Sharif|
Bamyan=Bamiyan|Bombay=Mumbai|Calcutta=Kolkata|Madras=Chennai|Bangalore=Bengaluru|Poona=Pune|Baroda=Vadodara|
Benares=Varanasi|Trivandrum=Thiruvananthapuram|Cochin=Kochi|Vizag=Visakhapatnam|Gurgaon=Gurugram|Mysore=Mysuru|
Dacca=Dhaka|Chattogram=Chittagong|Rangoon=Yangon|Naypyitaw=Naypyidaw|Nay Pyi Taw=Naypyidaw|Peking=Beijing|
Canton=Guangzhou|Chungking=Chongqing|Tientsin=Tianjin|Xian=Xi'an|Nanking=Nanjing|Tsingtao=Qingdao|Amoy=Xiamen|
Ürümqi=Urumqi|Kashi=Kashgar|Horgos=Khorgos|Pusan=Busan|Saigon=Ho Chi Minh City|Ulan Bator=Ulaanbaatar|
Teheran=Tehran|Esfahan=Isfahan|Ahwaz=Ahvaz|Irbil=Erbil|Arbil=Erbil|Sulaimaniyah=Sulaymaniyah|Basrah=Basra|
Dohuk=Duhok|Raqqah=Raqqa|Deir el-Zour=Deir ez-Zor|Deraa=Daraa|Sweida=Suwayda|Sana'a=Sanaa|Hudaydah=Hodeidah|
Jiddah=Jeddah|Makkah=Mecca|Madinah=Medina|Be'er Sheva=Beersheba|Khan Yunis=Khan Younis|Sharm El Sheikh=Sharm el-Sheikh|
Al-Fashir=El Fasher|Geneina=El Geneina|Mekele=Mekelle|Awasa=Hawassa|Tombouctou=Timbuktu|Ménaka=Menaka|
Tillabéri=Tillaberi|Bouaké=Bouake|Thiès=Thies|Abéché=Abeche|Gqeberha=Port Elizabeth|Marrakesh=Marrakech|
Fes=Fez|Tangiers=Tangier|Yaoundé=Yaounde|Ndjamena=N'Djamena|Lomé=Lome|Malé=Male|Brasília=Brasilia|
Bogotá=Bogota|Asunción=Asuncion|San José=San Jose|São Paulo=Sao Paulo|São Tomé=Sao Tome|Reykjavík=Reykjavik|
Berne=Bern|Prishtina=Pristina|El Aaiún=Laayoune|Nouméa=Noumea|Washington, D.C.=Washington|Washington D.C.=Washington|
NYC=New York|New York City=New York|Montréal=Montreal|Québec=Quebec City|Ciudad Juárez=Ciudad Juarez|
Culiacán=Culiacan|Cancún=Cancun|Córdoba=Cordoba|Medellín=Medellin|Valparaíso=Valparaiso|Cuzco=Cusco|
München=Munich|Köln=Cologne|Düsseldorf=Dusseldorf|Hannover=Hanover|Málaga=Malaga|Oporto=Porto|Zürich=Zurich|
Gdańsk=Gdansk|Kraków=Krakow|Cracow=Krakow|Wrocław=Wroclaw|Łódź=Lodz|Rzeszów=Rzeszow|Košice=Kosice|
Cluj=Cluj-Napoca|Constanța=Constanta|Iași=Iasi|Malmö=Malmo|Tromsø=Tromso|Diyarbakır=Diyarbakir|
Constantinople=Istanbul|Tiranë=Tirana|Tirane=Tirana|
Donbass=Donbas|Crimean Peninsula=Crimea|Daghestan=Dagestan|Ichkeria=Chechnya|Chechen Republic=Chechnya|
Bashkiria=Bashkortostan|Tyva=Tuva|Sakha=Yakutia|Sakha Republic=Yakutia|Kurils=Kuril Islands|
Northern Territories=Kuril Islands|Primorsky Krai=Primorye|Artsakh=Nagorno-Karabakh|Karabakh=Nagorno-Karabakh|
Ajaria=Adjara|Pridnestrovie=Transnistria|GBAO=Gorno-Badakhshan|Mangistau=Mangystau|Chuy=Chui region|
Xizang=Tibet|East Turkestan=Xinjiang|Orissa=Odisha|Baluchistan=Balochistan|Arakan=Rakhine|Kayin=Karen State|
Ayeyarwady=Irrawaddy|Senkakus=Senkaku Islands|Diaoyu Islands=Senkaku Islands|Spratlys=Spratly Islands|
Paracels=Paracel Islands|Takeshima=Dokdo|Golan=Golan Heights|Judea and Samaria=West Bank|Gaza Strip=Gaza|
Hadramawt=Hadramout|Hijaz=Hejaz|Sistan-Baluchestan=Sistan and Baluchestan|Catalunya=Catalonia|
Baden-Wurttemberg=Baden-Württemberg|Suwałki Gap=Suwalki Gap|Lesvos=Lesbos|Michoacán=Michoacan|Yucatán=Yucatan|
Darién Gap=Darien Gap|Táchira=Tachira|Araucanía=Araucania|Galápagos=Galapagos|
Tien Shan=Tian Shan|Pamir=Pamirs|Rocky Mountains=Rockies|Sinai Peninsula=Sinai|Gobi Desert=Gobi|
Rub' al Khali=Empty Quarter|Everest=Mount Everest|Etna=Mount Etna|Ararat=Mount Ararat|Ferghana Valley=Fergana Valley|
Arabian Gulf=Persian Gulf|South-East Asia=Southeast Asia|Mideast=Middle East|Asia Pacific=Asia-Pacific|
Baltic states=Baltics|Nordic countries=Nordics|Transcaucasia=South Caucasus|Amazonia=Amazon|
East Sea=Sea of Japan|West Philippine Sea=South China Sea|Gulf of America=Gulf of Mexico|Azov Sea=Sea of Azov|
Hormuz=Strait of Hormuz|Bab al-Mandab=Bab el-Mandeb|Malacca Strait=Strait of Malacca|Bosporus=Bosphorus|
Pyanj=Panj|Dnipro River=Dnieper|Ganga=Ganges|Huang He=Yellow River|Yangtze River=Yangtze|Helmand River=Helmand|
Araxes=Aras|Paraná=Parana|River Plate=Rio de la Plata|Baikal=Lake Baikal|Balkhash=Lake Balkhash|
Issyk Kul=Issyk-Kul|Lake Tiberias=Sea of Galilee|Caspian=Caspian Sea|Aegean=Aegean Sea|
Adriatic=Adriatic Sea|Atlantic=Atlantic Ocean|Pacific=Pacific Ocean
`);

/** Entries in the lists above that are also common words or given names: require context before tagging. */
export const AMBIGUOUS_PLACE_NAMES: readonly string[] = pipeList(`
Georgia|Jordan|Chad|Niger|Guinea|Turkey|Victoria|Florence|Hamilton|Douglas|Kingston|Jersey|Male|Nice|Split|Mali|
Santiago|Salvador|Valencia|Santa Cruz|Richmond|Springfield|Columbus|Rio|Sucre|Gitega|Hue|Bali|Java|
Ohio|Indiana|Virginia|Washington|Vladimir|Kirov|Engels|Perm|Mirny|Rasht|Gori|Gao|Goa|
Amur|Aras|Kura|Helmand|Panj|Sinai|Golan|Gulf|Atlantic|Pacific|
Caspian|Arctic|Amazon|Mecca|Medina|Tyre|Bonn|Perth|Darwin|Hobart|Wellington|Charlotte|
Orlando|Austin|Phoenix|Homs|Hama|Gaza|Rafah|Kent|Ulster
`);
