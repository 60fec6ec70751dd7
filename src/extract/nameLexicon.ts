/**
 * Word lists that organization discovery relies on to tell a company's name from the other capitalised words of
 * a briefing: sentence openers, places, people's first names and titles, and the nouns that announce an
 * organization ("startup", "maker") or end its name ("Labs", "Robotics"). All lower case.
 */

import { WordClasses } from "./WordClasses.js";

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Capitalised words that open sentences or describe, never an organization's name on their own. */
export const NOT_A_NAME = words(`
  a an the this that these those it its their his her our we they you i he she
  and or but if as at by for from in into of on to with after before amid over under while about against
  via per than then when where which who whose why how what all any both each every few more most other some such
  no not nor so yet also just only even still already again here there now today yesterday tomorrow
  new next last early late latest recent former
  community report reports reported study studies survey paper researchers scientists analysts experts critics
  officials regulators lawmakers legislators authorities prosecutors judges courts investors users developers
  customers employees workers parents families teens children students people
  startup startups company companies firm firms group groups lab labs maker makers vendor vendors provider providers
  ai agi llm llms genai ml agent agents agentic model models chatbot chatbots assistant assistants app apps
  open closed frontier generative foundation
  summary details update updates analysis overview context background note notes breaking exclusive
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday q1 q2 q3 q4
  north south east west northern southern eastern western central middle
  european american chinese british french german indian japanese korean russian iranian israeli
  ukrainian taiwanese canadian australian brazilian saudi emirati african asian arab gulf western
  global international regional local public private
  judge justice senator sen rep representative commissioner minister president ceo cto cfo chairman chair
  director secretary governor mayor dr prof professor mr ms mrs founder cofounder co-founder chief
  attorney general deputy spokesperson spokesman spokeswoman executive executives
  however meanwhile separately additionally similarly notably overall instead despite although though because
  yes please thanks
`);

/** Countries, regions and large cities: names of places, which discovery never takes for companies. */
export const PLACES = words(`
  us usa u.s america united kingdom uk britain england scotland wales ireland eu europe
  china prc hong kong macau taiwan japan korea india pakistan bangladesh indonesia malaysia singapore thailand
  vietnam philippines australia zealand canada mexico brazil argentina chile colombia peru venezuela
  russia ukraine belarus poland germany france spain portugal italy netherlands belgium luxembourg switzerland
  austria sweden norway denmark finland iceland estonia latvia lithuania czechia czech slovakia hungary romania
  bulgaria greece turkey cyprus malta croatia serbia slovenia
  israel iran iraq syria lebanon jordan egypt saudi arabia uae emirates qatar bahrain kuwait oman yemen
  nigeria kenya ethiopia ghana morocco rwanda africa asia oceania
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
  tennessee texas utah vermont virginia washington wisconsin wyoming
  beijing shanghai shenzhen hangzhou guangzhou tokyo seoul delhi mumbai bangalore bengaluru london paris berlin
  brussels munich hamburg frankfurt amsterdam dublin stockholm copenhagen oslo helsinki zurich geneva vienna
  madrid barcelona rome milan warsaw prague lisbon toronto montreal vancouver ottawa sydney melbourne
  dubai riyadh doha abu dhabi tel aviv jerusalem tehran moscow kyiv
  francisco angeles diego seattle boston chicago austin dallas houston atlanta miami denver phoenix memphis
  abilene ashburn virginia manhattan brooklyn silicon valley bay area
  middle east latin global south
`);

/** Common first names: a capitalised pair that opens with one is a person ("Bret Taylor"), not a company. */
export const FIRST_NAMES = words(`
  aaron adam adrian aidan alan albert alex alexander alexandr alexandra alexis alice alicia allison amanda amy
  ana andrea andrew andy angela anna anne anthony antonio arthur ashley audrey barbara ben benjamin beth betsy
  bill bob brad bradley brandon brendan bret brett brian brooke bruce bryan caitlin carl carla carlos carol
  caroline catherine charles charlie chris christian christina christine christopher chuck cindy claire clara
  colin connor craig dan daniel daniela danielle dario darren dave david dean debbie deborah demis dennis derek
  diana diane dominic donald doug douglas dylan ed eddie edward elena eli elijah elizabeth ellen elon emily emma
  eric erica erik ethan eugene eva evan fei fiona frances francesca francis frank fred gabriel gary gavin
  gene geoffrey george gina gary grace graham greg gregory hannah harold harry heather heidi helen henry holly
  howard hugo ian ilya isaac isabel isabella jack jackie jacob jake james jamie jan jane janet jared jason
  jay jean jeff jeffrey jennifer jensen jeremy jerry jesse jessica jill jim jimmy joan joanna joe joel john
  johnny jon jonathan jordan jose joseph josh joshua joy juan judith julia julian julie justin karen kate
  katherine kathleen kathy katie keith kelly ken kenneth kevin kim kimberly kristen kyle larry laura lauren
  lawrence lee leo leon leonard lila lily linda lisa liz logan lorenzo louis lucas lucy luis luke lynn
  madison marc marcus margaret maria marie marina mario mark marsha martha martin mary matt matthew max maya
  megan melanie melissa michael michelle miguel mike mira miranda mitchell molly morgan mustafa nadella nancy
  naomi natalie nathan neil nicholas nick nicole nina noah noam nora olivia oliver owen pamela patricia
  patrick paul paula peter phil philip rachel ralph ramesh raj rajesh randy ray raymond rebecca reed reid richard
  rick rishi rob robert robin rodney roger ron ronald rose ross russell ruth ryan sally sam samantha samuel
  sandra sara sarah satya scott sean sebastian selena shane sharon shawn sheryl simon sophia sophie stacy
  stephanie stephen steve steven stuart sue sundar susan suzanne tammy tanya taylor ted teresa terry thomas
  tiffany tim timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa victor victoria
  vincent vivek walter wayne wendy will william xavier yann yoshua zach zachary zoe
  ahmed ali amir arjun chen deepak emmanuel fatima hassan hiroshi ivan jin kai kenji li liang lin liu mei
  mohammed muhammad olga omar pierre priya rahul sanjay sergey shu takeshi ursula vladimir wang wei xi yuki
  zhang jd kamala joe donald marco keir rishi emmanuel olaf giorgia friedrich narendra
`);

