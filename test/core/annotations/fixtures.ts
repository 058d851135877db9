/**
 * Article-like texts written for these tests (no real articles are copied into the repo).
 * They repeat names and phrases on purpose, wrap lines like scraped text, and include
 * astral characters so code point and UTF-16 offsets differ.
 */

export const HARBOUR_TEXT = [
  'Port Authority Delays Vote on Harbour Expansion',
  '',
  'By Mara Ellison for the Coastal Ledger',
  '',
  'March 3, 2025',
  '',
  'The Port Authority on Monday postponed a vote on the long-debated harbour expansion,',
  'saying it needed "more time to weigh the environmental findings" before committing',
  'public money to the project.',
  '',
  'Authority chair Daniel Okafor said the board would return to the question in April.',
  '"We are not going to rush a decision that will shape this waterfront for fifty years,"',
  'Okafor told reporters outside the meeting hall.',
  '',
  'Fishermen\'s association head Lucia Brandt welcomed the delay. "The survey shows the',
  'eastern basin is a nursery for three commercial species," Brandt said. "You cannot',
  'dredge it and pretend nothing happened." 🐟',
  '',
  'Supporters of the plan, including the Chamber of Commerce, argued that every month of',
  'delay costs the city shipping contracts. "Every month of delay costs us contracts,"',
  'chamber president Ivo Marsh said, adding that Rotterdam and Antwerp were "not waiting',
  'for us."',
  '',
  'The Port Authority said a revised plan would be published before the April meeting.',
  'Okafor said the revised plan would include "real protections for the eastern basin."',
].join('\n');

export const SUMMIT_TEXT = [
  'Ministers Meet in Tallinn as Energy Talks Stall',
  '',
  'TALLINN, October 12 (Northern Wire) - Energy ministers from eight countries met in',
  'Tallinn on Thursday, but talks on a shared gas reserve stalled over who would pay for',
  'storage.',
  '',
  '"We agree on the goal and disagree on the bill," Estonian minister Kadri Vaher said',
  'after the first session. Finnish minister Aleksi Korpela said his government was',
  '"ready to contribute, but not to subsidize everyone else."',
  '',
  'Diplomats said the talks could resume in November. One diplomat, who asked not to be',
  'named, said the mood was "cordial but stuck." Another said: "Cordial but stuck is',
  'better than what we had last year."',
  '',
  'The ministers issued a short statement 📄 saying they would "continue to work toward a',
  'common reserve." Vaher said she expected a deal "within months, not years."',
  '',
  'Korpela later said on social media that Finland had "made its offer." Vaher said the',
  'offer was welcome. Korpela and Vaher are expected to meet again in Helsinki.',
].join('\n');

export const FLOOD_TEXT = [
  'Flood Warnings Extended Along the River Sava',
  '',
  'Authorities extended flood warnings on Sunday for towns along the River Sava after two',
  'days of heavy rain, and the army sent trucks and boats to help evacuate residents.',
  '',
  'In Slavonski Brod, mayor Tomislav Horvat said water levels were "the highest since',
  '2014" and asked people living near the embankment to leave. "Please do not wait for',
  'the water to reach your door," Horvat said in a video message. "Please do not wait."',
  '',
  'Meteorologists said rain would ease on Monday. The national weather service said the',
  'river was expected to peak on Tuesday morning, and that warnings would stay in place',
  'until at least Wednesday.',
  '',
  'Residents in the low-lying districts described a night without sleep. "We moved',
  'everything upstairs and then we waited," said Ana Kovač, a teacher. "We waited and we',
  'listened to the rain." Her neighbour, Josip Marić, said the water was already in his',
  'garden by midnight. 🌧️ The Red Cross said it had opened four shelters in the region.',
].join('\n');

export const FIXTURE_TEXTS: readonly string[] = [HARBOUR_TEXT, SUMMIT_TEXT, FLOOD_TEXT];
