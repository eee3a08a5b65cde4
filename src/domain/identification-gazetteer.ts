/**
 * Word lists the identification check (identification.ts) reads: towns and
 * villages of Britain with their country, Welsh place-name parts, given names
 * the English lexicon of `compromise` lacks (Welsh ones especially), the words
 * for family and friends that come before a name, and capitalised words that
 * are never anyone's name or address. Data only.
 */

/** Where a town is, for the words offered in its place ("a town in Wales"). */
export type Country = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

/**
 * Cities too large to pick anyone out on their own: never flagged, but used to
 * say where a street is ("a street in Liverpool"). A street or school in them is.
 */
export const LARGE_CITIES: ReadonlyMap<string, Country> = new Map([
  ['london', 'England'],
  ['liverpool', 'England'],
  ['manchester', 'England'],
  ['birmingham', 'England'],
  ['leeds', 'England'],
  ['sheffield', 'England'],
  ['bristol', 'England'],
  ['newcastle', 'England'],
  ['nottingham', 'England'],
  ['leicester', 'England'],
  ['cardiff', 'Wales'],
  ['swansea', 'Wales'],
  ['glasgow', 'Scotland'],
  ['edinburgh', 'Scotland'],
  ['belfast', 'Northern Ireland'],
]);

const ENGLAND = `bootle crosby litherland formby southport maghull waterloo seaforth netherton
ormskirk kirkby huyton prescot widnes runcorn warrington wigan st-helens birkenhead wallasey
new-brighton hoylake west-kirby heswall bebington ellesmere-port chester crewe nantwich
northwich macclesfield stockport oldham rochdale bolton bury salford preston blackpool lancaster
morecambe blackburn burnley accrington chorley leyland skelmersdale fleetwood lytham kendal
carlisle whitehaven workington barrow wakefield bradford halifax huddersfield harrogate york
scarborough whitby hull doncaster rotherham barnsley chesterfield derby stoke shrewsbury telford
wolverhampton walsall dudley coventry worcester hereford gloucester cheltenham oxford reading
swindon bath wells taunton exeter plymouth torquay truro penzance bournemouth poole salisbury
southampton portsmouth brighton hastings eastbourne dover canterbury margate maidstone
chelmsford colchester ipswich norwich cambridge peterborough luton bedford northampton
middlesbrough sunderland durham darlington hartlepool gateshead blyth morpeth hexham keswick
ambleside skegness grimsby lincoln boston mansfield worksop stafford lichfield tamworth nuneaton
rugby kettering corby wellingborough banbury aylesbury watford slough guildford woking crawley
horsham worthing bognor chichester andover basingstoke newbury ramsgate folkestone deal
sandwich whitstable sale altrincham wilmslow knutsford ellesmere ludlow oswestry whitchurch
ashton stalybridge hyde glossop buxton matlock bakewell skipton settle clitheroe garstang
ulverston grange-over-sands`;

const WALES = `aberystwyth aberdare abergavenny abergele aberdaron aberaeron abersoch abertillery
amlwch bala bangor barmouth barry beaumaris bethesda betws-y-coed blaenau-ffestiniog
blaenavon brecon bridgend builth-wells caernarfon caerphilly caerleon cardigan carmarthen
chepstow colwyn-bay conwy corwen criccieth crickhowell cwmbran denbigh dolgellau ebbw-vale
ferndale fishguard flint harlech haverfordwest holyhead holywell kidwelly knighton lampeter
llanberis llandeilo llandovery llandrindod-wells llandudno llanelli llanfairfechan llangollen
llangefni llanidloes llanrwst llantwit-major machynlleth maesteg merthyr-tydfil milford-haven
mold monmouth mountain-ash narberth neath newport newtown pembroke penarth pontypool
pontypridd porthcawl porthmadog port-talbot prestatyn pwllheli rhayader rhondda rhyl ruthin
st-asaph st-davids saundersfoot tenby tonypandy tredegar treorchy tywyn welshpool wrexham
ystradgynlais ystalyfera penmaenmawr deganwy rhosneigr nefyn aberporth newcastle-emlyn
llanfair-pwllgwyngyll trefriw penrhyndeudraeth tregaron treharris bargoed blackwood
ystrad-mynach rhosllanerchrugog`;

const SCOTLAND = `aberdeen dundee inverness perth stirling paisley kilmarnock ayr dumfries
falkirk greenock motherwell hamilton oban fort-william`;

const NORTHERN_IRELAND = `derry londonderry newry lisburn bangor-ni armagh omagh enniskillen
coleraine ballymena`;

function townsOf(list: string, country: Country): [string, Country][] {
  return list
    .split(/\s+/)
    .filter((town) => town !== '')
    .map((town) => [town.replace(/-/g, ' '), country]);
}

/** Towns and villages (lower case, spaces between words) and their country. */
export const TOWNS: ReadonlyMap<string, Country> = new Map([
  ...townsOf(ENGLAND, 'England'),
  ...townsOf(SCOTLAND, 'Scotland'),
  ...townsOf(NORTHERN_IRELAND, 'Northern Ireland'),
  // Wales last: Bangor and Newport are towns in Wales first of all.
  ...townsOf(WALES, 'Wales'),
]);

/**
 * Towns whose names are everyday words ("a bath", "reading", "a deal"): a
 * place only where the writing makes it one, never at the start of a sentence.
 */
