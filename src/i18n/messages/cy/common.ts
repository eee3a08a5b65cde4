/** Welsh words: the frame of every page (header, navigation, footer, language). */
import type { Translation } from '../translation.ts';
import type en from '../en/common.ts';

export default {
  'common.site.description':
    'Straeon wedi’u hadrodd gan y bobl a’u bu’n byw, wedi’u rhannu ar eu telerau eu hunain.',
  'common.title': '{page} · Heard',
  'common.skipLink': 'Neidio i’r prif gynnwys',
  'common.nav.label': 'Prif',
  'common.nav.menu': 'Dewislen',
  'common.nav.stories': 'Straeon',
  'common.nav.myStories': 'Fy straeon',
  'common.nav.youngPeople': 'Pobl ifanc',
  'common.nav.staff': 'Staff',
  'common.nav.services': 'Gwasanaethau',
  'common.nav.people': 'Pobl',
  'common.nav.groups': 'Grwpiau',
  'common.nav.settings': 'Gosodiadau',
  'common.nav.myAccount': 'Fy nghyfrif',
  'common.nav.signIn': 'Mewngofnodi',
  'common.nav.signOut': 'Allgofnodi',
  'common.feed.title': 'Heard: straeon newydd',
  'common.footer.promise':
    'Dim ond tra bo’r bobl a’i hysgrifennodd yn dweud ie y dangosir pob stori yma. Gallan nhw ei thynnu’n ôl unrhyw bryd.',
  'common.footer.howConsentWorks': 'Sut mae caniatâd yn gweithio',
  'common.footer.search': 'Chwilio',
  'common.footer.rss': 'Straeon newydd drwy RSS',
  'common.footer.youSaidWeDid': 'Dywedoch chi, gwnaethon ni',
  'common.language.unknown':
    'Mae Heard ar gael yn Saesneg a Chymraeg (English). Dewiswch un o’r rheini.',
  'common.readAloud.button': 'Darllenwch e i mi',
  'common.readAloud.stop': 'Stopio darllen',
  'common.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'common.notFound.heading': 'Doedden ni ddim yn gallu dod o hyd i’r dudalen honno',
  'common.notFound.lead': 'Efallai ei bod wedi symud, neu efallai nad yw wedi’i rhannu â chi.',
  'common.notFound.home': 'Mynd i’r straeon',
  'common.forbidden.title': 'Nid ar gyfer eich cyfrif',
  'common.forbidden.heading': 'Nid yw’r dudalen hon ar gyfer eich cyfrif',
  'common.forbidden.lead':
    'Mae ar gyfer pobl sydd â rôl wahanol. Os ydych chi’n meddwl bod ei hangen arnoch, gofynnwch i weinyddwr.',
  'common.forbidden.home': 'Mynd i fy straeon',
} satisfies Translation<typeof en>;
