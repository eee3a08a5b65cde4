/** Welsh words: services (cael eich clywed: straeon i wella ein gwasanaethau, atebion, newidiadau, "Dywedoch chi, gwnaethon ni"). */
import type { Translation } from '../translation.ts';
import type en from '../en/services.ts';

export default {
  'services.status.thinking': 'Yn cael ei ystyried',
  'services.status.planned': 'Wedi’i gynllunio',
  'services.status.happening': 'Yn digwydd nawr',
  'services.status.done': 'Wedi’i wneud',
  'services.status.not_possible': 'Ddim yn bosibl',
  'services.ledToThis':
    '{count, plural, zero {Arweiniodd straeon # o bobl at hyn.} one {Arweiniodd stori # person at hyn.} two {Arweiniodd straeon # o bobl at hyn.} few {Arweiniodd straeon # o bobl at hyn.} many {Arweiniodd straeon # o bobl at hyn.} other {Arweiniodd straeon # o bobl at hyn.}}',
  'services.ledToThisToo':
    '{count, plural, zero {Arweiniodd straeon # o bobl eraill at hyn hefyd.} one {Arweiniodd stori # person arall at hyn hefyd.} two {Arweiniodd straeon # o bobl eraill at hyn hefyd.} few {Arweiniodd straeon # o bobl eraill at hyn hefyd.} many {Arweiniodd straeon # o bobl eraill at hyn hefyd.} other {Arweiniodd straeon # o bobl eraill at hyn hefyd.}}',
  'services.tooLong': 'Cadwch e i {max, number} o nodau neu lai.',
  'services.check.noAnswer': 'Ysgrifennwch eich ateb yn gyntaf.',
  'services.check.noWhat': 'Dywedwch beth sy’n newid.',
  'services.check.noService': 'Dywedwch pa wasanaeth yw e.',
  'services.check.noStatus': 'Dewiswch beth yw sefyllfa’r newid.',
  'services.check.noWhyNot':
    'Dywedwch pam nad yw’n bosibl: bydd y bobl y mae eu straeon wedi arwain ato yn darllen hyn.',

  'services.refused.someDetails': 'Mae angen newid rhai manylion.',
  'services.refused.onlyLeadsRecord': 'Dim ond arweinwyr gwasanaeth sy’n cofnodi newidiadau.',
  'services.refused.onlyLeadsChange': 'Dim ond arweinwyr gwasanaeth sy’n gallu newid hyn.',
  'services.refused.onlyLeadsAnswer': 'Dim ond arweinwyr gwasanaeth sy’n ateb straeon.',
  'services.refused.thatNotShared': 'Nid yw’r stori honno wedi’i rhannu â chi ar hyn o bryd.',
  'services.refused.thisNotShared': 'Nid yw’r stori hon wedi’i rhannu â chi ar hyn o bryd.',
  'services.refused.noSuchChange': 'Does dim newid o’r fath.',
  'services.refused.noSuchStory': 'Does dim stori o’r fath.',
  'services.refused.chooseSharedStory':
    'Dewiswch stori sydd wedi’i rhannu â chi i wella ein gwasanaethau.',
  'services.refused.chooseStory': 'Dewiswch stori.',
  'services.refused.chooseAnswer': 'Dewiswch ateb i’r stori hon.',
  'services.refused.tryAgain': 'Ni weithiodd hynny. Rhowch gynnig arall arni.',
  'services.refused.answersOff': 'Mae’r awdur wedi diffodd atebion i’r stori hon.',
  'services.refused.onlyOwnPublic':
    'Dim ond o dan stori ar y wefan gyhoeddus a ysgrifennoch chi ar eich pen eich hun y gall ateb ymddangos.',

  'services.email.hello': 'Helo {name},',
  'services.email.nothingToDo': 'Does dim rhaid i chi wneud dim byd.',
  'services.email.answer.subject': 'Ateb i’ch stori “{title}”',
  'services.email.answer.intro':
    'Mae rhywun sy’n cynllunio ein gwasanaethau wedi darllen eich stori “{title}” ac wedi ysgrifennu atoch chi:',
  'services.email.answer.where':
    'Gallwch ei ddarllen, ymateb, dweud a oedd o help, neu ei guddio yma:',
  'services.email.change.subject': 'Beth sy’n digwydd oherwydd eich stori “{title}”',
  'services.email.change.intro':
    'Helpodd eich stori “{title}” i arwain at newid i’r gwasanaeth {service}:',
  'services.email.change.stands': 'Y sefyllfa: {status}.',
  'services.email.change.standsWhy': 'Y sefyllfa: {status}. Pam: {why}',
  'services.email.change.seeAll': 'Gallwch weld popeth a ddigwyddodd oherwydd eich straeon yma:',
  'services.email.wait.subject':
    '{count, plural, zero {# stori yn aros am ateb} one {# stori yn aros am ateb} two {# stori yn aros am ateb} few {# stori yn aros am ateb} many {# stori yn aros am ateb} other {# stori yn aros am ateb}}',
  'services.email.wait.lead':
    '{count, plural, zero {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:} one {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:} two {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:} few {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:} many {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:} other {Mae # stori a rannwyd i wella ein gwasanaethau wedi aros mwy na {days} diwrnod am ateb:}}',
  'services.email.wait.noGroup': 'Ddim mewn grŵp',
  'services.email.wait.ask':
    'Gofynnwch i arweinydd gwasanaeth eu darllen. Mae’r niferoedd ar y dudalen tegwch:',

  'services.field.what': 'Beth sy’n newid?',
  'services.field.whatHint':
    'Mewn geiriau plaen, er enghraifft “Bydd y ganolfan ddydd ar agor tan 7pm ar ddydd Iau”.',
  'services.field.service': 'Pa wasanaeth?',
  'services.field.status': 'Beth yw’r sefyllfa?',
  'services.field.whyNot': 'Os nad yw’n bosibl, pam ddim?',
  'services.field.whyNotHint':
    'Bydd y bobl y mae eu straeon wedi arwain ato yn darllen hyn. Fel arall, gadewch e’n wag.',

  'services.stories.title': 'Straeon i wella ein gwasanaethau',
  'services.stories.lead':
    'Dewisodd y bobl hyn rannu eu straeon â’r bobl sy’n cynllunio ein gwasanaethau. Darllenwch nhw, atebwch mewn geiriau plaen, a chofnodwch beth sy’n newid o’u herwydd. Mae stori’n gadael y rhestr hon cyn gynted ag y mae ei hawdur yn stopio ei rhannu.',
  'services.stories.none': 'Does neb yn rhannu stori i wella ein gwasanaethau ar hyn o bryd.',
  'services.stories.by': 'Gan {byline}',
  'services.stories.sharedOn': 'rhannwyd ar {date}',
  'services.stories.answered': 'Wedi’i hateb.',
  'services.stories.waiting': 'Yn aros am ateb.',
  'services.stories.answersOff': 'Mae’r awdur wedi diffodd atebion.',

  'services.story.title': '{title}: i wella ein gwasanaethau',
  'services.story.sharedOn': 'Rhannwyd i wella ein gwasanaethau ar {date}',
  'services.story.answers': 'Atebion',
  'services.story.answered':
    'Mae eich ateb wedi’i anfon. Mae’r awdur wedi cael e-bost a gall ei ddarllen gyda’i stori.',
  'services.story.noAnswers': 'Does neb wedi ateb eto.',
  'services.story.answerLabel': 'Eich ateb i’r awdur',
  'services.story.answerHint':
    'Geiriau plaen, hyd at {max, number} o nodau. Dywedwch beth glywsoch chi a beth fyddwch chi’n ei wneud. Peidiwch â gofyn iddyn nhw ddweud mwy wrthych chi na siarad yn gyhoeddus.',
  'services.story.send': 'Anfon yr ateb',
  'services.story.changes': 'Newidiadau a ddaeth o’r stori hon',
  'services.story.noChanges': 'Dim wedi’u cofnodi eto.',
  'services.story.recordHeading': 'Cofnodi newid a ddaeth o’r stori hon',
  'services.record': 'Cofnodi’r newid',

  'services.changes.title': 'Newidiadau',
  'services.changes.lead':
    'Beth sy’n newid oherwydd bod pobl wedi adrodd eu straeon wrthym. Gall pawb ddarllen y rhain ar <link>Dywedoch chi, gwnaethon ni</link>; mae’r bobl y mae eu straeon wedi arwain at newid yn cael gwybod.',
  'services.changes.none': 'Dim newidiadau wedi’u cofnodi eto.',
  'services.changes.since': '{status} ers {date}',
  'services.changes.noStories': 'Dim straeon wedi’u cysylltu.',
  'services.changes.ledToIt': 'Straeon a arweiniodd ato: {stories}.',
  'services.changes.storyBy': '“{title}” gan {byline}',
  'services.changes.recordHeading': 'Cofnodi newid',

  'services.change.recordedOn': 'cofnodwyd ar {date}',
  'services.change.whyNot': 'Pam nad yw’n bosibl: {why}',
  'services.change.done.recorded':
    'Mae’r newid wedi’i gofnodi. Mae awduron unrhyw stori sydd wedi’i chysylltu ag ef wedi cael gwybod.',
  'services.change.done.saved':
    'Wedi’i gadw. Os newidiodd y sefyllfa, mae’r awduron sydd wedi’u cysylltu ag ef wedi cael gwybod.',
  'services.change.done.linked': 'Mae’r stori wedi’i chysylltu. Mae ei hawdur wedi cael gwybod.',
  'services.change.done.unlinked': 'Nid yw’r stori wedi’i chysylltu â’r newid hwn bellach.',
  'services.change.storiesHeading': 'Straeon a arweiniodd ato',
  'services.change.noStories': 'Does dim straeon wedi’u cysylltu bellach.',
  'services.change.linkedStory': '<link>{title}</link> gan {byline}',
  'services.change.unlink': 'Tynnu’r cysylltiad hwn',
  'services.change.link': 'Cysylltu’r stori',
  'services.change.linkLabel': 'Cysylltu stori arall a arweiniodd ato',
  'services.change.chooseStory': 'Dewiswch stori',
  'services.change.storyOption': '{title} gan {byline}',
  'services.change.detailsHeading': 'Newid y manylion',
  'services.change.save': 'Cadw',

  'services.answer.someone': 'Rhywun sy’n cynllunio ein gwasanaethau',
  'services.answer.youFoundHelpful': 'Dywedoch chi fod hyn o help.',
  'services.answer.youFoundUnhelpful': 'Dywedoch chi nad oedd hyn o help.',
  'services.answer.writerFoundHelpful': 'Roedd hyn o help i’r awdur.',
  'services.answer.writerFoundUnhelpful': 'Doedd hyn ddim o help i’r awdur.',

  'services.answers.title': 'Atebion: {title}',
  'services.answers.nav': 'Y stori hon',
  'services.answers.nav.write': 'Ysgrifennu',
  'services.answers.nav.sharing': 'Pwy sy’n gallu ei gweld',
  'services.answers.nav.changes': 'Beth ddigwyddodd oherwydd fy straeon',
  'services.answers.heading': 'Atebion i “<story>{title}</story>”',
  'services.answers.shared':
    'Rydych chi’n rhannu’r stori hon i wella ein gwasanaethau. Gall y bobl sy’n cynllunio ein gwasanaethau ysgrifennu’n ôl atoch chi yma.',
  'services.answers.notShared':
    'Nid yw’r stori hon wedi’i rhannu i wella ein gwasanaethau ar hyn o bryd, felly ni all neb ei darllen fel hynny nac anfon ateb newydd.',
  'services.answers.done.replied': 'Mae eich ymateb wedi’i anfon.',
  'services.answers.done.helpful': 'Diolch. Gallan nhw weld ei fod o help.',
  'services.answers.done.notHelpful': 'Diolch. Gallan nhw weld nad oedd o help.',
  'services.answers.done.hidden': 'Mae’r ateb hwnnw wedi’i guddio.',
  'services.answers.done.shown': 'Mae’r ateb hwnnw’n dangos eto.',
  'services.answers.done.shownPublicly':
    'Mae’r ateb hwnnw nawr yn dangos ar dudalen gyhoeddus eich stori.',
  'services.answers.done.notShownPublicly':
    'Nid yw’r ateb hwnnw’n dangos ar dudalen gyhoeddus eich stori bellach.',
  'services.answers.done.off': 'Mae atebion wedi’u diffodd. Ni all neb anfon un newydd.',
  'services.answers.done.on': 'Mae atebion ymlaen eto.',
  'services.answers.none': 'Dim atebion.',
  'services.answers.noneShowing': 'Dim atebion yn dangos.',
  'services.answers.helped': 'Roedd hyn o help',
  'services.answers.didNotHelp': 'Doedd hyn ddim o help',
  'services.answers.hide': 'Cuddio’r ateb hwn',
  'services.answers.showsPublicly': 'Mae’r ateb hwn yn dangos ar dudalen gyhoeddus eich stori.',
  'services.answers.chosePublicly':
    'Dewisoch chi ddangos yr ateb hwn ar dudalen gyhoeddus eich stori. Dim ond tra bo’ch stori ar y wefan gyhoeddus y mae’n dangos yno.',
  'services.answers.stopShowing': 'Stopio ei ddangos ar dudalen gyhoeddus fy stori',
  'services.answers.mayShow':
    'Mae eich stori ar y wefan gyhoeddus. Gallwch ddangos yr ateb hwn oddi tani, fel bod darllenwyr yn gweld sut gwnaethon ni ateb. Byddan nhw’n ei weld yn union fel y cafodd ei ysgrifennu, gan gynnwys unrhyw enwau ynddo. Does dim rhaid i chi.',
  'services.answers.show': 'Ei ddangos ar dudalen gyhoeddus fy stori',
  'services.answers.replyLabel': 'Ymateb (does dim rhaid i chi)',
  'services.answers.sendReply': 'Anfon yr ymateb',
  'services.answers.hiddenHeading': 'Atebion a guddioch chi',
  'services.answers.hiddenLine': 'Ateb o {date}, wedi’i guddio.',
  'services.answers.showAgain': 'Ei ddangos eto',
  'services.answers.onOffHeading': 'Atebion ymlaen neu wedi’u diffodd',
  'services.answers.onNow':
    'Mae atebion ymlaen: gall y bobl sy’n cynllunio ein gwasanaethau ysgrifennu’n ôl atoch chi am y stori hon.',
  'services.answers.offNow':
    'Mae atebion wedi’u diffodd: ni all neb anfon ateb newydd am y stori hon.',
  'services.answers.turnOff': 'Diffodd atebion',
  'services.answers.turnOn': 'Troi atebion ymlaen',

  'services.yswd.title': 'Dywedoch chi, gwnaethon ni',
  'services.yswd.description': 'Beth sy’n newid oherwydd bod pobl wedi adrodd eu straeon wrthym.',
  'services.yswd.lead':
    'Adroddodd pobl eu straeon wrthym er mwyn i ni allu gwella ein gwasanaethau. Dyma beth sy’n newid o’u herwydd. <link>Dilynwch y newidiadau drwy RSS</link>.',
  'services.yswd.none': 'Dim byd yma eto.',
  'services.yswd.meta': '<strong>{status}</strong> ers {since} · cofnodwyd gyntaf ar {recorded}',
  'services.yswd.contentNotes': 'Nodiadau cynnwys: {notes}',
  'services.yswd.feedTitle': 'Heard: dywedoch chi, gwnaethon ni',
  'services.yswd.feedQuoteNotes': 'O “{title}” gan {byline}. Nodiadau cynnwys: {notes}.',
} satisfies Translation<typeof en>;
