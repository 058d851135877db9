// Common given names: South Asian, Southeast Asian, Japanese, Korean, African and Latin American.
import { pipeList } from './list';

/** Indian, Pakistani, Bangladeshi, Sri Lankan and Nepali given names. */
export const SOUTH_ASIAN_GIVEN_NAMES: readonly string[] = pipeList(`
Narendra|Rahul|Sonia|Priyanka|Amit|Rajnath|Nirmala|Subrahmanyam|Jaishankar|Piyush|Smriti|Arvind|Mamata|Yogi|
Nitish|Lalu|Tejashwi|Akhilesh|Mayawati|Sharad|Uddhav|Eknath|Devendra|Shivraj|Ashok|Sachin|Mallikarjun|Jairam|
Shashi|Manmohan|Atal|Bihari|Lal|Krishna|Kishore|Pranab|Ram|Rajiv|Indira|Jawaharlal|Mahatma|Vallabhbhai|Sardar|
Ajit|Anil|Anand|Arjun|Arun|Ashish|Deepak|Dinesh|Ganesh|Gautam|Gopal|Harish|Hemant|Jagdish|Kapil|Karan|Kiran|
Kumar|Mahesh|Manish|Manoj|Mukesh|Naveen|Nikhil|Nitin|Pankaj|Prakash|Pradeep|Rajesh|Rakesh|Ramesh|Ravi|Rohit|
Sanjay|Sandeep|Santosh|Satish|Shankar|Shyam|Sunil|Suresh|Sushil|Vijay|Vikram|Vinod|Vivek|Yashwant|Abhishek|
Aditya|Akshay|Amitabh|Aniket|Anupam|Gaurav|Harsh|Kunal|Mohan|Mohit|Pawan|Prashant|Raghav|Rajendra|Shiv|Siddharth|
Tarun|Varun|Venkatesh|Vishal|Yash|Aarti|Anjali|Anita|Deepika|Divya|Geeta|Gita|Kavita|Lakshmi|Meena|Neha|Nisha|
Pooja|Preeti|Priya|Radha|Rekha|Sanjana|Shreya|Sita|Sunita|Swati|Usha|Vandana|Rupa|Shabana|Mehbooba|Omar|Farooq|
Imran|Nawaz|Shehbaz|Shahbaz|Asif|Bilawal|Benazir|Zulfikar|Maryam|Pervez|Parvez|Asim|Qamar|Raheel|Ishaq|
Shah Mahmood|Shireen|Hina|Sherry|Fawad|Faisal|Fazlur|Siraj|Sirajul|Aitzaz|Jahangir|Khawaja|Saad|
Arif|Iqbal|Javed|Junaid|Kashif|Mohsin|Naveed|Nadeem|Rizwan|Sajid|Shoaib|Tahir|Usman|Waqar|Wasim|Yasin|Zafar|
Zubair|Ayesha|Bushra|Fareeha|Nazia|Sana|Sadia|Hasina|Khaleda|Tarique|Yunus|Obaidul|Sajeeb|Ranil|Mahinda|
Gotabaya|Basil|Namal|Anura|Sajith|Maithripala|Chandrika|Harini|Pushpa|Kamal|Prachanda|Sher Bahadur|Bahadur|
Khadga|Prasad|Bidya|Devi|Ram Chandra|Lhotay|Tshering|Dasho|Ibrahim|Mohamed|Abdulla
`);

