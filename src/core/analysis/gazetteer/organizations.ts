// Organization gazetteer: well-known bodies, media, movements, institutions, companies and acronyms.
import { pipeList, pipeMap } from './list';
import { COMPANIES, MEDIA_OUTLETS } from './organizations-media';

export { COMPANIES, MEDIA_OUTLETS } from './organizations-media';

/** Intergovernmental bodies, alliances, blocs and international courts and NGOs. */
export const INTERNATIONAL_BODIES: readonly string[] = pipeList(`
United Nations|UN|U.N.|UN Security Council|United Nations Security Council|Security Council|UN General Assembly|
United Nations General Assembly|General Assembly|UN Secretariat|UNSC|UNGA|UN Human Rights Council|Human Rights Council|
Economic and Social Council|International Court of Justice|ICJ|International Criminal Court|ICC|UNESCO|United Nations Educational, Scientific and Cultural Organization|UNICEF|United Nations Children's Fund|UNHCR|
UN Refugee Agency|UNDP|UN Development Programme|United Nations Development Programme|UNEP|UN Environment Programme|
UNFPA|UNRWA|United Nations Relief and Works Agency|OCHA|UN Office for the Coordination of Humanitarian Affairs|UNCTAD|UNODC|UN Women|UNIDO|UNAIDS|UN Habitat|UNOCT|UNAMA|UNIFIL|MONUSCO|MINUSMA|UNMISS|
World Food Programme|WFP|Food and Agriculture Organization|Food and Agriculture Organisation|FAO|
World Health Organization|World Health Organisation|WHO|International Labour Organization|
International Labour Organisation|ILO|International Atomic Energy Agency|IAEA|International Maritime Organization|
IMO|International Civil Aviation Organization|ICAO|International Telecommunication Union|ITU|
World Meteorological Organization|WMO|World Intellectual Property Organization|WIPO|Universal Postal Union|
International Organization for Migration|IOM|Organisation for the Prohibition of Chemical Weapons|OPCW|
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO|International Monetary Fund|IMF|World Bank|
World Bank Group|International Finance Corporation|IFC|World Trade Organization|World Trade Organisation|WTO|
Bank for International Settlements|BIS|Asian Development Bank|ADB|Asian Infrastructure Investment Bank|AIIB|
African Development Bank|AfDB|European Bank for Reconstruction and Development|EBRD|European Investment Bank|EIB|
Inter-American Development Bank|IDB|New Development Bank|Eurasian Development Bank|Islamic Development Bank|
Paris Club|Financial Action Task Force|FATF|Organisation for Economic Co-operation and Development|
Organization for Economic Cooperation and Development|OECD|International Energy Agency|IEA|
International Renewable Energy Agency|IRENA|OPEC|OPEC+|Organization of the Petroleum Exporting Countries|
Gas Exporting Countries Forum|Intergovernmental Panel on Climate Change|IPCC|UNFCCC|Green Climate Fund|
European Union|EU|E.U.|European Commission|European Parliament|European Council|Council of the European Union|
European Central Bank|ECB|Eurogroup|Eurozone|European Court of Justice|Court of Justice of the European Union|
European Court of Human Rights|ECHR|Council of Europe|Europol|Frontex|Eurostat|European Medicines Agency|EMA|
European External Action Service|EEAS|European Free Trade Association|EFTA|Schengen Area|
North Atlantic Treaty Organization|North Atlantic Treaty Organisation|NATO|Nato|North Atlantic Council|
Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe|
Organization for Security and Cooperation in Europe|OSCE|Collective Security Treaty Organization|
Collective Security Treaty Organisation|CSTO|Shanghai Cooperation Organization|Shanghai Cooperation Organisation|
SCO|Commonwealth of Independent States|CIS|Eurasian Economic Union|EAEU|EEU|Eurasian Economic Commission|
Union State|Organization of Turkic States|Organisation of Turkic States|Turkic Council|GUAM|
Conference on Interaction and Confidence-Building Measures in Asia|CICA|Association of Southeast Asian Nations|
ASEAN|ASEAN Regional Forum|East Asia Summit|Asia-Pacific Economic Cooperation|APEC|Quad|
Quadrilateral Security Dialogue|AUKUS|Five Eyes|Pacific Islands Forum|South Asian Association for Regional Cooperation|
SAARC|BIMSTEC|Mekong River Commission|African Union|AU|African Union Commission|Organisation of African Unity|
Economic Community of West African States|ECOWAS|Alliance of Sahel States|Southern African Development Community|SADC|
East African Community|EAC|Intergovernmental Authority on Development|IGAD|Economic Community of Central African States|
ECCAS|Arab League|League of Arab States|Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf|
Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC|Arab Monetary Fund|
Organization of American States|OAS|Mercosur|Mercosul|Andean Community|CELAC|Caribbean Community|CARICOM|
Pacific Alliance|ALBA|USMCA|NAFTA|BRICS|BRICS+|G7|G8|G20|Group of Seven|Group of 20|Group of Twenty|G77|
Group of 77|Non-Aligned Movement|Commonwealth|Commonwealth of Nations|Arctic Council|Council of the Baltic Sea States|
Nordic Council|Visegrad Group|Visegrad Four|V4|Bucharest Nine|Weimar Triangle|Three Seas Initiative|
Black Sea Economic Cooperation|International Fund for Saving the Aral Sea|IFAS|Interstate Commission for Water Coordination|
Nile Basin Initiative|Lake Chad Basin Commission|Indus Waters Treaty|Aral Sea Basin Programme|
International Committee of the Red Cross|ICRC|Red Cross|Red Crescent|International Federation of Red Cross and Red Crescent Societies|
IFRC|Medecins Sans Frontieres|Médecins Sans Frontières|Doctors Without Borders|MSF|Amnesty International|
Human Rights Watch|HRW|Reporters Without Borders|RSF|Committee to Protect Journalists|CPJ|Transparency International|
Greenpeace|WWF|Oxfam|Save the Children|International Rescue Committee|Norwegian Refugee Council|
International Crisis Group|Crisis Group|Freedom House|International Olympic Committee|IOC|FIFA|UEFA|
World Anti-Doping Agency|WADA|Interpol|International Criminal Police Organization|Wassenaar Arrangement|
Nuclear Suppliers Group|Missile Technology Control Regime|Permanent Court of Arbitration|
International Tribunal for the Law of the Sea|Gavi|Global Fund|Bill and Melinda Gates Foundation|Gates Foundation|
World Economic Forum|WEF|Munich Security Conference|Valdai Discussion Club|Valdai Club|Boao Forum|
Shangri-La Dialogue|Raisina Dialogue|Bilderberg Group|Chatham House|Brookings Institution|Carnegie Endowment|
Carnegie Endowment for International Peace|RAND Corporation|Council on Foreign Relations|Atlantic Council|
Institute for the Study of War|ISW|International Institute for Strategic Studies|IISS|
Stockholm International Peace Research Institute|SIPRI|Center for Strategic and International Studies|CSIS|
Heritage Foundation|Wilson Center|Royal United Services Institute|RUSI|Eurasia Group
`);

