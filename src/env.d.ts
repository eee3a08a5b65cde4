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
  }
}
