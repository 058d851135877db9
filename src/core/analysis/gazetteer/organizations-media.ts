// News agencies, media outlets and companies that appear in international news.
import { pipeList } from './list';

/** News agencies, broadcasters, newspapers and online outlets worldwide (with and without a leading "The"). */
export const MEDIA_OUTLETS: readonly string[] = pipeList(`
Reuters|Thomson Reuters|AFP|Agence France-Presse|Agence France Presse|Associated Press|AP|The Associated Press|
Bloomberg|Bloomberg News|Dow Jones|Dow Jones Newswires|UPI|United Press International|Press Association|PA Media|
TASS|ITAR-TASS|RIA Novosti|RIA|Interfax|Interfax-Ukraine|Sputnik|RT|Russia Today|Rossiya Segodnya|Channel One|
Rossiya 1|NTV|Izvestia|Kommersant|Vedomosti|RBC|Rossiyskaya Gazeta|Komsomolskaya Pravda|Moskovsky Komsomolets|
Novaya Gazeta|Meduza|Dozhd|TV Rain|Mediazona|The Insider|Fontanka|Ekho Moskvy|Echo of Moscow|Regnum|Lenta.ru|
Gazeta.ru|Nezavisimaya Gazeta|Ukrinform|UNIAN|Ukrainska Pravda|Kyiv Independent|Kyiv Post|Suspilne|Hromadske|
BelTA|Kazinform|Tengrinews|Kabar|AKIpress|24.kg|Kloop|Khovar|Asia-Plus|Avesta|UzA|Kun.uz|Gazeta.uz|APA|
Report.az|Armenpress|News.am|Agenda.ge|Civil.ge|Eurasianet|RFE/RL|Radio Free Europe|Radio Free Europe/Radio Liberty|
Radio Liberty|Radio Ozodi|Radio Azattyk|Azattyk|Ozodlik|Current Time|Voice of America|VOA|Radio Free Asia|RFA|
Xinhua|Xinhua News Agency|China News Service|People's Daily|Global Times|China Daily|CGTN|CCTV|Caixin|
South China Morning Post|SCMP|Phoenix TV|Central News Agency|Taipei Times|Focus Taiwan|Kyodo|Kyodo News|Jiji|
Jiji Press|NHK|Asahi Shimbun|Yomiuri Shimbun|Mainichi|Mainichi Shimbun|Nikkei|Nikkei Asia|Japan Times|Yonhap|
Yonhap News Agency|KCNA|Korean Central News Agency|Rodong Sinmun|KBS|MBC|Chosun Ilbo|JoongAng Ilbo|Korea Herald|
Korea Times|Hankyoreh|ANI|Asian News International|PTI|Press Trust of India|IANS|Times of India|The Times of India|
Hindustan Times|The Hindu|Indian Express|The Indian Express|NDTV|India Today|Economic Times|Deccan Herald|
The Wire|Scroll.in|Dawn|The Express Tribune|Geo News|Geo TV|The News International|APP|Associated Press of Pakistan|
Daily Star|The Daily Star|Prothom Alo|bdnews24|Kathmandu Post|Daily Mirror|Ada Derana|Antara|Jakarta Post|
Tempo|Kompas|Bernama|The Star|New Straits Times|Malaysiakini|Straits Times|The Straits Times|Channel NewsAsia|
CNA|Bangkok Post|The Nation|Thai PBS|VnExpress|Vietnam News Agency|VNA|Tuoi Tre|Philippine Daily Inquirer|Inquirer|
Rappler|ABC|Australian Broadcasting Corporation|ABC News|SBS|Sydney Morning Herald|The Australian|The Age|
NZ Herald|New Zealand Herald|RNZ|Al Jazeera|Al Jazeera English|Al Arabiya|Al-Arabiya|Asharq Al-Awsat|
Al-Ahram|Ahram Online|MENA|Middle East News Agency|Saudi Press Agency|SPA|WAM|Emirates News Agency|Gulf News|
The National|Khaleej Times|QNA|Qatar News Agency|KUNA|Kuwait News Agency|BNA|Jordan Times|NNA|
National News Agency|L'Orient-Le Jour|An-Nahar|Al-Manar|Al-Mayadeen|SANA|Syrian Arab News Agency|Rudaw|Kurdistan24|
Shafaq News|INA|Iraqi News Agency|IRNA|Islamic Republic News Agency|Fars|Fars News Agency|Tasnim|Tasnim News Agency|
Mehr|Mehr News Agency|ISNA|Press TV|PressTV|Kayhan|Tehran Times|Iran International|Haaretz|Times of Israel|
The Times of Israel|Jerusalem Post|The Jerusalem Post|Yedioth Ahronoth|Ynet|Ynetnews|Israel Hayom|Channel 12|
i24NEWS|WAFA|Ma'an|Anadolu|Anadolu Agency|AA|TRT|TRT World|Daily Sabah|Hurriyet|Hürriyet|Sabah|Cumhuriyet|
Milliyet|Sozcu|Sözcü|Bianet|Duvar|Middle East Eye|Al-Monitor|The New Arab|Mada Masr|APS|Algerie Presse Service|
Maghreb Arab Press|TAP|Libya Observer|SUNA|Sudan Tribune|ENA|Ethiopian News Agency|Addis Standard|
Daily Nation|The Standard|The EastAfrican|Citizen TV|New Vision|Daily Monitor|The Citizen|Punch|
The Punch|Vanguard|Premium Times|The Guardian Nigeria|ThisDay|Channels TV|NAN|News Agency of Nigeria|GhanaWeb|
Graphic Online|Jeune Afrique|RFI|Radio France Internationale|APA News|SABC|News24|Mail & Guardian|Daily Maverick|
Sunday Times|The Herald|NewsDay|Africanews|AllAfrica|EFE|Agencia EFE|Europa Press|El Pais|El País|El Mundo|
La Vanguardia|RTVE|ANSA|Agenzia Nova|AGI|Adnkronos|La Repubblica|Corriere della Sera|La Stampa|
Il Sole 24 Ore|RAI|dpa|DPA|Deutsche Presse-Agentur|Deutsche Welle|DW|Der Spiegel|Spiegel|Die Zeit|Zeit|
Frankfurter Allgemeine Zeitung|FAZ|Sueddeutsche Zeitung|Süddeutsche Zeitung|Die Welt|Welt|Bild|Handelsblatt|
ARD|ZDF|Tagesschau|Der Standard|Die Presse|Kronen Zeitung|NZZ|Neue Zuercher Zeitung|Neue Zürcher Zeitung|
SRF|Swissinfo|Keystone-SDA|Le Monde|Le Figaro|Liberation|Libération|Les Echos|L'Express|Le Point|France 24|
France 24 English|BFMTV|France Televisions|France Info|Franceinfo|Belga|Le Soir|De Standaard|Politico|
Politico Europe|Euractiv|Euronews|EUobserver|ANP|NOS|De Telegraaf|NRC|de Volkskrant|Ritzau|SVT|
Dagens Nyheter|Aftenposten|NRK|NTB|Yle|Helsingin Sanomat|LETA|ERR|LSM|LRT|BNS|Baltic News Service|PAP|
Polish Press Agency|Gazeta Wyborcza|Rzeczpospolita|TVN24|CTK|Czech News Agency|TASR|MTI|Hungarian News Agency|
Index.hu|Hungary Today|Agerpres|BTA|Balkan Insight|BIRN|Tanjug|N1|HINA|STA|MIA|Kathimerini|AMNA|
Athens News Agency|Cyprus Mail|Lusa|Publico|Público|RTP|Irish Times|The Irish Times|Irish Independent|RTE|RTÉ|
BBC|British Broadcasting Corporation|BBC News|BBC World Service|ITV|ITV News|Channel 4|Channel 4 News|Sky News|The Guardian|Guardian|The Observer|
The Times|The Sunday Times|Financial Times|FT|The Economist|Economist|The Telegraph|Telegraph|
Daily Telegraph|Daily Mail|Mail Online|MailOnline|The Independent|Independent|The Sun|
Evening Standard|The Spectator|New Statesman|i newspaper|CNN|Cable News Network|CNN International|MSNBC|NBC|NBC News|CBS|
CBS News|Fox News|PBS|NPR|National Public Radio|C-SPAN|CNBC|Newsmax|One America News|OAN|
New York Times|The New York Times|NYT|Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal|
WSJ|USA Today|Los Angeles Times|LA Times|Chicago Tribune|Boston Globe|The Boston Globe|New York Post|
Newsweek|Time magazine|The Atlantic|The New Yorker|New Yorker|Foreign Policy|Foreign Affairs|Axios|
The Hill|Vox|Vice|Vice News|BuzzFeed News|HuffPost|Huffington Post|Business Insider|Forbes|Fortune|
ProPublica|The Intercept|Semafor|Punchbowl News|Breitbart|The Daily Beast|Daily Beast|Slate|Salon|Mother Jones|
National Review|Rolling Stone|Wired|The Verge|TechCrunch|Ars Technica|Defense News|Military Times|
Stars and Stripes|Breaking Defense|Janes|Jane's|Bellingcat|OCCRP|Globe and Mail|The Globe and Mail|Toronto Star|
National Post|CBC|CBC News|Radio-Canada|CTV|CTV News|Global News|Canadian Press|La Presse|Le Devoir|
Clarin|Clarín|La Nacion|La Nación|Infobae|Pagina 12|Página 12|Telam|Télam|O Globo|Folha de S.Paulo|Folha|
Estadao|Estadão|Agencia Brasil|Agência Brasil|TV Globo|Globo|Reforma|El Universal|Milenio|La Jornada|Proceso|
Notimex|El Tiempo|Semana|El Comercio|La Tercera|El Mercurio|Prensa Latina|Granma|Telesur|TeleSUR|El Nacional|
El Faro|Confidencial|Univision|Telemundo|Aljazeera|Al Jazeera Arabic|Sky News Arabia|Alhurra
`);

