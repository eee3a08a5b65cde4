/**
 * Every migration, listed statically so they survive bundling (a folder read at
 * run time is not in the built server).
 * Add new ones at the end; never edit one that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_init.ts';
import * as m0002 from './0002_mail_and_sign_in_limits.ts';
import * as m0003 from './0003_script_names.ts';
import * as m0004 from './0004_erasure.ts';
import * as m0005 from './0005_writing_prompts.ts';
import * as m0006 from './0006_consent_reminders.ts';
import * as m0007 from './0007_publication_versions.ts';
import * as m0008 from './0008_public_reading.ts';
import * as m0009 from './0009_feature_requests.ts';
import * as m0010 from './0010_group_space.ts';
import * as m0011 from './0011_safeguards.ts';
import * as m0012 from './0012_what_a_yes_is.ts';
import * as m0013 from './0013_public_words.ts';
import * as m0014 from './0014_turning_eighteen.ts';
import * as m0015 from './0015_being_heard.ts';
import * as m0016 from './0016_media_files_and_mail_queue.ts';
import * as m0017 from './0017_answers_on_public_page.ts';
import * as m0018 from './0018_voice_recordings.ts';
import * as m0019 from './0019_languages.ts';

const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_mail_and_sign_in_limits': m0002,
  '0003_script_names': m0003,
  '0004_erasure': m0004,
  '0005_writing_prompts': m0005,
  '0006_consent_reminders': m0006,
  '0007_publication_versions': m0007,
  '0008_public_reading': m0008,
  '0009_feature_requests': m0009,
  '0010_group_space': m0010,
  '0011_safeguards': m0011,
  '0012_what_a_yes_is': m0012,
  '0013_public_words': m0013,
  '0014_turning_eighteen': m0014,
  '0015_being_heard': m0015,
  '0016_media_files_and_mail_queue': m0016,
  '0017_answers_on_public_page': m0017,
  '0018_voice_recordings': m0018,
  '0019_languages': m0019,
};

/** Provides the migrations above to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
