/** Welsh words: http. */
import type { Translation } from '../translation.ts';
import type en from '../en/http.ts';

export default {
  'http.refusal.title.400': 'Ni allem ddarllen hynny',
  'http.refusal.title.401': 'Wedi allgofnodi',
  'http.refusal.title.408': 'Rhy araf',
  'http.refusal.title.413': 'Gormod ar unwaith',
  'http.refusal.title.503': 'Prysur iawn',
  'http.refusal.back': 'Yn ôl i Heard',
  'http.refusal.busy':
    'Mae’r gweinydd yn brysur iawn ar hyn o bryd. Rhowch gynnig arall arni ymhen munud.',
  'http.refusal.broken': 'Ni chyrhaeddodd yr hyn a anfonoch yn gyfan. Rhowch gynnig arall arni.',
  'http.refusal.slow':
    'Cymerodd yr hyn a anfonoch ormod o amser i gyrraedd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'http.refusal.tooLarge':
    'Mae hyn yn fwy nag y gallwn ei dderbyn ar unwaith (y terfyn yw {megabytes} MB). Ni chadwyd dim.',
  'http.refusal.notOurHost':
    'Dim ond yn ei gyfeiriad ei hun y mae’r gweinydd hwn yn ateb: {address}.',
  'http.refusal.badAddress': 'Mae nodau yn y cyfeiriad hwn na allwn eu darllen. Gwiriwch y ddolen.',
  'http.refusal.signedOut':
    'Rydych chi wedi cael eich allgofnodi. Mewngofnodwch eto mewn tab arall; mae eich ysgrifennu wedi’i gadw ar y ddyfais hon.',
  'http.crossSite.title': 'Heb ei anfon o Heard',
  'http.crossSite.message':
    'Cafodd hwn ei anfon o rywle heblaw tudalennau Heard ei hun, felly ni newidiwyd dim. Defnyddiwch y ffurflen ar Heard.',
  'http.form.noIntent': 'Dewiswch un o’r atebion, yna anfonwch ef. Does dim wedi newid.',
  'http.form.unknownIntent': 'Aeth rhywbeth o’i le gyda’r botwm hwnnw. Rhowch gynnig arall arni.',
  'http.form.checkThese':
    '{count, plural, zero {Gwiriwch y rhain:} one {Gwiriwch hyn:} two {Gwiriwch y rhain:} few {Gwiriwch y rhain:} many {Gwiriwch y rhain:} other {Gwiriwch y rhain:}}',
  'http.email.missing': 'Teipiwch eich cyfeiriad e-bost.',
  'http.email.invalid':
    'Dydy hwnnw ddim yn edrych fel cyfeiriad e-bost. Gwiriwch ef a rhowch gynnig arall arni.',
  'http.birthDate.notADate':
    'Rhowch y dyddiad geni fel dyddiad go iawn, er enghraifft 14 Mai 2011.',
  'http.birthDate.impossible': 'Dydy’r dyddiad geni hwnnw ddim yn bosibl. Gwiriwch y flwyddyn.',
  'http.areaNav.staff': 'Tudalennau staff',
  'http.areaNav.staff.stories': 'Straeon i ofyn amdanyn nhw',
  'http.areaNav.staff.requests': 'Ceisiadau',
  'http.areaNav.staff.takedowns': 'Tynnu i lawr',
  'http.areaNav.staff.fairness': 'Tegwch',
  'http.areaNav.services': 'Tudalennau gwasanaethau',
  'http.areaNav.services.stories': 'Straeon i wella ein gwasanaethau',
  'http.areaNav.services.changes': 'Newidiadau',
} satisfies Translation<typeof en>;
