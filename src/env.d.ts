/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, if any (set by src/middleware.ts). */
    person?: import('#src/server/accounts/sessions.repository.ts').SessionPerson;
    /**
     * A public story page's content, already read for this request by the fast
     * path in src/server/http/server.ts, and where to hand the finished page.
     */
    storyRead?: import('#src/server/publishing/story-page.ts').StoryRead;
    /**
     * The language the path asked for ("/cy/…"), set by src/server/http/server.ts
     * when it takes the prefix off.
     */
    pathLanguage?: import('#src/i18n/languages.ts').Language;
    /** The language this request is answered in (src/server/http/language.ts). */
    language: import('#src/i18n/languages.ts').Language;
    /** Words in that language: `Astro.locals.i18n.t('common.skipLink')`. */
    i18n: import('#src/i18n/translator.ts').Translator;
  }
}
