/** Welsh words: identification (y gwiriad cyn rhannu, a’r hyn y mae staff yn ei weld ohono). */
import type { Translation } from '../translation.ts';
import type en from '../en/identification.ts';

export default {
  'identification.headline.gentle':
    'Efallai y gallai ambell air helpu rhywun i’ch adnabod chi o hyd',
  'identification.headline.full':
    'Gallai’r geiriau hyn helpu rhywun i’ch adnabod chi neu’r bobl rydych chi wedi ysgrifennu amdanyn nhw',
  'identification.heading.gentle':
    'Dewisoch chi eich enw cyntaf. Efallai y gallai ambell air helpu rhywun i’ch adnabod chi o hyd',
  'identification.intro.gentle':
    'Efallai eich bod chi’n fodlon â’r rhain. Os na, gallwch eu cuddio: bydd darllenwyr yn gweld geiriau eraill yn eu lle.',
  'identification.intro.full':
    'Gallwch guddio unrhyw un ohonyn nhw: bydd darllenwyr yn gweld geiriau eraill yn eu lle. Neu gallwch eu cadw. Gallwch rannu y naill ffordd neu’r llall.',

  'identification.kind.person': 'enw person',
  'identification.kind.place': 'tref neu bentref',
  'identification.kind.street': 'stryd',
  'identification.kind.address': 'cyfeiriad',
  'identification.kind.postcode': 'cod post',
  'identification.kind.school': 'ysgol neu goleg',
  'identification.kind.hospital': 'ysbyty neu glinig',
  'identification.kind.care_home': 'cartref gofal',
  'identification.kind.workplace': 'gweithle',
  'identification.kind.phone': 'rhif ffôn',
  'identification.kind.email': 'cyfeiriad e-bost',
  'identification.kind.social_handle': 'enw ar y cyfryngau cymdeithasol',
  'identification.kind.date': 'dyddiad penodol',
  'identification.kind.age_with_place': 'oed gyda lle',
  'identification.kind.car_registration': 'plât rhif car',
  'identification.easyRead.person': 'Enw yw hwn. Efallai bod pobl yn gwybod pwy yw e.',
  'identification.easyRead.place': 'Lle yw hwn. Efallai bod pobl yn gwybod ble rydych chi’n byw.',
  'identification.easyRead.street':
    'Stryd yw hon. Efallai bod pobl yn gwybod ble rydych chi’n byw.',
  'identification.easyRead.address': 'Dyma ble mae rhywun yn byw.',
  'identification.easyRead.postcode': 'Mae cod post yn dangos ble mae rhywun yn byw.',
  'identification.easyRead.school': 'Ysgol yw hon. Efallai bod pobl yn eich adnabod chi ohoni.',
  'identification.easyRead.hospital': 'Ysbyty yw hwn. Gall ddweud pwy ydych chi.',
  'identification.easyRead.care_home': 'Cartref gofal yw hwn. Gall ddweud pwy ydych chi.',
  'identification.easyRead.workplace': 'Dyma ble mae rhywun yn gweithio.',
  'identification.easyRead.phone': 'Rhif ffôn yw hwn. Gallai pobl ei ffonio.',
  'identification.easyRead.email': 'Cyfeiriad e-bost yw hwn. Gallai pobl ysgrifennu ato.',
  'identification.easyRead.social_handle':
    'Enw ar y cyfryngau cymdeithasol yw hwn. Gallai pobl ddod o hyd i chi.',
  'identification.easyRead.date': 'Dyddiad yw hwn. Gall pen-blwydd ddweud pwy ydych chi.',
  'identification.easyRead.age_with_place': 'Gall oed a lle gyda’i gilydd ddweud pwy ydych chi.',
  'identification.easyRead.car_registration': 'Gall plât rhif ddweud car pwy yw e.',

  'identification.suggest.postcode': 'ein cod post',
  'identification.suggest.school': 'fy ysgol',
  'identification.suggest.care_home': 'y cartref gofal',
  'identification.suggest.workplace': 'lle roeddwn i’n gweithio',
  'identification.suggest.phone': 'fy rhif ffôn',
  'identification.suggest.email': 'fy nghyfeiriad e-bost',
  'identification.suggest.social_handle': 'fy nghyfrif',
  'identification.suggest.date': 'y diwrnod hwnnw',
  'identification.suggest.age_with_place': 'pan oeddwn i’n ifanc',
  'identification.suggest.car_registration': 'ein car',
  'identification.suggest.someone': 'rhywun rwy’n ei adnabod',
  'identification.suggest.nearby': 'lle gerllaw',
  'identification.suggest.town': 'tref',
  'identification.suggest.townIn':
    '{country, select, England {tref yn Lloegr} Scotland {tref yn yr Alban} Wales {tref yng Nghymru} other {tref yng Ngogledd Iwerddon}}',
  'identification.suggest.street': 'ein stryd',
  'identification.suggest.streetIn': 'stryd yn {place}',
  'identification.suggest.streetInWales': 'stryd yng Nghymru',
  'identification.suggest.house': 'ein tŷ',
  'identification.suggest.houseIn': 'tŷ yn {place}',
  'identification.suggest.hospital': 'yr ysbyty',
  'identification.suggest.hospitalIn': 'ysbyty yn {place}',

  'identification.where.story': 'yn y stori',
  'identification.where.title': 'yn y teitl',
  'identification.where.photo': 'yng ngeiriau llun',
  'identification.times':
    '{count, plural, zero {# gwaith} one {# waith} two {# waith} few {# gwaith} many {# gwaith} other {# o weithiau}}',
  'identification.character.yours': 'cymeriad â’ch enw chi eich hun.',
  'identification.character.group': 'cymeriad ag enw rhywun yn eich grŵp.',
  'identification.character.hint':
    'Gallai pobl y tu allan i’r grŵp feddwl bod y cymeriad yn berson go iawn.',
  'identification.rename': 'Ailenwi’r cymeriad',
  'identification.mark': 'Marcio’n breifat',
  'identification.changeWords': 'Newid y geiriau',
  'identification.keep': 'Mae’n iawn, cadwch e',
  'identification.kept': 'Dewisoch chi gadw: {words}.',
  'identification.easyRead.tell': 'Gall rhai geiriau ddweud wrth bobl pwy ydych chi.',
  'identification.easyRead.hide': 'Gallwch eu cuddio. Pwyswch “Marcio’n breifat”.',
  'identification.easyRead.keep': 'Neu gallwch eu cadw. Eich dewis chi yw e.',
  'identification.easyRead.share': 'Gallwch rannu o hyd. Does dim rhaid i chi ddweud pam.',
  'identification.summary':
    '{headline}: {words}. Yn syth ar ôl y cwestiwn hwn, gallwch eu marcio’n breifat neu eu cadw. Gallwch rannu y naill ffordd neu’r llall.',

  'identification.staff.heading': 'Geiriau a allai ddangos pwy yw rhywun',
  'identification.staff.none':
    'Ni chafodd y gwiriad ddim byd yn y geiriau hyn a allai ddangos pwy yw rhywun.',
  'identification.staff.lead':
    'Cyn i chi ddefnyddio’r geiriau hyn, gofynnwch i’r person a’u hysgrifennodd am bob un o’r rhain. Dim ond nhw sy’n gallu newid eu stori.',

  'identification.markForm.heading': 'Marcio “{words}” yn breifat',
  'identification.markForm.lead':
    'Bydd darllenwyr sydd ddim yn cael gweld y geiriau go iawn yn darllen eich geiriau chi yn eu lle, ym mhob man y mae “{words}” yn y stori. Does neb yn cael gwybod, a gallwch ei newid yn y stori unrhyw bryd.',
  'identification.markForm.kind': 'Beth yw e?',
  'identification.markForm.replacement': 'Geiriau i’w dangos yn eu lle',
  'identification.markForm.hint':
    'Rydyn ni’n awgrymu “{suggestion}”. Gallwch ei newid i unrhyw beth rydych chi’n ei hoffi.',
  'identification.renameForm.heading': 'Ailenwi “{character}”',
  'identification.renameForm.lead':
    'Mae’r enw newydd yn cael ei ddefnyddio drwy’r sgript i gyd: ym mhob ciw a phob llinell. Mae’r hen fersiwn yn cael ei chadw yn hanes y stori.',
  'identification.renameForm.name': 'Enw newydd i’r cymeriad',
  'identification.renameForm.hint': 'Enw nad oes gan neb yn eich grŵp, er enghraifft “ALEX”.',

  'identification.refused.chooseWords': 'Dewiswch y geiriau i’w marcio’n breifat.',
  'identification.refused.chooseKind': 'Dewiswch pa fath o fanylyn yw e.',
  'identification.refused.typeReplacement':
    'Teipiwch y geiriau y dylai darllenwyr eu gweld yn eu lle.',
  'identification.refused.replacementTooLong':
    'Cadwch y geiriau i’w dangos yn eu lle i {max} llythyren neu lai.',
  'identification.refused.typeName': 'Teipiwch yr enw newydd i’r cymeriad.',
  'identification.refused.nameTooLong': 'Cadwch yr enw i {max} llythyren neu lai.',
  'identification.refused.nameLetter': 'Mae angen o leiaf un llythyren yn yr enw newydd.',
  'identification.refused.unreadable': 'Doedd dim modd darllen hynny.',
  'identification.refused.nothingChanged': '{problem} Ni newidiwyd dim.',
  'identification.refused.noSuchStory': 'Does dim stori o’r fath.',
  'identification.refused.changedElsewhere':
    'Cafodd y stori ei newid yn rhywle arall ers i’r dudalen hon agor, felly ni farciwyd dim. Edrychwch ar y fersiwn newydd a rhowch gynnig arall arni.',
  'identification.markDone.none':
    'Nid yw “{words}” yn nhestun y stori bellach (neu mae’n breifat yn barod), felly ni newidiwyd dim.',
  'identification.markDone.done':
    'Wedi’i wneud: bydd darllenwyr nawr yn gweld “{replacement}” yn lle “{words}”.',
  'identification.renameDone.none': 'Nid yw “{from}” yn y sgript bellach, felly ni newidiwyd dim.',
  'identification.renameDone.done':
    'Wedi’i wneud: “{to}” yw’r cymeriad “{from}” bellach, drwy’r sgript i gyd.',
} satisfies Translation<typeof en>;
