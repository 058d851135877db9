// Common given names: Central Asian, Caucasian, Arabic, Persian, Turkish, South Asian, East Asian, African, Latin American.
import { pipeList } from './list';

/** Central Asian, Caucasian, Turkic and Mongolian given names (Russian-style and local transliterations). */
export const CENTRAL_ASIAN_GIVEN_NAMES: readonly string[] = pipeList(`
Nursultan|Kassym-Jomart|Kasym-Zhomart|Kassym|Karim|Askar|Askhat|Asset|Aset|Bakhytzhan|Bakytzhan|Yerlan|Erlan|
Yerbol|Erbol|Marat|Murat|Nurlan|Serik|Daniyar|Dauren|Kairat|Kanat|Talgat|Timur|Azamat|Aidos|Aibek|Aidar|Almaz|
Almazbek|Sooronbay|Sadyr|Sadir|Kamchybek|Akylbek|Adylbek|Zhenish|Jeenbek|Taalatbek|Kubanychbek|Tilek|Emil|Bakyt|
Bakytbek|Omurbek|Kurmanbek|Roza|Aigul|Aizhan|Ainur|Gulnara|Gulmira|Dinara|Saule|Zhanar|Madina|Aruzhan|Assel|Asel|
Dariga|Sara|Emomali|Rustam|Mahmadsaid|Mahmadtoir|Sirojiddin|Sherali|Muhiddin|Mahmadullo|Kokhir|Qohir|Davlatali|
Khurshed|Hurshed|Farrukh|Faridun|Firdavs|Jamshed|Jamshid|Bahrom|Bakhrom|Abdullo|Abdulloh|Ozoda|Rukhshona|Nigina|
Shavkat|Abdulaziz|Bakhtiyor|Bakhtiyar|Bakhodir|Bahodir|Ulugbek|Ulughbek|Islam|Islom|Sardor|Otabek|Jasur|Jahongir|
Javlon|Akmal|Aziz|Alisher|Sanjar|Botir|Dilshod|Davron|Abdulla|Ilhom|Ilkhom|Odil|Saida|Lola|Dilnoza|Gulnora|
Feruza|Kurbanguly|Gurbanguly|Serdar|Rashid|Batyr|Myrat|Murad|Guvanch|Ogulgerek|Maral|Ilham|Heydar|Mehriban|
Jeyhun|Ceyhun|Elmar|Elchin|Ramiz|Novruz|Hikmet|Hikmat|Fuad|Samir|Zakir|Mukhtar|Ali|Anar|Leyla|Aynur|Nikol|Serzh|
Serge|Robert|Levon|Armen|Ararat|Vahagn|Tigran|Arayik|Ruben|Samvel|Gagik|Hrant|Ashot|Aram|Ani|Anahit|Mariam|Lilit|
Gayane|Irakli|Bidzina|Mikheil|Giorgi|Zurab|Levan|Davit|Nika|Salome|Tamar|Eka|Nino|Ketevan|Shalva|Gia|Kakha|
Mamuka|Ilia|Vakhtang|Ramzan|Akhmat|Adam|Magomed|Magomedsalam|Said|Dzhokhar|Aslan|Shamil|Ruslan|Khasbulat|
Yunus-Bek|Abdul-Kerim|Zelimkhan|Khamzat|Khurelsukh|Luvsannamsrai|Oyun-Erdene|Zandanshatar|Battulga|Elbegdorj|
Bat-Erdene|Enkhbayar|Ganbaatar|Oyun|Altangerel|Baatar|Bold
`);