/** Militant, insurgent, paramilitary and political movements frequently named in news. */
export const MOVEMENTS: readonly string[] = pipeList(`
Taliban|Afghan Taliban|Pakistani Taliban|Tehreek-e-Taliban Pakistan|Tehrik-i-Taliban Pakistan|TTP|Haqqani network|
Hamas|Islamic Jihad|Palestinian Islamic Jihad|Hezbollah|Hizbollah|Hizballah|Islamic State|IS|ISIS|ISIL|Daesh|
Islamic State Khorasan|Islamic State Khorasan Province|ISIS-K|IS-K|ISKP|Islamic State in Iraq and Syria|
Islamic State of Iraq and the Levant|al-Qaeda|al Qaeda|Al-Qaeda|Al Qaeda|al-Qaida|Al-Qaida|AQAP|
al-Qaeda in the Arabian Peninsula|al-Qaeda in the Islamic Maghreb|AQIM|JNIM|Jama'at Nusrat al-Islam wal-Muslimin|
al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|Boko Haram|ISWAP|Islamic State West Africa Province|Ansar al-Sharia|
Hayat Tahrir al-Sham|HTS|Jabhat al-Nusra|Nusra Front|Ahrar al-Sham|Syrian Democratic Forces|SDF|
People's Protection Units|YPG|YPJ|Free Syrian Army|FSA|Syrian National Army|SNA|Kurdistan Workers' Party|
Kurdistan Workers Party|PKK|PJAK|Peshmerga|Popular Mobilization Forces|Popular Mobilisation Forces|PMF|
Hashd al-Shaabi|Kataib Hezbollah|Kata'ib Hezbollah|Asaib Ahl al-Haq|Islamic Resistance in Iraq|Houthis|Houthi|
Ansar Allah|Ansarullah|Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard|Quds Force|
Basij|Mujahedin-e-Khalq|MEK|Fatah|Palestine Liberation Organization|Palestine Liberation Organisation|PLO|
Palestinian Authority|al-Aqsa Martyrs' Brigades|Qassam Brigades|Izz ad-Din al-Qassam Brigades|Lions' Den|
Muslim Brotherhood|Hizb ut-Tahrir|Islamic Movement of Uzbekistan|IMU|Jamaat Ansarullah|East Turkestan Islamic Movement|
ETIM|Turkistan Islamic Party|TIP|Caucasus Emirate|Imarat Kavkaz|Wagner Group|Wagner|PMC Wagner|Africa Corps|
Redut|Azov|Azov Regiment|Azov Brigade|Azov Battalion|Right Sector|Freedom of Russia Legion|Russian Volunteer Corps|
Kadyrovtsy|Akhmat|Akhmat battalion|Donetsk People's Republic|DPR|DNR|Luhansk People's Republic|LPR|LNR|
Rapid Support Forces|Sudanese Armed Forces|Janjaweed|M23|March 23 Movement|Allied Democratic Forces|ADF|
CODECO|FDLR|Lord's Resistance Army|LRA|Tigray People's Liberation Front|TPLF|Oromo Liberation Army|OLA|
Fano|Ambazonia Defence Forces|Polisario Front|Polisario|National Liberation Front|FLN|Tuareg rebels|
Arakan Army|Kachin Independence Army|KIA|Karen National Union|KNU|People's Defence Force|PDF|
National Unity Government|NUG|Tatmadaw|Three Brotherhood Alliance|Myanmar National Democratic Alliance Army|MNDAA|
Ta'ang National Liberation Army|TNLA|United Wa State Army|UWSA|Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers|
Lashkar-e-Taiba|LeT|Jaish-e-Mohammed|JeM|Hizbul Mujahideen|The Resistance Front|TRF|Baloch Liberation Army|BLA|
Naxalites|Maoists|Communist Party of India (Maoist)|New People's Army|NPA|Moro Islamic Liberation Front|MILF|
Abu Sayyaf|Jemaah Islamiyah|JI|Revolutionary Armed Forces of Colombia|FARC|National Liberation Army|ELN|
Shining Path|Sendero Luminoso|Zapatistas|EZLN|Sinaloa Cartel|Jalisco New Generation Cartel|CJNG|Gulf Cartel|
Los Zetas|Tren de Aragua|MS-13|Mara Salvatrucha|Barrio 18|Gran Grif|Viv Ansanm|G9|ETA|IRA|Irish Republican Army|
Real IRA|New IRA|Ulster Volunteer Force|UVF|Red Brigades|Proud Boys|Oath Keepers|Antifa|Extinction Rebellion|
Just Stop Oil|Last Generation|Black Lives Matter|BLM|MeToo|Occupy Wall Street|Tea Party|MAGA|QAnon|
Solidarity|Solidarnosc|Sunni Awakening|Alternative for Germany|AfD|National Rally|Rassemblement National|
Brothers of Italy|Fratelli d'Italia|Vox|Fidesz|Law and Justice|PiS|Civic Platform|Sinn Fein|Sinn Féin|
Democratic Party|Republican Party|Democrats|Republicans|GOP|Labour Party|Labour|Conservative Party|Conservatives|
Tories|Liberal Democrats|Lib Dems|Scottish National Party|SNP|Reform UK|Christian Democratic Union|CDU|CSU|
Social Democratic Party|SPD|Greens|Green Party|Free Democratic Party|FDP|Renaissance|La France Insoumise|
United Russia|Communist Party of the Russian Federation|KPRF|LDPR|A Just Russia|New People|Yabloko|
Communist Party of China|Chinese Communist Party|CCP|CPC|Kuomintang|KMT|Democratic Progressive Party|DPP|
Liberal Democratic Party|LDP|Constitutional Democratic Party|Komeito|People Power Party|PPP|
Democratic Party of Korea|Workers' Party of Korea|Bharatiya Janata Party|BJP|Indian National Congress|
Congress Party|Aam Aadmi Party|AAP|Rashtriya Swayamsevak Sangh|RSS|Pakistan Tehreek-e-Insaf|
Pakistan Muslim League-Nawaz|PML-N|Pakistan Peoples Party|Awami League|Bangladesh Nationalist Party|BNP|
Jamaat-e-Islami|National League for Democracy|NLD|African National Congress|ANC|Democratic Alliance|
Economic Freedom Fighters|EFF|ZANU-PF|Justice and Development Party|AKP|Republican People's Party|CHP|
Nationalist Movement Party|MHP|Peoples' Equality and Democracy Party|DEM Party|HDP|Likud|Yesh Atid|Shas|
Otzma Yehudit|Religious Zionism|Kadima|Ennahda|Nidaa Tounes|Morena|PRI|PAN|Workers' Party|PT|
Liberal Party|Conservative Party of Canada|New Democratic Party|NDP|Bloc Quebecois|Bloc Québécois|
Peronists|Justicialist Party|Chavistas|United Socialist Party of Venezuela|PSUV|Sandinistas|
Sandinista National Liberation Front|Frelimo|Renamo|MPLA|UNITA|SWAPO|Georgian Dream|United National Movement|
Civil Contract|Servant of the People|European Solidarity|Batkivshchyna|Nur Otan|Amanat|
People's Democratic Party of Tajikistan|Islamic Renaissance Party|Islamic Renaissance Party of Tajikistan|
Group 24|Ata-Zhurt|Ata-Meken|Mekenchil|Liberal Democratic Party of Uzbekistan|Democratic Party of Turkmenistan
`);

