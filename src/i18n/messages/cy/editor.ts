/** Welsh words: editor. */
import type { Translation } from '../translation.ts';
import type en from '../en/editor.ts';

export default {
  'editor.page.nav': 'Y stori hon',
  'editor.page.myStories': 'Fy straeon',
  'editor.page.history': 'Hanes',
  'editor.page.people': 'Pobl',
  'editor.page.sharing': 'Pwy all ei gweld',
  'editor.page.answers': 'Atebion',
  'editor.page.meta':
    '{kind, select, film_script {Sgript ffilm} other {Stori bywyd}} · mae’r hyn rydych chi’n ei ysgrifennu yma yn aros yn breifat nes i chi ei rannu',
  'editor.page.prompt': 'Eich sbardun:',
  'editor.page.readOnly':
    'Gallwch chi ddarllen y drafft hwn ond nid ei newid. Agorwch ei hanes i’w ddarllen.',
  'editor.page.details': 'Teitl, themâu a nodiadau cynnwys',
  'editor.page.saved': 'Wedi’i gadw.',
  'editor.page.send': 'Cadw’r manylion',
  'editor.page.title': 'Teitl',
  'editor.page.themes': 'Themâu',
  'editor.page.themesHint':
    'Geiriau sy’n dweud am beth mae hi, wedi’u gwahanu gan gomas, er enghraifft: cartref, teulu.',
  'editor.page.notes': 'Nodiadau cynnwys',
  'editor.page.notesHint':
    'Unrhyw beth y gallai darllenydd fod eisiau ei wybod cyn darllen, er enghraifft: profedigaeth, hunan-niweidio.',
  'editor.language.label': 'Yr iaith y mae’r stori hon wedi’i hysgrifennu ynddi',
  'editor.language.saved': 'Wedi’i gadw. Iaith y stori hon: {name}.',
  'editor.language.failed':
    'Doedd dim modd cadw’r iaith ar hyn o bryd. Gwiriwch eich cysylltiad a’i dewis eto.',
  'editor.tool.format': 'Fformatio',
  'editor.tool.script': 'Elfennau’r sgript',
  'editor.tool.heading': 'Pennawd',
  'editor.tool.bold': 'Trwm',
  'editor.tool.italic': 'Italig',
  'editor.tool.underline': 'Tanlinellu',
  'editor.tool.bullet': 'Rhestr bwledi',
  'editor.tool.number': 'Rhestr rifau',
  'editor.tool.quote': 'Dyfyniad',
  'editor.tool.link': 'Dolen',
  'editor.tool.photo': 'Ychwanegu llun',
  'editor.tool.record': 'Recordio',
  'editor.tool.private': 'Marcio’n breifat',
  'editor.element.scene': 'Pennawd golygfa',
  'editor.element.action': 'Gweithred',
  'editor.element.character': 'Cymeriad',
  'editor.element.parenthetical': 'Cyfarwyddyd',
  'editor.element.dialogue': 'Deialog',
  'editor.element.transition': 'Trawsnewid',
  'editor.detailKind.person': 'Enw person',
  'editor.detailKind.place': 'Lle',
  'editor.detailKind.other': 'Manylyn arall a allai ddangos pwy yw rhywun',
  'editor.detailTitle': '{kind}. Mae darllenwyr na chân nhw ei weld yn darllen: {replacement}',
  'editor.text.story': 'Eich stori',
  'editor.text.script': 'Eich sgript',
  'editor.text.storyStart': 'Dechreuwch ysgrifennu yma…',
  'editor.text.scriptStart': 'Dechreuwch gyda phennawd golygfa, fel INT. CEGIN – BORE',
  'editor.text.selectFirst':
    'Yn gyntaf, dewiswch y geiriau rydych chi am eu marcio’n breifat, yna pwyswch “Marcio’n breifat”.',
  'editor.text.storyHelp':
    'Dewiswch eiriau a defnyddiwch y botymau uchod i’w fformatio neu i’w marcio’n breifat.',
  'editor.text.voiceHelp':
    'Dewiswch eiriau a defnyddiwch y botymau uchod i’w fformatio neu i’w marcio’n breifat. Mae “Recordio” yn ychwanegu eich llais; ysgrifennwch beth a ddywedwyd oddi tano.',
  'editor.text.scriptHelp':
    'Mae Enter yn dechrau rhan nesaf y sgript. Mae Tab, neu’r botymau uchod, yn newid y math o ran; mae Shift+Tab yn mynd yn ôl. Mae teipio INT. neu EXT. yn dechrau pennawd golygfa, a CUT TO: drawsnewid. Yn enw cymeriad, cynigir yr enwau rydych chi wedi’u defnyddio: pwyswch y saeth i lawr ac Enter, neu tapiwch un. I adael y sgript gyda’r bysellfwrdd, pwyswch Escape ac yna Tab.',
  'editor.status.saving': 'Yn cadw…',
  'editor.status.savedAt': 'Wedi’i gadw am {time}',
  'editor.status.notYet': 'Heb ei gadw eto',
  'editor.status.saved': 'Wedi’i gadw',
  'editor.status.offlineKept': 'All-lein — wedi’i gadw ar y ddyfais hon',
  'editor.status.offline': 'All-lein — cadwch y dudalen hon ar agor nes i’r cysylltiad ddod yn ôl',
  'editor.status.conflict':
    'Cafodd y stori hon ei newid yn rhywle arall. Dewiswch pa fersiwn i’w chadw.',
  'editor.status.failed': 'Doedd dim modd cadw ar hyn o bryd.',
  'editor.status.kept': '{reason} Mae eich ysgrifennu wedi’i gadw ar y ddyfais hon.',
  'editor.status.keptWords': 'ar y ddyfais hon',
  'editor.status.stillHereWords': 'yma o hyd',
  'editor.transport.limited':
    'Rydych chi wedi cadw llawer yn yr awr ddiwethaf. Mae eich ysgrifennu wedi’i gadw ar y ddyfais hon a bydd yn cael ei gadw ar Heard yn nes ymlaen.',
  'editor.transport.signedOut':
    'Rydych chi wedi cael eich allgofnodi. Mewngofnodwch eto mewn tab arall; mae eich ysgrifennu wedi’i gadw ar y ddyfais hon.',
  'editor.transport.refused':
    'Doedd dim modd cadw’r stori hon fel y mae. Mae eich ysgrifennu wedi’i gadw ar y ddyfais hon.',
  'editor.transport.failed': 'Doedd y gweinydd ddim yn gallu cadw ar hyn o bryd. Bydd yn trio eto.',
  'editor.conflict.title': 'Mae dwy fersiwn o’r stori hon',
  'editor.conflict.lead':
    'Cafodd y stori hon ei chadw yn rhywle arall (tab arall, neu gyd-awdur) tra oeddech chi’n ysgrifennu. Does dim byd wedi’i golli. Dewiswch beth i’w gadw.',
  'editor.conflict.mine': 'Eich fersiwn chi',
  'editor.conflict.saved': 'Y fersiwn a gadwyd',
  'editor.conflict.keepMine': 'Cadw fy un i',
  'editor.conflict.keepSaved': 'Cadw’r un a gadwyd',
  'editor.conflict.keepBoth': 'Cadw’r ddwy',
  'editor.conflict.hint':
    'Mae “Cadw’r ddwy” yn rhoi’r fersiwn a gadwyd yn gyntaf, yna eich un chi o dan y pennawd “Fy fersiwn arall”.',
  'editor.conflict.otherVersion': 'Fy fersiwn arall',
  'editor.cancel': 'Canslo',
  'editor.link.notAddress':
    'Nid cyfeiriad gwe neu e-bost yw hwnna. Rhowch gynnig ar rywbeth fel example.org neu enw@example.org.',
  'editor.link.add': 'Ychwanegu dolen',
  'editor.link.change': 'Newid y ddolen hon',
  'editor.link.addSend': 'Ychwanegu’r ddolen',
  'editor.link.changeSend': 'Newid y ddolen',
  'editor.link.remove': 'Tynnu’r ddolen',
  'editor.link.address': 'Cyfeiriad gwe neu e-bost',
  'editor.mark.title': 'Marcio “{words}” yn breifat',
  'editor.mark.legend': 'Beth yw e?',
  'editor.mark.replacement': 'Geiriau i’w dangos yn eu lle',
  'editor.mark.hint':
    'Bydd pobl na chân nhw weld y geiriau go iawn yn darllen y rhain ({example}).',
  'editor.mark.person': 'er enghraifft “fy mrawd”',
  'editor.mark.place': 'er enghraifft “tref yng Nghymru”',
  'editor.mark.other': 'er enghraifft “lle roeddwn i’n gweithio”',
  'editor.mark.required': 'Teipiwch y geiriau y dylai darllenwyr eu gweld yn eu lle.',
  'editor.side.title': 'Manylion preifat',
  'editor.side.nothing':
    'Does dim wedi’i farcio eto. Dewiswch enw neu le a phwyswch “Marcio’n breifat”.',
  'editor.side.showsAs': '<mark>{original}</mark> yn ymddangos fel “{replacement}”',
  'editor.side.removeMark': 'Tynnu’r marc<hidden> oddi ar “{original}”</hidden>',
  'editor.side.photos': 'Lluniau',
  'editor.side.noPhotos': 'Does dim lluniau yn y stori hon eto.',
  'editor.side.altRequired': 'Disgrifiwch y llun ar gyfer pobl sy’n methu ei weld.',
  'editor.side.alt': 'Disgrifiad (ar gyfer pobl sy’n methu ei weld)',
  'editor.side.caption': 'Capsiwn (dewisol)',
  'editor.side.shows': 'Mae’n dangos pobl y gellid eu hadnabod',
  'editor.side.savePhoto': 'Cadw manylion y llun',
  'editor.side.removePhoto': 'Tynnu’r llun',
  'editor.photoForm.title': 'Ychwanegu llun',
  'editor.photoForm.file': 'Llun',
  'editor.photoForm.alt': 'Disgrifiwch y llun',
  'editor.photoForm.altHint':
    'Ar gyfer pobl sy’n methu ei weld, er enghraifft “Mam yn ei gardd, 1962”.',
  'editor.photoForm.shows': 'Mae’n dangos pobl y gellid eu hadnabod',
  'editor.photoForm.showsHint':
    'Dim ond lle rydych chi’n dewis defnyddio eich enw llawn y dangosir lluniau o bobl y gellid eu hadnabod.',
  'editor.photoForm.sending': 'Yn anfon y llun…',
  'editor.photoForm.send': 'Ychwanegu’r llun',
  'editor.photoForm.choose': 'Dewiswch lun.',
  'editor.photoForm.describe':
    'Disgrifiwch y llun mewn ychydig eiriau, ar gyfer pobl sy’n methu ei weld.',
  'editor.photoForm.offline':
    'Doedd dim modd anfon y llun: gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'editor.photoForm.failed': 'Doedd dim modd ychwanegu’r llun. Rhowch gynnig arall arni.',
  'editor.names.title': 'Enwau cymeriadau',
  'editor.names.hint':
    'Ysgrifennwch enwau go iawn os yw hynny’n haws. Mae darllenwyr na chân nhw eu gweld yn darllen enw’r cymeriad yn eu lle, ym mhobman yn y sgript.',
  'editor.names.remove': 'Tynnu<hidden> enw’r cymeriad ar gyfer {name}</hidden>',
  'editor.names.real': 'Enw go iawn',
  'editor.names.character': 'Yr enw mae darllenwyr yn ei weld',
  'editor.names.add': 'Ychwanegu enw',
  'editor.names.unreadable': 'Doedd dim modd darllen y rhestr o enwau cymeriadau.',
  'editor.names.tooMany': 'Gall sgript roi enw cymeriad i {max, number} o enwau ar y mwyaf.',
  'editor.names.invisible': 'Mae nod anweledig mewn enw yn y rhestr. Teipiwch e eto.',
  'editor.names.noLetter':
    'Mae angen o leiaf un llythyren neu rif ym mhob enw go iawn a phob enw cymeriad.',
  'editor.names.tooLong': 'Gall enw fod yn {max, number} nod o hyd ar y mwyaf.',
  'editor.names.twice': 'Mae “{name}” yn y rhestr ddwywaith.',
  'editor.cues.label': 'Enwau yn y sgript hon:',
  'editor.cues.offered':
    'Enwau a ddefnyddiwyd o’r blaen: {names}. Pwyswch y saeth i lawr i ddewis un, yna Enter.',
  'editor.fountain.title': 'Ffeil Fountain',
  'editor.fountain.about':
    'Fountain yw’r fformat testun plaen y mae apiau ysgrifennu sgriptiau yn ei rannu.',
  'editor.fountain.download': 'Lawrlwytho fel Fountain',
  'editor.fountain.import': 'Mewnforio sgript Fountain',
  'editor.fountain.replaces':
    'Mae hyn yn cymryd lle’r sgript yn y golygydd. Mae Dadwneud yn dod â hi’n ôl.',
  'editor.fountain.file': 'Dewiswch ffeil .fountain',
  'editor.fountain.paste': 'Neu gludwch y sgript yma',
  'editor.fountain.send': 'Mewnforio’r sgript',
  'editor.fountain.tooBig': 'Mae’r ffeil honno’n rhy fawr i fod yn sgript (1 MB yw’r terfyn).',
  'editor.fountain.empty': 'Dewiswch ffeil Fountain neu gludwch sgript yn gyntaf.',
  'editor.fountain.imported':
    'Wedi’i mewnforio. Mae Dadwneud (Ctrl+Z) yn dod â’r hyn oedd yno o’r blaen yn ôl.',
  'editor.fountain.noScript': 'Doedd dim sgript yn y testun hwnnw.',
  'editor.voice.playerLabel': 'Eich recordiad. Ysgrifennwch beth a ddywedwyd oddi tano.',
  'editor.voice.today': 'heddiw am {time}',
  'editor.voice.onDay': 'ar {day} am {time}',
  'editor.voice.keptOne':
    'Mae recordiad a gadwoch chi {when} ar y ddyfais hon ond nid yn eich stori eto.',
  'editor.voice.keptMany':
    'Mae {count, plural, zero {# recordiad} one {# recordiad} two {# recordiad} few {# recordiad} many {# recordiad} other {# recordiad}} a gadwoch chi ar y ddyfais hon ond nid yn eich stori eto.',
  'editor.voice.sendNow': 'Ei anfon nawr',
  'editor.voice.sendFirst': 'Anfon y cyntaf nawr',
  'editor.voice.opening': 'Yn agor y recordydd…',
  'editor.voice.title': 'Ychwanegu recordiad',
  'editor.voice.record': 'Recordio eich llais',
  'editor.voice.orSend': 'Neu anfonwch un sydd gennych chi’n barod',
  'editor.voice.upload': 'Llwytho recordiad i fyny',
  'editor.voice.fileHint':
    'Ffeil sy’n gorffen gydag .m4a, .mp3, .wav, .ogg neu .webm, hyd at 60 munud o hyd.',
  'editor.voice.send': 'Anfon y recordiad hwn',
  'editor.voice.choose': 'Dewiswch recordiad i’w lwytho i fyny.',
  'editor.voice.notKept':
    'Doedd y ddyfais hon ddim yn gallu cadw copi o’ch recordiad, felly arhoswch ar y dudalen hon nes ei fod yn barod.',
  'editor.voice.letGoDone': 'Cafodd y recordiad ei ollwng.',
  'editor.voice.startSending': 'Yn paratoi i anfon eich recordiad…',
  'editor.voice.sentSoFar': 'Wedi’i anfon hyd yma',
  'editor.voice.readySoFar': 'Yn barod hyd yma',
  'editor.voice.sendAgain': 'Ei anfon eto',
  'editor.voice.another': 'Dewis recordiad arall',
  'editor.voice.letGo': 'Gollwng y recordiad hwn',
  'editor.voice.stopForNow': 'Stopio am nawr (mae’n aros ar y ddyfais hon)',
  'editor.voice.close': 'Cau',
  'editor.voice.stopped':
    'Stopiodd y recordio ar {time}. Gwrandewch arno, yna cadwch e neu recordiwch eto.',
  'editor.voice.recording': 'Yn recordio. Siaradwch pan fyddwch chi’n barod.',
  'editor.voice.paused': 'Wedi oedi. Pwyswch “Parhau i recordio” pan fyddwch chi’n barod.',
  'editor.voice.again': 'Yn recordio eto.',
  'editor.voice.dropped':
    'Cafodd y recordiad hwnnw ei ollwng. Pwyswch “Dechrau recordio” pan fyddwch chi’n barod.',
  'editor.voice.asking': 'Yn gofyn am y meicroffon…',
  'editor.voice.start': 'Dechrau recordio',
  'editor.voice.pausedAt': 'Wedi oedi ar',
  'editor.voice.clock': 'Yn recordio:',
  'editor.voice.level': 'Lefel y sain',
  'editor.voice.carryOn': 'Parhau i recordio',
  'editor.voice.pause': 'Oedi',
  'editor.voice.stop': 'Stopio',
  'editor.voice.length':
    'Mae eich recordiad yn {time} o hyd. Gwrandewch arno, yna cadwch e neu recordiwch eto.',
  'editor.voice.listen': 'Gwrando ar eich recordiad',
  'editor.voice.keep': 'Cadw’r recordiad hwn',
  'editor.voice.recordAgain': 'Recordio eto',
  'editor.voice.markHint':
    'Tra mae’n chwarae, pwyswch “Marcio’r foment hon” pan mae’r llinell rydych chi’n ei hysgrifennu yn dechrau. Mae Enter yn dechrau llinell newydd.',
  'editor.voice.mark': 'Marcio’r foment hon',
  'editor.voice.marked': 'Marciwyd {time} fel dechrau {line}.',
  'editor.voice.remove': 'Tynnu’r recordiad',
  'editor.voice.removed':
    'Cafodd y recordiad ei dynnu o’ch stori. Pwyswch Control a Z i’w roi’n ôl.',
  'editor.voice.moments': 'Llinellau â moment wedi’i marcio',
  'editor.voice.playFrom': 'Chwarae o {time}<hidden>: {line}</hidden>',
  'editor.voice.emptyLine': 'llinell wag',
  'editor.voice.fileKind':
    'Mae Heard yn derbyn recordiadau sy’n gorffen gydag .m4a, .mp3, .wav, .ogg neu .webm. Dewiswch un o’r rheini.',
  'editor.voice.fileEmpty': 'Mae’r ffeil hon yn wag. Dewiswch recordiad arall.',
  'editor.voice.fileTooBig':
    'Mae’r ffeil hon yn fwy na 700 MB, sy’n fwy nag y gall Heard ei dderbyn. Dewiswch recordiad byrrach.',
  'editor.voice.fileTooLong':
    'Mae’r recordiad hwn yn hirach na 60 munud, sy’n fwy nag y gall Heard ei dderbyn. Dewiswch un byrrach, neu rhannwch e’n ddau.',
  'editor.voice.gettingReady': 'Yn paratoi eich recordiad: {percent}%',
  'editor.voice.ready': 'Mae eich recordiad yn barod. Mae yn eich stori nawr.',
  'editor.voice.refused':
    'Doedd Heard ddim yn gallu defnyddio’r recordiad hwn. Rhowch gynnig ar ffeil arall.',
  'editor.voice.sending': 'Yn anfon eich recordiad: {percent}%',
  'editor.voice.silent': 'Dydy Heard ddim yn clywed dim byd eto',
  'editor.voice.quiet': 'Tawel: dewch ychydig yn nes',
  'editor.voice.good': 'Da: mae Heard yn gallu eich clywed',
  'editor.voice.loud': 'Uchel iawn: symudwch ychydig yn ôl',
  'editor.voice.waiting':
    'Yn aros am y cysylltiad i holi sut mae eich recordiad yn dod yn ei flaen. Mae’n dal wedi’i gadw ar y ddyfais hon.',
  'editor.voice.connectionLost':
    'Doedd dim modd anfon eich recordiad: collwyd y cysylltiad. Mae’n dal wedi’i gadw ar y ddyfais hon, a bydd yn cael ei anfon cyn gynted ag y byddwch chi ar-lein eto. Gallwch chi hefyd bwyso “Ei anfon eto”.',
  'editor.voice.notAllowed':
    'Doedd Heard ddim yn gallu defnyddio eich meicroffon, oherwydd bod y porwr wedi’i osod i beidio â’i ganiatáu. I recordio, caniatewch y meicroffon ar gyfer y wefan hon yng ngosodiadau eich porwr, yna pwyswch “Dechrau recordio” eto. Neu defnyddiwch “Llwytho recordiad i fyny” yn lle hynny.',
  'editor.voice.noMicrophone':
    'Doedd Heard ddim yn gallu defnyddio eich meicroffon, oherwydd na chafwyd hyd i un. Plygiwch un i mewn, neu defnyddiwch ffôn neu gyfrifiadur sydd ag un, yna pwyswch “Dechrau recordio” eto. Neu defnyddiwch “Llwytho recordiad i fyny” yn lle hynny.',
  'editor.voice.microphoneBusy':
    'Doedd Heard ddim yn gallu defnyddio eich meicroffon. Efallai fod ap arall yn ei ddefnyddio: caewch e, yna pwyswch “Dechrau recordio” eto. Neu defnyddiwch “Llwytho recordiad i fyny” yn lle hynny.',
  'editor.voice.cannotRecord':
    'Dydy’r porwr hwn ddim yn gallu recordio sain. Gallwch chi recordio gydag ap recordio llais eich ffôn, yna defnyddio “Llwytho recordiad i fyny”.',
  'editor.save.notFound': 'Doedden ni ddim yn gallu dod o hyd i’r stori honno.',
  'editor.save.tooLarge':
    'Mae’r stori hon yn rhy fawr i’w chadw: 2 MB yw’r terfyn. Mae eich ysgrifennu yma o hyd.',
  'editor.save.notWhole':
    'Ni chyrhaeddodd y cadw hwn yn gyfan. Mae eich ysgrifennu yma o hyd; bydd yn cael ei anfon eto.',
  'editor.save.unreadable':
    'Doedd dim modd darllen y cadw hwn, felly chafodd dim byd ei gadw. Mae eich ysgrifennu yma o hyd.',
  'editor.save.conflict':
    'Cafodd y stori hon ei newid yn rhywle arall tra oeddech chi’n ysgrifennu. Mae’r ddwy fersiwn wedi’u cadw: dewiswch beth i’w gadw.',
  'editor.save.badLanguage':
    'Dydy Heard ddim yn adnabod yr iaith honno. Dewiswch un o’r rhestr: does dim byd wedi newid.',
  'editor.invalid.notAState':
    'Doedd dim modd darllen y stori hon, felly chafodd dim byd ei gadw. Mae eich ysgrifennu yma o hyd.',
  'editor.invalid.damaged':
    'Mae rhan o’r stori hon wedi’i difrodi, felly doedd dim modd ei chadw. Mae eich ysgrifennu yma o hyd: copïwch e i rywle diogel, ail-lwythwch y dudalen a’i ludo’n ôl.',
  'editor.invalid.tooLarge':
    'Mae’r stori hon yn rhy fawr i’w chadw: 2 MB yw’r terfyn. Rhowch gynnig ar ei rhannu’n ddwy stori, neu dynnu rhywfaint o’r fformatio a gludwyd.',
  'editor.invalid.tooLong':
    'Mae’r stori hon yn rhy hir i’w chadw: {limit, number} nod yw’r terfyn. Rhowch gynnig ar ei rhannu’n ddwy stori.',
  'editor.invalid.tooDeep':
    'Mae gormod o restrau o fewn rhestrau yn y stori hon i’w chadw. Symudwch rai eitemau allan i’r chwith.',
  'editor.invalid.unknownPart':
    'Mae rhywbeth yn y stori hon nad yw’r golygydd yn ei adnabod, felly doedd dim modd ei chadw.',
  'editor.invalid.scriptInLifeStory':
    'Stori bywyd yw hon, felly ni all gynnwys rhannau o sgript ffilm.',
  'editor.invalid.lifeStoryInScript':
    'Sgript ffilm yw hon, felly dim ond rhannau sgript y gall eu cynnwys: penawdau golygfa, gweithredoedd, cymeriadau, cyfarwyddiadau, deialog a thrawsnewidiadau.',
  'editor.invalid.badLink':
    'Nid yw dolen yn y stori hon yn gyfeiriad gwe neu e-bost, felly doedd dim modd ei chadw. Rhaid i ddolenni ddechrau gyda http://, https:// neu mailto:.',
  'editor.invalid.photoWithoutAlt':
    'Mae angen disgrifiad byr ar bob llun ar gyfer pobl sy’n methu ei weld. Disgrifiwch bob llun a’i chadw eto.',
  'editor.invalid.photoTooLongAlt': 'Gall disgrifiad llun fod yn {limit, number} nod ar y mwyaf.',
  'editor.invalid.photoUnknown':
    'Doedd dim modd dod o hyd i lun yn y stori hon, felly doedd dim modd ei chadw. Rhowch gynnig ar ei dynnu a’i ychwanegu eto.',
  'editor.invalid.recordingUnknown':
    'Doedd dim modd dod o hyd i recordiad yn y stori hon, felly doedd dim modd ei chadw. Rhowch gynnig ar ei dynnu a’i ychwanegu eto.',
  'editor.invalid.detailWithoutReplacement':
    'Mae angen geiriau i’w dangos yn eu lle ar bob manylyn wedi’i farcio (er enghraifft “fy mrawd” neu “tref yng Nghymru”).',
  'editor.invalid.unstorableCharacter':
    'Mae nod anweledig yn y stori hon na ellir ei gadw (nod rheoli, neu hanner emoji), efallai o rywbeth a gludwyd. Mae eich ysgrifennu wedi’i gadw ar y ddyfais hon: dilëwch y peth olaf a gludwyd gennych a’i deipio eto, a bydd yn cadw.',
  'editor.invalid.detailReplacementTooLong':
    'Gall y geiriau a ddangosir yn lle manylyn wedi’i farcio fod yn {limit, number} nod ar y mwyaf.',
  'editor.photo.notWhole': 'Ni chyrhaeddodd y llun yn gyfan. Rhowch gynnig arall arni.',
  'editor.photo.choose': 'Dewiswch lun i’w ychwanegu.',
  'editor.photo.empty': 'Mae’r ffeil hon yn wag. Dewiswch lun.',
  'editor.photo.tooLarge': 'Mae’r llun hwn yn rhy fawr. Dewiswch un o dan {megabytes} MB.',
  'editor.photo.tooManyPixels':
    'Mae gormod o bicseli yn y llun hwn i ni ei ddefnyddio. Dewiswch un llai, o dan {megapixels} megapicsel.',
  'editor.photo.sideTooLong':
    'Mae’r llun hwn yn rhy hir neu’n rhy lydan i ni ei ddefnyddio: ni all unrhyw ochr fod yn fwy na {pixels, number} picsel. Dewiswch un arall, neu dociwch yr un hwn.',
  'editor.photo.notAPhoto':
    'Doedden ni ddim yn gallu darllen y ffeil hon fel llun. Dewiswch lun {formats}.',
  'editor.photo.heic':
    'Allwn ni ddim agor lluniau HEIC (y math y mae iPhones yn eu tynnu’n aml) eto. Cadwch y llun hwn fel JPEG a’i ddewis eto.',
  'editor.photo.busy':
    'Mae eich lluniau eraill yn dal i gael eu hychwanegu. Ychwanegwch yr un hwn pan fyddan nhw wedi gorffen.',
  'editor.photo.damaged':
    'Mae’n ymddangos bod y llun hwn wedi’i ddifrodi neu’n anghyflawn, felly doedden ni ddim yn gallu ei agor. Rhowch gynnig ar ei ddewis eto.',
  'editor.photo.altMissing':
    'Disgrifiwch y llun mewn ychydig eiriau, ar gyfer pobl sy’n methu ei weld (er enghraifft “Mam yn ei gardd”).',
  'editor.photo.altTooLong': 'Byrhewch ddisgrifiad y llun i 1,000 nod neu lai.',
  'editor.audio.tooLarge': 'Mae’r ffeil honno’n rhy fawr. Anfonwch recordiad o 60 munud neu lai.',
  'editor.audio.tooLong': 'Mae’r recordiad hwnnw’n hirach na 60 munud. Anfonwch un byrrach.',
  'editor.audio.notAudio':
    'Nid yw’r ffeil honno’n recordiad sain y gall Heard ei dderbyn. Anfonwch ffeil m4a, mp3, wav, ogg neu webm.',
  'editor.audio.video':
    'Mae lluniau yn ogystal â sain yn y ffeil honno. Anfonwch y recordiad sain yn unig.',
  'editor.audio.damaged':
    'Doedd dim modd chwarae’r recordiad hwnnw. Efallai ei fod wedi’i ddifrodi. Rhowch gynnig ar gopi arall.',
  'editor.audio.cutShort':
    'Mae’n ymddangos bod y recordiad hwnnw wedi’i dorri’n fyr. Anfonwch y ffeil gyfan eto.',
  'editor.audio.tooSlow':
    'Cymerodd y recordiad hwnnw ormod o amser i’w baratoi. Rhowch gynnig ar un byrrach.',
  'editor.audio.noFfmpeg':
    'Dydy’r gweinydd hwn ddim yn gallu derbyn recordiadau eto. Gofynnwch i’r person sy’n rhedeg Heard osod ffmpeg.',
  'editor.audio.notKept':
    'Doedd Heard ddim yn gallu cadw’r recordiad hwn ar hyn o bryd. Anfonwch e eto: mae e gan eich dyfais o hyd.',
  'editor.audio.abandoned':
    'Stopiodd Heard tra oedd yn paratoi’r recordiad hwn. Anfonwch e eto: mae e gan eich dyfais o hyd.',
  'editor.audio.signIn': 'Mewngofnodwch eto, yna parhewch: does dim byd wedi’i golli.',
  'editor.audio.fromStory': 'Dechreuwch y recordiad o stori.',
  'editor.audio.notFound': 'Heb ddod o hyd iddo',
  'editor.audio.notAllowed': 'Dim caniatâd',
} satisfies Translation<typeof en>;
