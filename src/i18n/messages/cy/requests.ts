/** Welsh words: requests to use a story, answers, uses, takedowns, fairness and fair use. */
import type { Translation } from '../translation.ts';
import type en from '../en/requests.ts';

export default {
  'requests.in.newsletter': 'yn y cylchlythyr',
  'requests.in.social_media': 'ar y cyfryngau cymdeithasol',
  'requests.in.press': 'mewn papurau newydd, ar y radio ac ar y teledu',
  'requests.in.funding_and_reports': 'mewn ceisiadau am gyllid ac adroddiadau',
  'requests.in.training': 'mewn hyfforddiant',
  'requests.in.book': 'yn y llyfr',

  'requests.status.open': 'Yn aros am ateb',
  'requests.status.accepted': 'Ie',
  'requests.status.accepted_anonymous': 'Ie, heb eu henw',
  'requests.status.declined': 'Gwrthodwyd',
  'requests.status.lapsed': 'Gwrthodwyd (dim ateb o fewn 30 diwrnod)',
  'requests.status.cancelled': 'Wedi’i ganslo',
  'requests.answered.yes': 'Fe ddywedoch chi ie',
  'requests.answered.yes_anonymous': 'Fe ddywedoch chi ie, heb eich enw',
  'requests.answered.no': 'Fe ddywedoch chi na',
  'requests.outcome.lapsed': 'Dim ateb o fewn 30 diwrnod, felly na oedd yr ateb',
  'requests.outcome.cancelled': 'Fe wnaethon nhw dynnu’r cwestiwn yn ôl',
  'requests.outcome.coAuthorNo': 'Fe ddywedodd rhywun a’i hysgrifennodd gyda chi na',
  'requests.nameWanted.named': 'Eu henw llawn',
  'requests.nameWanted.first_name': 'Eu henw cyntaf yn unig',
  'requests.nameWanted.pseudonym': 'Yr enw ffug maen nhw’n ei ddefnyddio',
  'requests.nameWanted.anonymous': 'Dim enw (dienw)',
  'requests.anonymous': 'Dienw',

  'requests.refused.notAskable': 'Dydy’r stori hon ddim ar agor i geisiadau.',
  'requests.refused.notAChannel': 'Dewiswch ble rydych chi am ddefnyddio’r stori.',
  'requests.refused.alreadyOpen': 'Mae cais am y stori hon eisoes yn aros am ateb.',
  'requests.refused.capReached':
    'Mae rhywun a ysgrifennodd y stori hon wedi cael {requests, plural, zero {# cais} one {# cais} two {# gais} few {# chais} many {# chais} other {# cais}} yn ystod y {days} diwrnod diwethaf, sef y mwyaf rydyn ni’n ei ofyn i unrhyw un. Gofynnwch i rywun arall.',
  'requests.refused.badDates':
    'Dewiswch ddyddiad dechrau o heddiw ymlaen, a dyddiad gorffen ar ei ôl a dim mwy na 12 mis i ffwrdd.',

  'requests.fact.askedBy': 'Pwy sy’n gofyn',
  'requests.fact.where': 'Ble',
  'requests.fact.what': 'Beth maen nhw am ei ddefnyddio',
  'requests.fact.whole': 'Y stori gyfan',
  'requests.fact.part': 'Y rhan a ddangosir isod',
  'requests.fact.purpose': 'I beth',
  'requests.fact.audience': 'Pwy fydd yn ei gweld',
  'requests.fact.name': 'Sut byddwch chi’n cael eich enwi',
  'requests.fact.when': 'Pryd',
  'requests.fromTo': 'O {start} tan {end}',
  'requests.easy.wantsWhole': 'Mae {name} eisiau defnyddio eich stori gyfan.',
  'requests.easy.wantsPart': 'Mae {name} eisiau defnyddio rhan o’ch stori.',
  'requests.easy.goesIn': 'Lle byddai’n mynd: {where}.',
  'requests.easy.seenBy': 'Pwy fydd yn ei gweld: {audience}',
  'requests.easy.name': 'Byddai eich enw’n dangos fel: {name}.',
  'requests.easy.fromTo': 'O {start} tan {end}.',
  'requests.easy.answers': 'Gallwch ddweud ie, ie heb eich enw, neu na. Mae dweud na yn iawn.',
  'requests.easy.noWhy': 'Does dim rhaid i chi ddweud pam.',
  'requests.easy.changeMind': 'Os dywedwch chi ie, gallwch newid eich meddwl wedyn.',
  'requests.easy.lapses': 'Os na fyddwch chi’n ateb erbyn {date}, na fydd yr ateb.',
  'requests.someoneAt': 'Rhywun yn {organisation}',
  'requests.by': 'Gan {name}',
  'requests.askToUse': 'Gofyn am gael defnyddio “{title}”',
  'requests.decision.send': 'Anfon fy ateb',

  'requests.my.title': 'Ceisiadau i ddefnyddio eich straeon',
  'requests.my.lead':
    'Weithiau bydd staff eisiau defnyddio eich stori, er enghraifft yn y cylchlythyr. Chi sy’n dewis. Mae dweud na yn iawn, a does dim rhaid i chi byth ddweud pam.',
  'requests.my.saidNo':
    'Fe ddywedoch chi na. Fydd dim byd yn cael ei ddefnyddio. Diolch am roi gwybod i ni.',
  'requests.my.saidYes': 'Fe ddywedoch chi ie.',
  'requests.my.saidYesAnonymous': 'Fe ddywedoch chi ie, heb eich enw.',
  'requests.my.seeReceipt': '<link>Gweld eich derbynneb</link>.',
  'requests.my.changeMind':
    'Gallwch newid eich meddwl unrhyw bryd ar <link>dudalen rannu’r stori</link>.',
  'requests.my.savedOpen': 'Wedi’i gadw: rydych chi’n fodlon i ni ofyn i chi.',
  'requests.my.savedClosed':
    'Wedi’i gadw: fydd staff ddim yn gweld eich straeon i ofyn amdanyn nhw, oni bai eu bod ar y wefan gyhoeddus.',
  'requests.my.waiting': 'Yn aros am eich ateb',
  'requests.my.nobodyAsking': 'Does neb yn gofyn dim byd ar hyn o bryd.',
  'requests.my.mayWeUseIn': 'A gawn ni ddefnyddio “{title}” {where}?',
  'requests.my.asks':
    'Mae {name} yn gofyn. Mae dweud na yn iawn, a does dim rhaid i chi byth ddweud pam.',
  'requests.my.someoneHere': 'rhywun yma',
  'requests.my.seeAndAnswer': 'Gweld yn union beth maen nhw’n ei ofyn, ac ateb',
  'requests.my.before': 'O’r blaen',
  'requests.my.noneBefore': 'Dim ceisiadau cynharach.',
  'requests.my.askedOn': 'Gofynnwyd ar {date}. {outcome}.',
  'requests.my.seeUses': 'Gweld ble mae’n cael ei defnyddio, neu ei stopio',
  'requests.my.openQuestion': 'Ydych chi’n fodlon i ni ofyn i chi?',
  'requests.my.saveAnswer': 'Cadw fy ateb',
  'requests.my.openYes': 'Ydw, rwy’n fodlon i chi ofyn i mi',
  'requests.my.openNo': 'Nac ydw, peidiwch â gofyn i mi',
  'requests.my.nowOpen': 'Ar hyn o bryd: ydych, rydych chi’n fodlon i ni ofyn i chi.',
  'requests.my.nowClosed':
    'Ar hyn o bryd: nac ydych. Dim ond am straeon ar y wefan gyhoeddus y bydd staff yn gofyn.',
  'requests.my.openExplained':
    'Os dywedwch chi ydw, gall staff weld teitlau’r straeon rydych chi wedi’u rhannu (er enghraifft gyda’ch grŵp) a’ch enw cyntaf, er mwyn gallu gofyn i chi. Allan nhw ddim darllen y straeon oni bai eich bod yn dweud ie i gais. Gallwch newid hyn unrhyw bryd.',
  'requests.one.mayWeUse': 'A gawn ni ddefnyddio “{title}”?',
  'requests.one.all': 'Pob cais i ddefnyddio eich straeon',
  'requests.one.heading': 'Cais i ddefnyddio eich stori',
  'requests.one.yes': 'Cewch',
  'requests.one.yesHint': 'Eich enwi fel “{name}”.',
  'requests.one.yesAnonymous': 'Cewch, ond heb fy enw',
  'requests.one.yesAnonymousHint': 'Fydd eich enw ddim yn cael ei ddangos.',
  'requests.one.no': 'Na chewch',
  'requests.one.noHint': 'Fydd dim byd yn cael ei ddefnyddio. Does dim rhaid i chi ddweud pam.',
  'requests.one.noIsFine':
    'Mae dweud na yn iawn. Does dim rhaid i chi byth roi rheswm, a fydd dim byd arall yn newid.',
  'requests.one.theirMessage': 'Eu neges',
  'requests.one.under18':
    '<strong>Rydych chi dan 18:</strong> os dywedwch chi ie, rhaid i’ch rhiant neu’ch gofalwr ddweud ie hefyd cyn iddi gael ei defnyddio.',
  'requests.one.exactly': 'Dyma’n union beth fyddai pobl yn ei weld',
  'requests.one.ifYes': 'Os dywedwch chi ie',
  'requests.one.ifYesAnonymous': 'Os dywedwch chi ie, ond heb eich enw',
  'requests.one.askedOn': 'Gofynnwyd ar {date}. {outcome}. Does dim byd yn aros am eich ateb.',

  'requests.stories.title': 'Straeon i ofyn amdanyn nhw',
  'requests.stories.lead':
    'Gallwch ofyn am gael defnyddio stori sydd ar y wefan gyhoeddus, neu stori y mae ei hawdur wedi dweud ei fod yn fodlon i chi ofyn. Gallan nhw ddweud ie, ie heb eu henw, neu na. Mae pob person yn cael {requests, plural, zero {# cais} one {# cais} two {# gais} few {# chais} many {# chais} other {# cais}} ar y mwyaf mewn {days} diwrnod, fel nad oes neb yn cael ei holi dro ar ôl tro.',
  'requests.stories.offered': 'Yn fodlon i chi ofyn',
  'requests.stories.noneOffered':
    'Does gan neb sy’n fodlon i chi ofyn stori i’w chynnig ar hyn o bryd.',
  'requests.stories.public': 'Ar y wefan gyhoeddus',
  'requests.stories.nonePublic': 'Does dim straeon ar y wefan gyhoeddus ar hyn o bryd.',
  'requests.stories.more': 'Rhagor o straeon',
  'requests.card.capReached':
    'Gofynnwyd {requests, plural, zero {# gwaith} one {unwaith} two {ddwywaith} few {# gwaith} many {# gwaith} other {# gwaith}} yn ystod y {days} diwrnod diwethaf: does neb yn cael gofyn eto am y tro.',
  'requests.card.left':
    '{left} o {requests, plural, zero {# cais} one {# cais} two {# gais} few {# chais} many {# chais} other {# cais}} ar ôl am y {days} diwrnod diwethaf.',
  'requests.card.unread': 'Gan {name}. Allwch chi ddim ei darllen oni bai eu bod nhw’n dweud ie.',
  'requests.card.waiting': 'Mae cais yn aros am eu hateb.',
  'requests.new.lead':
    'Gan {name}. Byddan nhw’n gweld eich cais mewn geiriau clir ac mewn Hawdd ei Ddeall, gyda’r union beth y byddech chi’n ei ddefnyddio. Gallan nhw ddweud ie, ie heb eu henw, neu na, a does dim rhaid iddyn nhw roi rheswm. Os na fyddan nhw’n ateb o fewn 30 diwrnod, na yw’r ateb.',
  'requests.new.cap':
    'Mae pob person yn cael {requests, plural, zero {# cais} one {# cais} two {# gais} few {# chais} many {# chais} other {# cais}} ar y mwyaf mewn {days} diwrnod. Gall y bobl a ysgrifennodd hon gael {left} arall.',
  'requests.new.send': 'Anfon y cais',
  'requests.new.where': 'Ble rydych chi am ei defnyddio?',
  'requests.new.purpose': 'Beth yw’r diben?',
  'requests.new.purposeHint': 'Er enghraifft “Ein cylchlythyr gaeaf, am heneiddio”.',
  'requests.new.audience': 'Pwy fydd yn ei gweld?',
  'requests.new.audienceHint': 'Er enghraifft “Tua 2,000 o bobl sy’n cael ein cylchlythyr”.',
  'requests.new.cannotRead':
    'Allwch chi ddim darllen y stori hon, felly rydych chi’n gofyn am y stori gyfan. Byddan nhw’n gweld y cyfan ohoni yn y rhagolwg cyn ateb.',
  'requests.new.excerpt': 'Y geiriau rydych chi am eu defnyddio',
  'requests.new.excerptHint':
    'Copïwch nhw’n union o’r stori isod. Gadewch hwn yn wag i ofyn am y stori gyfan.',
  'requests.new.publicText': 'Y stori fel mae’r cyhoedd yn ei gweld',
  'requests.new.name': 'Sut byddech chi’n eu henwi?',
  'requests.new.startsOn': 'Y diwrnod cyntaf y byddech chi’n ei defnyddio',
  'requests.new.endsOn': 'Y diwrnod olaf y byddech chi’n ei defnyddio',
  'requests.new.endsOnHint': 'Dim mwy na 12 mis i ffwrdd.',
  'requests.new.message': 'Neges iddyn nhw, mewn geiriau clir (gallwch adael hwn yn wag)',
  'requests.new.back': 'Yn ôl i’r straeon',
  'requests.list.title': 'Ceisiadau',
  'requests.list.lead':
    'Beth ofynnoch chi, a’r atebion. Mae na yn dangos fel “Gwrthodwyd”, heb ddim mwy: does dim rhaid i neb egluro na.',
  'requests.list.none': 'Dim ceisiadau eto. <link>Dod o hyd i stori i ofyn amdani</link>.',
  'requests.list.caption': 'Ceisiadau, y mwyaf newydd yn gyntaf',
  'requests.list.story': 'Stori',
  'requests.list.askedOn': 'Gofynnwyd ar',
  'requests.list.answer': 'Ateb',
  'requests.staff.title': 'Cais: {title}',
  'requests.staff.heading': 'Cais i ddefnyddio “{title}”',
  'requests.staff.sent':
    'Cafodd eich cais ei anfon. Byddan nhw’n cael e-bost ac yn ei weld ar eu tudalen.',
  'requests.staff.logged':
    'Cafodd y defnydd ei gofnodi. Gall y person a’i hysgrifennodd ei weld ar ei dudalen rannu.',
  'requests.staff.cancelled': 'Fe wnaethoch chi dynnu’r cais yn ôl.',
  'requests.staff.nameAsked': 'Yr enw y gofynnwyd amdano',
  'requests.staff.asked': 'Gofynnwyd',
  'requests.staff.askedBy': '{date} gan {name}',
  'requests.staff.takeBack': 'Tynnu’r cais hwn yn ôl',
  'requests.staff.mayUse': 'Beth gewch chi ei ddefnyddio, yn union fel y cytunwyd',
  'requests.staff.askedAbout': 'Y geiriau y mae’r cais yn gofyn amdanyn nhw',
  'requests.staff.nameAs': 'Enwch nhw fel: <strong>{name}</strong>',
  'requests.staff.uses': 'Ble mae wedi cael ei defnyddio',
  'requests.staff.noUses': 'Dim defnydd wedi’i gofnodi eto.',
  'requests.staff.use': '<strong>{where}</strong>, ar {date}',
  'requests.staff.useLink': 'dolen',
  'requests.staff.mustTakeDown': 'Rhaid ei thynnu i lawr: gweler y tasgau tynnu i lawr.',
  'requests.staff.takenDown': 'Tynnwyd i lawr ar {date}.',
  'requests.staff.logSend': 'Cofnodi’r defnydd hwn',
  'requests.staff.logHeading': 'Cofnodi defnydd',
  'requests.staff.whereUsed': 'Ble gwnaethoch chi ei defnyddio',
  'requests.staff.whereUsedHint': 'Er enghraifft “cylchlythyr mis Mai”.',
  'requests.staff.link': 'Dolen iddo, os oes un',
  'requests.staff.usedOn': 'Y diwrnod y gwnaethoch chi ei defnyddio',
  'requests.staff.back': 'Yn ôl i’r ceisiadau',

  'requests.takedowns.title': 'Tynnu i lawr',
  'requests.takedowns.lead':
    'Pan fydd rhywun yn stopio rhannu, neu pan ddaw’r amser y cytunon nhw iddo i ben, rhaid clirio pob man y defnyddiwyd eu stori. Tynnwch bob un i lawr, yna dywedwch ei fod wedi’i wneud. Gallan nhw weld sut mae’n mynd.',
  'requests.takedowns.marked':
    'Wedi’i farcio fel wedi’i wneud. Gall y person a’i hysgrifennodd weld ei bod wedi cael ei thynnu.',
  'requests.takedowns.overdue':
    '{count, plural, zero {Mae # tasg} one {Mae # dasg} two {Mae # dasg} few {Mae # tasg} many {Mae # tasg} other {Mae # tasg}} wedi bod ar agor am fwy na {hours} awr. Mae’r gweinyddwyr wedi cael gwybod.',
  'requests.takedowns.toTakeDown': 'I’w tynnu i lawr',
  'requests.takedowns.none': 'Dim byd i’w dynnu i lawr.',
  'requests.takedowns.where': 'Ble: {where}. Defnyddiwyd ar {date}.',
  'requests.takedowns.whereLink': 'Ble: {where} (<link>{url}</link>). Defnyddiwyd ar {date}.',
  'requests.takedowns.since': 'I’w thynnu i lawr ers {time}.',
  'requests.takedowns.late': 'Yn hwyr.',
  'requests.takedowns.note': 'Beth wnaethoch chi? (gallwch adael hwn yn wag)',
  'requests.takedowns.yes': 'Ydy, mae wedi cael ei thynnu i lawr',
  'requests.takedowns.notYet': 'Nac ydy, dim eto',
  'requests.takedowns.markDone': 'Marcio fel wedi’i wneud',
  'requests.takedowns.done': 'Wedi’u gwneud',
  'requests.takedowns.noneDone': 'Does dim byd wedi cael ei dynnu i lawr eto.',
  'requests.takedowns.removed': 'Tynnwyd o {where} ar {date}.',
  'requests.takedowns.removedBy': 'Tynnwyd o {where} ar {date} gan {name}.',
  'requests.uses.used': 'Defnyddiwyd {in}: {where}, ar {date}.',
  'requests.uses.takingDown': 'Yn cael ei thynnu o {where} ers {date}.',

  'requests.fairness.title': 'Tegwch',
  'requests.fairness.lead':
    'Ers {date}: {people, plural, zero {mae # person wedi cael sylw} one {mae # person wedi cael sylw} two {mae # berson gwahanol wedi cael sylw} few {mae # pherson gwahanol wedi cael sylw} many {mae # pherson gwahanol wedi cael sylw} other {mae # person gwahanol wedi cael sylw}}, mewn {uses, plural, zero {# defnydd} one {# defnydd} two {# ddefnydd} few {# defnydd} many {# defnydd} other {# defnydd}}. Gofynnwch yn eang, nid i’r un ychydig o bobl.',
  'requests.fairness.featured': 'Pwy sydd wedi cael sylw',
  'requests.fairness.noneFeatured':
    'Does stori neb wedi cael ei defnyddio yn ystod y 12 mis diwethaf.',
  'requests.fairness.caption': 'Pobl a gafodd sylw yn ystod y 12 mis diwethaf, y mwyaf yn gyntaf',
  'requests.fairness.person': 'Enw',
  'requests.fairness.used': 'Sawl gwaith y’i defnyddiwyd',
  'requests.fairness.asked': 'Sawl gwaith y gofynnwyd',
  'requests.fairness.neverAsked': 'Yn fodlon i chi ofyn, heb gael cais eto',
  'requests.fairness.everyoneAsked':
    'Mae pawb sy’n fodlon i chi ofyn wedi cael cais yn ystod y 12 mis diwethaf.',
  'requests.fairness.notAsked':
    'Dywedodd y bobl hyn eu bod yn fodlon i chi ofyn, a dydyn nhw ddim wedi cael cais ers 12 mis.',
  'requests.fairness.seeStories': 'Gweld eu straeon',
  'requests.fairness.services': 'Straeon wedi’u rhannu i wella ein gwasanaethau',
  'requests.fairness.servicesLate':
    'Mae {count, plural, zero {# stori} one {# stori} two {# stori} few {# stori} many {# stori} other {# stori}} wedi aros mwy na {days} diwrnod am ateb. Gofynnwch i arweinydd gwasanaeth {count, plural, zero {eu darllen} one {ei darllen} two {eu darllen} few {eu darllen} many {eu darllen} other {eu darllen}}.',
  'requests.fairness.noneShared':
    'Does neb yn rhannu stori i wella ein gwasanaethau ar hyn o bryd.',
  'requests.fairness.servicesCaption':
    'Fesul grŵp: straeon wedi’u rhannu i wella ein gwasanaethau, faint sydd wedi cael ateb, a’r aros hiraf',
  'requests.fairness.group': 'Grŵp',
  'requests.fairness.shared': 'Wedi’u rhannu nawr',
  'requests.fairness.answered': 'Wedi’u hateb',
  'requests.fairness.wait': 'Yr aros hiraf am ateb',
  'requests.fairness.noGroup': 'Ddim mewn grŵp',
  'requests.fairness.noneWaiting': 'Dim un yn aros',
  'requests.fairness.days':
    '{days, plural, zero {# diwrnod} one {# diwrnod} two {# ddiwrnod} few {# diwrnod} many {# diwrnod} other {# diwrnod}}{late, select, yes { ({overdue} dros {limit} diwrnod)} other {}}',

  'requests.mail.hello': 'Helo {name},',
  'requests.mail.askSubject': 'Mae {asker} yn gofyn: a gawn ni ddefnyddio eich stori “{title}”?',
  'requests.mail.wouldLike':
    'Hoffai {asker}, yn {organisation}, ddefnyddio eich stori “{title}” {where}.',
  'requests.mail.answers': 'Gallwch ddweud ie, ie heb eich enw, neu na.',
  'requests.mail.noIsFine':
    'Mae dweud na yn iawn. Does dim rhaid i chi roi rheswm, a fydd dim byd arall yn newid.',
  'requests.mail.answerAt': 'Gweld yn union beth maen nhw’n ei ofyn, ac ateb: {link}',
  'requests.mail.from': 'Oddi wrth {organisation}. Cwestiynau: {email}.',
  'requests.mail.answeredSubject': 'Eich cais i ddefnyddio “{title}”: {status}',
  'requests.mail.answered': 'Eich cais i ddefnyddio “{title}” {where}: {status}.',
  'requests.mail.details': 'Manylion: {link}',
  'requests.mail.takedownSubject':
    '{count, plural, zero {Tynnu # defnydd i lawr: mae’r caniatâd wedi dod i ben} one {Tynnu “{title}” i lawr: mae’r caniatâd wedi dod i ben} two {Tynnu # ddefnydd i lawr: mae’r caniatâd wedi dod i ben} few {Tynnu # defnydd i lawr: mae’r caniatâd wedi dod i ben} many {Tynnu # defnydd i lawr: mae’r caniatâd wedi dod i ben} other {Tynnu # defnydd i lawr: mae’r caniatâd wedi dod i ben}}',
  'requests.mail.takedownWhy':
    'Mae’r person a ysgrifennodd y rhain wedi stopio eu rhannu, neu mae’r amser y cytunon nhw iddo wedi dod i ben.',
  'requests.mail.takedownPlease': 'Tynnwch bob un i lawr, yna marciwch ei fod wedi’i wneud:',
  'requests.mail.takedownTask':
    '- {task}{hasLink, select, yes { ({link})} other {}}, defnyddiwyd ar {date}. Ers {since}.',
  'requests.mail.overdueSubject':
    '{count, plural, zero {Mae # tasg tynnu i lawr yn hwyr} one {Mae # dasg tynnu i lawr yn hwyr} two {Mae # dasg tynnu i lawr yn hwyr} few {Mae # tasg tynnu i lawr yn hwyr} many {Mae # tasg tynnu i lawr yn hwyr} other {Mae # tasg tynnu i lawr yn hwyr}}',
  'requests.mail.overdue': 'Mae’r tasgau tynnu i lawr hyn wedi bod ar agor am fwy na {hours} awr:',

  'requests.error.noSuchRequest': 'Does dim cais o’r fath.',
  'requests.error.chooseAnswer': 'Dewiswch un o’r tri ateb.',
  'requests.error.notWaiting':
    'Dydy’r cais hwn ddim yn aros am ateb mwyach. Chafodd dim byd ei newid.',
  'requests.error.alreadyAnswered': 'Rydych chi eisoes wedi ateb hwn.',
  'requests.error.passed':
    'Mae’r amser roedd y defnydd hwn ar ei gyfer wedi mynd heibio. Chafodd dim byd ei newid.',
  'requests.error.notRecorded': 'Doedd dim modd cofnodi hyn. Chafodd dim byd ei newid.',
  'requests.error.chooseYesNo': 'Dewiswch ydw neu nac ydw.',
  'requests.error.fix': 'Mae angen newid rhai atebion.',
  'requests.error.noVersion': 'Doedd dim modd dod o hyd i’r fersiwn hon o’r stori.',
  'requests.error.onlyCommsAsk':
    'Dim ond staff cyfathrebu sy’n gallu gofyn am gael defnyddio stori.',
  'requests.error.onlyComms': 'Dim ond staff cyfathrebu sy’n gallu gwneud hyn.',
  'requests.error.onlyStaff': 'Dim ond staff sy’n gallu gwneud hyn.',
  'requests.error.onlyAdmins': 'Dim ond gweinyddwyr sy’n gallu gwneud hyn.',
  'requests.error.tryAgain': 'Rhowch gynnig arall arni.',
  'requests.error.purpose': 'Dywedwch at beth rydych chi am ei defnyddio.',
  'requests.error.purposeLong': 'Cadwch y diben i 2,000 o nodau neu lai.',
  'requests.error.audience': 'Dywedwch pwy fydd yn ei gweld.',
  'requests.error.audienceLong': 'Cadwch pwy fydd yn ei gweld i 2,000 o nodau neu lai.',
  'requests.error.excerptLong':
    'Cadwch y rhan rydych chi am ei defnyddio i 20,000 o nodau neu lai.',
  'requests.error.name': 'Dewiswch sut byddai’r person yn cael ei enwi.',
  'requests.error.startsOn': 'Dewiswch y diwrnod cyntaf y byddech chi’n ei defnyddio.',
  'requests.error.endsOn': 'Dewiswch y diwrnod olaf y byddech chi’n ei defnyddio.',
  'requests.error.messageLong': 'Cadwch eich neges i 2,000 o nodau neu lai.',
  'requests.error.cannotRead':
    'Allwch chi ddim dewis geiriau o stori na allwch ei darllen. Gofynnwch am y stori gyfan.',
  'requests.error.leaveEmpty': 'Gadewch hwn yn wag: byddwch chi’n gofyn am y stori gyfan.',
  'requests.error.notExact':
    'Copïwch y geiriau yn union fel maen nhw ar y dudalen gyhoeddus, neu gadewch hwn yn wag i ofyn am y stori gyfan.',
  'requests.error.capRequests': 'Ysgrifennwch sawl cais, fel rhif.',
  'requests.error.capRequestsWhole': 'Ysgrifennwch sawl cais, fel rhif cyfan.',
  'requests.error.capRequestsMin': 'Caniatewch o leiaf {min} cais.',
  'requests.error.capRequestsMax': 'Caniatewch ddim mwy na {max} cais.',
  'requests.error.capDays': 'Ysgrifennwch sawl diwrnod, fel rhif.',
  'requests.error.capDaysWhole': 'Ysgrifennwch sawl diwrnod, fel rhif cyfan.',
  'requests.error.capDaysMin': 'Dewiswch o leiaf {min} diwrnod.',
  'requests.error.capDaysMax': 'Dewiswch ddim mwy na {max} diwrnod.',
  'requests.error.awaitingGuardian':
    'Mae’n aros i riant neu ofalwr gytuno. Peidiwch â’i defnyddio eto.',
  'requests.error.expired':
    'Mae’r amser y cytunon nhw iddo wedi dod i ben. Peidiwch â’i defnyddio.',
  'requests.error.withdrawn':
    'Maen nhw wedi stopio ei rhannu fel hyn. Peidiwch â’i defnyddio, a thynnwch i lawr unrhyw ddefnydd.',
  'requests.error.whereUsed':
    'Dywedwch ble gwnaethoch chi ei defnyddio, er enghraifft “cylchlythyr mis Mai”.',
  'requests.error.whereUsedLong': 'Cadwch ble gwnaethoch chi ei defnyddio i 500 o nodau neu lai.',
  'requests.error.linkLong': 'Cadwch y ddolen i 2,000 o nodau neu lai.',
  'requests.error.link': 'Mae dolen yn dechrau gyda http:// neu https://, neu gadewch hi’n wag.',
  'requests.error.usedOn': 'Dewiswch y diwrnod y gwnaethoch chi ei defnyddio.',
  'requests.error.usedOnRange': 'Dewiswch ddiwrnod o {start} tan {end}, a dim ar ôl heddiw.',
  'requests.error.notAgreed':
    'Does neb wedi cytuno i’r defnydd hwn, felly does dim modd ei gofnodi.',
  'requests.error.cannotTakeBack':
    'Dydy’r cais hwn ddim yn aros mwyach, felly does dim modd ei dynnu’n ôl.',
  'requests.error.noSuchTask': 'Does dim tasg o’r fath.',
  'requests.error.noteLong': 'Cadwch y nodyn i 500 o nodau neu lai.',
  'requests.error.taskDone': 'Mae’r dasg hon eisoes wedi’i gwneud, neu does dim tasg o’r fath.',

  'requests.fairUse.save':
    'Rydych chi wedi cadw llawer yn yr awr ddiwethaf, mwy nag y gallwn ei gadw i un person. Mae eich ysgrifennu’n ddiogel ar y ddyfais hon; bydd yn cael ei gadw mewn tua {minutes, plural, zero {# munud} one {munud} two {# funud} few {# munud} many {# munud} other {# munud}}.',
  'requests.fairUse.photo':
    'Rydych chi wedi ychwanegu llawer o luniau yn yr awr ddiwethaf, mwy nag y gallwn eu cadw i un person. Ychwanegwch yr un hwn eto mewn tua {minutes, plural, zero {# munud} one {munud} two {# funud} few {# munud} many {# munud} other {# munud}}.',
} satisfies Translation<typeof en>;
