// Person gazetteer: given names, Chinese surnames, titles/roles that precede names, and name particles.
import {
  AFRICAN_GIVEN_NAMES,
  EAST_ASIAN_GIVEN_NAMES,
  LATIN_AMERICAN_GIVEN_NAMES,
  SOUTH_ASIAN_GIVEN_NAMES,
} from './given-names-south';
import { CENTRAL_ASIAN_GIVEN_NAMES, MIDDLE_EASTERN_GIVEN_NAMES } from './given-names-east';
import { EUROPEAN_GIVEN_NAMES, SLAVIC_GIVEN_NAMES } from './given-names-west';
import { pipeList } from './list';

export {
  AFRICAN_GIVEN_NAMES,
  CENTRAL_ASIAN_GIVEN_NAMES,
  EAST_ASIAN_GIVEN_NAMES,
  EUROPEAN_GIVEN_NAMES,
  LATIN_AMERICAN_GIVEN_NAMES,
  MIDDLE_EASTERN_GIVEN_NAMES,
  SLAVIC_GIVEN_NAMES,
  SOUTH_ASIAN_GIVEN_NAMES,
};

/** Common given names across world news, mixed case as written ("Vladimir"); a few are also places or words. */
export const GIVEN_NAMES: readonly string[] = [
  ...new Set([
    ...EUROPEAN_GIVEN_NAMES,
    ...SLAVIC_GIVEN_NAMES,
    ...CENTRAL_ASIAN_GIVEN_NAMES,
    ...MIDDLE_EASTERN_GIVEN_NAMES,
    ...SOUTH_ASIAN_GIVEN_NAMES,
    ...EAST_ASIAN_GIVEN_NAMES,
    ...AFRICAN_GIVEN_NAMES,
    ...LATIN_AMERICAN_GIVEN_NAMES,
  ]),
];

/** Most common romanized Chinese surnames (Chinese names are surname-first: "Xi Jinping", "Wang Yi"). */
export const CHINESE_SURNAMES: readonly string[] = pipeList(`
Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|
Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Pan|Yu|Jiang|Cai|Du|Ye|Cheng|Su|Wei|Lü|Lu|Ding|Ren|Shen|Yao|Jin|Cui|
Zhong|Tan|Fan|Liao|Shi|Jia|Xia|Fu|Fang|Bai|Zou|Meng|Xiong|Qin|Qiu|Hou|Yin|Xue|Yan|Duan|Lei|Long|Tao|Mao|Hao|Gu|
Gong|Shao|Wan|Qian|Dai|Mo|Kong|Xiang|Chang|Kang|Wen|Qi|Ni|Niu|Yi|Lai|Geng|Guan|Lan|Zuo|Lou|Chu|Ji|Bao|Hua|Bi|
Xing|Ai|Ling|Mu|Ge|Ou|Ouyang|Sima|Zhuge|Shangguan|Situ|Xiahou|Huangfu|Gan|Hong|Jiao|Ke|Kou|Lian|Miao|Mei|Nie|
Ning|Pang|Rao|Rong|Sheng|Shu|Tong|Tu|Weng|Xi|Xin|Yue|Zhai|Zhan|Zhuang|Zhuo|Zong|Zang|Qu|Que|Quan|Rui|Shan|Sang|
Tai|Teng|Wo|Xian|Yong|You|Yun|Zha|Chan|Cheung|Chow|Chung|Fung|Ho|Hui|Kwok|Kwan|Lam|Lau|Law|Lee|Leung|Lo|Lui|Mak|
Man|Ng|Poon|Sze|Tam|Tsang|Tse|Wong|Yeung|Yip|Choi|Tsai|Hsu|Hsieh|Chiang|Kuo|Chao|Chou|Tseng|Yeh|Ko|Soong
`);

