// Function-word lists for the entity engine: reporting verbs, capitalized non-entities, months and weekdays.
import { pipeList } from './list';

/** Reporting verbs with every inflection spelled out (base, -s, -ed/past, -ing). */
export const SPEECH_VERBS: readonly string[] = pipeList(`
say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|stress|stresses|stressed|stressing|note|notes|
noted|noting|claim|claims|claimed|claiming|warn|warns|warned|warning|insist|insists|insisted|insisting|declare|
declares|declared|declaring|announce|announces|announced|announcing|urge|urges|urged|urging|call|calls|called|
calling|hail|hails|hailed|hailing|describe|describes|described|describing|write|writes|wrote|written|writing|ask|
asks|asked|asking|reply|replies|replied|replying|explain|explains|explained|explaining|argue|argues|argued|arguing|
emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising|underline|underlines|
underlined|underlining|underscore|underscores|underscored|underscoring|acknowledge|acknowledges|acknowledged|
acknowledging|admit|admits|admitted|admitting|state|states|stated|stating|report|reports|reported|reporting|
confirm|confirms|confirmed|confirming|deny|denies|denied|denying|assert|asserts|asserted|asserting|maintain|
maintains|maintained|maintaining|contend|contends|contended|contending|suggest|suggests|suggested|suggesting|
point out|points out|pointed out|pointing out|recall|recalls|recalled|recalling|remark|remarks|remarked|remarking|
comment|comments|commented|commenting|observe|observes|observed|observing|respond|responds|responded|responding|
answer|answers|answered|answering|continue|continues|continued|continuing|conclude|concludes|concluded|concluding|
promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|vowing|threaten|threatens|
threatened|threatening|predict|predicts|predicted|predicting|estimate|estimates|estimated|estimating|
complain|complains|complained|complaining|accuse|accuses|accused|accusing|charge|charges|charged|charging|
allege|alleges|alleged|alleging|demand|demands|demanded|demanding|propose|proposes|proposed|proposing|
recommend|recommends|recommended|recommending|advise|advises|advised|advising|caution|cautions|cautioned|
cautioning|reiterate|reiterates|reiterated|reiterating|repeat|repeats|repeated|repeating|reaffirm|reaffirms|
reaffirmed|reaffirming|affirm|affirms|affirmed|affirming|highlight|highlights|highlighted|highlighting|
mention|mentions|mentioned|mentioning|tweet|tweets|tweeted|tweeting|post|posts|posted|posting|quote|quotes|quoted|
quoting|cite|cites|cited|citing|shout|shouts|shouted|shouting|exclaim|exclaims|exclaimed|exclaiming|whisper|
whispers|whispered|whispering|joke|jokes|joked|joking|quip|quips|quipped|quipping|boast|boasts|boasted|boasting|
concede|concedes|conceded|conceding|agree|agrees|agreed|agreeing|disagree|disagrees|disagreed|disagreeing|
object|objects|objected|objecting|protest|protests|protested|protesting|counter|counters|countered|countering|
retort|retorts|retorted|retorting|reason|reasons|reasoned|reasoning|speculate|speculates|speculated|speculating|
indicate|indicates|indicated|indicating|signal|signals|signalled|signaled|signalling|signaling|reveal|reveals|
revealed|revealing|disclose|discloses|disclosed|disclosing|inform|informs|informed|informing|brief|briefs|briefed|
briefing|assure|assures|assured|assuring|reassure|reassures|reassured|reassuring|welcome|welcomes|welcomed|
welcoming|praise|praises|praised|praising|criticize|criticizes|criticized|criticizing|criticise|criticises|
criticised|criticising|condemn|condemns|condemned|condemning|denounce|denounces|denounced|denouncing|slam|slams|
slammed|slamming|blast|blasts|blasted|blasting|dismiss|dismisses|dismissed|dismissing|reject|rejects|rejected|
rejecting|appeal|appeals|appealed|appealing|plead|pleads|pleaded|pled|pleading|implore|implores|implored|imploring|
stipulate|stipulates|stipulated|stipulating|clarify|clarifies|clarified|clarifying|elaborate|elaborates|
elaborated|elaborating|specify|specifies|specified|specifying|mutter|mutters|muttered|muttering|sigh|sighs|sighed|
sighing|lament|laments|lamented|lamenting|testify|testifies|testified|testifying|recount|recounts|recounted|
recounting|wonder|wonders|wondered|wondering|believe|believes|believed|believing|think|thinks|thought|thinking|
feel|feels|felt|feeling|hope|hopes|hoped|hoping|expect|expects|expected|expecting|fear|fears|feared|fearing|
posit|posits|posited|positing|opine|opines|opined|opining|proclaim|proclaims|proclaimed|proclaiming|
pronounce|pronounces|pronounced|pronouncing|summarize|summarizes|summarized|summarizing|summarise|summarises|
summarised|summarising|spell out|spells out|spelled out|spelt out|spelling out|put it|puts it|putting it
`);

