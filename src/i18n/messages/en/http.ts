/**
 * English words: http. What every form and request shares: a refusal before
 * any page sees a request, a form's problems, and the checks of an email
 * address and a date of birth (src/domain/email.ts, src/domain/text.ts).
 */
export default {
  'http.refusal.title.400': 'We could not read that',
  'http.refusal.title.401': 'Signed out',
  'http.refusal.title.408': 'Too slow',
  'http.refusal.title.413': 'Too much at once',
  'http.refusal.title.503': 'Very busy',
  'http.refusal.back': 'Back to Heard',
  'http.refusal.busy': 'The server is very busy just now. Please try again in a minute.',
  'http.refusal.broken': 'What you sent did not arrive whole. Please try again.',
  'http.refusal.slow':
    'What you sent took too long to arrive. Please check your connection and try again.',
  'http.refusal.tooLarge':
    'This is more than we can take in one go (the limit is {megabytes} MB). Nothing was kept.',
  'http.refusal.notOurHost': 'This server answers only at its own address: {address}.',
  'http.refusal.badAddress':
    'This address has characters in it that we cannot read. Please check the link.',
  'http.refusal.signedOut':
    'You have been signed out. Sign in again in another tab; your writing is kept on this device.',
  'http.crossSite.title': 'Not sent from Heard',
  'http.crossSite.message':
    'This was sent from somewhere other than Heard’s own pages, so nothing was changed. Please use the form on Heard.',
  'http.form.noIntent': 'Choose one of the answers, then send it. Nothing has changed.',
  'http.form.unknownIntent': 'Something went wrong with that button. Please try again.',
  'http.form.checkThese': '{count, plural, one {Please check this:} other {Please check these:}}',
  'http.email.missing': 'Please type your email address.',
  'http.email.invalid': 'That does not look like an email address. Please check it and try again.',
  'http.birthDate.notADate':
    'Please give the date of birth as a real date, for example 14 May 2011.',
  'http.birthDate.impossible': 'That date of birth is not possible. Please check the year.',
  'http.areaNav.staff': 'Staff pages',
  'http.areaNav.staff.stories': 'Stories to ask about',
  'http.areaNav.staff.requests': 'Requests',
  'http.areaNav.staff.takedowns': 'Takedowns',
  'http.areaNav.staff.fairness': 'Fairness',
  'http.areaNav.services': 'Service pages',
  'http.areaNav.services.stories': 'Stories to improve our services',
  'http.areaNav.services.changes': 'Changes',
} as const;
