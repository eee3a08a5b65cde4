/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, if any (set by src/middleware.ts). */
    person?: {
      readonly id: string;
      readonly displayName: string;
      readonly roles: readonly import('./domain/roles.ts').Role[];
      readonly largerText: boolean;
      readonly highContrast: boolean;
    };
  }
}