/** Titles and roles that precede a name in news; lowercase ones are matched case-insensitively by the engine. */
export const PERSON_TITLES: readonly string[] = pipeList(`
President|Vice President|Vice-President|Prime Minister|Deputy Prime Minister|First Deputy Prime Minister|
Foreign Minister|Deputy Foreign Minister|Defence Minister|Defense Minister|Interior Minister|Finance Minister|
Economy Minister|Energy Minister|Justice Minister|Health Minister|Education Minister|Trade Minister|
Agriculture Minister|Water Minister|Environment Minister|Transport Minister|Labour Minister|Labor Minister|
Culture Minister|Information Minister|Emergency Situations Minister|
Energy and Water Minister|Water Resources Minister|Energy and Water Resources Minister|Water and Irrigation Minister|
Economy and Finance Minister|Industry Minister|Mining Minister|Oil Minister|Petroleum Minister|Migration Minister|
Minister of Foreign Affairs|Minister for Foreign Affairs|Minister of Defence|Minister of Defense|Minister of Energy|
Minister of Energy and Water Resources|Minister of Water Resources|Minister of Finance|Minister of the Interior|
Minister of Internal Affairs|Minister of Justice|Minister of Health|Minister of Economy|Minister of Agriculture|
Minister of Emergency Situations|Minister of Trade|Minister of Education|Minister of Transport|Minister of Culture|Home Secretary|Foreign Secretary|
Defence Secretary|Defense Secretary|Secretary of State|Secretary of Defense|Secretary of War|Treasury Secretary|
Commerce Secretary|Energy Secretary|Homeland Security Secretary|Attorney General|Attorney-General|
Solicitor General|Chancellor|Vice Chancellor|Vice-Chancellor|Chancellor of the Exchequer|Minister|Deputy Minister|
Minister of State|State Minister|Secretary|Undersecretary|Under Secretary|Under-Secretary|Assistant Secretary|
Deputy Secretary|Secretary-General|Secretary General|Deputy Secretary-General|Under-Secretary-General|
High Representative|High Commissioner|Special Envoy|Special Representative|Special Rapporteur|Envoy|Ambassador|
Permanent Representative|Charge d'Affaires|Chargé d'Affaires|Consul|Consul General|Diplomat|Commissioner|
Director|Director-General|Director General|Deputy Director|Executive Director|Managing Director|Administrator|
Chief of Staff|National Security Adviser|National Security Advisor|Adviser|Advisor|Aide|Press Secretary|
Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Speaker|Deputy Speaker|Chairman|
Chairwoman|Chairperson|Vice Chairman|Vice-Chairman|Co-Chair|CEO|Chief Executive|chief executive|CFO|COO|
Founder|Co-founder|Chief|chief|Leader|leader|Supreme Leader|Opposition Leader|Majority Leader|
Minority Leader|strongman|dictator|King|Queen|Crown Prince|Prince|Princess|Emperor|Empress|Sultan|Sheikh|Shaikh|
Sheik|Emir|Shah|Ayatollah|Grand Ayatollah|Hojatoleslam|Imam|Mullah|Mawlawi|Maulana|Mufti|Grand Mufti|
Caliph|Pope|Patriarch|Metropolitan|Archbishop|Bishop|Cardinal|Rabbi|Chief Rabbi|Reverend|Rev.|Father|Fr.|
Sister|Brother|Lord|Lady|Sir|Dame|Baron|Baroness|Duke|Duchess|Earl|Count|Countess|
General|Gen.|Lieutenant General|Lt. Gen.|Lt Gen|Major General|Maj. Gen.|Maj Gen|Brigadier General|Brig. Gen.|
Brigadier|Brig.|Colonel|Col.|Lieutenant Colonel|Lt. Col.|Lt Col|Maj.|Captain|Capt.|Lieutenant|Lt.|
Sergeant|Sgt.|Staff Sergeant|Corporal|Cpl.|Pvt.|Admiral|Adm.|Vice Admiral|Vice Adm.|Rear Admiral|
Rear Adm.|Commodore|Commander|Cmdr.|Field Marshal|Marshal|Air Marshal|Air Chief Marshal|Commander-in-Chief|
Chief of General Staff|Chief of the General Staff|Army Chief|Chief of Army Staff|Chief of Defence Staff|
Chairman of the Joint Chiefs of Staff|Warlord|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|
Congressmember|Lawmaker|lawmaker|MP|MEP|Deputy|Delegate|Assemblyman|Assemblywoman|Councillor|Councilor|
Alderman|Governor|Gov.|Lieutenant Governor|Lt. Gov.|Mayor|Deputy Mayor|Premier|Vice Premier|Vice-Premier|
Chief Minister|Deputy Chief Minister|First Minister|Taoiseach|Tanaiste|Tánaiste|Hakim|Akim|Hokim|Khokim|
Governor-General|Viceroy|Regent|Chief Justice|Justice|Judge|Magistrate|Prosecutor|Prosecutor General|
Prosecutor-General|Chief Prosecutor|District Attorney|Attorney|Lawyer|Counsel|Ombudsman|Inspector|
Inspector General|Police Chief|Commissioner of Police|Sheriff|Detective|Mr.|Mrs.|Ms.|Miss|Mr|Mrs|
Ms|Dr.|Dr|Prof.|Professor|Mx.|Hon.|Honourable|Honorable|His Excellency|Her Excellency|H.E.|Excellency|
Comrade|Madam|Madame|Monsieur|Mme|Herr|Frau|Señor|Senor|Señora|Senora|Doña|Signor|Signora|
Gospodin|Haji|Hajji|Shri|Shrimati|Smt.|Pandit|
Maharaja|Tan Sri|Datuk|Dato'|Datuk Seri|Dato' Sri|Pehin|Daw|Ustad|Ustaz|Sensei|
Analyst|analyst|Economist|economist|Researcher|researcher|Scholar|scholar|Expert|expert|Correspondent|
correspondent|Reporter|reporter|Journalist|journalist|Editor|editor|Columnist|Anchor|Activist|activist|
Campaigner|campaigner|Dissident|dissident|Blogger|Author|author|Historian|historian|Coach|coach|Striker|
Midfielder|Goalkeeper|Candidate|candidate|Nominee|nominee|Presidential candidate|Incumbent|
incumbent|former President|former Prime Minister|ex-President|ex-Prime Minister|
President-elect|Prime Minister-designate|acting President|Acting President|Interim President|interim leader
`);

/** Lowercase particles that occur inside personal names ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = pipeList(`
bin|ibn|bint|binti|al|al-|el|el-|ul|ud|ud-|ad-|ar-|as-|ash-|at-|az-|an-|abu|abd|abdul|van|von|vom|zu|van der|van den|
von der|de|de la|de las|de los|del|della|delle|degli|dei|di|da|das|do|dos|du|des|la|le|lo|der|den|ter|ten|te|
ben|bat|y|e|i|mac|ap|ua|nic|ni|ó
`);