/** Government institutions and buildings used as metonyms for governments ("the Kremlin said"). */
export const GOVERNMENT_INSTITUTIONS: readonly string[] = pipeList(`
Kremlin|White House|Pentagon|State Department|US State Department|Department of State|Treasury|US Treasury|
Treasury Department|Department of Defense|Defense Department|Department of Justice|Justice Department|DOJ|
DHS|Department of Energy|Department of Commerce|Commerce Department|
Department of Agriculture|USDA|Congress|US Congress|Senate|US Senate|House of Representatives|House|Capitol|
Supreme Court|US Supreme Court|Federal Reserve|Fed|FBI|Federal Bureau of Investigation|CIA|Central Intelligence Agency|
NSA|National Security Agency|National Security Council|NSC|Office of the Director of National Intelligence|ODNI|
Secret Service|Department of Homeland Security|Immigration and Customs Enforcement|ICE|Customs and Border Protection|CBP|
Environmental Protection Agency|EPA|Securities and Exchange Commission|SEC|Federal Trade Commission|FTC|
Federal Communications Commission|FCC|Food and Drug Administration|FDA|Centers for Disease Control and Prevention|CDC|
NASA|National Aeronautics and Space Administration|US Agency for International Development|USAID|Drug Enforcement Administration|DEA|Joint Chiefs of Staff|
US Army|US Navy|US Air Force|US Marine Corps|Marines|Space Force|National Guard|Coast Guard|CENTCOM|US Central Command|
EUCOM|INDOPACOM|AFRICOM|Downing Street|Number 10|No 10|Whitehall|Westminster|House of Commons|House of Lords|
Foreign Office|Foreign, Commonwealth and Development Office|FCDO|Home Office|Ministry of Defence|MoD|
Bank of England|MI5|MI6|Secret Intelligence Service|GCHQ|Scotland Yard|Metropolitan Police|British Army|Royal Navy|
Royal Air Force|RAF|Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay|Matignon|National Assembly|
Assemblée nationale|French Senate|Bundestag|Bundesrat|Bundeswehr|Chancellery|Bundesbank|BND|Quirinale|Palazzo Chigi|
Moncloa|Cortes|Duma|State Duma|Federation Council|Russian Security Council|Russian Defence Ministry|
Russian Defense Ministry|Russian Foreign Ministry|Russian Ministry of Foreign Affairs|FSB|Federal Security Service|
SVR|Foreign Intelligence Service|GRU|Main Intelligence Directorate|KGB|Committee for State Security|Rosgvardia|National Guard of Russia|
Investigative Committee|Prosecutor General's Office|Central Bank of Russia|Bank of Russia|Roskomnadzor|
Rosatom|Roscosmos|Russian General Staff|General Staff|Black Sea Fleet|Northern Fleet|Pacific Fleet|
Verkhovna Rada|Rada|SBU|Security Service of Ukraine|HUR|GUR|Ukrainian Defence Ministry|Armed Forces of Ukraine|
Office of the President of Ukraine|Bankova|Zhongnanhai|Great Hall of the People|Politburo|Politburo Standing Committee|
Central Committee|National People's Congress|NPC|Chinese People's Political Consultative Conference|CPPCC|
State Council|Central Military Commission|People's Liberation Army|PLA|PLA Navy|People's Bank of China|PBOC|
Ministry of State Security|MSS|Chinese Foreign Ministry|Taiwan Affairs Office|Legislative Yuan|Executive Yuan|
Kantei|Diet|National Diet|Self-Defense Forces|Japan Self-Defense Forces|Bank of Japan|Blue House|
Yongsan presidential office|National Assembly of South Korea|National Intelligence Service|NIS|Korean Central News Agency|
Lok Sabha|Rajya Sabha|Parliament of India|Ministry of External Affairs|MEA|Reserve Bank of India|RBI|
Research and Analysis Wing|RAW|Election Commission of India|Inter-Services Intelligence|ISI|
Inter-Services Public Relations|ISPR|National Assembly of Pakistan|Majlis|Majlis-e-Shura|Guardian Council|
Assembly of Experts|Expediency Council|Knesset|Israel Defense Forces|IDF|Mossad|Shin Bet|Shabak|
Israeli Security Agency|Lebanese Armed Forces|Royal Court|Public Investment Fund|PIF|
Presidential Palace|Ak Orda|Akorda|Mazhilis|Majilis|Senate of Kazakhstan|Jogorku Kenesh|Majlisi Oli|
Majlisi Namoyandagon|Oliy Majlis|Mejlis|Halk Maslahaty|Milli Majlis|National Assembly of Armenia|
Georgian Parliament|Sejm|Storting|Riksdag|Folketing|Eduskunta|Althing|Oireachtas|Dail|Dáil|Seanad|
Grand National Assembly|Turkish Parliament|MIT|National Intelligence Organization
`);