/** Arabic, Persian, Turkish, Kurdish, Pashto and Berber given names, including common spelling variants. */
export const MIDDLE_EASTERN_GIVEN_NAMES: readonly string[] = pipeList(`
Mohammed|Mohammad|Muhammad|Mohamed|Mohamad|Muhammed|Mehmet|Mehmed|Ahmed|Ahmad|Ahmet|Ali|Hassan|Hasan|Hussein|
Husain|Hussain|Huseyin|Hüseyin|Mahmoud|Mahmud|Mahmut|Mustafa|Syed|Sayed|Sayyid|Mostafa|Omar|Umar|Ömer|Abdullah|Abdallah|Abdulla|
Abdul|Abdel|Abdelaziz|Abdulaziz|Abdelfattah|Abdel Fattah|Abdelmadjid|Abdul Rahman|Abdulrahman|Abdelkader|
Abdulhamid|Abdul Hamid|Abdulmalik|Khalid|Khaled|Halid|Salman|Faisal|Feisal|Fahd|Fahad|Saud|Nayef|Naif|
Bandar|Turki|Talal|Tamim|Hamad|Jassim|Jasim|Mansour|Mansur|Zayed|Zayid|Mubarak|Rashid|Rashed|Saif|Saeed|Said|
Yousef|Yusuf|Youssef|Yousif|Ibrahim|Ebrahim|Ismail|Ismael|Ismayil|Ishaq|Yaqub|Yakub|Musa|Moussa|
Issa|Isa|Idris|Ilyas|Ilias|Yahya|Younis|Yunus|Sami|Samir|Samer|Tarek|Tariq|Tarik|Walid|Waleed|Nabil|Nabih|Nasser|
Nasir|Naser|Hamid|Hamed|Hamdan|Hamza|Hamzah|Ziad|Ziyad|Zaid|Zeid|Adel|Adil|Amr|Amer|Amir|Anwar|Ayman|Aymen|
Bashar|Bassam|Basel|Bilal|Fadi|Fady|Farid|Fares|Faris|Fawzi|Fouad|Fuad|Ghassan|Habib|Hadi|Haidar|Haider|Haytham|
Haitham|Hatem|Hazem|Hisham|Imad|Emad|Iyad|Jamal|Gamal|Jamil|Jawad|Karim|Kareem|Kamal|Kemal|Khalil|Majed|Majid|
Maher|Marwan|Mazen|Moataz|Mounir|Munir|Nader|Nadir|Nizar|Osama|Usama|Qasim|Qassem|Kassem|Rami|Raed|Riad|Riyad|
Rafik|Rafiq|Saad|Saleh|Salih|Salah|Salem|Salim|Selim|Sharif|Sherif|Shukri|Suleiman|Sulaiman|Süleyman|Taha|Tawfiq|
Tayeb|Wael|Wassim|Yasser|Yasir|Yaser|Zakaria|Zakariya|Zuhair|Nouri|Nuri|Moqtada|Muqtada|Masoud|Masrour|Nechirvan|
Bafel|Qubad|Hakan|Abdel-Fattah|Najib|Nawaf|Mishal|Meshaal|Tahnoun|Fatima|Fatma|Aisha|Ayesha|Aysha|Khadija|Maryam|
Mariam|Zainab|Zeinab|Zaynab|Amina|Aminah|Layla|Leila|Laila|Leyla|Noor|Nour|Nur|Rania|Rana|Reem|Rima|Hala|Huda|
Hoda|Dalia|Dana|Hanan|Hind|Iman|Eman|Jamila|Lina|Lubna|Maha|Manal|Mona|Muna|Nadia|Najla|Nawal|Rasha|Salma|Samira|
Sana|Sawsan|Suha|Suad|Wafa|Yasmin|Yasmine|Jasmine|Zahra|Zohra|Zeynep|Ayşe|Ayse|Emine|Elif|Merve|Meral|Tansu|
Canan|Selin|Ali Akbar|Ali Reza|Alireza|Mohammadreza|Mohammad Reza|Mohammad Javad|Javad|Hossein|Hosein|Massoud|
Akbar|Asghar|Abbas|Abolfazl|Ruhollah|Ruhullah|Mojtaba|Ghasem|Qasem|Esmail|Esmaeil|Kazem|Kazim|Mehdi|Mahdi|
Morteza|Mortaza|Reza|Saied|Behrouz|Bahram|Dariush|Darius|Farhad|Farshad|Kourosh|Cyrus|Navid|Omid|Payam|Peyman|
Ramin|Shahram|Siamak|Arash|Babak|Bijan|Hamidreza|Gholamreza|Gholam|Nasrin|Narges|Shirin|Parisa|Parvin|Roya|Mahsa|
Niloufar|Sepideh|Fereshteh|Azadeh|Recep|Tayyip|Hulusi|Mevlut|Mevlüt|Binali|Devlet|Ekrem|Selahattin|Numan|
Suleyman|Yasar|Yaşar|Fahrettin|Omer|Burak|Emre|Cem|Deniz|Ozan|Volkan|Serkan|Ozgur|Özgür|Ugur|Uğur|Murat|
Mesut|Arda|Bulent|Bülent|Tuncay|Erdal|Orhan|Osman|Halil|Ramazan|Tugba|Aynur|Gulnur|Ashraf|Amrullah|Abdul Ghani|
Hibatullah|Haibatullah|Sirajuddin|Zabihullah|Zabiullah|Suhail|Amir Khan|Mujahid|Gulbuddin|Rahmatullah|Inamullah|
Enayatullah|Anas|Yaqoob|Sher Mohammad|Fazal|Fazel|Noorullah|Najibullah|Hamdullah|Mohibullah|Kifayatullah|
Atiqullah|Zalmay|Ahmad Shah|Abdul Rashid|Atta|Karima|Malalai|Malala|Fawzia|Habiba|Shukria|Rangina|Fariba|Sima|
Houari|Kais|Kaïs|Beji|Moncef|Rached|Aziz|Abiy
`);
