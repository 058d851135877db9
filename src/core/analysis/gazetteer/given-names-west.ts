// Common given names: English/European and Slavic (with transliteration variants).
import { pipeList } from './list';

/** English-language and Western/Northern/Southern European given names. */
export const EUROPEAN_GIVEN_NAMES: readonly string[] = pipeList(`
Aaron|Abigail|Adam|Adrian|Adriana|Agnes|Aidan|Alan|Alastair|Albert|Alberto|Alec|Alejandro|Alessandro|Alex|Alexa|
Alexander|Alexandra|Alexandre|Alexis|Alfonso|Alfred|Alfredo|Alice|Alicia|Alison|Allan|Allison|Alma|Alvaro|Álvaro|
Amanda|Amber|Amelia|Amy|Ana|Andrea|Andreas|Andrew|Andy|Angela|Angelo|Anita|Ann|Anna|Anne|Annette|Annie|Anthony|
Antoine|Anton|Antonio|António|April|Ariel|Arnaud|Arnold|Arthur|Ashley|Audrey|Barbara|Barry|Bart|Beatrice|Beatriz|
Ben|Benedict|Benjamin|Benoit|Benoît|Bernard|Bernd|Bernie|Bertrand|Beth|Betty|Beverly|Bill|Billy|Bob|Bobby|Boris|
Brad|Bradley|Brandon|Brenda|Brendan|Brian|Bridget|Brigitte|Bruce|Bruno|Bryan|Caitlin|Calvin|Cameron|Camille|Carl|
Carla|Carlo|Carlos|Carmen|Carol|Carole|Caroline|Carolyn|Carrie|Catherine|Cathy|Cecilia|Cédric|Cedric|Charles|
Charlie|Charlotte|Chloe|Chris|Christian|Christina|Christine|Christoph|Christophe|Christopher|Chuck|Claire|Clara|
Claude|Claudia|Claudio|Colin|Connor|Conor|Craig|Cristina|Cynthia|Daisy|Dale|Damian|Damien|Dan|Daniel|Daniela|
Daniele|Danielle|Danny|Dario|David|Dean|Deborah|Debra|Denis|Dennis|Derek|Diana|Diane|Diego|Dieter|Dirk|Dominic|
Dominik|Dominique|Don|Donald|Donna|Doris|Dorothy|Doug|Douglas|Duncan|Dylan|Ed|Eddie|Edgar|Edith|Edmund|Eduardo|
Edward|Edwin|Eileen|Elaine|Eleanor|Elena|Eli|Elias|Elisabeth|Elizabeth|Ella|Ellen|Elsa|Emanuel|Emil|Emilia|Emily|
Emma|Emmanuel|Emmanuelle|Enrico|Enrique|Eric|Erica|Erik|Erika|Ernest|Ernesto|Ernst|Esther|Ethan|Eugene|Eva|Evan|
Eve|Evelyn|Fabian|Fabio|Federico|Felipe|Felix|Fernando|Filippo|Fiona|Florian|Frances|Francesca|Francesco|Francis|
Francisco|Franck|François|Francois|Frank|Franz|Fred|Frederick|Friedrich|Gabriel|Gabriela|Gabriele|Gabrielle|
Gareth|Gary|Gavin|Gene|Geoffrey|Georg|George|Georges|Gerald|Gerard|Gérard|Gerhard|Gert|Gianni|Gilbert|Gill|
Gillian|Gina|Giorgia|Giorgio|Giovanni|Giulia|Giuseppe|Glen|Glenn|Gloria|Gordon|Grace|Graham|Grant|Greg|Gregory|
Guido|Guillaume|Günter|Gunter|Gustav|Gustavo|Guy|Hannah|Hans|Harald|Harold|Harriet|Harry|Heather|Heidi|Heinrich|
Heinz|Helen|Helena|Helga|Helmut|Henri|Henrik|Henry|Herbert|Hermann|Hilary|Hillary|Holly|Horst|Howard|Hubert|Hugh|
Hugo|Hunter|Iain|Ian|Ignacio|Ignazio|Ilse|Ines|Inês|Ingrid|Irene|Iris|Isaac|Isabel|Isabella|Isabelle|Jack|Jackie|
Jacob|Jacqueline|Jacques|Jaime|Jake|James|Jamie|Jan|Jane|Janet|Janice|Jason|Javier|Jay|Jean|Jean-Claude|Jean-Luc|
Jean-Marie|Jean-Michel|Jean-Pierre|Jean-Yves|Jeanne|Jeff|Jeffrey|Jennifer|Jenny|Jens|Jeremy|Jerome|Jérôme|Jerry|
Jesse|Jessica|Jesus|Jesús|Jill|Jim|Jimmy|Joachim|Joan|Joanna|Joanne|Joao|João|Jochen|Jodie|Joe|Joel|Johan|Johann|
Johannes|John|Johnny|Jon|Jonas|Jonathan|Jordi|Jorge|Jose|José|Josef|Joseph|Josep|Josh|Joshua|Joyce|Juan|Judith|
Judy|Jules|Julia|Julian|Julie|Julien|Juliet|Julio|Jürgen|Jurgen|Justin|Karen|Karin|Karina|Karl|Kate|Katherine|
Kathleen|Kathryn|Kathy|Katie|Katrin|Kay|Keir|Keith|Kelly|Ken|Kenneth|Kerry|Kevin|Kimberly|Klaus|Kristen|Kristin|
Kurt|Kyle|Lara|Larry|Laura|Lauren|Laurence|Laurent|Lawrence|Leah|Lena|Leo|Leon|Leonard|Leonardo|Leslie|Lewis|
Liam|Lilian|Lily|Linda|Lindsay|Lindsey|Lisa|Liz|Lloyd|Logan|Lois|Lorenzo|Lori|Louis|Louise|Luc|Luca|Lucas|Lucia|
Lucy|Ludwig|Luigi|Luis|Luisa|Luke|Lukas|Lutz|Lydia|Lynn|Madeleine|Maggie|Malcolm|Manfred|Manuel|Manuela|Marc|
Marcel|Marcello|Marco|Marcus|Margaret|Margarethe|Margot|Maria|María|Marian|Marianne|Marie|Marina|Mario|Marion|
Marius|Mark|Markus|Marta|Martha|Martin|Martina|Mary|Mathias|Matt|Matteo|Matthew|Matthias|Maurice|Max|Maxime|
Maximilian|Megan|Melanie|Melissa|Michael|Michaela|Michel|Michele|Michelle|Miguel|Mike|Miriam|Mitch|Molly|Monica|
Monika|Morgan|Nadine|Nancy|Naomi|Nathalie|Nathan|Neil|Nicholas|Nick|Nicola|Nicolas|Nicole|Niels|Nigel|Niklas|
Nils|Nina|Noah|Noel|Nora|Norbert|Norman|Olaf|Oliver|Olivia|Olivier|Oscar|Oskar|Otto|Owen|Pablo|Paddy|Pamela|
Paola|Paolo|Pascal|Patricia|Patrick|Paul|Paula|Pauline|Pedro|Penelope|Penny|Peter|Petra|Phil|Philip|Philipp|
Philippe|Phillip|Pierre|Pietro|Priti|Rachel|Rafael|Raffaele|Ralf|Ralph|Ramon|Ramón|Randy|Raphael|Raquel|Ray|
Raymond|Rebecca|Regina|Reinhard|Renate|René|Rene|Riccardo|Richard|Rick|Rishi|Rita|Rob|Robert|Roberta|Roberto|
Robin|Rod|Rodrigo|Roger|Roland|Rolf|Roman|Ron|Ronald|Rory|Rosa|Rose|Ross|Roy|Ruben|Rubén|Rudolf|Rudy|Russell|
Ruth|Ryan|Sabine|Sacha|Sally|Salvatore|Sam|Samantha|Samuel|Sandra|Sara|Sarah|Sascha|Scott|Sean|Seamus|Sebastian|
Sébastien|Sebastien|Serena|Sergio|Shane|Sharon|Sheila|Shirley|Sigmar|Silvia|Simon|Simone|Sofia|Sophia|Sophie|
Stan|Stanley|Stefan|Stefano|Steffen|Stephan|Stephanie|Stéphane|Stephane|Stephen|Steve|Steven|Stuart|Susan|
Susanne|Suzanne|Sven|Sylvie|Tamara|Tanja|Ted|Teresa|Terry|Theo|Theresa|Thierry|Thomas|Tim|Timothy|Tina|Tobias|
Todd|Tom|Tommy|Toni|Tony|Tracy|Travis|Trevor|Tyler|Ulrich|Ulrike|Ursula|Valentina|Valentino|Valérie|Valerie|
Vanessa|Vera|Veronica|Vicente|Victor|Victoria|Vincent|Vincenzo|Virginia|Vivian|Walter|Wayne|Wendy|Werner|Wes|
Wilhelm|William|Willie|Willy|Wolfgang|Xavier|Yann|Yannick|Yves|Yvonne|Zach|Zachary|Zoe|Zoé|Kamala|Marine|Jordan|
Tucker|Mitt|Nikki|Hakeem|Elon|Annalena|Viktor|Mette|Ulf|Magnus|Petteri|Sanna|Alar|Kaja|Ingrida|Gitanas|Egils|
Krisjanis|Edgars|Evika|Aivars|Andrus|Toomas|Kersti|Jüri|Juri|Ants|Hanno|Urmas|Rasmus|Mads|Lars|Anders|Fredrik|
Ola|Erna|Kristian|Jacinda|Mélanie|Chrystia|Jagmeet|Margrethe|Frederik|Haakon|Willem-Alexander|Letizia|Camilla|
Meghan|Beatrix|Mathilde|Silvio|Romano
`);