export const TOWNS_THAT_ARE_WORDS: ReadonlySet<string> = new Set([
  'bath',
  'reading',
  'wells',
  'deal',
  'sandwich',
  'sale',
  'hyde',
  'rugby',
  'boston',
  'settle',
  'flint',
  'barry',
  'mold',
  'neath',
  'bury',
  'hull',
  'derby',
  'corby',
  'chester',
  'ashton',
  'newtown',
  'newport',
  'hamilton',
  'perth',
]);

/**
 * The first part of many Welsh place names ("Llan-", "Aber-", "Pont-"): with
 * Welsh spelling after it, an unknown capitalised word is taken for a place.
 */
export const WELSH_PLACE_PARTS = [
  'llan',
  'aber',
  'pont',
  'caer',
  'cwm',
  'pen',
  'tre',
  'bryn',
  'betws',
  'porth',
  'ystrad',
  'nant',
  'blaen',
  'glyn',
  'rhyd',
  'maes',
  'coed',
  'dol',
  'mynydd',
  'cefn',
] as const;

/** Welsh spelling that English words and names rarely have. */
export const WELSH_SPELLING = /(?:dd|ll|ff|wy|rh|ch[wy]|ae|yn|wr|ydd|fn)/i;

/** Given names of people in Wales and Britain that the lexicon of `compromise` lacks. */
export const EXTRA_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `gethin rhys dafydd dai sian siân cerys bethan owain llinos ffion carys eleri elin gwen gwyn
  gwenllian iwan ieuan hywel emyr aled alun arwel bryn carwyn delyth dewi eirian eluned emlyn
  glenys glyn gruffydd gwilym heddwyn huw idris iolo lowri mared meinir meirion mererid nerys
  osian rhian rhiannon rhodri sioned steffan tegan tomos wyn angharad awen catrin dyfan elis
  macsen mali seren ifan tirion priya aisha tyler kayden jayden kai reece brandon chantelle
  shannon jade kelsey tia nadia fatima hamza yusuf bilal amir zara`
    .split(/\s+/)
    .filter((name) => name !== ''),
);

/**
 * Given names that are also everyday words: a name when written with a
 * capital in the middle of a sentence, or when the sentence says so.
 */
export const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  `rose grace hope joy faith dawn ruby holly daisy lily ivy iris violet hazel heather poppy
  robin jay jean bill will mark pat sue ray amber april may june summer autumn skye sky
  willow jasmine crystal pearl rich frank grant dean victor sunny hunter mason brook`
    .split(/\s+/)
    .filter((name) => name !== ''),
);

/** Words for people that come before a name: "my grandson Tyler", "our neighbour Mrs Kowalski". */
export const RELATION_WORDS: ReadonlySet<string> = new Set(
  `son daughter grandson granddaughter grandchild grandchildren nephew niece brother sister
  mother father husband wife partner boyfriend girlfriend cousin aunt auntie uncle friend
  neighbour neighbor mate boss manager teacher nurse doctor carer social worker sister-in-law
  brother-in-law stepson stepdaughter stepmum stepdad baby twin children kids lad girl boy
  fiancé fiance fiancée ex grandad grandma granddad nan nain taid`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Titles that make the next capitalised word a person's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr nurse sister father auntie aunty aunt uncle nanna nana grandma grandad
  nain taid reverend rev sir dame lady lord professor prof pc sergeant sgt captain`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Capitalised words that name nobody and nowhere in particular. */
export const NEVER_IDENTIFYING: ReadonlySet<string> = new Set(
  `i i'm i've i'd i'll mum mam dad nan nana nanna gran granny grandad grandma grandpa nain taid
  god jesus christ lord christmas easter eid diwali ramadan hanukkah boxing bonfire halloween
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december english welsh scottish irish british polish
  england wales scotland ireland britain uk nhs bbc itv tv dvd ok okay covid council army navy
  the a an and but so then when after before our my his her their we he she they it this that
  there here what why who how yes no oh well mister miss sir madam int ext`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * In a story written in Welsh, the words that start its sentences ("Mae",
 * "Roedd", "Ond"), the days, months and feasts, and family words: never a
 * name there, though English knows "Mae" as one. Only for Welsh stories, so
 * an English story's "Mae" is still read as the name it is.
 */
export const NEVER_IDENTIFYING_IN_WELSH: ReadonlySet<string> = new Set([
  ...NEVER_IDENTIFYING,
  ...`mae roedd oedd bydd byddai roeddwn roedden rydw rydyn dw dwi rwy ry'n mi fe fo hi ni chi nhw
  fi ti ond ac a y yr ar yn yng ym mewn gyda heb wedyn yna pan os achos felly hefyd efallai dyma
  dyna does dydy dyw doedd nid na ie iawn diolch bore nos prynhawn heddiw ddoe yfory dydd llun
  mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mai mehefin gorffennaf awst medi
  hydref tachwedd rhagfyr nadolig pasg calan cymraeg saesneg cymru lloegr cymro cymraes mam tad
  mamgu tadcu nain taid anti wncwl cafodd aeth daeth gwnaeth dywedodd roedd ei eu ein fy dy
  cawson aethon daethon`
    .split(/\s+/)
    .filter((word) => word !== ''),
]);
