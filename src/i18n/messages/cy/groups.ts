/** Welsh words: group spaces, the group book, replies, parents' and carers' approvals, turning 18 and safeguarding. */
import type { Translation } from '../translation.ts';
import type en from '../en/groups.ts';

export default {
  'groups.nav.label': 'Tudalennau {group}',
  'groups.nav.space': 'Straeon a sbardunau',
  'groups.nav.book': 'Ein llyfr',
  'groups.by': 'Gan {byline}',
  'groups.saved': 'Wedi’i gadw.',
  'groups.notFound': 'Heb ei ganfod',
  'groups.noSuchGroup': 'Does dim grŵp o’r fath.',

  'groups.space.onlyMembers':
    'Dim ond y bobl yn y grŵp hwn sy’n gallu gweld y dudalen hon. Mae straeon yma tra bo’r person a’u hysgrifennodd yn eu rhannu gyda’r grŵp.',
  'groups.space.prompts': 'Sbardunau ysgrifennu',
  'groups.space.noPrompts': 'Dim sbardunau eto.',
  'groups.space.promptFrom': 'gan {name}, {date}',
  'groups.space.postPrompt': 'Postio’r sbardun',
  'groups.space.newPrompt': 'Sbardun newydd',
  'groups.space.newPromptHint': 'Er enghraifft “Diwrnod a newidiodd bethau”.',
  'groups.space.whoPosts': 'Pwy sy’n gallu postio sbardunau',
  'groups.space.everyonePosts': 'Nawr: mae pawb yn y grŵp yn gallu postio sbardunau.',
  'groups.space.facilitatorsPost': 'Nawr: dim ond hwyluswyr sy’n postio sbardunau.',
  'groups.space.everyone': 'Pawb yn y grŵp',
  'groups.space.onlyFacilitators': 'Hwyluswyr yn unig',
  'groups.space.stories': 'Straeon wedi’u rhannu gyda’r grŵp',
  'groups.space.noStories':
    'Does neb wedi rhannu stori gyda’r grŵp eto. Gallwch chi rannu’ch stori chi o’i thudalen “Pwy sy’n gallu ei gweld”.',
  'groups.space.byShared': 'Gan {byline}, rhannwyd ar {date}',
  'groups.space.carers': 'Pobl ifanc a’u rhieni neu ofalwyr',
  'groups.space.carersLead':
    'Cyn i stori person ifanc dan 18 oed gael ei rhannu y tu hwnt i’r grŵp, mae angen ie gan riant neu ofalwr, yn ogystal â’i ie ei hun. All staff (gan gynnwys chi) byth fod y rhiant neu’r gofalwr hwnnw.',
  'groups.space.noCarer': 'dim rhiant neu ofalwr wedi’i gysylltu eto',
  'groups.space.linkCarer': 'Cysylltu rhiant neu ofalwr',
  'groups.space.youngPerson': 'Person ifanc',
  'groups.space.carerEmail': 'Cyfeiriad e-bost eu rhiant neu eu gofalwr',
  'groups.space.carerEmailHint':
    'Mae angen cyfrif arnyn nhw’n barod; gall gweinyddwr eu gwahodd. Bydd y person ifanc a phob rhiant neu ofalwr sydd wedi’i gysylltu â nhw yn cael gwybod.',
  'groups.space.whoJoined': 'Pwy sydd wedi ymuno neu adael',
  'groups.space.added':
    '{actor, select, you {Fe wnaethoch chi} someone {Fe wnaeth rhywun} admin {Fe wnaeth {name}, gweinyddwr,} other {Fe wnaeth {name}}} {person, select, yourself {ychwanegu eich hun} themselves {ychwanegu ei hun} you {eich ychwanegu chi} gone {ychwanegu rhywun sydd wedi gadael Heard} other {ychwanegu {personName}}} fel {role, select, facilitator {hwylusydd} other {aelod}}.',
  'groups.space.removed':
    '{actor, select, you {Fe wnaethoch chi} someone {Fe wnaeth rhywun} admin {Fe wnaeth {name}, gweinyddwr,} other {Fe wnaeth {name}}} {person, select, yourself {dynnu eich hun} themselves {dynnu ei hun} you {eich tynnu chi} gone {dynnu rhywun sydd wedi gadael Heard} other {dynnu {personName}}} allan o’r grŵp.',
  'groups.space.promptMissing':
    'Teipiwch y sbardun, er enghraifft “Lle roeddech chi’n ei garu pan oeddech chi’n blentyn”.',
  'groups.space.promptTooLong': 'Gall sbardun fod hyd at 200 llythyren yn unig.',
  'groups.space.tryAgain': 'Rhowch gynnig arall arni.',
  'groups.space.onlyFacilitatorsPost': 'Yn y grŵp hwn, yr hwyluswyr sy’n postio’r sbardunau.',
  'groups.space.onlyFacilitatorsChange': 'Dim ond hwyluswyr y grŵp sy’n gallu newid hyn.',
  'groups.space.chooseWhoPosts': 'Dewiswch pwy sy’n gallu postio sbardunau.',
  'groups.space.offerOnlyFacilitator':
    'Dim ond un o hwyluswyr y grŵp hwnnw sy’n gallu cynnig sbardun iddo.',

  'groups.prompt.for': 'Sbardun ysgrifennu i {group}',
  'groups.prompt.fromOn': 'Gan {name}, {date}',
  'groups.prompt.write': 'Ysgrifennu stori o’r sbardun hwn',
  'groups.prompt.answers': 'Straeon wedi’u rhannu mewn ymateb',
  'groups.prompt.noAnswers': 'Does dim straeon wedi’u rhannu mewn ymateb eto.',

  'groups.story.sharedWith': 'Wedi’i rhannu gyda {group} yn unig',
  'groups.story.replies': 'Ymatebion',
  'groups.story.replied': 'Diolch. Mae’ch ymateb isod.',
  'groups.story.hidden': 'Mae’r ymateb hwnnw wedi’i guddio. Dim ond chi sy’n gallu ei weld nawr.',
  'groups.story.shown': 'Mae’r ymateb hwnnw i’w weld eto.',
  'groups.story.repliesOff': 'Mae ymatebion wedi’u diffodd. All neb ychwanegu un newydd.',
  'groups.story.repliesOn': 'Mae ymatebion ymlaen eto.',
  'groups.story.noReplies': 'Dim ymatebion eto.',
  'groups.story.hiddenNote': '(wedi’i guddio: dim ond chi sy’n gallu ei weld)',
  'groups.story.show': 'Dangos yr ymateb hwn',
  'groups.story.hide': 'Cuddio’r ymateb hwn',
  'groups.story.leaveReply': 'Gadewch ymateb caredig',
  'groups.story.replyHint': 'Geiriau plaen, hyd at {max} nod. Gall yr awdur guddio unrhyw ymateb.',
  'groups.story.sendReply': 'Anfon yr ymateb',
  'groups.story.turnedOff': 'Mae’r awdur wedi diffodd ymatebion.',
  'groups.story.turnOff': 'Diffodd ymatebion',
  'groups.story.turnOn': 'Troi ymatebion ymlaen',
  'groups.story.noSuchStory': 'Does dim stori o’r fath yma.',
  'groups.story.onlyWriter': 'Dim ond y person a ysgrifennodd hon sy’n gallu gwneud hynny.',
  'groups.story.noSuchReply': 'Does dim ymateb o’r fath.',
  'groups.reply.replied': 'Ymatebodd {name}, {date}',
  'groups.reply.empty': 'Ysgrifennwch ychydig eiriau yn gyntaf.',
  'groups.reply.tooLong': 'Cadwch eich ymateb i {max} nod neu lai.',

  'groups.book.heading': 'Ein llyfr: {title}',
  'groups.book.defaultTitle': 'Straeon {group}',
  'groups.book.lead':
    'Dim ond straeon y dywedodd eu hawduron ie i “y llyfr” sydd ynddo, pob un fel y cytunon nhw. Os bydd rhywun yn stopio, mae eu pennod yn gadael y llyfr ar unwaith.',
  'groups.book.make': 'Argraffu neu lawrlwytho',
  'groups.book.openPrint': 'Agor y fersiwn argraffu',
  'groups.book.downloadPdf': 'Lawrlwytho’r PDF',
  'groups.book.downloadScripts': 'Lawrlwytho’r sgriptiau (Fountain)',
  'groups.book.noChromium':
    'Dydy’r gweinydd hwn ddim yn gallu gwneud PDFs am nad oes Chromium arno. Agorwch y fersiwn argraffu a dewis “Argraffu”, yna “Cadw fel PDF”, yn eich porwr yn lle hynny.',
  'groups.book.unchanged': 'Does dim wedi newid ers y PDF diwethaf ({when}).',
  'groups.book.changedSince': 'Wedi newid ers y PDF diwethaf ({when}):',
  'groups.book.removed': 'Cafodd pennod ei thynnu allan.',
  'groups.book.added': 'Cafodd “{title}” ei hychwanegu.',
  'groups.book.changed': 'Mae “{title}” wedi newid.',
  'groups.book.noPdf': 'Does dim PDF wedi’i wneud eto.',
  'groups.book.chapters': 'Penodau',
  'groups.book.noChapters':
    'Dim penodau eto. Mae stori’n ymuno â’r llyfr pan fydd pawb a’i hysgrifennodd yn dweud ie i “y llyfr” ar ei thudalen “Pwy sy’n gallu ei gweld”.',
  'groups.book.moveUp': 'Symud i fyny',
  'groups.book.moveDown': 'Symud i lawr',
  'groups.book.details': 'Teitl a chyflwyniad',
  'groups.book.save': 'Cadw',
  'groups.book.title': 'Teitl',
  'groups.book.introduction': 'Cyflwyniad',
  'groups.book.contents': 'Cynnwys',
  'groups.book.fileName': 'llyfr',
  'groups.book.scriptsFileName': 'sgriptiau',
  'groups.book.groupFileName': 'grwp',
  'groups.book.titleMissing': 'Rhowch deitl i’r llyfr.',
  'groups.book.titleTooLong': 'Cadwch y teitl i 200 nod neu lai.',
  'groups.book.introductionTooLong': 'Cadwch y cyflwyniad i 20,000 nod neu lai.',
  'groups.book.someAnswers': 'Mae angen newid rhai atebion.',
  'groups.book.noSuchChapter': 'Dydy’r bennod honno ddim yn y llyfr.',
  'groups.print.title': '{title}: yn barod i’w argraffu',
  'groups.print.back': 'Yn ôl i’r llyfr',
  'groups.print.print': 'Argraffu’r llyfr',
  'groups.print.laying': 'Yn gosod y tudalennau…',
  'groups.print.pages': '{title}, fel tudalennau wedi’u hargraffu',
  'groups.print.ready': 'Yn barod i’w argraffu: {count} tudalen.',
  'groups.pdf.printFromBrowser': 'Gallwch chi argraffu’r llyfr o’ch porwr o hyd.',
  'groups.pdf.noChromium': 'Doedd dim modd gwneud y PDF am nad oes Chromium ar y gweinydd hwn.',
  'groups.pdf.tooLong':
    'Doedd dim modd gwneud y PDF am fod gosod y llyfr wedi cymryd mwy na {seconds} eiliad.',
  'groups.pdf.failed': 'Doedd dim modd gwneud y PDF oherwydd problem ar y gweinydd hwn.',

  'groups.approvals.title': 'Straeon sy’n aros am eich ie',
  'groups.approvals.heading': 'Straeon pobl ifanc rydych chi’n gofalu amdanyn nhw',
  'groups.approvals.lead':
    'Pan fydd person ifanc dan 18 oed eisiau rhannu stori y tu hwnt i’w grŵp, rydych chi’n dweud ie hefyd. Rydych chi’n gweld yn union beth fydd pobl yn ei weld yn gyntaf. Gall y naill neu’r llall ohonoch chi ei stopio ar unrhyw adeg.',
  'groups.approvals.grownUp':
    'Mae {names} yn 18 oed nawr, ac yn penderfynu {count, plural, zero {drostyn nhw eu hunain} one {drostyn nhw eu hunain} two {drostyn nhw eu hunain} few {drostyn nhw eu hunain} many {drostyn nhw eu hunain} other {drostyn nhw eu hunain}} beth sy’n cael ei rannu. Dydych chi ddim yn dweud ie nac yn stopio rhannu ar eu rhan mwyach.',
  'groups.approvals.unchanged': 'Does dim wedi newid.',
  'groups.approvals.done':
    'Wedi’i wneud. <link>Gweld eich derbynneb</link>. Rydyn ni wedi anfon copi atoch chi ac at y person ifanc drwy e-bost.',
  'groups.approvals.stopQuestion': 'Stopio rhannu stori {name}, “{title}”, {where}?',
  'groups.approvals.yesStop': 'Ie, stopio rhannu',
  'groups.approvals.yesStopHint': 'Mae’n stopio ar unwaith. Byddwn ni’n dweud wrth {name}.',
  'groups.approvals.noKeep': 'Na, dal ati i rannu',
  'groups.approvals.noKeepHint': 'Does dim yn newid.',
  'groups.approvals.noNeedWhy': 'Does dim rhaid i chi ddweud pam.',
  'groups.approvals.askQuestion': 'Mae {name} eisiau rhannu “{title}” {where}. Ydych chi’n cytuno?',
  'groups.approvals.agree': 'Ydw, rwy’n cytuno',
  'groups.approvals.agreeNotLive':
    'Caiff ei rhannu pan fydd pawb arall wedi dweud ie hefyd. {notLive}',
  'groups.approvals.agreeLive': 'Caiff ei rhannu ar unwaith.',
  'groups.approvals.disagree': 'Nac ydw, dydw i ddim yn cytuno',
  'groups.approvals.disagreeHint':
    'Fydd hi ddim yn cael ei rhannu. Does dim rhaid i chi ddweud pam. Byddwn ni’n dweud wrth {name}.',
  'groups.approvals.named': '{who} Maen nhw wedi dewis cael eu henwi fel “{name}”, tan {until}.',
  'groups.approvals.exactly': 'Dyma’n union beth fydd pobl yn ei weld',
  'groups.approvals.back': 'Yn ôl i’r rhestr',
  'groups.approvals.waiting': 'Yn aros am eich ie',
  'groups.approvals.noneWaiting': 'Does dim byd yn aros amdanoch chi.',
  'groups.approvals.wants': 'Eisiau ei rhannu {where}, fel “{name}”.',
  'groups.approvals.answer': 'Ei darllen ac ateb',
  'groups.approvals.saidYes': 'Beth rydych chi wedi dweud ie iddo',
  'groups.approvals.noneShared': 'Does dim byd yn cael ei rannu y tu hwnt i’w grŵp ar hyn o bryd.',
  'groups.approvals.shared': 'Wedi’i rhannu {where}, fel “{name}”. Y diwrnod olaf yw {until}.',
  'groups.approvals.notLive':
    'Rydych chi wedi dweud ie i’w rhannu {where}, fel “{name}”, tan {until}. Dydy hi ddim yn cael ei rhannu eto. {notLive}',
  'groups.approvals.read': 'Ei darllen',
  'groups.approvals.stop': 'Stopio rhannu',

  'groups.eighteen.title': 'Rydych chi’n 18 oed nawr',
  'groups.eighteen.lead':
    'O’ch pen-blwydd yn 18 oed, chi sy’n penderfynu ar eich pen eich hun beth sy’n cael ei rannu. Dydy’ch rhiant neu’ch gofalwr ddim yn gallu dweud ie na stopio dim byd ar eich rhan mwyach.',
  'groups.eighteen.kept': 'Wedi’i wneud: mae’n cael ei rhannu ar eich ie chi eich hun nawr.',
  'groups.eighteen.stopped': 'Wedi’i wneud: rydych chi wedi stopio ei rhannu.',
  'groups.eighteen.receipt':
    '<link>Gweld eich derbynneb</link>. Rydyn ni wedi anfon copi atoch chi drwy e-bost hefyd.',
  'groups.eighteen.intro':
    'Roeddech chi’n 18 oed ar {birthday}. Cafodd y rhain eu rhannu pan oeddech chi’n iau. Does dim byd wedi stopio. Ar gyfer pob un, dewiswch a ydych chi am ddal ati i’w rhannu. Does dim rhaid i chi roi rheswm. Os na wnewch chi ddim, bydd pob un yn parhau tan ei diwrnod olaf, ac yna’n stopio.',
  'groups.eighteen.askShare': '“{title}” {where}: ei rhannu?',
  'groups.eighteen.askKeep': '“{title}” {where}: dal ati i’w rhannu?',
  'groups.eighteen.share': 'Ie, ei rhannu',
  'groups.eighteen.named': 'Gyda’r enw “{name}”, tan {lastDay}, ar eich ie chi eich hun.',
  'groups.eighteen.doNotShare': 'Na, peidio â’i rhannu',
  'groups.eighteen.doNotShareHint':
    'Fydd hi ddim yn cael ei rhannu, a bydd y cwestiwn yn diflannu.',
  'groups.eighteen.keep': 'Ie, dal ati i’w rhannu',
  'groups.eighteen.stop': 'Na, stopio ei rhannu',
  'groups.eighteen.stopHint': 'Mae’n stopio ar unwaith.',
  'groups.eighteen.wasWaiting':
    'Fe ddywedoch chi ie i hyn, ac roedd yn aros am eich rhiant neu’ch gofalwr. Dydy hi ddim yn cael ei rhannu.',
  'groups.eighteen.live':
    'Mae’n cael ei rhannu {where} nawr, gyda’r enw “{name}”. Y diwrnod olaf yw {lastDay}.',
  'groups.eighteen.notLive':
    'Fe ddywedoch chi ie i hyn, gyda’r enw “{name}”, tan {lastDay}. Dydy hi ddim yn cael ei rhannu eto: mae’n aros am y lleill a’i hysgrifennodd.',
  'groups.eighteen.seeSharing': 'Gweld “<story>{title}</story>” ar ei thudalen rannu',
  'groups.eighteen.nothing':
    'Does dim byd i’w benderfynu yma. Mae popeth rydych chi’n ei rannu ar eich ie chi eich hun. Gallwch chi ei weld a’i newid ar dudalen rannu pob stori, o <link>Fy straeon</link>.',
  'groups.eighteen.chooseAnswer': 'Dewiswch dal ati i rannu neu stopio rhannu.',
  'groups.eighteen.gone': 'Does dim byd yma i’w ateb: efallai ei fod wedi’i benderfynu’n barod.',
  'groups.eighteen.changed':
    'Newidiodd hyn eiliad yn ôl, felly wnaethon ni ddim byd. Edrychwch arno eto isod.',
  'groups.eighteen.mailSubject':
    'Rydych chi’n 18 oed nawr: chi sy’n penderfynu beth rydych chi’n ei rannu',
  'groups.eighteen.mailHello': 'Helo {name},',
  'groups.eighteen.mailTurned':
    'Roeddech chi’n 18 oed ar {day}. O hyn ymlaen, chi sy’n penderfynu ar eich pen eich hun beth sy’n cael ei rannu.',
  'groups.eighteen.mailNoCarer':
    'Dydy’ch rhiant neu’ch gofalwr ddim yn gallu dweud ie na stopio rhannu ar eich rhan mwyach.',
  'groups.eighteen.mailShared':
    'Cafodd y rhain eu rhannu pan oeddech chi’n iau. Does dim byd wedi stopio.',
  'groups.eighteen.mailChoose':
    'Ar gyfer pob un, dewiswch: dal ati i rannu, neu stopio. Un botwm yr un, a does dim rhaid i chi roi rheswm.',
  'groups.eighteen.mailItemWaiting':
    '- “{title}”, {where}, fel {name}: heb ei rhannu eto, roedd yn aros am eich rhiant neu’ch gofalwr.',
  'groups.eighteen.mailItemShared':
    '- “{title}”, {where}, fel {name}: y diwrnod olaf y bydd yn cael ei rhannu yw {lastDay}.',
  'groups.eighteen.mailLink': 'Dewiswch yma: {link}',
  'groups.eighteen.mailNothing':
    'Os na wnewch chi ddim, bydd pob un yn parhau tan ei diwrnod olaf, ac yna’n stopio.',
  'groups.eighteen.mailFooter': 'Gan {controller}. Cwestiynau: {email}.',
  'groups.eighteen.carerSubject': 'Mae {name} yn 18 oed nawr',
  'groups.eighteen.carerTurned':
    'Roedd {name} yn 18 oed ar {day}. O hyn ymlaen, {name} sy’n penderfynu beth sy’n cael ei rannu.',
  'groups.eighteen.carerNoLonger':
    'Dydych chi ddim yn gallu dweud ie i rannu eu straeon, na stopio hynny, mwyach.',
  'groups.eighteen.carerNothingStopped':
    'Does dim byd wedi stopio oherwydd hyn: mae {name} wedi cael ei holi am bob peth sy’n cael ei rannu.',

  'groups.change.admin': '{name}, gweinyddwr,',
  'groups.change.facilitator': '{name}, hwylusydd eich grŵp,',
  'groups.change.facilitatorOf': '{name}, hwylusydd grŵp {young},',
  'groups.change.anAdmin': 'gweinyddwr',
  'groups.change.aFacilitator': 'hwylusydd eich grŵp',
  'groups.change.aFacilitatorOf': 'hwylusydd grŵp {young}',
  'groups.change.notGiven': 'dim wedi’i roi',
  'groups.change.someone': 'rhywun',
  'groups.change.dateOfBirth': 'Newidiodd {actor} eich dyddiad geni o {from} i {to}.',
  'groups.change.dateOfBirthOf': 'Newidiodd {actor} ddyddiad geni {young} o {from} i {to}.',
  'groups.change.linked': 'Cysylltodd {actor} {guardian} fel eich rhiant neu’ch gofalwr.',
  'groups.change.linkedOf': 'Cysylltodd {actor} {guardian} fel rhiant neu ofalwr {young}.',
  'groups.change.unlinked': 'Tynnodd {actor} {guardian} i ffwrdd fel eich rhiant neu’ch gofalwr.',
  'groups.change.unlinkedOf': 'Tynnodd {actor} {guardian} i ffwrdd fel rhiant neu ofalwr {young}.',
  'groups.change.theYoungPerson': 'y person ifanc',
  'groups.change.hello': 'Helo {name},',
  'groups.change.on': 'Ar {day}: {what}',
  'groups.change.onAbout': 'Ar {day}, am {young}: {what}',
  'groups.change.seeAccount': 'Gallwch chi weld pob newid fel hyn ar dudalen eich cyfrif: {link}',
  'groups.change.seeApprovals': 'Gallwch chi weld beth mae {young} wedi gofyn i’w rannu yn {link}',
  'groups.change.subject': 'Newid i’ch cyfrif Heard',
  'groups.change.subjectOf': 'Newid i gyfrif Heard {young}',
  'groups.change.looksWrong': 'Os yw hyn yn edrych yn anghywir, dywedwch wrth hwylusydd eich grŵp.',
  'groups.change.chooseSomeone': 'Dewiswch rywun o’r rhestr.',
  'groups.change.sameDateOfBirth': 'Dyna eu dyddiad geni yn barod.',
  'groups.change.dateOfBirthSaved':
    'Dyddiad geni wedi’i gadw. Maen nhw a’u rhieni neu ofalwyr yn cael gwybod.',
  'groups.change.onlyFacilitator': 'Dim ond un o hwyluswyr y grŵp hwn sy’n gallu gwneud hyn.',
  'groups.change.chooseInGroup': 'Dewiswch rywun yn y grŵp hwn.',
  'groups.change.onlyUnder18':
    'Gall hwylusydd gysylltu rhiant neu ofalwr ar gyfer person ifanc dan 18 oed yn unig. Gofynnwch i weinyddwr am unrhyw un arall.',
  'groups.change.noAccount':
    'Does gan neb â’r cyfeiriad e-bost hwnnw gyfrif eto. Gofynnwch i weinyddwr wahodd y rhiant neu’r gofalwr yn gyntaf.',
  'groups.change.chooseBoth': 'Dewiswch y ddau berson.',
  'groups.change.self': 'All neb fod yn warcheidwad iddyn nhw eu hunain.',
  'groups.change.staff':
    'Mae {name} yn gweithio yma ({roles}), felly allan nhw ddim bod yn rhiant neu’n ofalwr i neb yn Heard. Mae rhiant neu ofalwr yn darllen gwaith person ifanc cyn iddo gael ei rannu; dydy staff byth yn gwneud hynny.',
  'groups.change.young':
    'Mae {name} dan 18 oed, neu mae ganddyn nhw riant neu ofalwr eu hunain, felly allan nhw ddim bod yn rhiant neu’n ofalwr i rywun yn Heard.',
  'groups.change.alreadyLinked': 'Mae {name} wedi’i gysylltu’n barod.',
  'groups.change.linkedDone':
    'Gwarcheidwad wedi’i gysylltu. Mae’r person ifanc a’u rhieni neu ofalwyr yn cael gwybod.',
  'groups.change.unlinkedDone':
    'Cysylltiad y gwarcheidwad wedi’i dynnu. Mae’r person ifanc a’u rhieni neu ofalwyr yn cael gwybod.',
} satisfies Translation<typeof en>;