/** Southeast Asian, Japanese, Korean and Chinese-style personal (given) names as romanized in news. */
export const EAST_ASIAN_GIVEN_NAMES: readonly string[] = pipeList(`
Jinping|Keqiang|Qiang|Yi|Wenbo|Zemin|Jintao|Wen|Jiabao|Lijian|Ning|Chunying|Yuanchao|Huning|Zhaoxing|Jiechi|
Xiaoping|Zedong|Enlai|Xuejun|Zhongyuan|Wenjun|Wei|Jun|Hua|Lei|Ming|Hong|Yan|Ying|Li|Jie|Tao|Bo|Xin|Mei|Lin|Ping|
Feng|Yong|Jian|Gang|Hui|Xiaoming|Xiaolin|Guoqiang|Haiyan|Lihua|Zhiqiang|Jianguo|Jianhua|Wenjie|Shiping|Ching-te|
Ing-wen|Ying-jeou|Chi-mai|Kuan-ting|Fumio|Shinzo|Yoshihide|Shigeru|Taro|Yoko|Yoshimasa|Toshimitsu|Sanae|Koichi|
Katsunobu|Yasutoshi|Minoru|Hiroshi|Takeshi|Kenji|Akira|Haruki|Hiroki|Ichiro|Jiro|Kazuo|Kenta|Makoto|Masahiro|
Naoki|Satoshi|Shinji|Shun|Takashi|Takuya|Tetsuya|Tomohiro|Yasuhiro|Yoshiro|Yuki|Yuto|Yuta|Akiko|Ayumi|Emiko|
Haruka|Keiko|Kumiko|Mariko|Megumi|Naomi|Noriko|Sachiko|Tomoko|Yukiko|Yuko|Yumi|Yuriko|Naruhito|Masako|Akihito|
Suk-yeol|Jae-myung|Jae-in|Geun-hye|Myung-bak|Duck-soo|Kyung-wha|Eui-yong|Jin|Jong-un|Yo-jong|Jong-il|Il-sung|Son|
Heung-min|Ji-hoon|Min-jun|Seo-yeon|Ji-woo|Hyun|Sung|Young|Jae|Joon|Seung|Dong|Soo|Hye|Eun|Joko|Prabowo|Retno|
Gibran|Megawati|Susilo|Bambang|Anwar|Mahathir|Muhyiddin|Najib|Hsien|Loong|Lawrence|Tharman|Vivian|Ferdinand|
Bongbong|Rodrigo|Sara|Leni|Benigno|Gloria|Corazon|Manny|Enrique|Teodoro|Manet|Prayut|Prayuth|Srettha|Paetongtarn|
Thaksin|Yingluck|Pita|Anutin|Min Aung|Aung|San|Htin|Win|Minh|Thongloun|Sonexay|Xanana|Hassanal
`);

/** Sub-Saharan African given names (English, French, Portuguese and local). */
export const AFRICAN_GIVEN_NAMES: readonly string[] = pipeList(`
Cyril|Jacob|Thabo|Nelson|Julius|Mmusi|John|Helen|Naledi|Ronald|Lindiwe|Fikile|Gwede|Blade|Bheki|Zweli|Nkosazana|
Thandi|Sipho|Themba|Lungile|Mandla|Bongani|Kgalema|Emmerson|Robert|Constantino|Hakainde|Edgar|Levy|Kenneth|
Lazarus|Peter|Joyce|Bingu|Samia|Jakaya|Benjamin|William|Uhuru|Mwai|Raila|Rigathi|Kalonzo|Musalia|Martha|Yoweri|
Bobi|Kizza|Paul|Felix|Félix|Joseph|Laurent|Moise|Moïse|Martin|Denis|Evariste|Évariste|Pierre|Abiy|Debretsion|
Getachew|Isaias|Hassan Sheikh|Salva|Riek|Abdel Fattah|Mohamed Hamdan|Abdalla|Omar|Bola|Muhammadu|Goodluck|
Olusegun|Atiku|Yemi|Kashim|Nyesom|Nana|Mahamudu|Alassane|Macky|Bassirou|Diomaye|Ousmane|Assimi|Abdourahamane|
Ibrahim|Mamadi|Mahamat|Idriss|Faure|Patrice|Teodoro|Brice|Faustin-Archange|Kais|Adama|Amadou|Aminata|Awa|Bakary|
Boubacar|Cheikh|Fatou|Fatoumata|Mariama|Modibo|Moussa|Souleymane|Seydou|Oumar|Yacouba|Kwame|Kofi|Kojo|Kwesi|Ama|
Akosua|Abena|Adwoa|Efua|Yaa|Chinua|Chimamanda|Chidi|Chukwuemeka|Emeka|Ngozi|Nnamdi|Obinna|Uche|Chioma|Adaeze|
Funmilayo|Olufemi|Femi|Oluwaseun|Seun|Tunde|Babajide|Ayodele|Bukola|Folake|Kemi|Yetunde|Wole|Aliko|Aminu|Nasir|
Sani|Usman|Yakubu|Zainab|Amina|Hauwa|Halima|Wanjiru|Wangari|Njeri|Wambui|Kamau|Mwangi|Otieno|Ochieng|Odhiambo|
Akinyi|Atieno|Baraka|Juma|Neema|Rehema|Tendai|Tatenda|Chipo|Rudo|Farai|Nomvula|Zanele|Thulani|Sibusiso|Ayanda|
Nokuthula|Ellen|George|Umaro|José Maria|Filipe|Daniel|Venâncio|João|Hage|Netumbo|Mokgweetsi|Duma|Andry|Azali|
Wavel|Navin|Pravind
`);

