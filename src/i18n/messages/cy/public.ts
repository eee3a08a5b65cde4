/** Welsh words: public. */
import type { Translation } from '../translation.ts';
import type en from '../en/public.ts';

export default {
  'public.home.heading': 'Straeon, wedi’u hadrodd gan y bobl a fu’n eu byw',
  'public.home.lead':
    'Dewisodd pawb yma rannu eu stori, dewis sut maen nhw’n cael eu henwi, a gallan nhw ei thynnu’n ôl unrhyw bryd.',
  'public.home.themes': 'Themâu',
  'public.home.newest': 'Y straeon diweddaraf',
  'public.home.empty': 'Does dim straeon wedi’u rhannu ar y wefan gyhoeddus ar hyn o bryd.',
  'public.home.emptyInLanguage':
    'Does dim straeon yn yr iaith honno ({language}) ar y wefan gyhoeddus ar hyn o bryd.',
  'public.list.more': 'Rhagor o straeon',
  'public.list.moreLabel': 'Rhagor',
  'public.list.languages': 'Iaith y straeon:',
  'public.list.anyLanguage': 'pob iaith',
  'public.theme.title': 'Straeon am {theme}',
  'public.theme.all': 'Pob stori',
  'public.theme.empty': 'Does dim rhagor o straeon ar y thema hon.',
  'public.notes.legend': 'Gadael allan straeon am',
  'public.notes.show': 'Dangos y straeon',
  'public.search.title': 'Chwilio’r straeon',
  'public.search.titleFor': 'Straeon sy’n cyfateb i “{query}”',
  'public.search.words': 'Geiriau i chwilio amdanyn nhw',
  'public.search.button': 'Chwilio',
  'public.search.none':
    'Does dim straeon yn cyfateb i “{query}”. Rhowch gynnig ar eiriau eraill, neu <link>gweld yr holl straeon</link>.',
  'public.search.didYouMean': 'Oeddech chi’n golygu <words></words>?',
  'public.search.matches': 'Canlyniadau ar gyfer “{query}”.',
  'public.search.bestMatches': 'Y canlyniadau gorau ar gyfer “{query}”.',
  'public.search.moreFor': 'Rhagor o straeon ar gyfer “{query}”.',
  'public.search.moreMatches': 'Rhagor o ganlyniadau',
  'public.card.readingTime':
    '{minutes, plural, zero {# munud} one {# munud} two {# munud} few {# munud} many {# munud} other {# munud}} i’w darllen',
  'public.card.filmScript': 'sgript ffilm',
  'public.card.contentNotes': 'Nodiadau cynnwys: {notes}',
  'public.story.by': 'Gan {name}',
  'public.story.description': 'Stori gan {name}.',
  'public.story.beforeYouRead':
    '<strong>Cyn i chi ddarllen:</strong> mae’r stori hon yn sôn am {notes}.',
  'public.story.takeCare': 'Gofalwch amdanoch chi’ch hun. Gallwch chi stopio darllen unrhyw bryd.',
  'public.story.read': 'Darllen y stori',
  'public.story.backToAll': 'Yn ôl i’r holl straeon',
  'public.story.shared':
    'Rhannwyd ar <time>{date}</time>. Dewisodd y person a’i hysgrifennodd ei rhannu yma, a gall stopio unrhyw bryd.',
  'public.story.answers':
    '{count, plural, zero {Ein hatebion} one {Ein hateb} two {Ein hatebion} few {Ein hatebion} many {Ein hatebion} other {Ein hatebion}}',
  'public.story.answersChosen': 'Dewisodd y person a ysgrifennodd y stori hon ddangos hyn yma.',
  'public.story.related': 'Rhagor o straeon fel hon',
  'public.story.readMore': 'Darllen rhagor o straeon',
  'public.story.cannotShow': 'Does dim modd dangos y stori hon ar hyn o bryd.',
  'public.story.gone': 'Dydy’r stori hon ddim yn cael ei rhannu mwyach',
  'public.story.goneLead': 'Mae’r person a’i hysgrifennodd wedi dewis stopio ei rhannu yma.',
  'public.story.readOther': 'Darllen straeon eraill',
  'public.recording.listen': 'Gwrando ar y recordiad',
  'public.recording.said': 'Beth a ddywedwyd',
  'public.feed.title': 'Heard: straeon, wedi’u hadrodd gan y bobl a fu’n eu byw',
  'public.feed.item': 'Gan {name}. {excerpt}',
  'public.feed.itemWithNotes': 'Gan {name}. Nodiadau cynnwys: {notes}.',
  'public.write.title': 'Dechrau stori',
  'public.write.lead': 'Dim ond chi sy’n gallu ei gweld nes i chi ddewis ei rhannu.',
  'public.write.send': 'Dechrau ysgrifennu',
  'public.write.titleLabel': 'Teitl',
  'public.write.titleHint': 'Gallwch chi ei newid yn nes ymlaen.',
  'public.write.prompt': 'Dechrau o sbardun ysgrifennu? (dewisol)',
  'public.write.promptHint':
    'Sbardunau y mae hwyluswyr eich grŵp wedi’u cynnig. Gadewch y teitl yn wag i ddefnyddio’r sbardun. Mae stori sy’n dechrau o sbardun yn perthyn i grŵp y sbardun.',
  'public.write.noPrompt': 'Dim sbardun',
  'public.write.kind': 'Beth ydych chi’n ei ysgrifennu?',
  'public.write.lifeStory': 'Stori bywyd',
  'public.write.filmScript': 'Sgript ffilm',
  'public.write.group': 'I ba grŵp mae hi? (dewisol)',
  'public.write.noGroup': 'Dim un',
  'public.consent.title': 'Sut mae caniatâd yn gweithio',
  'public.consent.lead':
    'Mae pawb sy’n ysgrifennu yma yn penderfynu, fesul stori a fesul defnydd, pwy sy’n gallu darllen eu stori a sut maen nhw’n cael eu henwi. Gallan nhw newid eu meddwl unrhyw bryd.',
  'public.consent.mainPoints': 'Y prif bwyntiau, mewn fersiwn Hawdd ei Ddeall',
  'public.consent.basics.yours': 'Eich stori chi yw hi.',
  'public.consent.basics.nobody': 'Does neb yn ei gweld nes i chi ddweud ie.',
  'public.consent.basics.preview':
    'Cyn i chi ddweud ie, rydych chi’n gweld yn union beth fydd pobl yn ei weld.',
  'public.consent.basics.name':
    'Chi sy’n dewis eich enw: enw llawn, enw cyntaf, enw ffug, neu ddim enw.',
  'public.consent.basics.lasts':
    'Mae eich ie yn para hyd at 12 mis. Byddwn ni’n eich atgoffa cyn iddo ddod i ben.',
  'public.consent.basics.stop': 'Gallwch chi stopio unrhyw bryd. Does dim rhaid i chi ddweud pam.',
  'public.consent.basics.receipt':
    'Bob tro y byddwch chi’n dewis, byddwch chi’n cael derbynneb drwy e-bost.',
  'public.consent.yes.heading': 'Dweud ie',
  'public.consent.yes.preview':
    'Does dim byd yn cael ei rannu nes i’r person a’i hysgrifennodd ddweud ie. Cyn hynny, maen nhw’n gweld y stori yn union fel y bydd darllenwyr yn ei gweld, gyda’r enw a ddewison nhw. Mae enwau a lleoedd a nodwyd ganddyn nhw’n rhai preifat yn cael eu newid oni bai eu bod nhw’n dewis defnyddio eu henw llawn, a dim ond bryd hynny y mae lluniau o bobl yn cael eu dangos hefyd.',
  'public.consent.yes.together':
    'Os oes mwy nag un awdur i stori, rhaid i bawb ddweud ie, a gall unrhyw un ohonyn nhw ei stopio. Mae angen i berson ifanc dan 18 oed gael rhiant neu ofalwr i ddweud ie hefyd cyn i stori gael ei rhannu y tu hwnt i’w grŵp, a gall y naill neu’r llall ei stopio.',
  'public.consent.stop.heading': 'Stopio',
  'public.consent.stop.text':
    'Mae stopio’n cymryd un clic ac un cadarnhad. Does dim angen rhoi rheswm. Mae stori sy’n cael ei thynnu oddi ar ein gwefan wedi mynd o’r ymweliad nesaf un: ei thudalen, ei lluniau a phob rhestr. Mae copïau y tu allan i’n gwefan, fel cylchlythyr wedi’i argraffu, yn troi’n dasgau i’n staff, a gall yr awdur weld pan fyddan nhw wedi’u gwneud.',
  'public.consent.uses': 'Y ffyrdd y gall stori gael ei defnyddio',
  'public.consent.names': 'Sut gallwch chi gael eich enwi',
} satisfies Translation<typeof en>;
