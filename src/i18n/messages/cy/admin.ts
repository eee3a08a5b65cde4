/** Welsh words: admin (pobl, grwpiau, gosodiadau, e-bost sy’n methu, blwch allan y demo). */
import type { Translation } from '../translation.ts';
import type en from '../en/admin.ts';

export default {
  'admin.role.contributor': 'Cyfrannwr',
  'admin.role.guardian': 'Gwarcheidwad',
  'admin.role.facilitator': 'Hwylusydd',
  'admin.role.comms': 'Tîm cyfathrebu',
  'admin.role.admin': 'Gweinyddwr',
  'admin.role.service_lead': 'Arweinydd gwasanaeth',
  'admin.choose': 'Dewiswch…',
  'admin.name': 'Enw',

  'admin.onlyAdmins': 'Dim ond gweinyddwyr sy’n gallu gwneud hyn.',
  'admin.refused.chooseSomeone': 'Dewiswch rywun o’r rhestr.',
  'admin.refused.chooseSomeoneShort': 'Dewiswch rywun.',
  'admin.refused.ownAdminRole': 'Allwch chi ddim tynnu eich rôl gweinyddwr eich hun.',
  'admin.refused.guardianStaff':
    'Mae’r person hwn wedi’i gysylltu fel rhiant neu ofalwr person ifanc, felly all e ddim cael rôl staff (gweinyddwr, tîm cyfathrebu neu hwylusydd). Tynnwch e oddi ar y cysylltiad fel rhiant neu ofalwr yn gyntaf.',
  'admin.refused.pauseSelf': 'Allwch chi ddim oedi eich cyfrif eich hun.',
  'admin.refused.chooseBoth': 'Dewiswch y ddau berson.',
  'admin.refused.unknownForm':
    'Doedden ni ddim yn adnabod y ffurflen honno. Rhowch gynnig arall arni.',
  'admin.refused.typeName': 'Teipiwch eu henw.',
  'admin.refused.nameTooLong': 'Mae’r enw hwnnw’n rhy hir.',
  'admin.refused.firstNameTooLong': 'Mae’r enw cyntaf hwnnw’n rhy hir.',
  'admin.refused.emailTaken': 'Mae gan rywun y cyfeiriad e-bost hwnnw’n barod.',
  'admin.refused.groupName': 'Rhowch enw i’r grŵp.',
  'admin.refused.descriptionTooLong': 'Mae’r disgrifiad hwnnw’n rhy hir.',
  'admin.refused.memberRole': 'Dewiswch berson, ac a yw’n aelod neu’n hwylusydd.',
  'admin.refused.memberLists': 'Dewiswch berson a grŵp o’r rhestrau.',
  'admin.refused.notInGroup': 'Nid yw’r person hwnnw yn y grŵp hwnnw.',
  'admin.done.rolesSaved': 'Rolau wedi’u cadw.',
  'admin.done.paused': 'Cyfrif wedi’i oedi a’i allgofnodi ym mhobman.',
  'admin.done.restored': 'Cyfrif wedi’i adfer.',
  'admin.done.invitedNotSent':
    'Mae {name} wedi’i ychwanegu, ond doedd dim modd anfon yr e-bost gwahodd. Gofynnwch iddyn nhw fewngofnodi gyda’u cyfeiriad e-bost.',
  'admin.done.invited': 'Anfonwyd gwahoddiad at {email}.',
  'admin.done.groupCreated': 'Crëwyd y grŵp “{name}”.',
  'admin.done.facilitatorAdded':
    'Hwylusydd wedi’i ychwanegu. Mae aelodau’r grŵp yn gweld hyn ar dudalen eu grŵp.',
  'admin.done.memberAdded':
    'Aelod wedi’i ychwanegu. Mae aelodau’r grŵp yn gweld hyn ar dudalen eu grŵp.',
  'admin.done.removed': 'Wedi’i dynnu o’r grŵp.',

  'admin.people.title': 'Pobl',
  'admin.people.nothingChanged':
    'Ni newidiwyd dim: mae angen newid rhywbeth yn <link>y ffurflen isod</link> yn gyntaf.',
  'admin.people.inviteHeading': 'Gwahodd rhywun',
  'admin.people.inviteLead':
    'Maen nhw’n cael e-bost gyda dolen sy’n eu mewngofnodi. Does neb angen cyfrinair.',
  'admin.people.invite': 'Anfon y gwahoddiad',
  'admin.people.email': 'Cyfeiriad e-bost',
  'admin.people.firstName': 'Enw cyntaf',
  'admin.people.dateOfBirth': 'Dyddiad geni, os ydyn nhw o dan 18 oed (fel arall, gadewch yn wag)',
  'admin.people.roles': 'Rolau',
  'admin.people.everyone': 'Pawb',
  'admin.people.caption': 'Pobl, eu rolau a’u cyfrifon',
  'admin.people.account': 'Cyfrif',
  'admin.people.rolesFor': 'Rolau {name}',
  'admin.people.saveRoles': 'Cadw rolau<hidden> {name}</hidden>',
  'admin.people.paused': 'Wedi’i oedi',
  'admin.people.active': 'Gweithredol',
  'admin.people.invited': 'Wedi’i wahodd',
  'admin.people.restore': 'Adfer',
  'admin.people.pause': 'Oedi ac allgofnodi',
  'admin.people.dobHeading': 'Dyddiadau geni',
  'admin.people.dobLead':
    'Mae oed yn penderfynu a oes rhaid gofyn i riant neu ofalwr cyn rhannu stori person ifanc, felly dim ond gweinyddwr sy’n gallu newid dyddiad geni. Mae’r person yn gweld y newid ar dudalen ei gyfrif, ac mae ei rieni neu ei ofalwyr yn cael e-bost. Mae unrhyw beth sy’n aros am ie gan riant neu ofalwr yn dal i aros.',
  'admin.people.saveDob': 'Cadw’r dyddiad geni',
  'admin.people.whoseDob': 'Dyddiad geni pwy',
  'admin.people.dobNow': '{name} (nawr {date})',
  'admin.people.dobNotGiven': '{name} (heb ei roi)',
  'admin.people.newDob': 'Dyddiad geni (gadewch yn wag os nad yw wedi’i roi)',
  'admin.people.guardiansHeading': 'Gwarcheidwaid',
  'admin.people.guardiansLead':
    'Mae angen ie gan warcheidwad, yn ogystal â’i ie ei hun, ar berson ifanc o dan 18 oed cyn rhannu stori y tu hwnt i’w grŵp. Gall y naill neu’r llall ei dynnu’n ôl. All staff (gweinyddwyr, y tîm cyfathrebu a hwyluswyr) ddim bod yn warcheidwaid. Mae’r person ifanc yn gweld pan fydd gwarcheidwad yn cael ei gysylltu neu ei dynnu, ac mae e a’i warcheidwaid yn cael e-bost.',
  'admin.people.guardianOf': '{guardian} yw gwarcheidwad {youngPerson}',
  'admin.people.removeLink': 'Tynnu<hidden>’r cysylltiad hwn</hidden>',
  'admin.people.linkGuardian': 'Cysylltu gwarcheidwad',
  'admin.people.youngPerson': 'Person ifanc',
  'admin.people.theirGuardian': 'Eu gwarcheidwad',

  'admin.groups.title': 'Grwpiau',
  'admin.groups.nobody': 'Does neb yn y grŵp hwn eto.',
  'admin.groups.member': '{name} ({role, select, facilitator {hwylusydd} other {aelod}})',
  'admin.groups.removeMember': 'Tynnu<hidden> {name} o {group}</hidden>',
  'admin.groups.addLabel': 'Ychwanegu rhywun at {group}',
  'admin.groups.as': 'Fel',
  'admin.groups.asMember': 'Aelod',
  'admin.groups.add': 'Ychwanegu<hidden> at {group}</hidden>',
  'admin.groups.newHeading': 'Grŵp newydd',
  'admin.groups.create': 'Creu’r grŵp',
  'admin.groups.description': 'Beth yw pwrpas y grŵp (dewisol)',

  'admin.mail.title': 'E-bost sy’n dal i fethu',
  'admin.mail.retried': 'Byddwn ni’n rhoi cynnig arall arno nawr.',
  'admin.mail.notWaiting':
    'Dydy’r e-bost hwnnw ddim yn aros mwyach: cafodd ei anfon, neu rydyn ni’n rhoi cynnig arno’n barod.',
  'admin.mail.lead':
    'Mae pob e-bost yn aros yn y blwch allan nes i’r gweinydd e-bost ei gymryd. Os caiff ei wrthod, rydyn ni’n rhoi cynnig arall arno, gan aros yn hirach bob tro, am tua diwrnod. Cafodd y rhain eu gwrthod o leiaf dair gwaith.',
  'admin.mail.none': 'Does dim e-bost yn methu. Anfonwyd popeth.',
  'admin.mail.caption':
    '{count, plural, zero {# e-bost} one {# e-bost} two {# e-bost} few {# e-bost} many {# e-bost} other {# e-bost}}',
  'admin.mail.to': 'At',
  'admin.mail.subject': 'Pwnc',
  'admin.mail.tries': 'Ymdrechion',
  'admin.mail.why': 'Pam y methodd',
  'admin.mail.next': 'Nesaf',
  'admin.mail.triesSince': '{tries}, ers {date}',
  'admin.mail.nextTry': 'Cynnig arall: {time}',
  'admin.mail.stopped': 'Mae’r ymdrechion wedi dod i ben.',
  'admin.mail.tryNow': 'Rhoi cynnig arall arni nawr',

  'admin.settings.title': 'Gosodiadau',
  'admin.settings.saved': 'Wedi’u cadw.',
  'admin.settings.fairUseProblem':
    'Ni chadwyd dim: mae angen newid <link>y terfynau ar gadw a llwytho i fyny</link>.',
  'admin.settings.mail':
    'Mae e-bost y mae’r gweinydd e-bost yn dal i’w wrthod ar <link>{page}</link>.',
  'admin.settings.capHeading': 'Pa mor aml y gellir gofyn i un person',
  'admin.settings.capLead':
    'Gall staff anfon hyn o geisiadau ar y mwyaf at bob person yn y nifer hwn o ddiwrnodau, fel nad oes neb yn cael ei holi dro ar ôl tro. Nawr: {requests} mewn {days} diwrnod.',
  'admin.settings.save': 'Cadw',
  'admin.settings.requests': 'Ceisiadau (1 i {max})',
  'admin.settings.days': 'Mewn sawl diwrnod (7 i {max})',
  'admin.settings.fairUseHeading': 'Faint y gall un person ei gadw a’i lwytho i fyny',
  'admin.settings.fairUseLead':
    'Gall pob person gadw ac ychwanegu lluniau hyd at y terfynau hyn mewn awr. Maen nhw’n gadael lle i’r stori hiraf gael ei chadw bob ychydig eiliadau, ac yn atal un cyfrif rhag llenwi’r storfa y mae straeon pawb yn ei rhannu. Mae rhywun sy’n cyrraedd y terfyn ar gadw yn cadw ei waith yn ddiogel yn ei borwr, ac mae’n cael ei gadw pan fydd yr awr yn caniatáu; mae llun dros y terfyn yn cael ei wrthod a gellir ei ychwanegu eto yn nes ymlaen.',
  'admin.settings.saveLimits': 'Cadw’r terfynau',
  'admin.settings.savesPerHour': 'Nifer y troeon cadw yr awr, fesul person',
  'admin.settings.saveMegabytesPerHour': 'Megabeitiau o gadw yr awr, fesul person',
  'admin.settings.photosPerHour': 'Lluniau yr awr, fesul person',
  'admin.settings.range': '{label} ({min, number} i {max, number})',

  'admin.outbox.title': 'Blwch allan',
  'admin.outbox.lead':
    'Nid yw’r demo hwn yn anfon e-bost. Mae pob e-bost y byddai wedi’i anfon yma, y mwyaf newydd yn gyntaf.',
  'admin.outbox.none': 'Dim e-byst eto.',
  'admin.outbox.emailTo': 'E-bost at {address}',
  'admin.outbox.to': 'At <to>{address}</to>',
} satisfies Translation<typeof en>;
