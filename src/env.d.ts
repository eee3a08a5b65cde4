/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, if any (set by src/middleware.ts). */
    person?: import('./server/repositories/sessions.ts').SessionPerson;
  }
}