/** Russian, Ukrainian, Belarusian, Polish, Czech, Balkan and other Slavic given names, with transliteration variants. */
export const SLAVIC_GIVEN_NAMES: readonly string[] = pipeList(`
Vladimir|Volodymyr|Wladimir|Sergei|Sergey|Serhiy|Serhii|Sergiy|Alexei|Aleksei|Alexey|Aleksey|Oleksiy|Oleksii|
Dmitry|Dmitri|Dmitriy|Dmytro|Dimitri|Mikhail|Mykhailo|Mikhailo|Nikolai|Nikolay|Mykola|Ivan|Andrei|Andrey|Andriy|
Andrii|Alexander|Aleksandr|Alexandr|Oleksandr|Olexander|Aleksander|Viktor|Victor|Yuri|Yury|Yuriy|Yurii|Boris|
Igor|Ihor|Oleg|Oleh|Pavel|Pavlo|Pyotr|Petr|Petro|Piotr|Grigory|Grigoriy|Hryhoriy|Yevgeny|Yevgeniy|Evgeny|Evgeniy|
Yevhen|Gennady|Gennadiy|Hennadiy|Anatoly|Anatoliy|Valery|Valeriy|Valerii|Vitaly|Vitaliy|Vitalii|Vasily|Vasiliy|
Vasyl|Konstantin|Kostiantyn|Kostyantyn|Leonid|Maxim|Maksim|Maksym|Roman|Ruslan|Denis|Denys|Artem|Artyom|Arseniy|
Arseny|Yaroslav|Stanislav|Vyacheslav|Viacheslav|Vadim|Vadym|Valentin|Valentyn|Kirill|Kyrylo|Nikita|Mykyta|Timur|
Anton|Arkady|Arkadiy|Fyodor|Fedor|Fedir|Stepan|Semyon|Semen|Ilya|Illia|Illya|Yegor|Egor|Matvei|Matvey|Gleb|Lev|
Eduard|Gennadi|Valentina|Tatiana|Tatyana|Tetiana|Olga|Olha|Natalia|Natalya|Nataliya|Irina|Iryna|Yelena|Elena|
Olena|Svetlana|Svitlana|Lyudmila|Ludmila|Liudmyla|Galina|Halyna|Yulia|Yuliya|Julia|Ekaterina|Yekaterina|Kateryna|
Anastasia|Anastasiya|Maria|Mariya|Mariia|Marina|Maryna|Oksana|Ksenia|Kseniya|Daria|Darya|Veronika|Viktoria|
Victoria|Nadezhda|Nadiya|Lyubov|Larisa|Larysa|Alla|Vera|Zoya|Raisa|Valeria|Polina|Alina|Inna|Ella|Elvira|
Margarita|Sofia|Sofiya|Yana|Alyona|Alena|Zakhar|Zinaida|Nina|Lidia|Lidiya|Tamara|Marta|Sviatlana|Aliaksandr|
Alyaksandr|Uladzimir|Siarhei|Ales|Mikola|Mikalai|Stsiapan|Raman|Andrzej|Jaroslaw|Jarosław|Mateusz|Donald|
Radoslaw|Radosław|Wladyslaw|Władysław|Krzysztof|Tomasz|Marek|Pawel|Paweł|Jakub|Michal|Michał|Lech|Grzegorz|
Zbigniew|Wojciech|Bartosz|Lukasz|Łukasz|Szymon|Agnieszka|Malgorzata|Małgorzata|Katarzyna|Beata|Ewa|Joanna|
Magdalena|Elzbieta|Elżbieta|Zofia|Milos|Miloš|Vaclav|Václav|Jiri|Jiří|Karel|Zdenek|Zdeněk|Ondrej|Ondřej|Jaroslav|
Miroslav|Ladislav|Lubomir|Ľubomír|Robert|Zuzana|Lenka|Hana|Jana|Peter|Juraj|Slobodan|Aleksandar|Vojislav|Zoran|
Dragan|Goran|Milorad|Milan|Nenad|Dusan|Dušan|Ivica|Tomislav|Andrej|Borut|Janez|Zlatko|Bakir|Edi|Hashim|Albin|
Vjosa|Ramush|Kadri|Nikola|Hristijan|Gordana|Ana|Jelena|Milica|Dragana|Mirjana|Snezana|Biljana|Rumen|Boyko|Kiril|
Georgi|Plamen|Stefan|Todor|Dimitar|Hristo|Iliana|Tsvetan
`);