/** Every known organization name (deduplicated). */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  ...new Set([...INTERNATIONAL_BODIES, ...MEDIA_OUTLETS, ...MOVEMENTS, ...GOVERNMENT_INSTITUTIONS, ...COMPANIES]),
];

/** Widely known acronym -> full organization name (the engine links the two as one entity). */
export const ORG_ACRONYMS: ReadonlyMap<string, string> = pipeMap(`
UN=United Nations|U.N.=United Nations|UNSC=UN Security Council|UNGA=UN General Assembly|NATO=North Atlantic Treaty Organization|
Nato=North Atlantic Treaty Organization|EU=European Union|E.U.=European Union|
ECB=European Central Bank|ECHR=European Court of Human Rights|EIB=European Investment Bank|EEAS=European External Action Service|
WHO=World Health Organization|IMF=International Monetary Fund|WTO=World Trade Organization|
OPEC=Organization of the Petroleum Exporting Countries|ASEAN=Association of Southeast Asian Nations|
OSCE=Organization for Security and Co-operation in Europe|IAEA=International Atomic Energy Agency|
UNHCR=UN Refugee Agency|UNICEF=United Nations Children's Fund|UNESCO=United Nations Educational, Scientific and Cultural Organization|
UNDP=United Nations Development Programme|UNEP=UN Environment Programme|WFP=World Food Programme|
FAO=Food and Agriculture Organization|ILO=International Labour Organization|IOM=International Organization for Migration|
OPCW=Organisation for the Prohibition of Chemical Weapons|OECD=Organisation for Economic Co-operation and Development|
IEA=International Energy Agency|IPCC=Intergovernmental Panel on Climate Change|UNRWA=United Nations Relief and Works Agency|
OCHA=UN Office for the Coordination of Humanitarian Affairs|ICC=International Criminal Court|ICJ=International Court of Justice|
ICRC=International Committee of the Red Cross|MSF=Doctors Without Borders|HRW=Human Rights Watch|
CPJ=Committee to Protect Journalists|FATF=Financial Action Task Force|ADB=Asian Development Bank|
AIIB=Asian Infrastructure Investment Bank|EBRD=European Bank for Reconstruction and Development|
BIS=Bank for International Settlements|BRICS=BRICS|SCO=Shanghai Cooperation Organization|
CSTO=Collective Security Treaty Organization|EAEU=Eurasian Economic Union|EEU=Eurasian Economic Union|
CIS=Commonwealth of Independent States|CICA=Conference on Interaction and Confidence-Building Measures in Asia|
AU=African Union|ECOWAS=Economic Community of West African States|SADC=Southern African Development Community|
EAC=East African Community|IGAD=Intergovernmental Authority on Development|GCC=Gulf Cooperation Council|
OIC=Organisation of Islamic Cooperation|OAS=Organization of American States|APEC=Asia-Pacific Economic Cooperation|
SAARC=South Asian Association for Regional Cooperation|CARICOM=Caribbean Community|IOC=International Olympic Committee|
WADA=World Anti-Doping Agency|WEF=World Economic Forum|IFAS=International Fund for Saving the Aral Sea|
FBI=Federal Bureau of Investigation|CIA=Central Intelligence Agency|NSA=National Security Agency|
NSC=National Security Council|DHS=Department of Homeland Security|DOJ=Department of Justice|
ICE=Immigration and Customs Enforcement|CBP=Customs and Border Protection|EPA=Environmental Protection Agency|
SEC=Securities and Exchange Commission|FDA=Food and Drug Administration|CDC=Centers for Disease Control and Prevention|
USAID=US Agency for International Development|DEA=Drug Enforcement Administration|NASA=National Aeronautics and Space Administration|
FCDO=Foreign, Commonwealth and Development Office|MoD=Ministry of Defence|RAF=Royal Air Force|
KGB=Committee for State Security|FSB=Federal Security Service|SVR=Foreign Intelligence Service|
GRU=Main Intelligence Directorate|SBU=Security Service of Ukraine|PLA=People's Liberation Army|
CCP=Chinese Communist Party|CPC=Communist Party of China|NPC=National People's Congress|
CPPCC=Chinese People's Political Consultative Conference|PBOC=People's Bank of China|MSS=Ministry of State Security|
KMT=Kuomintang|DPP=Democratic Progressive Party|LDP=Liberal Democratic Party|NIS=National Intelligence Service|
KCNA=Korean Central News Agency|MEA=Ministry of External Affairs|RBI=Reserve Bank of India|ISI=Inter-Services Intelligence|
ISPR=Inter-Services Public Relations|BJP=Bharatiya Janata Party|IDF=Israel Defense Forces|
IRGC=Islamic Revolutionary Guard Corps|PMF=Popular Mobilization Forces|PLO=Palestine Liberation Organization|
ISIS=Islamic State|ISIL=Islamic State|IS=Islamic State|ISKP=Islamic State Khorasan Province|ISIS-K=Islamic State Khorasan Province|
AQAP=al-Qaeda in the Arabian Peninsula|AQIM=al-Qaeda in the Islamic Maghreb|HTS=Hayat Tahrir al-Sham|
SDF=Syrian Democratic Forces|YPG=People's Protection Units|PKK=Kurdistan Workers' Party|TTP=Tehreek-e-Taliban Pakistan|
IMU=Islamic Movement of Uzbekistan|ETIM=East Turkestan Islamic Movement|RSF=Rapid Support Forces|
TPLF=Tigray People's Liberation Front|LTTE=Liberation Tigers of Tamil Eelam|FARC=Revolutionary Armed Forces of Colombia|
ELN=National Liberation Army|DPR=Donetsk People's Republic|LPR=Luhansk People's Republic|
AKP=Justice and Development Party|CHP=Republican People's Party|ANC=African National Congress|
CDU=Christian Democratic Union|SPD=Social Democratic Party|AfD=Alternative for Germany|SNP=Scottish National Party|
GOP=Republican Party|AFP=Agence France-Presse|AP=Associated Press|UPI=United Press International|
RFE/RL=Radio Free Europe/Radio Liberty|VOA=Voice of America|RFA=Radio Free Asia|BBC=British Broadcasting Corporation|
CNN=Cable News Network|NYT=New York Times|WSJ=Wall Street Journal|FT=Financial Times|SCMP=South China Morning Post|
ANI=Asian News International|PTI=Press Trust of India|IRNA=Islamic Republic News Agency|SANA=Syrian Arab News Agency|
SPA=Saudi Press Agency|WAM=Emirates News Agency|QNA=Qatar News Agency|KUNA=Kuwait News Agency|
MENA=Middle East News Agency|VNA=Vietnam News Agency|DW=Deutsche Welle|dpa=Deutsche Presse-Agentur|
DPA=Deutsche Presse-Agentur|RFI=Radio France Internationale|
CNPC=China National Petroleum Corporation|NIOC=National Iranian Oil Company|TSMC=Taiwan Semiconductor Manufacturing|
ADNOC=Abu Dhabi National Oil Company|CSIS=Center for Strategic and International Studies|ISW=Institute for the Study of War|
IISS=International Institute for Strategic Studies|SIPRI=Stockholm International Peace Research Institute|
RUSI=Royal United Services Institute
`);

