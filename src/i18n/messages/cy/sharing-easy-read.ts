/**
 * Welsh words: how each use of a story and each way of being named is
 * explained (plain words and Hawdd ei Ddeall) and named on receipts.
 * `doing` and `verb` are the verb-nouns as they follow "i" or "cewch chi",
 * already mutated ("i ddangos"); a Kantara purpose starts with the plain form.
 */
import type { Translation } from '../translation.ts';
import type en from '../en/sharing-easy-read.ts';

export default {
  'sharing.easyRead.label': 'Hawdd ei Ddeall',
  'sharing.easyRead.askedEachTime': 'Rydyn ni’n gofyn i chi bob tro cyn i ni ei defnyddio.',
  'sharing.easyRead.timeLimit':
    'Mae eich ie yn para hyd at 12 mis. Rydyn ni’n eich atgoffa cyn iddo ddod i ben.',
  'sharing.easyRead.stopOnSite': 'Gallwch chi stopio unrhyw bryd. Mae’n dod i lawr ar unwaith.',
  'sharing.easyRead.stopOffSite':
    'Gallwch chi stopio unrhyw bryd. Rydyn ni’n stopio ei defnyddio ac yn tynnu i lawr beth allwn ni.',

  'sharing.scope.group.title': 'Eich grŵp',
  'sharing.scope.group.where': 'gyda’ch grŵp',
  'sharing.scope.group.who': 'Gall y bobl yn eich grŵp a’i hwyluswyr ei darllen.',
  'sharing.scope.group.what': 'Gall pobl yn eich grŵp ddarllen eich stori.',
  'sharing.scope.group.seenBy': 'Does neb y tu allan i’ch grŵp yn gallu ei gweld.',
  'sharing.scope.public_site.title': 'Y wefan gyhoeddus',
  'sharing.scope.public_site.where': 'ar y wefan gyhoeddus',
  'sharing.scope.public_site.who': 'Gall unrhyw un ar y rhyngrwyd ei darllen ar ein gwefan.',
  'sharing.scope.public_site.what': 'Gall unrhyw un ddarllen eich stori ar ein gwefan.',
  'sharing.scope.public_site.seenBy': 'Efallai y bydd pobl nad ydych chi’n eu nabod yn ei darllen.',
  'sharing.scope.newsletter.title': 'Y cylchlythyr',
  'sharing.scope.newsletter.where': 'yn y cylchlythyr',
  'sharing.scope.newsletter.who':
    'Gall pobl sy’n cael ein cylchlythyr drwy e-bost neu ar bapur ei darllen.',
  'sharing.scope.newsletter.what': 'Efallai y byddwn ni’n rhoi eich stori yn ein cylchlythyr.',
  'sharing.scope.newsletter.seenBy': 'Bydd pobl sy’n cael y cylchlythyr yn ei darllen.',
  'sharing.scope.social_media.title': 'Cyfryngau cymdeithasol',
  'sharing.scope.social_media.where': 'ar y cyfryngau cymdeithasol',
  'sharing.scope.social_media.who':
    'Efallai y byddwn ni’n ei phostio ar wefannau fel Facebook neu Instagram, lle gall unrhyw un ei gweld a’i rhannu.',
  'sharing.scope.social_media.what':
    'Efallai y byddwn ni’n postio eich stori ar y cyfryngau cymdeithasol.',
  'sharing.scope.social_media.seenBy': 'Gall unrhyw un ei gweld a’i rhannu ag eraill.',
  'sharing.scope.press.title': 'Papurau newydd, radio a theledu',
  'sharing.scope.press.where': 'gyda phapurau newydd, radio a theledu',
  'sharing.scope.press.who':
    'Efallai y byddwn ni’n ei rhoi i newyddiadurwyr, a allai ei hargraffu neu ei darlledu.',
  'sharing.scope.press.what':
    'Efallai y byddwn ni’n rhoi eich stori i bapurau newydd, radio neu deledu.',
  'sharing.scope.press.seenBy': 'Efallai y bydd llawer o bobl yn ei darllen neu’n ei chlywed.',
  'sharing.scope.press.stop':
    'Gallwch chi stopio unrhyw bryd. Allwn ni ddim tynnu’n ôl beth sydd wedi’i argraffu’n barod.',
  'sharing.scope.funding_and_reports.title': 'Ceisiadau am gyllid ac adroddiadau',
  'sharing.scope.funding_and_reports.where': 'mewn ceisiadau am gyllid ac adroddiadau',
  'sharing.scope.funding_and_reports.who':
    'Efallai y byddwn ni’n ei defnyddio wrth ofyn am arian neu wrth adrodd i’r bobl sy’n ein hariannu.',
  'sharing.scope.funding_and_reports.what':
    'Efallai y byddwn ni’n rhoi eich stori mewn adroddiadau i’r bobl sy’n ein hariannu.',
  'sharing.scope.funding_and_reports.seenBy': 'Bydd cyllidwyr yn ei darllen.',
  'sharing.scope.training.title': 'Hyfforddiant',
  'sharing.scope.training.where': 'mewn hyfforddiant i staff a gwirfoddolwyr',
  'sharing.scope.training.who':
    'Efallai y byddwn ni’n ei defnyddio i helpu i hyfforddi ein staff a’n gwirfoddolwyr.',
  'sharing.scope.training.what':
    'Efallai y byddwn ni’n defnyddio eich stori i ddysgu ein staff a’n gwirfoddolwyr.',
  'sharing.scope.training.seenBy': 'Bydd staff a gwirfoddolwyr yn ei darllen.',
  'sharing.scope.book.title': 'Y llyfr',
  'sharing.scope.book.where': 'yn y llyfr',
  'sharing.scope.book.who': 'Efallai y caiff ei hargraffu mewn llyfr o straeon gan eich grŵp.',
  'sharing.scope.book.what': 'Efallai y caiff eich stori ei hargraffu mewn llyfr.',
  'sharing.scope.book.seenBy': 'Bydd pobl sy’n darllen y llyfr yn ei gweld.',
  'sharing.scope.book.stop':
    'Gallwch chi stopio cyn i’r llyfr gael ei argraffu. Allwn ni ddim tynnu llyfrau wedi’u hargraffu yn ôl.',
  'sharing.scope.service_improvement.title': 'I wella ein gwasanaethau',
  'sharing.scope.service_improvement.where': 'i wella ein gwasanaethau',
  'sharing.scope.service_improvement.who':
    'Gall y rheolwyr a’r staff sy’n cynllunio ein gwasanaethau ei darllen, eich ateb, a dweud wrthych chi beth newidiodd o’i herwydd.',
  'sharing.scope.service_improvement.what':
    'Bydd pobl sy’n cynllunio ein gwasanaethau yn ei darllen er mwyn gwneud pethau’n well.',
  'sharing.scope.service_improvement.also':
    'Efallai y byddan nhw’n ysgrifennu’n ôl atoch chi. Gallwch chi ddiffodd hyn.',
  'sharing.scope.service_improvement.seenBy': 'Does neb arall yn gallu ei darllen fel hyn.',

  'sharing.name.named.label': 'Fy enw llawn',
  'sharing.name.named.easyRead':
    'Mae pobl yn gweld eich enw llawn. Mae’r enwau a’r lleoedd a farciwyd gennych chi i’w gweld fel y gwnaethoch chi eu hysgrifennu.',
  'sharing.name.first_name.label': 'Fy enw cyntaf yn unig',
  'sharing.name.first_name.easyRead':
    'Dim ond eich enw cyntaf mae pobl yn ei weld. Mae’r enwau a’r lleoedd a farciwyd gennych chi yn cael eu newid.',
  'sharing.name.pseudonym.label': 'Enw ffug',
  'sharing.name.pseudonym.easyRead':
    'Mae pobl yn gweld enw ffug a ddewisoch chi. Mae’r enwau a’r lleoedd a farciwyd gennych chi yn cael eu newid.',
  'sharing.name.anonymous.label': 'Dim enw (dienw)',
  'sharing.name.anonymous.easyRead':
    'Dydy pobl ddim yn gweld enw o gwbl. Mae’r enwau a’r lleoedd a farciwyd gennych chi yn cael eu newid.',
  'sharing.voice.heard':
    'Ar y wefan gyhoeddus, gall pobl glywed eich recordiadau. Gall eich llais ddweud wrth bobl pwy ydych chi.',
  'sharing.voice.read':
    'Mae pobl yn darllen geiriau eich recordiadau. Dydyn nhw byth yn clywed eich llais.',

  'sharing.use.group.name': 'eich grŵp',
  'sharing.use.group.doing': 'rannu',
  'sharing.use.group.verb': 'rannu',
  'sharing.use.group.where': 'gyda’ch grŵp',
  'sharing.use.group.whereOf': 'gyda grŵp {name}',
  'sharing.use.group.purpose': 'Rhannu {story}{version} gyda grŵp yr awdur{as}',
  'sharing.use.public_site.name': 'y wefan gyhoeddus',
  'sharing.use.public_site.doing': 'ddangos',
  'sharing.use.public_site.verb': 'ddangos',
  'sharing.use.public_site.where': 'ar y wefan gyhoeddus',
  'sharing.use.public_site.purpose': 'Dangos {story}{version} ar y wefan gyhoeddus{as}',
  'sharing.use.public_site.thirdParty': 'Unrhyw un sy’n ymweld â’r wefan gyhoeddus',
  'sharing.use.newsletter.name': 'y cylchlythyr',
  'sharing.use.newsletter.doing': 'ddefnyddio',
  'sharing.use.newsletter.verb': 'ddefnyddio',
  'sharing.use.newsletter.where': 'yn y cylchlythyr',
  'sharing.use.newsletter.purpose': 'Defnyddio {story}{version} yn y cylchlythyr{as}',
  'sharing.use.newsletter.thirdParty': 'Darllenwyr y cylchlythyr',
  'sharing.use.social_media.name': 'cyfryngau cymdeithasol',
  'sharing.use.social_media.doing': 'bostio',
  'sharing.use.social_media.verb': 'bostio',
  'sharing.use.social_media.where': 'ar y cyfryngau cymdeithasol',
  'sharing.use.social_media.purpose': 'Postio {story}{version} ar y cyfryngau cymdeithasol{as}',
  'sharing.use.social_media.thirdParty': 'Gwefannau cyfryngau cymdeithasol a’u defnyddwyr',
  'sharing.use.press.name': 'papurau newydd, radio a theledu',
  'sharing.use.press.doing': 'rannu',
  'sharing.use.press.verb': 'rannu',
  'sharing.use.press.where': 'gyda phapurau newydd, radio a theledu',
  'sharing.use.press.purpose': 'Rhannu {story}{version} gyda phapurau newydd, radio a theledu{as}',
  'sharing.use.press.thirdParty': 'Papurau newydd, radio a theledu',
  'sharing.use.funding_and_reports.name': 'ceisiadau am gyllid ac adroddiadau',
  'sharing.use.funding_and_reports.doing': 'ddefnyddio',
  'sharing.use.funding_and_reports.verb': 'ddefnyddio',
  'sharing.use.funding_and_reports.where': 'mewn ceisiadau am gyllid ac adroddiadau',
  'sharing.use.funding_and_reports.purpose':
    'Defnyddio {story}{version} mewn ceisiadau am gyllid ac adroddiadau{as}',
  'sharing.use.funding_and_reports.thirdParty': 'Cyllidwyr a’r bobl sy’n darllen yr adroddiadau',
  'sharing.use.training.name': 'hyfforddiant',
  'sharing.use.training.doing': 'ddefnyddio',
  'sharing.use.training.verb': 'ddefnyddio',
  'sharing.use.training.where': 'mewn hyfforddiant i staff a gwirfoddolwyr',
  'sharing.use.training.purpose':
    'Defnyddio {story}{version} mewn hyfforddiant i staff a gwirfoddolwyr{as}',
  'sharing.use.book.name': 'y llyfr',
  'sharing.use.book.doing': 'argraffu',
  'sharing.use.book.verb': 'argraffu',
  'sharing.use.book.where': 'yn y llyfr',
  'sharing.use.book.purpose': 'Argraffu {story}{version} yn y llyfr{as}',
  'sharing.use.book.thirdParty': 'Darllenwyr y llyfr',
  'sharing.use.service_improvement.name': 'gwella ein gwasanaethau',
  'sharing.use.service_improvement.doing': 'rannu',
  'sharing.use.service_improvement.verb': 'rannu',
  'sharing.use.service_improvement.where': 'gyda’r bobl sy’n cynllunio ein gwasanaethau',
  'sharing.use.service_improvement.purpose':
    'Rhannu {story}{version} gyda’r bobl sy’n cynllunio ein gwasanaethau{as}',
} satisfies Translation<typeof en>;
