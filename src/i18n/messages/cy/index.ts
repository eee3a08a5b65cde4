/** The Welsh catalogue (Cymraeg): every area's messages; docs/welsh-glossary.md keeps the consent words consistent. */
import common from './common.ts';
import publicSite from './public.ts';
import accounts from './accounts.ts';
import my from './my.ts';
import names from './names.ts';
import sharing from './sharing.ts';
import sharingEasyRead from './sharing-easy-read.ts';
import requests from './requests.ts';
import groups from './groups.ts';
import services from './services.ts';
import admin from './admin.ts';
import identification from './identification.ts';
import editor from './editor.ts';
import http from './http.ts';

export default {
  ...common,
  ...publicSite,
  ...accounts,
  ...my,
  ...names,
  ...sharing,
  ...sharingEasyRead,
  ...requests,
  ...groups,
  ...services,
  ...admin,
  ...identification,
  ...editor,
  ...http,
} as const;
