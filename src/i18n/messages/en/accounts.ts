/** English words: accounts (signing in, the sign-in email, my account, deleting and downloading it, fair use). */
export default {
  // Signing in (src/pages/signin/, src/components/SignInForm.astro)
  'accounts.signIn.title': 'Sign in',
  'accounts.signIn.signedOut': 'You are signed out.',
  'accounts.signIn.deleted':
    'Your account and everything only you wrote are deleted. You are signed out.',
  'accounts.signIn.lead':
    'Type the email address your group organiser has for you. We will send you a link that signs you in.',
  'accounts.signIn.limited.title': 'Please wait',
  'accounts.signIn.limited.heading': 'Please wait a while',
  'accounts.signIn.limited.why':
    'A lot of sign-in links have been asked for in the last hour, for this email address or from this network. We stop there to keep everyone’s accounts safe.',
  'accounts.signIn.limited.still':
    'A link we already sent still works for {minutes} minutes after it was sent: look for it in your email. Or try again in an hour.',
  'accounts.signIn.limited.back': 'Back to the sign-in page',
  'accounts.signIn.limited.home': 'Back to the stories',
  'accounts.signIn.form.email': 'Your email address',
  'accounts.signIn.form.emailHint': 'We will email you a link. There is no password to remember.',
  'accounts.signIn.form.send': 'Email me a sign-in link',

  'accounts.signIn.notSent':
    'We could not send the email just now. Please try again in a few minutes.',
  'accounts.checkEmail.title': 'Check your email',
  'accounts.checkEmail.sent':
    'If that address has an account with us, we have sent it a link to sign in.',
  'accounts.checkEmail.once': 'The link works once, for {minutes} minutes.',
  'accounts.checkEmail.nothing':
    'Nothing arrived? Look in your junk folder, or <link>ask for a new link</link>.',
  'accounts.checkEmail.demo':
    'This is a demo: emails are not really sent. <link>Open the outbox</link> to find your link.',
  'accounts.problem.usedTitle': 'That link has been used',
  'accounts.problem.usedHeading': 'That link has already been used or is too old',
  'accounts.problem.usedWhy':
    'Each sign-in link works once, for {minutes} minutes. This keeps your stories safe if someone else sees the email.',
  'accounts.problem.usedFine': 'Nothing is wrong with your account. Ask for a new link below.',
  'accounts.problem.deniedTitle': 'We could not sign you in',
  'accounts.problem.denied':
    'This address does not have an account with us, or the account is paused. Please ask your group organiser.',
  'accounts.problem.otherHeading': 'Something went wrong while signing in',
  'accounts.problem.other':
    'Please ask for a new link. If it keeps happening, tell your group organiser.',
  'accounts.problem.send': 'Email me a new link',

  // The sign-in email (src/server/accounts/auth.ts)
  'accounts.email.subject': 'Your link to sign in to Heard',
  'accounts.email.subjectInvited': 'You are invited to Heard',
  'accounts.email.hello': 'Hello {name},',
  'accounts.email.helloNoName': 'Hello,',
  'accounts.email.invited':
    'You have been invited to Heard, where you can write your story and choose who sees it.',
  'accounts.email.yourLink': 'Here is your link to sign in to Heard.',
  'accounts.email.open': 'Open this link to sign in. It works once, for {minutes} minutes:',
  'accounts.email.runOut': 'If it has run out, you can ask for a new one on the sign-in page.',
  'accounts.email.ignore':
    'If you did not ask for this, you can ignore this email. Nobody can sign in without it.',

  // My account (src/pages/my/account/index.astro, src/server/accounts/profile.ts)
  'accounts.account.title': 'My account',
  'accounts.account.stoppedNothing':
    'Nothing was being shared, so nothing needed to stop. <link>See your receipts</link>.',
  'accounts.account.stoppedDone':
    'Done. None of your stories are shared now. We have emailed you the receipts. <link>See your receipts</link>.',
  'accounts.account.saved': 'Your changes are saved.',
  'accounts.account.problems':
    '{count, plural, one {One thing needs} other {# things need}} fixing before we can save. Nothing has been changed yet.',
  'accounts.account.send': 'Save my changes',
  'accounts.account.name': 'My name',
  'accounts.account.nameHint': 'Shown only where you choose to be named in full.',
  'accounts.account.firstName': 'My first name',
  'accounts.account.pseudonym': 'A made-up name (pseudonym)',
  'accounts.account.pseudonymHint':
    'Used when you choose not to use your real name. You can change it for each story.',
  'accounts.account.dateOfBirthOptional': 'My date of birth (you can leave this empty)',
  'accounts.account.dateOfBirthHint':
    'If you are under 18, a parent or carer also says yes before your story is shared beyond your group.',
  'accounts.account.dateOfBirth': 'My date of birth',
  'accounts.account.dateOfBirthNotGiven': 'Not given',
  'accounts.account.reading': 'Reading',
  'accounts.account.largerText': 'Larger text',
  'accounts.account.highContrast': 'High contrast',
  'accounts.account.language.heading': 'Language',
  'accounts.account.language.legend': 'The language Heard uses with you',
  'accounts.account.language.hint': 'Your pages, emails, reminders and receipts are written in it.',
  'accounts.account.language.send': 'Save my language',
  'accounts.account.language.unknown': 'Please choose English or Cymraeg.',
  'accounts.account.changes.heading': 'Changes made to your account',
  'accounts.account.changes.lead':
    'Who changed your date of birth or your parents or carers, and when.',
  'accounts.account.data.heading': 'Your stories and your data',
  'accounts.account.stopAll': 'Stop sharing all my stories',
  'accounts.account.stopAllLead':
    'Every story stops being shared, everywhere, straight away. Nothing is deleted.',
  'accounts.account.download': 'Download everything I wrote',
  'accounts.account.downloadLead':
    'A zip file with every version of every story, film scripts as Fountain files, your photos and your receipts.',
  'accounts.account.delete': 'Delete my account',
  'accounts.account.deleteLead':
    'Your stories, their versions and photos, and your account are deleted for good.',
  'accounts.account.receipts':
    '<link>My receipts</link>: every time you said yes or stopped sharing.',
  'accounts.account.signOut.heading': 'Signing out',
  'accounts.account.signOut.lead':
    'If you signed in on a computer you share, or lost a phone, you can sign out on every device at once.',
  'accounts.account.signOut.send': 'Sign out everywhere',
  'accounts.profile.signInAgain': 'Please sign in again.',
  'accounts.profile.nameMissing': 'Please type the name you would like to be known by.',
  'accounts.profile.nameTooLong': 'Your name can be at most {max} letters long.',
  'accounts.profile.firstNameTooLong': 'Your first name can be at most {max} letters long.',
  'accounts.profile.pseudonymTooLong': 'A made-up name can be at most {max} letters long.',

  'accounts.profile.dateLocked':
    'Only an admin can change your date of birth, because you are under 18 or a parent or carer is linked to your account. If it is wrong, ask your group’s facilitator to tell an admin.',

  // Deleting my account (src/pages/my/account/delete.astro)
  'accounts.delete.heading': 'Delete your account?',
  'accounts.delete.unconfirmed':
    'Nothing was deleted. To delete your account, press “Yes, delete my account” below.',
  'accounts.delete.lead': 'This cannot be undone.',
  'accounts.delete.stories': 'Every story only you wrote is deleted, with every version and photo.',
  'accounts.delete.together':
    'On stories you wrote with others, your part is taken off and your name removed.',
  'accounts.delete.sharing': 'Everything you shared stops being shared first.',
  'accounts.delete.signedOut': 'You are signed out everywhere.',
  'accounts.delete.downloadFirst':
    'You may want to <link>download everything you wrote</link> first.',
  'accounts.delete.yes': 'Yes, delete my account',
  'accounts.delete.no': 'No, keep my account',

  // Downloading everything I wrote (src/server/accounts/account.ts)
  'accounts.export.fileName': 'heard-everything-i-wrote-{day}.zip',
  'accounts.export.readme':
    'Everything you wrote on Heard\n\nThis folder has a copy of everything you wrote.\n\nstories\n  One folder for each story you wrote or wrote with someone else.\n  revision-1.txt, revision-2.txt and so on: every version you saved, oldest first.\n  Each one starts with the title, the date it was saved and how many words it has.\n  revision-N.fountain: for film scripts, the newest version as a Fountain file.\n  You can open it in most screenwriting apps.\n  photos: the photos in the story, and photos.txt with what each one shows.\n  recordings: the recordings in the story (Opus files, which most music and\n  video players open), and recordings.txt with each one’s words.\n  answers.txt: if you shared the story to improve our services, the answers\n  the people who plan our services sent you, and the replies to them.\n\nreceipts.txt\n  Every time you said yes, changed your mind or stopped sharing, you got a\n  receipt. This file has all of them in plain words.\n\nreceipts.json\n  The same receipts in a standard format computers can read\n  (the Kantara Consent Receipt, version 1.1).\n\nThis copy is yours. Nobody else can see it unless you share it.\n',
  'accounts.export.title': 'Title: {title}',
  'accounts.export.version': 'Version: {number} of {total}',
  'accounts.export.saved': 'Saved: {when}',
  'accounts.export.words': 'Words: {count}',
  'accounts.export.helped': 'You said this helped.',
  'accounts.export.notHelped': 'You said this did not help.',
  'accounts.export.hidden': 'You hid this answer.',
  'accounts.export.shown': 'You chose to show it on your public story page.',
  'accounts.export.reply': 'Reply from {name}, {when}:',
  'accounts.export.answer': 'Answer from {name}, {when}:',
  'accounts.export.answerUnnamed': 'Answer from someone who plans our services, {when}:',
  'accounts.export.noReceipts': 'You have no receipts yet: you have not shared a story.',

  // Fair use (src/server/accounts/fair-use.ts)

  'accounts.fairUse.savesPerHour': 'saves an hour',
  'accounts.fairUse.saveMegabytesPerHour': 'megabytes an hour',
  'accounts.fairUse.photosPerHour': 'photos an hour',
  'accounts.fairUse.notANumber': 'Write the {what} as a number.',
  'accounts.fairUse.notWhole': 'Write the {what} as a whole number.',
  'accounts.fairUse.tooFew': 'Allow at least {min} {what}.',
  'accounts.fairUse.tooMany': 'Allow no more than {max} {what}.',
} as const;
