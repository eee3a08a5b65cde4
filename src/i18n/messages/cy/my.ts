/** Welsh words: my (a contributor's own stories, invitations, people on a story, versions, writing). */
import type { Translation } from '../translation.ts';
import type en from '../en/my.ts';

export default {
  'my.home.title': 'Fy straeon',
  'my.home.hello': 'Helo, {name}',
  'my.home.start': 'Dechrau stori newydd',
  'my.home.requests':
    '<link>Ceisiadau i ddefnyddio eich straeon</link>, ac a ydych chi’n fodlon i bobl ofyn.',
  'my.home.groups': 'Eich grwpiau',
  'my.home.facilitator': '(chi sy’n ei hwyluso)',
  'my.home.waitingRequests':
    '{count, plural, zero {Hoffai rhywun ddefnyddio eich straeon (# cais).} one {Hoffai rhywun ddefnyddio un o’ch straeon.} two {Hoffai rhywun ddefnyddio eich straeon (# gais).} few {Hoffai rhywun ddefnyddio eich straeon (# chais).} many {Hoffai rhywun ddefnyddio eich straeon (# chais).} other {Hoffai rhywun ddefnyddio eich straeon (# cais).}} <link>Gweld beth maen nhw’n ei ofyn, ac ateb</link>. Mae dweud na yn iawn.',
  'my.home.declined': 'Dywedoch chi na, diolch. Does dim byd yn newid i chi.',
  'my.home.grownUp':
    'Rydych chi’n 18 oed nawr, felly chi sy’n penderfynu ar eich pen eich hun beth sy’n cael ei rannu. {count, plural, zero {Cafodd # peth eu rhannu pan oeddech chi’n iau.} one {Cafodd un peth ei rannu pan oeddech chi’n iau.} two {Cafodd dau beth eu rhannu pan oeddech chi’n iau.} few {Cafodd # peth eu rhannu pan oeddech chi’n iau.} many {Cafodd # peth eu rhannu pan oeddech chi’n iau.} other {Cafodd # peth eu rhannu pan oeddech chi’n iau.}} <link>Dewiswch a ydych chi am barhau i rannu pob un</link>. Does dim byd wedi stopio.',
  'my.home.asGuardian':
    '{count, plural, zero {Mae pobl ifanc rydych chi’n gofalu amdanyn nhw wedi gofyn am rannu # peth. Maen nhw’n aros am eich ateb.} one {Mae person ifanc rydych chi’n gofalu amdano wedi gofyn am rannu rhywbeth. Mae’n aros am eich ateb.} two {Mae pobl ifanc rydych chi’n gofalu amdanyn nhw wedi gofyn am rannu dau beth. Maen nhw’n aros am eich ateb.} few {Mae pobl ifanc rydych chi’n gofalu amdanyn nhw wedi gofyn am rannu # peth. Maen nhw’n aros am eich ateb.} many {Mae pobl ifanc rydych chi’n gofalu amdanyn nhw wedi gofyn am rannu # peth. Maen nhw’n aros am eich ateb.} other {Mae pobl ifanc rydych chi’n gofalu amdanyn nhw wedi gofyn am rannu # peth. Maen nhw’n aros am eich ateb.}} <link>Darllen ac ateb</link>. Gallwch chi ddweud ie neu na.',
  'my.home.asCoAuthor':
    'Dywedodd {names} ie i rannu “{title}” {where}. Dim ond os byddwch chi’n dweud ie hefyd y caiff ei rhannu. <link>Ei gweld a phenderfynu</link>. Mae dweud na yn iawn.',
  'my.home.invitations': 'Gwahoddiadau i ysgrifennu gyda’ch gilydd',
  'my.home.invitedBy': 'Gofynnodd {name} i chi ysgrifennu hon gyda nhw.',
  'my.home.invitedBySomeone': 'Gofynnodd rhywun i chi ysgrifennu hon gyda nhw.',
  'my.home.readInvitation': 'Darllen y gwahoddiad ac ateb',
  'my.home.prompt.heading': 'Cynnig sbardun ysgrifennu',
  'my.home.prompt.offered':
    'Mae eich sbardun wedi’i gynnig. Mae aelodau’n ei weld pan fyddan nhw’n dechrau stori.',
  'my.home.prompt.send': 'Cynnig y sbardun hwn',
  'my.home.prompt.group': 'I ba grŵp?',
  'my.home.prompt.text': 'Y sbardun',
  'my.home.prompt.hint': 'Er enghraifft: Lle roeddech chi’n ei garu pan oeddech chi’n blentyn.',
  'my.home.none': 'Dydych chi ddim wedi dechrau stori eto.',
  'my.home.filmScript': 'Sgript ffilm',
  'my.home.lifeStory': 'Stori bywyd',
  'my.home.lastChanged': 'newidiwyd ddiwethaf {date}',
  'my.home.public': 'Ar y wefan gyhoeddus',
  'my.home.notPublic': 'Ddim ar y wefan gyhoeddus',
  'my.home.whoCanSee': 'Pwy sy’n gallu ei gweld',
  'my.home.answers': 'Atebion i’ch stori',

  'my.changes.title': 'Beth ddigwyddodd oherwydd fy straeon',
  'my.changes.lead':
    'Pan fyddwch chi’n rhannu stori i wella ein gwasanaethau, efallai y bydd y bobl sy’n eu cynllunio yn newid rhywbeth oherwydd hynny. Maen nhw’n dweud wrthych chi yma.',
  'my.changes.none': 'Dim byd eto.',
  'my.changes.status': '{service} · {status} ers {date}',
  'my.changes.whyNot': 'Pam nad yw’n bosibl: {why}',
  'my.changes.because':
    'Oherwydd eich {count, plural, zero {straeon} one {stori} two {straeon} few {straeon} many {straeon} other {straeon}} {titles}.',

  'my.invitation.title': 'Ysgrifennu “{title}” gyda’ch gilydd?',
  'my.invitation.heading': 'Gwahoddiad i ysgrifennu gyda’ch gilydd',
  'my.invitation.question':
    'Gofynnodd {who} i chi ysgrifennu “{title}” gyda nhw. Ydych chi eisiau gwneud hynny?',
  'my.invitation.someone': 'Rhywun yn eich grŵp',
  'my.invitation.yes': 'Ydw, ei hysgrifennu gyda’n gilydd',
  'my.invitation.yesHint':
    'Gallwch chi ei darllen a’i hysgrifennu. Dim ond os byddwch chi’n dweud ie i hynny hefyd y caiff ei rhannu.',
  'my.invitation.no': 'Nac ydw, diolch',
  'my.invitation.noHint': 'Does dim byd yn newid i chi. Does dim rhaid i chi ddweud pam.',
  'my.invitation.meaning':
    'Os byddwch chi’n dweud ie, byddwch chi’n dod yn un o’i hawduron: gall eich enw fynd arni, a dim ond pan fydd pawb a’i hysgrifennodd yn dweud ie y caiff ei rhannu yn unrhyw le. Gallwch chi adael yn nes ymlaen.',

  'my.invitationEmail.subject': 'Gofynnodd {who} i chi ysgrifennu “{title}” gyda’ch gilydd',
  'my.invitationEmail.hello': 'Helo {name},',
  'my.invitationEmail.asked': 'Gofynnodd {who} i chi ysgrifennu “{title}” gyda nhw.',
  'my.invitationEmail.noIsFine':
    'Gallwch chi ddweud ie neu na. Mae dweud na yn iawn: does dim byd yn newid i chi, a does dim rhaid i chi ddweud pam.',
  'my.invitationEmail.answer': 'Atebwch yma: {link}',
  'my.invitationEmail.from': 'Gan {name}. Cwestiynau: {email}.',

  'my.people.title': 'Pobl ar {title}',
  'my.people.heading': 'Pobl ar “<story>{title}</story>”',
  'my.people.back': 'Yn ôl i ysgrifennu',
  'my.people.writing': 'Yn ei hysgrifennu',
  'my.people.invited': '(wedi cael gwahoddiad, heb dderbyn eto)',
  'my.people.helping': 'Yn helpu',
  'my.people.nobody':
    'Does neb yn helpu. Dim ond y bobl sy’n ei hysgrifennu sy’n gallu gweld beth nad ydych chi wedi’i rannu.',
  'my.people.canEdit': 'Mae {name} yn gallu ei darllen a’i golygu',
  'my.people.canRead': 'Mae {name} yn gallu ei darllen',
  'my.people.stopSharing': 'Stopio rhannu',
  'my.people.stopSharingWith': 'gyda {name}',
  'my.people.together.heading': 'Ysgrifennu gyda’ch gilydd',
  'my.people.together.lead':
    'Gwahoddwch rywun o’ch grwpiau i ysgrifennu’r stori hon gyda chi. Mae angen iddyn nhw dderbyn.',
  'my.people.together.send': 'Gwahodd i ysgrifennu gyda’n gilydd',
  'my.people.who': 'Pwy?',
  'my.people.help.heading': 'Gofyn am help',
  'my.people.help.lead':
    'Rhannwch y drafft hwn gyda rhywun, fel hwylusydd eich grŵp, er mwyn iddyn nhw allu helpu.',
  'my.people.help.send': 'Rhannu’r drafft hwn',
  'my.people.help.facilitator': '{name} (hwylusydd)',
  'my.people.help.may': 'Maen nhw’n cael',
  'my.people.help.read': 'Ei darllen',
  'my.people.help.edit': 'Ei darllen a’i golygu',
  'my.people.invitedDone':
    'Mae {name} wedi cael gwahoddiad i ysgrifennu’r stori hon gyda chi. Mae angen iddyn nhw dderbyn.',
  'my.people.sharedEdit': 'Mae {name} yn gallu darllen a golygu’r drafft hwn nawr.',
  'my.people.sharedRead': 'Mae {name} yn gallu darllen y drafft hwn nawr.',
  'my.people.stopped': 'Dydyn nhw ddim yn gallu gweld y drafft hwn mwyach.',
  'my.people.chooseGroupmate': 'Dewiswch rywun o’ch grwpiau, os gwelwch yn dda.',
  'my.people.chooseAccess': 'Dewiswch a ydyn nhw’n cael darllen neu olygu, os gwelwch yn dda.',
  'my.people.chooseSomeone': 'Dewiswch rywun, os gwelwch yn dda.',
  'my.people.unknownForm':
    'Doedden ni ddim yn adnabod y ffurflen honno. Rhowch gynnig arall arni, os gwelwch yn dda.',

  'my.history.title': 'Hanes {title}',
  'my.history.heading': 'Hanes “<story>{title}</story>”',
  'my.history.restored': 'Wedi’i hadfer. Dyma’r fersiwn fwyaf diweddar nawr, rhif {number}.',
  'my.history.lead':
    'Bob tro y caiff eich stori ei chadw, mae’r hen fersiwn yn cael ei chadw yma. Does dim byd byth yn mynd ar goll.',
  'my.history.none': 'Does dim byd wedi’i gadw eto.',
  'my.history.caption': 'Fersiynau wedi’u cadw',
  'my.history.version': 'Fersiwn',
  'my.history.saved': 'Cadwyd',
  'my.history.by': 'Gan',
  'my.history.words': 'Geiriau',
  'my.history.versionNumber': 'Fersiwn {number}',
  'my.history.newest': '(y fwyaf diweddar)',
  'my.history.goneAuthor': 'Rhywun sydd ddim yma mwyach',
  'my.version.title': 'Fersiwn {number} o {title}',
  'my.version.heading': 'Fersiwn {number} o “<story>{title}</story>”',
  'my.version.all': 'Pob fersiwn',
  'my.version.saved':
    'Cadwyd {when} · {count, plural, zero {# gair} one {# gair} two {# air} few {# gair} many {# gair} other {# gair}}',
  'my.version.restore': 'Adfer y fersiwn hon',
  'my.version.restoreHint':
    'Bydd yn dod yn fersiwn fwyaf diweddar. Mae’r fersiynau ar ei hôl yn cael eu cadw hefyd.',

  'my.writing.notFound': 'Doedden ni ddim yn gallu dod o hyd i’r stori honno.',
  'my.writing.titleMissing':
    'Rhowch deitl i’ch stori, os gwelwch yn dda. Gallwch chi ei newid yn nes ymlaen.',
  'my.writing.titleTooLong': 'Gall y teitl fod yn {max} llythyren o hyd ar y mwyaf.',
  'my.writing.chooseKind': 'Dewiswch stori bywyd neu sgript ffilm, os gwelwch yn dda.',
  'my.writing.chooseGroup': 'Dewiswch un o’ch grwpiau, os gwelwch yn dda.',
  'my.writing.themesTooLong': 'Mae’r themâu yn rhy hir.',
  'my.writing.themesTooMany': 'Dewiswch {max} thema ar y mwyaf, os gwelwch yn dda.',
  'my.writing.themeTooLong': 'Gall pob thema fod yn {max} llythyren ar y mwyaf.',
  'my.writing.notesTooLong': 'Mae’r nodiadau cynnwys yn rhy hir.',
  'my.writing.notesTooMany': 'Dewiswch {max} nodyn cynnwys ar y mwyaf, os gwelwch yn dda.',
  'my.writing.noteTooLong': 'Gall pob nodyn cynnwys fod yn {max} llythyren ar y mwyaf.',
} satisfies Translation<typeof en>;
