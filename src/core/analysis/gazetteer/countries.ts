// Sovereign states and commonly named territories, with the spellings news outlets actually use.
import { pipeList } from './list';

/** Sovereign states, observer states and named territories, canonical names and frequent alternatives. */
export const COUNTRIES: readonly string[] = pipeList(`
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belorussia|Byelorussia|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Botswana|Brazil|Brunei|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|
Cabo Verde|Cape Verde|Cambodia|Kampuchea|Cameroon|Canada|Central African Republic|CAR|Chad|Chile|China|
People's Republic of China|PRC|Mainland China|Colombia|Comoros|Congo|Republic of the Congo|Congo-Brazzaville|
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Zaire|Costa Rica|
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|
Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|The Gambia|Georgia|Germany|Ghana|Greece|Hellas|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Islamic Republic of Iran|Persia|Iraq|
Ireland|Republic of Ireland|Eire|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kazakstan|Kenya|Kiribati|Kuwait|
Kyrgyzstan|Kirghizia|Kyrgyz Republic|Kirgizia|Laos|Lao PDR|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Federated States of Micronesia|Moldova|Moldavia|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Burma|Namibia|Nauru|Nepal|Netherlands|The Netherlands|Holland|New Zealand|Aotearoa|Nicaragua|Niger|Nigeria|
North Korea|DPRK|Democratic People's Republic of Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|
Palestine|State of Palestine|Palestinian Territories|Occupied Palestinian Territories|Panama|Papua New Guinea|PNG|
Paraguay|Peru|Philippines|The Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|
Saint Kitts and Nevis|St Kitts and Nevis|Saint Lucia|St Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
Sao Tome and Principe|São Tomé and Príncipe|Saudi Arabia|KSA|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|RSA|South Korea|Republic of Korea|ROK|Korea|South Sudan|
Spain|Sri Lanka|Ceylon|Sudan|Suriname|Surinam|Sweden|Switzerland|Syria|Syrian Arab Republic|Tajikistan|Tadjikistan|
Tanzania|Thailand|Siam|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkiye|Turkmenistan|Tuvalu|Uganda|
Ukraine|the Ukraine|United Arab Emirates|UAE|Emirates|United Kingdom|UK|U.K.|Britain|Great Britain|GB|
England|Scotland|Wales|Northern Ireland|United States|United States of America|U.S.|US|USA|U.S.A.|America|
Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Holy See|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|
Taiwan|Republic of China|Chinese Taipei|Kosovo|Western Sahara|Sahrawi Republic|Abkhazia|South Ossetia|Transnistria|
Northern Cyprus|Turkish Republic of Northern Cyprus|Somaliland|Puntland|Hong Kong|Macau|Macao|Greenland|
Faroe Islands|Puerto Rico|Guam|American Samoa|US Virgin Islands|British Virgin Islands|Cayman Islands|Bermuda|
Gibraltar|Falkland Islands|Falklands|Malvinas|Isle of Man|Jersey|Guernsey|Channel Islands|Anguilla|Montserrat|
Turks and Caicos Islands|Saint Helena|Aruba|Curaçao|Curacao|Sint Maarten|New Caledonia|French Polynesia|Tahiti|
French Guiana|Guadeloupe|Martinique|Réunion|Reunion|Mayotte|Saint Pierre and Miquelon|Wallis and Futuna|
Northern Mariana Islands|Cook Islands|Niue|Tokelau|Pitcairn Islands|Norfolk Island|Christmas Island|
Svalbard|Åland Islands|Aland Islands|Diego Garcia|Chagos Islands|British Indian Ocean Territory|Antarctica|
Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|GDR|FRG|Ottoman Empire|Rhodesia
`);
