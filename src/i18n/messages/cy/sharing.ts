/**
 * Welsh words: sharing a story (the sharing page and its steps), receipts,
 * stopping, and the emails a change of consent causes. A story (stori) is
 * feminine: "ei rhannu", "dydy hi ddim"; docs/welsh-glossary.md keeps the
 * consent words the same everywhere.
 */
import type { Translation } from '../translation.ts';
import type en from '../en/sharing.ts';

export default {
  'sharing.nav.label': 'Y stori hon',
  'sharing.nav.myStories': 'Fy straeon',
  'sharing.nav.write': 'Ysgrifennu',
  'sharing.nav.history': 'Hanes',
  'sharing.nav.people': 'Pobl',
  'sharing.page.title': 'Pwy sy’n gallu gweld “{title}”',
  'sharing.page.nothingChanged': 'Does dim wedi newid.',
  'sharing.page.done': 'Wedi’i wneud.',
  'sharing.page.receipt':
    '<link>Gweld eich derbynneb</link>. Rydyn ni wedi anfon copi atoch chi drwy e-bost hefyd.',
  'sharing.page.lead':
    'Chi sy’n penderfynu pwy sy’n cael darllen y stori hon a sut rydych chi’n cael eich enwi. Does dim yn cael ei rannu nes i chi ddweud ie, a gallwch chi stopio unrhyw bryd.',
  'sharing.page.leadTogether':
    'Rhaid i bawb a’i hysgrifennodd ddweud ie cyn iddi gael ei rhannu, a gall unrhyw un ohonoch chi ei stopio.',
  'sharing.page.allReceipts': 'Eich holl dderbynebau',
  'sharing.page.back': 'Yn ôl at yr holl ffyrdd o rannu',
  'sharing.action.share': 'Ei rhannu {where}',
  'sharing.action.renew': 'Dal ati i rannu am fwy o amser',
  'sharing.action.newest': 'Rhannu’r fersiwn ddiweddaraf',
  'sharing.action.rename': 'Newid sut rydw i’n cael fy enwi',
  'sharing.action.stop': 'Stopio rhannu',
  'sharing.guardian.notice':
    'Gan eich bod chi o dan 18 oed, bydd gofyn i’ch rhiant neu ofalwr ddweud ie hefyd. Dim ond pan fyddan nhw’n gwneud hynny y caiff ei rhannu.',
  'sharing.guardian.noneLinked':
    'Does dim rhiant na gofalwr wedi’i gysylltu â’ch cyfrif eto: gofynnwch i hwylusydd eich grŵp gysylltu un.',

  'sharing.choices.nothingYet': 'Does dim i’w rannu eto. Ysgrifennwch rywbeth yn gyntaf.',
  'sharing.choices.name': 'Sut dylai pobl weld eich enw?',
  'sharing.choices.pseudonym': 'Enw ffug ar gyfer y stori hon',
  'sharing.choices.pseudonymHint':
    'Dim ond os byddwch chi’n dewis enw ffug y caiff ei ddefnyddio. Gadewch e’n wag i ddefnyddio’ch enw arferol.',
  'sharing.choices.months': 'Am ba mor hir?',
  'sharing.choices.monthsHint':
    'Mae’n stopio ohono’i hun ar ôl hyn. Rydyn ni’n eich atgoffa cyn iddo wneud hynny.',
  'sharing.choices.monthsOption':
    '{months, plural, zero {# mis} one {# mis} two {# fis} few {# mis} many {# mis} other {# mis}} (tan {date})',
  'sharing.choices.preview': 'Dangos i mi beth fydd pobl yn ei weld',

  'sharing.decide.renamed':
    'Wedi’i wneud: mae gan y cymeriad enw newydd drwy’r sgript i gyd. Mae’r rhagolwg yn dangos y fersiwn newydd.',
  'sharing.decide.marked':
    'Wedi’i wneud: wedi’i farcio’n breifat. Mae’r rhagolwg yn dangos beth mae darllenwyr yn ei weld nawr.',
  'sharing.decide.question': 'Ydych chi am rannu “{title}” {where}?',
  'sharing.decide.yes': 'Ydw, rhannwch hi',
  'sharing.decide.yesHint': 'Eich enw: “{name}”, tan {date}.',
  'sharing.decide.no': 'Nac ydw, peidiwch â’i rhannu',
  'sharing.decide.noHint': 'Does dim yn cael ei rannu. Does dim rhaid i chi ddweud pam.',
  'sharing.decide.chose': 'Beth ddewisoch chi',
  'sharing.decide.namedAs': 'Eich enw: <strong>“{name}”</strong> ({level})',
  'sharing.decide.sharedUntil': 'Wedi’i rhannu {where} tan <strong>{date}</strong>',
  'sharing.decide.previewHeading': 'Dyma’n union beth fydd pobl yn ei weld',
  'sharing.decide.previewHint': 'Fersiwn {version}, gyda’r enw “{name}”, tan {date}.',
  'sharing.decide.waitingFor':
    'Heb ddweud ie eto: {names}. {count, plural, zero {Byddan nhw’n dewis eu henwau eu hunain.} one {Bydd yn dewis ei enw ei hun.} two {Byddan nhw’n dewis eu henwau eu hunain.} few {Byddan nhw’n dewis eu henwau eu hunain.} many {Byddan nhw’n dewis eu henwau eu hunain.} other {Byddan nhw’n dewis eu henwau eu hunain.}} Dim ond pan fydd pawb a’i hysgrifennodd yn dweud ie y caiff ei rhannu.',
  'sharing.decide.stopAnyTime': 'Gallwch chi stopio unrhyw bryd. Does dim rhaid i chi ddweud pam.',
  'sharing.decide.change': '<link>Newid fy newisiadau</link> (byddwch chi’n gweld y rhagolwg eto)',

  'sharing.renew.question': 'Dal ati i’w rhannu {where} tan {date}?',
  'sharing.renew.yes': 'Ie, dal ati i rannu',
  'sharing.renew.yesHint': 'Tan {date}: yr un fersiwn, gyda’r un enw.',
  'sharing.renew.no': 'Na, gadael iddo ddod i ben',
  'sharing.renew.noHint': 'Bydd y diwrnod olaf y caiff ei rhannu yn aros yn {date}.',
  'sharing.renew.explain':
    'Ar hyn o bryd, y diwrnod olaf y caiff ei rhannu yw {until}. Os dywedwch chi ie, bydd yn parhau tan {date}: yr un fersiwn, gyda’r un enw. Does dim byd arall yn newid. Gallwch chi stopio unrhyw bryd, a does dim rhaid i chi ddweud pam.',

  'sharing.stop.question': 'Stopio ei rhannu {where}?',
  'sharing.stop.yes': 'Ie, stopio rhannu',
  'sharing.stop.yesOnSite': 'Mae’n dod i lawr ar unwaith.',
  'sharing.stop.yesOffSite':
    'Rydyn ni’n stopio ei defnyddio, ac mae staff yn tynnu i lawr y copïau y gallwn ni eu cyrraedd.',
  'sharing.stop.no': 'Na, dal ati i rannu',
  'sharing.stop.noHint': 'Does dim byd yn newid.',
  'sharing.stop.noReason':
    'Does dim rhaid i chi ddweud pam. Gallwch chi ei rhannu eto yn nes ymlaen os ydych chi eisiau.',

  'sharing.uses.heading': 'Ble mae eich stori wedi cael ei defnyddio',
  'sharing.uses.none':
    'Dydy staff ddim wedi defnyddio’r stori hon yn unman y tu allan i’r wefan hon. Os byddan nhw eisiau gwneud hynny, byddan nhw’n <link>gofyn i chi yn gyntaf</link>.',
  'sharing.uses.used': '{where}, ar {date}.',
  'sharing.uses.usedSeeIt': '{where}, ar {date} (<link>ei gweld</link>).',
  'sharing.uses.takedowns':
    'Os byddwch chi’n stopio rhannu mewn un ffordd, rhaid i staff ei thynnu i lawr o bob man y cafodd ei defnyddio. Gallwch chi weld sut mae hynny’n mynd yma.',

  'sharing.state.notShared': 'Heb ei rhannu {where}.',
  'sharing.state.othersSaidYes':
    'Dywedodd {names} ie i’w rhannu {where}. Dim ond os byddwch chi’n dweud ie hefyd y caiff ei rhannu. Mae’n iawn dweud na.',
  'sharing.state.stoppedBy':
    '{by, select, you {Stopioch chi} writer {Stopiodd {name}} yourNamedCarer {Stopiodd {name}, eich rhiant neu ofalwr,} yourCarer {Stopiodd eich rhiant neu ofalwr} other {Stopiodd rhiant neu ofalwr {name}}} ei rhannu {where} ar {date}.',
  'sharing.state.youStopped': 'Stopioch chi ei rhannu {where} ar {date}.',
  'sharing.state.shareAgain': 'Gallwch chi ei rhannu eto pryd bynnag y mynnwch.',
  'sharing.state.ended': 'Daeth eich ie i’w rhannu {where} i ben ar {date}.',
  'sharing.state.endedDetail':
    'Dydy hi ddim yn cael ei rhannu. Gallwch chi ei rhannu eto pryd bynnag y mynnwch.',
  'sharing.state.nameYouChose': 'yr enw a ddewisoch chi',
  'sharing.state.showing': '{where} ers {granted}, fel “{name}”, tan {until}.',
  'sharing.state.mayBeUsed':
    'Dywedoch chi ie ar {granted}: gellir ei defnyddio {where}, fel “{name}”, tan {until}.',
  'sharing.state.notYet':
    'Dywedoch chi ie ar {granted} i’w rhannu {where}, fel “{name}”, tan {until}. Dydy hi ddim yn cael ei rhannu eto.',
  'sharing.state.stoppedSo':
    '{by, select, you {Stopioch chi} writer {Stopiodd {name}} yourNamedCarer {Stopiodd {name}, eich rhiant neu ofalwr,} yourCarer {Stopiodd eich rhiant neu ofalwr} other {Stopiodd rhiant neu ofalwr {name}}} ei rhannu ar {date}, felly dydy hi ddim yn cael ei rhannu. Dim ond os {whose, select, you {byddwch chi’n dweud} other {bydd {whoseName} yn dweud}} ie eto y caiff ei rhannu eto.',
  'sharing.state.ranOut': 'Mae ie {names} wedi dod i ben, felly dydy hi ddim yn cael ei rhannu.',
  'sharing.state.anotherRanOut':
    'Mae ie awdur arall wedi dod i ben, felly dydy hi ddim yn cael ei rhannu.',
  'sharing.state.olderVersion':
    'Mae eich ie ar gyfer fersiwn {yes}. Mae eich newidiadau ers hynny (fersiwn {latest}) yn aros yn breifat nes i chi eu rhannu.',
  'sharing.state.lastDay':
    '{days, plural, =0 {Heddiw yw’r diwrnod olaf y caiff ei rhannu, oni bai eich bod chi’n dewis dal ati i rannu.} zero {Bydd y diwrnod olaf y caiff ei rhannu ymhen # diwrnod, oni bai eich bod chi’n dewis dal ati i rannu.} one {Yfory yw’r diwrnod olaf y caiff ei rhannu, oni bai eich bod chi’n dewis dal ati i rannu.} two {Bydd y diwrnod olaf y caiff ei rhannu ymhen # ddiwrnod, oni bai eich bod chi’n dewis dal ati i rannu.} few {Bydd y diwrnod olaf y caiff ei rhannu ymhen # diwrnod, oni bai eich bod chi’n dewis dal ati i rannu.} many {Bydd y diwrnod olaf y caiff ei rhannu ymhen # diwrnod, oni bai eich bod chi’n dewis dal ati i rannu.} other {Bydd y diwrnod olaf y caiff ei rhannu ymhen # diwrnod, oni bai eich bod chi’n dewis dal ati i rannu.}}',
  'sharing.waiting': 'Yn aros am ateb gan: {who}.',
  'sharing.waiting.andCarers': '{people}, a hefyd {carers}',
  'sharing.waiting.youGrownUp':
    'chi (rydych chi’n 18 nawr, felly dydy eich rhiant neu ofalwr ddim yn ateb mwyach)',
  'sharing.waiting.yourCarer': 'eich rhiant neu ofalwr',
  'sharing.waiting.theirCarer': 'rhiant neu ofalwr {name}',
  'sharing.waiting.thisVersion': '{name} (i ddweud ie i’r fersiwn hon)',

  'sharing.form.noAnswer': 'Dewiswch un o’r atebion, yna anfonwch e. Does dim byd wedi newid.',
  'sharing.form.noStory': 'Does dim stori o’r fath.',
  'sharing.form.chooseWhere': 'Dewiswch ble i’w rhannu.',
  'sharing.form.chooseName': 'Dewiswch sut rydych chi’n cael eich enwi.',
  'sharing.form.noVersion': 'Dydy’r fersiwn honno o’r stori ddim yn bodoli.',
  'sharing.form.chooseHowLong': 'Dewiswch am ba mor hir i’w rhannu.',
  'sharing.form.tooLong': 'Gallwch chi rannu am {months} mis ar y mwyaf.',
  'sharing.form.pseudonymTooLong': 'Cadwch yr enw ffug i {max} llythyren neu lai.',
  'sharing.form.tryAgain': 'Rhowch gynnig arall arni.',
  'sharing.form.writePseudonym': 'Ysgrifennwch yr enw ffug rydych chi eisiau ei ddefnyddio.',
  'sharing.form.chooseUse': 'Dewiswch pa ddefnydd i’w newid.',
  'sharing.form.cannotRenew':
    'Does dim modd dal ati o’r fan hon. I’w rhannu am fwy o amser, dewiswch “Newid sut rydw i’n cael fy enwi” a dewis am ba mor hir.',
  'sharing.form.changedSincePreview':
    'Mae hyn wedi newid ers i chi edrych ar y rhagolwg, felly does dim wedi cael ei rannu. Edrychwch arno eto isod cyn dweud ie.',
  'sharing.form.nothingToAnswer': 'Does dim byd yma i’w ateb.',
  'sharing.form.askedChanged':
    'Mae’r hyn y gofynnwyd i chi amdano wedi newid. Does dim wedi cael ei gymeradwyo. Edrychwch eto cyn ateb.',
  'sharing.form.cancel': 'Canslo',
  'sharing.refusal.not-an-author': 'Nid y person hwn ysgrifennodd y stori hon.',
  'sharing.refusal.not-allowed':
    'Dim ond y person a’i hysgrifennodd all ei rhannu. Dim ond tra bydd y person o dan 18 oed y gall gwarcheidwad ei chymeradwyo neu ei stopio.',
  'sharing.refusal.no-such-revision': 'Dydy’r fersiwn honno o’r stori ddim yn bodoli.',
  'sharing.refusal.bad-expiry':
    'Dewiswch ddyddiad gorffen ar ôl heddiw a dim mwy na 12 mis i ffwrdd.',
  'sharing.refusal.nothing-to-renew':
    'Does dim i’w ymestyn. Os yw’r rhannu wedi dod i ben, rhannwch y stori eto.',
  'sharing.refusal.nothing-to-withdraw':
    'Dydy’r stori hon ddim yn cael ei rhannu fel hyn, felly does dim i’w stopio.',
  'sharing.refusal.nothing-to-approve': 'Does dim yn aros i chi ei gymeradwyo.',
  'sharing.refusal.not-expired': 'Dydy’r caniatâd hwn ddim wedi dod i ben.',
  'sharing.approvals.stopped':
    '{by, select, carer {Stopiodd rhiant neu ofalwr {name}} other {Stopiodd {name}}} ei rhannu, felly dydy hi ddim yn cael ei rhannu.',
  'sharing.approvals.notYet': 'Dydy hi ddim yn cael ei rhannu eto.',

  'sharing.receipts.title': 'Fy nerbynebau',
  'sharing.receipts.lead':
    'Bob tro y byddwch chi’n dweud ie, yn dal ati i rannu neu’n stopio rhannu, rydych chi’n cael derbynneb. Mae’n dweud beth ddewisoch chi a sut i newid eich meddwl.',
  'sharing.receipts.none':
    'Does gennych chi ddim derbynebau eto. Byddwch chi’n cael un pan fyddwch chi’n rhannu stori.',
  'sharing.receipts.deletedStory': 'Stori sydd wedi cael ei dileu',
  'sharing.receipts.asCarer': 'newid a wnaethoch chi fel rhiant neu ofalwr',
  'sharing.receipts.one': 'Derbynneb',
  'sharing.receipts.all': 'Fy holl dderbynebau',
  'sharing.receipts.change': 'Newid neu stopio rhannu',
  'sharing.receipts.youngPeople': 'Straeon pobl ifanc rydych chi’n gofalu amdanyn nhw',
  'sharing.receipts.number': 'Rhif y dderbynneb: {id}',
  'sharing.receipts.download':
    'Lawrlwytho’r dderbynneb hon ar gyfer cyfrifiadur (JSON, Kantara Consent Receipt 1.1)',
  'sharing.receipts.noSuch': 'Does dim derbynneb o’r fath.',

  'sharing.stopAll.title': 'Stopio rhannu fy holl straeon',
  'sharing.stopAll.heading': 'Stopio rhannu eich holl straeon?',
  'sharing.stopAll.lead':
    'Bydd pob stori a ysgrifennoch chi yn stopio cael ei rhannu, ym mhobman, ar unwaith: eich grŵp, y wefan gyhoeddus a phob defnydd arall. Does dim rhaid i chi ddweud pam.',
  'sharing.stopAll.notDeleted':
    'Dydy eich straeon ddim yn cael eu dileu. Gallwch chi eu rhannu eto yn nes ymlaen, fesul un. Bydd copïau y tu allan i’n gwefan, fel cylchlythyr wedi’i argraffu, yn troi’n dasgau i staff eu tynnu i lawr.',
  'sharing.stopAll.yes': 'Ie, stopio rhannu popeth',
  'sharing.stopAll.no': 'Na, mynd yn ôl',

  'sharing.receipt.youngPerson': 'y person ifanc',
  'sharing.receipt.yourGuardian': 'eich gwarcheidwad',
  'sharing.receipt.yourGuardianNamed': 'eich gwarcheidwad, {name},',
  'sharing.receipt.storyYouDeleted': 'stori a ddilëwyd gennych chi',
  'sharing.receipt.storyDeleted': 'stori sydd wedi cael ei dileu ers hynny',
  'sharing.receipt.version': '(fersiwn {number})',
  'sharing.receipt.as': ', fel ‘{name}’',
  'sharing.receipt.until': ', tan {date}',
  'sharing.receipt.ended':
    'Mae’r dyddiad hwnnw wedi mynd heibio, felly mae’r caniatâd hwn wedi dod i ben.',
  'sharing.receipt.when': 'Dyddiad y newid hwn: {moment}.',
  'sharing.receipt.howToStop':
    'Gallwch chi stopio rhannu unrhyw bryd ar dudalen rannu’r stori. Does dim rhaid i chi roi rheswm.',
  'sharing.receipt.takenDownOnSite': 'Cafodd ei thynnu i lawr ar unwaith.',
  'sharing.receipt.takenDownOffSite':
    'Fydd hi ddim yn cael ei defnyddio yno eto. Mae staff wedi cael cais i’w thynnu i lawr o unrhyw le mae hi i’w gweld o hyd.',
  'sharing.receipt.shareAgain':
    'Os ydych chi eisiau ei rhannu eto, gallwch chi wneud hynny ar dudalen rannu’r stori.',
  'sharing.receipt.grant.theirHeading': 'Dywedodd {subject} ie i rannu',
  'sharing.receipt.grant.theirs':
    'Dywedodd {subject} ie i {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.grant.heading': 'Dywedoch chi ie i rannu eich stori',
  'sharing.receipt.grant.mine': 'Dywedoch chi ie i {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.renew.heading': 'Rydych chi wedi dal ati i rannu eich stori',
  'sharing.receipt.renew.mine':
    'Dywedoch chi ie i ddal ati i {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.withdraw.heading': 'Rydych chi wedi stopio rhannu eich stori',
  'sharing.receipt.withdraw.mine': 'Stopioch chi rannu {story} {where}.',
  'sharing.receipt.expire.heading': 'Mae eich caniatâd wedi dod i ben',
  'sharing.receipt.expire.theirHeading': 'Mae caniatâd {subject} wedi dod i ben',
  'sharing.receipt.expire.mine':
    'Daeth eich caniatâd i {verb} {story}{version} {where} i ben ar {date}.',
  'sharing.receipt.expire.theirs':
    'Daeth caniatâd {subject} i {verb} {story}{version} {where} i ben ar {date}.',
  'sharing.receipt.expire.takenDownOnSite': 'Cafodd ei thynnu i lawr pan ddaeth y caniatâd i ben.',
  'sharing.receipt.expire.takenDownOffSite': 'Fydd hi ddim yn cael ei defnyddio yno eto.',
  'sharing.receipt.approve.heading': 'Mae eich gwarcheidwad wedi cytuno',
  'sharing.receipt.approve.mine':
    'Cytunodd {guardian} y cewch chi {verb} {story}{version} {where}{as}{until}.',
  'sharing.receipt.approve.howToStop':
    'Gallwch chi neu eich gwarcheidwad stopio rhannu unrhyw bryd ar dudalen rannu’r stori.',
  'sharing.receipt.approve.guardianHeading': 'Rydych chi wedi cytuno, fel gwarcheidwad {subject}',
  'sharing.receipt.approve.guardian':
    'Cytunoch chi y caiff {subject} {verb} {story}{version} {where}{as}{until}.',
  'sharing.receipt.approve.guardianHowToStop':
    'Gallwch chi neu {subject} stopio rhannu unrhyw bryd ar dudalen rannu’r stori. Does dim rhaid i chi roi rheswm.',
  'sharing.receipt.guardianStop.heading': 'Mae eich gwarcheidwad wedi stopio rhannu eich stori',
  'sharing.receipt.guardianStop.mine': 'Stopiodd {guardian} rannu {story} {where}.',
  'sharing.receipt.guardianStop.talk':
    'Os ydych chi eisiau siarad am hyn, siaradwch â’ch gwarcheidwad neu â hwylusydd eich grŵp.',
  'sharing.receipt.guardianStop.guardianHeading':
    'Rydych chi wedi stopio’r rhannu, fel gwarcheidwad {subject}',
  'sharing.receipt.guardianStop.guardian': 'Stopioch chi {subject} rhag rhannu {story} {where}.',

  'sharing.kantara.method.request':
    'Ffurflen we: atebodd y cyfrannwr gais gan staff, ar ôl gweld rhagolwg o’r union beth fyddai’n cael ei ddangos',
  'sharing.kantara.method.grant':
    'Ffurflen we: dewisodd y cyfrannwr hyn ar dudalen rannu’r stori, ar ôl gweld rhagolwg o’r union beth fyddai’n cael ei ddangos',
  'sharing.kantara.method.renew':
    'Ffurflen we: adnewyddodd y cyfrannwr hyn ar dudalen rannu’r stori',
  'sharing.kantara.method.withdraw':
    'Ffurflen we: tynnodd y cyfrannwr hyn yn ôl ar dudalen rannu’r stori',
  'sharing.kantara.method.expire':
    'Awtomatig: aeth y dyddiad gorffen a ddewisodd y cyfrannwr heibio',
  'sharing.kantara.method.approve':
    'Ffurflen we: rhoddodd gwarcheidwad cysylltiedig ei ganiatâd hefyd ar dudalen rannu’r stori',
  'sharing.kantara.method.guardianStop':
    'Ffurflen we: tynnodd gwarcheidwad cysylltiedig hyn yn ôl ar dudalen rannu’r stori',
  'sharing.kantara.ends':
    'Yn dod i ben ar {until}, neu’n gynt os bydd y cyfrannwr (neu, i berson ifanc, ei warcheidwad) yn ei dynnu’n ôl ar dudalen rannu’r stori',
  'sharing.kantara.endsWhenWithdrawn':
    'Yn dod i ben pan fydd y cyfrannwr yn ei dynnu’n ôl ar dudalen rannu’r stori',
  'sharing.kantara.ended.withdraw': 'Wedi dod i ben: tynnwyd yn ôl gan y cyfrannwr am {at}',
  'sharing.kantara.ended.guardianStop': 'Wedi dod i ben: tynnwyd yn ôl gan warcheidwad am {at}',
  'sharing.kantara.ended.expireAt': 'Wedi dod i ben: daeth i ben am {until} (cofnodwyd am {at})',
  'sharing.kantara.ended.expire': 'Wedi dod i ben: daeth i ben (cofnodwyd am {at})',
  'sharing.kantara.as': ', gan enwi’r awdur fel ‘{name}’',
  'sharing.kantara.service': 'Rhannu stori a adroddwyd ar Heard',
  'sharing.kantara.spiCat':
    'Gall gynnwys unrhyw gategori arbennig y dewisodd yr awdur ysgrifennu amdano (er enghraifft iechyd, credoau, bywyd rhywiol neu darddiad ethnig)',

  'sharing.email.hello': 'Helo {name},',
  'sharing.email.helloThere': 'Helo,',
  'sharing.email.footer': 'Oddi wrth {organisation}. Cwestiynau am eich caniatâd: {email}.',
  'sharing.email.footerShort': 'Oddi wrth {organisation}. Cwestiynau: {email}.',
  'sharing.email.receiptChange':
    'I stopio rhannu neu newid sut rydych chi’n cael eich enwi: {link}',
  'sharing.email.receiptLink': 'Y dderbynneb hon: {link}',
  'sharing.email.stoppedAllSubject': 'Rydych chi wedi stopio rhannu eich holl straeon',
  'sharing.email.stoppedAll':
    'Rydych chi wedi stopio rhannu eich holl straeon. Dyma {count, plural, zero {eich # derbynneb} one {eich derbynneb} two {eich # dderbynneb} few {eich # derbynneb} many {eich # derbynneb} other {eich # derbynneb}}.',
  'sharing.reminder.subject': 'Eich stori “{title}”: y diwrnod olaf y caiff ei rhannu yw {date}',
  'sharing.reminder.saidYes': 'Dywedoch chi ie i rannu eich stori “{title}”.',
  'sharing.reminder.where': 'Ble: {where}.',
  'sharing.reminder.named': 'Sut rydych chi’n cael eich enwi: {name}.',
  'sharing.reminder.lastDay':
    'Y diwrnod olaf y caiff ei rhannu yw {date} ({days, plural, =0 {heddiw} zero {ymhen # diwrnod} one {ymhen diwrnod} two {ymhen # ddiwrnod} few {ymhen # diwrnod} many {ymhen # diwrnod} other {ymhen # diwrnod}}).',
  'sharing.reminder.waitingForCarer': 'Mae’n dal i aros i’ch rhiant neu ofalwr gytuno.',
  'sharing.reminder.nothingChanges': 'Does dim byd yn newid oni bai eich bod chi’n dewis.',
  'sharing.reminder.ifNothing':
    'Os na wnewch chi ddim, bydd y rhannu’n stopio ar ôl y diwrnod hwnnw. Eich stori chi yw hi o hyd.',
  'sharing.reminder.noReason': 'Does dim rhaid i chi roi rheswm.',
  'sharing.reminder.keep': 'Dal ati i rannu: {link}',
  'sharing.reminder.stop': 'Stopio rhannu: {link}',
  'sharing.news.someone': 'Rhywun',
  'sharing.news.liveSubject': 'Mae {title} yn cael ei rhannu {where} nawr',
  'sharing.news.live':
    'Mae pawb yr oedd angen iddyn nhw ddweud ie wedi dweud ie, felly mae {whose, select, ward {stori {ward}} other {eich stori}} {title} yn cael ei rhannu {where} nawr, tan {date}.',
  'sharing.news.canStop': 'Gellir ei stopio unrhyw bryd, a does dim rhaid i neb ddweud pam:',
  'sharing.news.stoppedSubject': 'Dydy {title} ddim yn cael ei rhannu {where} mwyach',
  'sharing.news.stopped':
    '{by, select, carer {Stopiodd rhiant neu ofalwr {name}} other {Stopiodd {name}}} rannu {title} {where}, felly dydy hi ddim yn cael ei rhannu yno mwyach.',
  'sharing.news.cameDown': 'Daeth i lawr ar unwaith.',
  'sharing.news.staffTakeDown':
    'Bydd staff yn ei thynnu i lawr o ble bynnag y cafodd ei defnyddio.',
  'sharing.news.coAuthorSubject': 'Dywedodd {name} ie i rannu {title}',
  'sharing.news.coAuthor':
    'Dywedodd {name} ie i rannu {title}, a ysgrifennoch chi gyda’ch gilydd, {where}.',
  'sharing.news.coAuthorNo':
    'Dim ond os byddwch chi’n dweud ie hefyd y caiff ei rhannu. Mae’n iawn dweud na: does dim rhaid i chi ddweud pam, a does dim byd arall yn newid.',
  'sharing.news.seeAndDecide': 'Gwelwch yn union beth fyddai’n cael ei rannu, a phenderfynwch:',
  'sharing.news.carerSubject': 'Mae {name} wedi gofyn am gael rhannu {title}: mae angen eich ateb',
  'sharing.news.carer': 'Dywedodd {name}, sydd yn eich gofal, ie i rannu {title} {where} ({use}).',
  'sharing.news.carerNo':
    'Dim ond os byddwch chi’n dweud ie hefyd y caiff ei rhannu. Gallwch chi ddweud ie neu na, a does dim rhaid i chi ddweud pam.',
  'sharing.news.seeAndAnswer': 'Gwelwch yn union beth fyddai’n cael ei rannu, ac atebwch:',
} satisfies Translation<typeof en>;