/** Surnames that briefings use alone for people in the news ("Musk sues OpenAI"), never for companies. */
export const PERSON_SURNAMES = words(`
  musk altman amodei hassabis zuckerberg nadella pichai huang lecun hinton bengio sutskever murati brockman
  suleyman karpathy andreessen thiel bezos jassy cook su gelsinger son ellison wang liang trump biden vance
  harris sacks kratsios lutnick raimondo khan ferguson newsom hochul schumer cruz hawley blumenthal
  wiener virkkunen breton vestager starmer sunak macron merz meloni modi xi putin zelensky
`);

/** Words that end a company's name: "Playmate Robotics", "Chai Research", "Foo Labs". */
export const ORGANIZATION_SUFFIXES = words(`
  labs lab robotics research technologies technology systems networks capital ventures partners holdings
  inc inc. corp corp. corporation ltd ltd. llc gmbh plc ag sa co co. company therapeutics semiconductor
  semiconductors computing dynamics industries interactive software analytics biosciences bio security
  intelligence foundation institute
`);

/** First words that make a suffixed name generic rather than a company ("Alignment Research", "AI Labs"). */
export const GENERIC_NAME_WORDS = words(`
  ai artificial intelligence machine learning deep safety security alignment research open frontier applied
  advanced general model models agent agents data cloud compute cyber national federal state global international
  digital new responsible generative trust trustworthy quantum human future public private threat the
  computer information science scientific academic independent nonprofit non-profit venture
`);

/** Nouns that announce the name after them as an organization's: "toy maker Playmate Robotics", "startup Keyline". */
export const ORGANIZATION_NOUNS = words(`
  startup startups start-up company companies firm firms maker makers developer developers provider providers
  vendor vendors lab labs chipmaker chipmakers chip-maker chip-makers unicorn unicorns app apps builder builders
  operator operators rival rivals subsidiary subsidiaries supplier suppliers manufacturer manufacturers designer
  designers specialist specialists insurer insurers retailer retailers bank banks studio studios publisher
  publishers broker brokers contractor contractors fund funds investor-backed spinout spin-out spinoff
  neocloud neoclouds hyperscaler hyperscalers foundry foundries incumbent incumbents
`);

/** Nouns after which "of" continues an institution's name: "Court of Appeal", "Ministry of Commerce". */
export const INSTITUTION_NOUNS = words(`
  court courts tribunal bank university ministry department office institute academy council commission board
  agency authority center centre school college association federation union league society bureau
  administration committee chamber parliament government house secretary state
`);

/** Titles before a person's name: "Judge Rita Lin", "CEO Sam Altman". */
export const PERSON_TITLES = words(`
  judge justice senator sen sen. rep rep. representative commissioner minister president ceo cto cfo coo
  chairman chairwoman chair director secretary governor mayor dr dr. prof prof. professor mr mr. ms ms. mrs mrs.
  founder cofounder co-founder chief investor billionaire researcher scientist analyst economist author
  attorney lawyer spokesperson host pope king queen prince princess magistrate
`);

/** Bits of LEXICON, one per list above. */
export const NOT_A_NAME_WORD = 1 << 0;
export const PLACE = 1 << 1;
export const FIRST_NAME = 1 << 2;
export const PERSON_SURNAME = 1 << 3;
export const ORGANIZATION_SUFFIX = 1 << 4;
export const GENERIC_NAME_WORD = 1 << 5;
export const ORGANIZATION_NOUN = 1 << 6;
export const INSTITUTION_NOUN = 1 << 7;
export const PERSON_TITLE = 1 << 8;

/** The lists above by word: `LEXICON.has(token, PLACE)` is `PLACES.has(token.lower)`. */
export const LEXICON = new WordClasses([
  NOT_A_NAME,
  PLACES,
  FIRST_NAMES,
  PERSON_SURNAMES,
  ORGANIZATION_SUFFIXES,
  GENERIC_NAME_WORDS,
  ORGANIZATION_NOUNS,
  INSTITUTION_NOUNS,
  PERSON_TITLES,
]);
