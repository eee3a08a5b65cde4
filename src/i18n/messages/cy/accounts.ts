/** Welsh words: accounts (signing in, the sign-in email, my account, deleting and downloading it, fair use). */
import type { Translation } from '../translation.ts';
import type en from '../en/accounts.ts';

export default {
  'accounts.signIn.title': 'Mewngofnodi',
  'accounts.signIn.signedOut': 'Rydych chi wedi allgofnodi.',
  'accounts.signIn.deleted':
    'Mae eich cyfrif a phopeth a ysgrifennoch chi ar eich pen eich hun wedi’u dileu. Rydych chi wedi allgofnodi.',
  'accounts.signIn.lead':
    'Teipiwch y cyfeiriad e-bost sydd gan drefnydd eich grŵp ar eich cyfer. Byddwn ni’n anfon dolen atoch chi a fydd yn eich mewngofnodi.',
  'accounts.signIn.limited.title': 'Arhoswch',
  'accounts.signIn.limited.heading': 'Arhoswch am ychydig, os gwelwch yn dda',
  'accounts.signIn.limited.why':
    'Mae llawer o ddolenni mewngofnodi wedi cael eu gofyn amdanyn nhw yn yr awr ddiwethaf, ar gyfer y cyfeiriad e-bost hwn neu o’r rhwydwaith hwn. Rydyn ni’n stopio yno i gadw cyfrifon pawb yn ddiogel.',
  'accounts.signIn.limited.still':
    'Mae dolen rydyn ni eisoes wedi’i hanfon yn dal i weithio am {minutes} munud ar ôl ei hanfon: chwiliwch amdani yn eich e-bost. Neu rhowch gynnig arall arni ymhen awr.',
  'accounts.signIn.limited.back': 'Yn ôl i’r dudalen fewngofnodi',
  'accounts.signIn.limited.home': 'Yn ôl i’r straeon',
  'accounts.signIn.form.email': 'Eich cyfeiriad e-bost',
  'accounts.signIn.form.emailHint':
    'Byddwn ni’n anfon dolen atoch chi drwy e-bost. Does dim cyfrinair i’w gofio.',
  'accounts.signIn.form.send': 'E-bostiwch ddolen fewngofnodi ata i',

  'accounts.signIn.notSent':
    'Doedden ni ddim yn gallu anfon yr e-bost ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'accounts.checkEmail.title': 'Edrychwch ar eich e-bost',
  'accounts.checkEmail.sent':
    'Os oes gan y cyfeiriad hwnnw gyfrif gyda ni, rydyn ni wedi anfon dolen ato i fewngofnodi.',
  'accounts.checkEmail.once': 'Mae’r ddolen yn gweithio unwaith, am {minutes} munud.',
  'accounts.checkEmail.nothing':
    'Dim byd wedi cyrraedd? Edrychwch yn eich ffolder sothach, neu <link>gofynnwch am ddolen newydd</link>.',
  'accounts.checkEmail.demo':
    'Demo yw hwn: nid yw e-byst yn cael eu hanfon go iawn. <link>Agorwch y blwch anfon</link> i ddod o hyd i’ch dolen.',
  'accounts.problem.usedTitle': 'Mae’r ddolen honno wedi’i defnyddio',
  'accounts.problem.usedHeading': 'Mae’r ddolen honno wedi’i defnyddio’n barod neu mae’n rhy hen',
  'accounts.problem.usedWhy':
    'Mae pob dolen fewngofnodi yn gweithio unwaith, am {minutes} munud. Mae hyn yn cadw eich straeon yn ddiogel os bydd rhywun arall yn gweld yr e-bost.',
  'accounts.problem.usedFine':
    'Does dim byd o’i le ar eich cyfrif. Gofynnwch am ddolen newydd isod.',
  'accounts.problem.deniedTitle': 'Doedden ni ddim yn gallu eich mewngofnodi',
  'accounts.problem.denied':
    'Does gan y cyfeiriad hwn ddim cyfrif gyda ni, neu mae’r cyfrif wedi’i oedi. Gofynnwch i drefnydd eich grŵp, os gwelwch yn dda.',
  'accounts.problem.otherHeading': 'Aeth rhywbeth o’i le wrth fewngofnodi',
  'accounts.problem.other':
    'Gofynnwch am ddolen newydd, os gwelwch yn dda. Os yw’n dal i ddigwydd, dywedwch wrth drefnydd eich grŵp.',
  'accounts.problem.send': 'E-bostiwch ddolen newydd ata i',

  'accounts.email.subject': 'Eich dolen i fewngofnodi i Heard',
  'accounts.email.subjectInvited': 'Rydych chi wedi cael gwahoddiad i Heard',
  'accounts.email.hello': 'Helo {name},',
  'accounts.email.helloNoName': 'Helo,',
  'accounts.email.invited':
    'Rydych chi wedi cael gwahoddiad i Heard, lle gallwch chi ysgrifennu eich stori a dewis pwy sy’n ei gweld.',
  'accounts.email.yourLink': 'Dyma eich dolen i fewngofnodi i Heard.',
  'accounts.email.open':
    'Agorwch y ddolen hon i fewngofnodi. Mae’n gweithio unwaith, am {minutes} munud:',
  'accounts.email.runOut':
    'Os yw wedi dod i ben, gallwch chi ofyn am un newydd ar y dudalen fewngofnodi.',
  'accounts.email.ignore':
    'Os na wnaethoch chi ofyn am hyn, gallwch chi anwybyddu’r e-bost hwn. All neb fewngofnodi hebddo.',

  'accounts.account.title': 'Fy nghyfrif',
  'accounts.account.stoppedNothing':
    'Doedd dim byd yn cael ei rannu, felly doedd dim angen stopio dim. <link>Gweld eich derbynebau</link>.',
  'accounts.account.stoppedDone':
    'Wedi’i wneud. Does dim un o’ch straeon yn cael ei rhannu nawr. Rydyn ni wedi anfon y derbynebau atoch chi drwy e-bost. <link>Gweld eich derbynebau</link>.',
  'accounts.account.saved': 'Mae eich newidiadau wedi’u cadw.',
  'accounts.account.problems':
    'Mae angen cywiro {count, plural, zero {# peth} one {un peth} two {dau beth} few {# peth} many {# peth} other {# peth}} cyn y gallwn ni gadw. Does dim byd wedi newid eto.',
  'accounts.account.send': 'Cadw fy newidiadau',
  'accounts.account.name': 'Fy enw',
  'accounts.account.nameHint':
    'Dim ond lle rydych chi’n dewis cael eich enwi’n llawn y caiff ei ddangos.',
  'accounts.account.firstName': 'Fy enw cyntaf',
  'accounts.account.pseudonym': 'Enw ffug (ffugenw)',
  'accounts.account.pseudonymHint':
    'Caiff ei ddefnyddio pan fyddwch chi’n dewis peidio â defnyddio eich enw go iawn. Gallwch chi ei newid ar gyfer pob stori.',
  'accounts.account.dateOfBirthOptional': 'Fy nyddiad geni (gallwch chi adael hwn yn wag)',
  'accounts.account.dateOfBirthHint':
    'Os ydych chi o dan 18 oed, mae rhiant neu ofalwr hefyd yn dweud ie cyn i’ch stori gael ei rhannu y tu hwnt i’ch grŵp.',
  'accounts.account.dateOfBirth': 'Fy nyddiad geni',
  'accounts.account.dateOfBirthNotGiven': 'Heb ei roi',
  'accounts.account.reading': 'Darllen',
  'accounts.account.largerText': 'Testun mwy',
  'accounts.account.highContrast': 'Cyferbyniad uchel',
  'accounts.account.language.heading': 'Iaith',
  'accounts.account.language.legend': 'Yr iaith mae Heard yn ei defnyddio gyda chi',
  'accounts.account.language.hint':
    'Caiff eich tudalennau, e-byst, nodiadau atgoffa a derbynebau eu hysgrifennu ynddi.',
  'accounts.account.language.send': 'Cadw fy iaith',
  'accounts.account.language.unknown': 'Dewiswch Saesneg neu Gymraeg, os gwelwch yn dda.',
  'accounts.account.changes.heading': 'Newidiadau a wnaed i’ch cyfrif',
  'accounts.account.changes.lead':
    'Pwy newidiodd eich dyddiad geni neu eich rhieni neu ofalwyr, a phryd.',
  'accounts.account.data.heading': 'Eich straeon a’ch data',
  'accounts.account.stopAll': 'Stopio rhannu fy holl straeon',
  'accounts.account.stopAllLead':
    'Mae pob stori yn stopio cael ei rhannu, ym mhobman, ar unwaith. Does dim byd yn cael ei ddileu.',
  'accounts.account.download': 'Lawrlwytho popeth a ysgrifennais i',
  'accounts.account.downloadLead':
    'Ffeil zip gyda phob fersiwn o bob stori, sgriptiau ffilm fel ffeiliau Fountain, eich lluniau a’ch derbynebau.',
  'accounts.account.delete': 'Dileu fy nghyfrif',
  'accounts.account.deleteLead':
    'Caiff eich straeon, eu fersiynau a’u lluniau, a’ch cyfrif eu dileu am byth.',
  'accounts.account.receipts':
    '<link>Fy nerbynebau</link>: pob tro y dywedoch chi ie neu y stopioch chi rannu.',
  'accounts.account.signOut.heading': 'Allgofnodi',
  'accounts.account.signOut.lead':
    'Os gwnaethoch chi fewngofnodi ar gyfrifiadur rydych chi’n ei rannu, neu os colloch chi ffôn, gallwch chi allgofnodi ar bob dyfais ar unwaith.',
  'accounts.account.signOut.send': 'Allgofnodi ym mhobman',
  'accounts.profile.signInAgain': 'Mewngofnodwch eto, os gwelwch yn dda.',
  'accounts.profile.nameMissing':
    'Teipiwch yr enw yr hoffech chi gael eich adnabod wrtho, os gwelwch yn dda.',
  'accounts.profile.nameTooLong': 'Gall eich enw fod yn {max} llythyren o hyd ar y mwyaf.',
  'accounts.profile.firstNameTooLong':
    'Gall eich enw cyntaf fod yn {max} llythyren o hyd ar y mwyaf.',
  'accounts.profile.pseudonymTooLong': 'Gall enw ffug fod yn {max} llythyren o hyd ar y mwyaf.',

  'accounts.profile.dateLocked':
    'Dim ond gweinyddwr sy’n gallu newid eich dyddiad geni, oherwydd eich bod o dan 18 oed neu fod rhiant neu ofalwr wedi’i gysylltu â’ch cyfrif. Os yw’n anghywir, gofynnwch i hwylusydd eich grŵp ddweud wrth weinyddwr.',

  'accounts.delete.heading': 'Dileu eich cyfrif?',
  'accounts.delete.unconfirmed':
    'Does dim byd wedi’i ddileu. I ddileu eich cyfrif, pwyswch “Ie, dilëwch fy nghyfrif” isod.',
  'accounts.delete.lead': 'Does dim modd dadwneud hyn.',
  'accounts.delete.stories':
    'Caiff pob stori a ysgrifennoch chi ar eich pen eich hun ei dileu, gyda phob fersiwn a llun.',
  'accounts.delete.together':
    'Ar straeon a ysgrifennoch chi gydag eraill, caiff eich rhan chi ei thynnu allan a’ch enw ei dynnu oddi arnyn nhw.',
  'accounts.delete.sharing': 'Mae popeth a rannoch chi yn stopio cael ei rannu yn gyntaf.',
  'accounts.delete.signedOut': 'Byddwch chi’n cael eich allgofnodi ym mhobman.',
  'accounts.delete.downloadFirst':
    'Efallai yr hoffech chi <link>lawrlwytho popeth a ysgrifennoch chi</link> yn gyntaf.',
  'accounts.delete.yes': 'Ie, dilëwch fy nghyfrif',
  'accounts.delete.no': 'Na, cadwch fy nghyfrif',

  'accounts.export.fileName': 'heard-popeth-a-ysgrifennais-{day}.zip',
  'accounts.export.readme':
    'Popeth a ysgrifennoch chi ar Heard\n\nMae gan y ffolder hon gopi o bopeth a ysgrifennoch chi.\n\nstories\n  Un ffolder ar gyfer pob stori a ysgrifennoch chi, ar eich pen eich hun neu gyda rhywun arall.\n  revision-1.txt, revision-2.txt ac ati: pob fersiwn a gadwoch chi, yr hynaf yn gyntaf.\n  Mae pob un yn dechrau gyda’r teitl, y dyddiad y cafodd ei chadw a faint o eiriau sydd ynddi.\n  revision-N.fountain: ar gyfer sgriptiau ffilm, y fersiwn fwyaf diweddar fel ffeil Fountain.\n  Gallwch chi ei hagor yn y rhan fwyaf o apiau ysgrifennu sgriptiau.\n  photos: y lluniau yn y stori, a photos.txt gyda’r hyn mae pob un yn ei ddangos.\n  recordings: y recordiadau yn y stori (ffeiliau Opus, y mae’r rhan fwyaf o chwaraewyr\n  cerddoriaeth a fideo yn eu hagor), a recordings.txt gyda geiriau pob un.\n  answers.txt: os rhannoch chi’r stori i wella ein gwasanaethau, yr atebion a anfonodd\n  y bobl sy’n cynllunio ein gwasanaethau atoch chi, a’r ymatebion iddyn nhw.\n\nreceipts.txt\n  Bob tro y dywedoch chi ie, y newidioch chi eich meddwl neu y stopioch chi rannu,\n  cawsoch chi dderbynneb. Mae’r ffeil hon yn eu cynnwys i gyd mewn geiriau plaen.\n\nreceipts.json\n  Yr un derbynebau mewn fformat safonol y gall cyfrifiaduron ei ddarllen\n  (y Kantara Consent Receipt, fersiwn 1.1).\n\nChi biau’r copi hwn. All neb arall ei weld oni bai eich bod chi’n ei rannu.\n',
  'accounts.export.title': 'Teitl: {title}',
  'accounts.export.version': 'Fersiwn: {number} o {total}',
  'accounts.export.saved': 'Cadwyd: {when}',
  'accounts.export.words': 'Geiriau: {count}',
  'accounts.export.helped': 'Dywedoch chi fod hyn wedi helpu.',
  'accounts.export.notHelped': 'Dywedoch chi nad oedd hyn wedi helpu.',
  'accounts.export.hidden': 'Fe wnaethoch chi guddio’r ateb hwn.',
  'accounts.export.shown': 'Fe wnaethoch chi ddewis ei ddangos ar dudalen gyhoeddus eich stori.',
  'accounts.export.reply': 'Ymateb gan {name}, {when}:',
  'accounts.export.answer': 'Ateb gan {name}, {when}:',
  'accounts.export.answerUnnamed': 'Ateb gan rywun sy’n cynllunio ein gwasanaethau, {when}:',
  'accounts.export.noReceipts':
    'Does gennych chi ddim derbynebau eto: dydych chi ddim wedi rhannu stori.',

  'accounts.fairUse.savesPerHour': 'cadw bob awr',
  'accounts.fairUse.saveMegabytesPerHour': 'megabeit bob awr',
  'accounts.fairUse.photosPerHour': 'llun bob awr',
  'accounts.fairUse.notANumber': 'Ysgrifennwch y nifer ({what}) fel rhif.',
  'accounts.fairUse.notWhole': 'Ysgrifennwch y nifer ({what}) fel rhif cyfan.',
  'accounts.fairUse.tooFew': 'Caniatewch o leiaf {min} ({what}).',
  'accounts.fairUse.tooMany': 'Caniatewch ddim mwy na {max} ({what}).',
} satisfies Translation<typeof en>;
