/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, if any (set by src/middleware.ts). */
    person?: import('#src/server/accounts/sessions.repository.ts').SessionPerson;
  }
}