/** Words that head or end an organization name ("Foreign Ministry", "Ministry of Defence", "Basin Water Commission"). */
export const ORG_HEAD_WORDS: readonly string[] = pipeList(`
Organization|Organisation|Ministry|Ministries|Council|Committee|Commission|Agency|Union|Party|Bank|Association|
Alliance|Federation|Front|Movement|Army|Forces|Force|Corporation|Corp.|Corp|Company|Co.|Inc.|Inc|Ltd|Ltd.|LLC|PLC|plc|
AG|SA|GmbH|Group|Holding|Holdings|Institute|Institution|University|College|Academy|School|Court|Tribunal|Parliament|
Assembly|Congress|Senate|Office|Service|Services|Department|Directorate|Administration|Secretariat|Fund|
Foundation|Trust|Treaty|Pact|Community|League|Authority|Board|Bureau|Network|Times|News|Post|Herald|Gazette|
Journal|Tribune|Telegraph|Express|Chronicle|Observer|Review|Monitor|Daily|Weekly|Press|Radio|Television|TV|
Broadcasting|Media|Channel|Club|Society|Centre|Center|Cartel|Brigade|Brigades|Battalion|Regiment|Division|Corps|
Fleet|Guard|Guards|Police|Militia|Coalition|Bloc|Caucus|Forum|Conference|Summit|Initiative|Programme|Program|
Project|Mission|Consortium|Exchange|Airlines|Airways|Industries|Motors|Systems|
Technologies|Reserve|Cooperation|Co-operation|Partnership|Secretariat-General|Chamber|Cabinet|Government|
Embassy|Consulate|Delegation|Observatory|Watch|Laboratory|Lab|Hospital|Church|
Patriarchate|Synod|Diocese|Mosque|Synagogue|Temple|Order
`);

/** Known organization names that are also ordinary words, places or names: require context. */
export const AMBIGUOUS_ORG_NAMES: readonly string[] = pipeList(`
IS|AP|AU|House|Senate|Congress|Fed|Quad|Wagner|Azov|Renaissance|Solidarity|Vox|Vice|Commonwealth|Labour|
Greens|Diet|Capitol|Treasury|Majlis|Cortes|General Staff|Redut|Fano|Akhmat|ICE|RAW|MIT|Gavi|Interpol|Tata|Total|
Shell|Signal|Meta|Apple|Amazon|Delta|Guardian|Independent|Economist|Telegraph|Folha|Semana|Tempo|
Sabah|Fortune|Slate|Salon|Wired|Politico|Bild|Zeit|Welt|Spiegel|Vanguard|
Punch|Sber|Talco|Kaspi|Rada
`);
