/** The English catalogue's areas, one file each (../index.ts puts them together). */
export { default as common } from './common.ts';
export { default as publicSite } from './public.ts';
export { default as accounts } from './accounts.ts';
export { default as my } from './my.ts';
export { default as names } from './names.ts';
export { default as sharing } from './sharing.ts';
export { default as sharingEasyRead } from './sharing-easy-read.ts';
export { default as requests } from './requests.ts';
export { default as groups } from './groups.ts';
export { default as services } from './services.ts';
export { default as admin } from './admin.ts';
export { default as identification } from './identification.ts';
export { default as editor } from './editor.ts';
export { default as http } from './http.ts';