/** Marker that introduces attribution without a verb ("according to X"); kept apart from SPEECH_VERBS. */
export const ATTRIBUTION_MARKERS: readonly string[] = pipeList(`
according to|as quoted by|quoted by|cited by|in the words of|as reported by|in a statement|in an interview|
in remarks|per|via
`);

/** Capitalized at sentence start or in headlines but never an entity on its own. */
export const CAPITALIZED_FUNCTION_WORDS: readonly string[] = pipeList(`
The|A|An|This|That|These|Those|It|Its|It's|He|She|They|We|I|You|Me|Him|Them|Us|His|Her|Hers|Their|Theirs|Our|
Ours|My|Mine|Your|Yours|Who|Whom|Whose|Which|What|Whatever|Whoever|Why|How|When|Where|Whether|While|Whilst|But|
And|Or|Nor|So|Yet|However|Meanwhile|Nevertheless|Nonetheless|Moreover|Furthermore|Additionally|Also|Still|
Instead|Otherwise|Therefore|Thus|Hence|Indeed|Besides|Likewise|Similarly|Conversely|Consequently|Accordingly|
Regardless|After|Before|As|In|On|At|For|From|With|Without|Within|By|To|Of|Off|Under|Over|Above|Below|Between|
Among|Amid|Amidst|Against|Across|Along|Around|Behind|Beyond|Through|Throughout|Toward|Towards|Into|Onto|Upon|Via|
Per|Since|Until|Till|During|Despite|Although|Though|Even|If|Unless|Because|Once|Whereas|Than|Like|Unlike|Near|
Inside|Outside|Other|Another|Some|Any|Many|Much|Most|More|Less|Least|Few|Fewer|All|Both|Each|Every|Either|
Neither|Several|Such|No|None|Not|Yes|There|Here|Now|Then|Today|Tonight|Yesterday|Tomorrow|Recently|Currently|
Earlier|Later|Soon|Already|Again|Always|Never|Often|Sometimes|Usually|Perhaps|Maybe|Only|Just|Almost|Nearly|
About|Roughly|Certainly|Clearly|Obviously|Apparently|Reportedly|Allegedly|Officially|Initially|Finally|
Eventually|Ultimately|Last|Firstly|Secondly|Lastly|
Hundreds|Thousands|Millions|Dozens|Is|Are|Was|Were|Be|Been|Being|Am|Has|
Have|Had|Do|Does|Did|Will|Would|Shall|Should|Can|Could|May|Might|Must|Let|Lets|Let's|Please|Thank|Thanks|Well|Oh|
Ah|Hello|Hi|Dear|Sorry|Okay|OK|Mr|Ms|Mrs|Everyone|Everybody|Everything|Someone|Somebody|Something|Anyone|Anybody|
Anything|Nobody|Nothing|Officials|Sources|Experts|Analysts|Critics|Observers|Residents|Witnesses|
Diplomats|Negotiators|Mediators|Donors|Investors|Traders|Economists|Engineers|Scientists|Researchers|Investigators|
Prosecutors|Lawyers|Doctors|Medics|Activists|Campaigners|Journalists|Reporters|Farmers|Villagers|Workers|Students|
Teachers|Families|Relatives|Survivors|Victims|Refugees|Migrants|Rebels|Militants|Supporters|Opponents|Participants|
Organisers|Organizers|Attendees|Insiders|Aides|Allies|Partners|Neighbours|Neighbors|Members|Envoys|Ambassadors|
Protesters|Demonstrators|Delegates|Delegations|Leaders|Ministers|Lawmakers|
Voters|Citizens|Locals|Breaking|Update|Updated|Exclusive|Analysis|Opinion|
Editorial|Commentary|Explainer|Factbox|Timeline|
Correction|Clarification|Advertisement|Sponsored|Read|Related|Share|Subscribe|Sign|
Click|See|Copyright|Reporting|Writing|Editing|Additional|Contributed|Published|Posted|


Remarks|Q&A|FAQ|Vs|vs|Versus|What's|Here's|There's|That's|Who's|
Where's|When's|Ahead|Following|Regarding|Concerning|Including|Excluding|Given|Considering|Speaking|Asked|
Addressing|Noting|Citing|Quoting|According|Referring|Responding|Commenting|Welcoming
`);

/** Month names, with the abbreviations news styles use ("Jan.", "Sept."). */
export const MONTHS: readonly string[] = pipeList(`
January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Jan|Feb.|Feb|Mar.|Mar|
Apr.|Apr|Jun.|Jul.|Aug.|Aug|Sep.|Sept.|Sep|Sept|Oct.|Oct|Nov.|Nov|Dec.|Dec
`);

/** Weekday names, full and abbreviated ("Mon.", "Thurs."). */
export const WEEKDAYS: readonly string[] = pipeList(`
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon.|Mon|Tue.|Tues.|Tue|Tues|Wed.|Wed|Thu.|Thur.|
Thurs.|Thu|Thurs|Fri.|Fri|Sat.|Sat|Sun.|Sun
`);