/** Spanish- and Portuguese-speaking Latin American given names, including compound ones. */
export const LATIN_AMERICAN_GIVEN_NAMES: readonly string[] = pipeList(`
Luiz|Luiz Inácio|Lula|Jair|Dilma|Michel|Fernando|Geraldo|Flavio|Flávio|Eduardo|Tarcisio|Tarcísio|Mauro|Celso|
Andrés Manuel|Andres Manuel|Claudia|Marcelo|Xóchitl|Xochitl|Javier|Cristina|Mauricio|Alberto|Sergio|Patricia|
Gabriel|Gustavo|Francia|Iván|Ivan|Álvaro|Juan Manuel|Nicolás|Nicolas|Delcy|Diosdado|Edmundo|María Corina|Hugo|
Henrique|Miguel|Daniel|Rosario|Nayib|Bernardo|Xiomara|Rodrigo|Dina|Pedro|Martín|Pedro Pablo|Ollanta|Keiko|Alan|
Luis|Evo|Jeanine|Guillermo|Lenin|Lenín|Rafael|Santiago|Yamandú|Yamandu|Tabaré|Tabare|José|Pepe|Sebastián|
Michelle|Camila|Izkia|Raúl|Fidel|Ariel|Laurentino|José Raúl|Mario|Carlos|Jorge|Juan|Manuel|Francisco|Antonio|
Alejandro|Ricardo|Roberto|Ernesto|Esteban|Fabián|Felipe|Gonzalo|Héctor|Hector|Ignacio|Jaime|Joaquín|Joaquin|
Julio|Leonardo|Lorenzo|Marcos|Mateo|Maximiliano|Nahuel|Octavio|Pablo|Ramiro|Raul|Rubén|Salvador|Santino|Tomás|
Tomas|Valentín|Agustín|Agustin|Benjamín|Cristian|Cristóbal|Emiliano|Facundo|Germán|Gerardo|Horacio|Leandro|Lucas|
Martin|Matías|Matias|Osvaldo|Rolando|Sebastian|Thiago|Ana|Andrea|Beatriz|Carolina|Catalina|Constanza|Daniela|
Elena|Fernanda|Florencia|Gabriela|Guadalupe|Isabella|Jimena|Josefina|Juana|Julieta|Laura|Lucía|Lucia|Luciana|
Magdalena|Marcela|María|Mariana|Martina|Mercedes|Milagros|Natalia|Paola|Paula|Pilar|Renata|Rocío|Rocio|Sofía|
Valentina|Valeria|Ximena|Yolanda|Adriana|Alejandra|Alicia|Antonia|Araceli|Blanca|Consuelo|Dolores|Esperanza|
Gloria|Inés|Irma|Leticia|Lorena|Luz|Marisol|Norma|Rosa|Silvia|Teresa|Verónica|Veronica|Vilma|Yesenia|Zulema|
Anielle|Marina|Simone|Gleisi|Fátima|Benedita|Marielle|Janja|Rosângela|Rosangela|João Pedro|Guilherme|Karina|Axel
`);