/** Companies often named in international news: energy, tech, finance, defence, industry, transport. */
export const COMPANIES: readonly string[] = pipeList(`
Gazprom|Gazprom Neft|Gazprombank|Rosneft|Lukoil|Novatek|Transneft|Surgutneftegas|Tatneft|Sberbank|
Sber|VTB|Alfa-Bank|Tinkoff|Yandex|VK|Kaspersky|Kaspersky Lab|Aeroflot|Rostec|Almaz-Antey|Uralvagonzavod|
Kalashnikov|Sukhoi|United Aircraft Corporation|Norilsk Nickel|Nornickel|Rusal|Severstal|Magnitogorsk|
Sinopec|PetroChina|CNPC|China National Petroleum Corporation|CNOOC|State Grid|China Railway|COSCO|Huawei|ZTE|
Tencent|Alibaba|Ant Group|Baidu|ByteDance|TikTok|Xiaomi|BYD|CATL|SMIC|Lenovo|DJI|Hikvision|Temu|Shein|JD.com|
Pinduoduo|DeepSeek|Geely|Evergrande|Country Garden|ICBC|Bank of China|China Construction Bank|Agricultural Bank of China|
Exxon|ExxonMobil|Exxon Mobil|Chevron|ConocoPhillips|Occidental|Halliburton|Schlumberger|SLB|Baker Hughes|
Shell|BP|TotalEnergies|Total|Eni|Equinor|Repsol|OMV|Orlen|PKN Orlen|MOL|Saudi Aramco|Aramco|ADNOC|Abu Dhabi National Oil Company|QatarEnergy|
Qatar Petroleum|Kuwait Petroleum Corporation|NIOC|National Iranian Oil Company|SOCAR|KazMunayGas|Kazatomprom|
Uzbekneftegaz|Turkmengaz|Naftogaz|Energoatom|Ukrenergo|Petrobras|Pemex|PDVSA|YPF|Ecopetrol|Sonatrach|NNPC|
Gazprom Export|Nord Stream|Nord Stream AG|Caspian Pipeline Consortium|CPC|Glencore|Vitol|Trafigura|Gunvor|
Rio Tinto|BHP|Anglo American|Vale|Barrick Gold|Newmont|ArcelorMittal|Tata Steel|Tata|Tata Group|Reliance|
Reliance Industries|Adani|Adani Group|Infosys|Wipro|HCL|Mahindra|Larsen & Toubro|Apple|Microsoft|Google|Alphabet|
Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|X Corp|OpenAI|Anthropic|Nvidia|NVIDIA|Intel|AMD|Qualcomm|
Broadcom|Cisco|Oracle|IBM|Dell|HP|Salesforce|Netflix|Uber|Airbnb|SpaceX|Starlink|Tesla|Palantir|Telegram|
Signal|Zoom|YouTube|Spotify|PayPal|Visa|Mastercard|Samsung|Samsung Electronics|SK Hynix|LG|Hyundai|Kia|
Sony|Toyota|Honda|Nissan|Mitsubishi|Hitachi|Panasonic|SoftBank|Nintendo|TSMC|Taiwan Semiconductor Manufacturing|
Foxconn|ASML|Philips|Siemens|Siemens Energy|SAP|Bosch|BASF|Bayer|Volkswagen|VW|BMW|Mercedes-Benz|Daimler|
Porsche|Stellantis|Renault|Peugeot|Fiat|Ferrari|Volvo|Ericsson|Nokia|Novo Nordisk|Maersk|AP Moller-Maersk|
Nestle|Nestlé|Unilever|Danone|LVMH|L'Oreal|L'Oréal|Carrefour|Ikea|IKEA|H&M|Zara|Inditex|Adidas|Puma|Nike|
Coca-Cola|PepsiCo|McDonald's|Starbucks|Walmart|Costco|Procter & Gamble|Johnson & Johnson|Pfizer|BioNTech|
Moderna|AstraZeneca|GSK|GlaxoSmithKline|Novartis|Roche|Sanofi|Merck|Eli Lilly|AbbVie|Gilead|Sinovac|Sinopharm|
Gamaleya|Boeing|Airbus|Embraer|Bombardier|Lockheed Martin|Lockheed|Raytheon|RTX|Northrop Grumman|
General Dynamics|General Electric|GE|Honeywell|L3Harris|BAE Systems|Rheinmetall|Thales|Dassault|Dassault Aviation|
Safran|Leonardo|Saab|Kongsberg|KNDS|MBDA|Elbit|Elbit Systems|Rafael|Israel Aerospace Industries|IAI|Baykar|
Aselsan|TUSAS|Turkish Aerospace|Hanwha|Hanwha Aerospace|Hyundai Rotem|Korea Aerospace Industries|Anduril|
Caterpillar|3M|Ford|General Motors|GM|Chrysler|JPMorgan|JPMorgan Chase|JP Morgan|Goldman Sachs|Morgan Stanley|
Citigroup|Citi|Bank of America|Wells Fargo|BlackRock|Vanguard|Berkshire Hathaway|HSBC|Barclays|Lloyds|
NatWest|Standard Chartered|Deutsche Bank|Commerzbank|BNP Paribas|Societe Generale|Société Générale|Credit Agricole|
UBS|Credit Suisse|ING|Santander|BBVA|UniCredit|Intesa Sanpaolo|Raiffeisen|Raiffeisen Bank International|Nomura|
Mitsubishi UFJ|Euroclear|Swift|SWIFT|Moody's|Standard & Poor's|S&P|S&P Global|Fitch|Fitch Ratings|Nasdaq|
New York Stock Exchange|NYSE|London Stock Exchange|Moscow Exchange|Qatar Airways|Etihad|
Turkish Airlines|Lufthansa|Air France|British Airways|Ryanair|Air India|Singapore Airlines|Cathay Pacific|
Delta|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|Deutsche Bahn|Eurostar|
Halkbank|Ziraat|Kaspi|Kaspi.kz|Halyk Bank|Beeline|Kcell|MTS|Megafon|Tajik Aluminium Company|Talco|
China Three Gorges|PowerChina|Sinohydro|China Road and Bridge Corporation|
Gazprom Media|DP World|Emaar|Mubadala|Suez Canal Authority
`);
