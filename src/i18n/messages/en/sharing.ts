/**
 * English words: sharing a story (the sharing page and its steps), receipts,
 * stopping, and the emails a change of consent causes (receipts, reminders,
 * news to co-authors and parents or carers).
 */
export default {
  'sharing.nav.label': 'This story',
  'sharing.nav.myStories': 'My stories',
  'sharing.nav.write': 'Write',
  'sharing.nav.history': 'History',
  'sharing.nav.people': 'People',
  'sharing.page.title': 'Who can see “{title}”',
  'sharing.page.nothingChanged': 'Nothing changed.',
  'sharing.page.done': 'Done.',
  'sharing.page.receipt': '<link>See your receipt</link>. We have emailed you a copy too.',
  'sharing.page.lead':
    'You decide who can read this story and how you are named. Nothing is shared until you say yes, and you can stop at any time.',
  'sharing.page.leadTogether':
    'Everyone who wrote it must say yes before it is shared, and any one of you can stop it.',
  'sharing.page.allReceipts': 'All your receipts',
  'sharing.page.back': 'Back to all the ways to share',
  'sharing.action.share': 'Share it {where}',
  'sharing.action.renew': 'Keep sharing for longer',
  'sharing.action.newest': 'Share the newest version',
  'sharing.action.rename': 'Change how I am named',
  'sharing.action.stop': 'Stop sharing',
  'sharing.guardian.notice':
    'Because you are under 18, your parent or carer will be asked to say yes too. It is shared only when they do.',
  'sharing.guardian.noneLinked':
    'No parent or carer is linked to your account yet: ask your group’s facilitator to link one.',

  'sharing.choices.nothingYet': 'There is nothing to share yet. Write something first.',
  'sharing.choices.name': 'How should people see your name?',
  'sharing.choices.pseudonym': 'Made-up name for this story',
  'sharing.choices.pseudonymHint':
    'Only used if you choose a made-up name. Leave it empty to use your usual one.',
  'sharing.choices.months': 'How long for?',
  'sharing.choices.monthsHint': 'It stops by itself after this. We remind you before it does.',
  'sharing.choices.monthsOption': '{months, plural, one {# month} other {# months}} (until {date})',
  'sharing.choices.preview': 'Show me what people will see',

  'sharing.decide.renamed':
    'Done: the character has a new name all through the script. The preview shows the new version.',
  'sharing.decide.marked': 'Done: marked as private. The preview shows what readers see now.',
  'sharing.decide.question': 'Do you want to share “{title}” {where}?',
  'sharing.decide.yes': 'Yes, share it',
  'sharing.decide.yesHint': 'Named as “{name}”, until {date}.',
  'sharing.decide.no': 'No, do not share it',
  'sharing.decide.noHint': 'Nothing is shared. You do not have to say why.',
  'sharing.decide.chose': 'What you chose',
  'sharing.decide.namedAs': 'Named as <strong>“{name}”</strong> ({level})',
  'sharing.decide.sharedUntil': 'Shared {where} until <strong>{date}</strong>',
  'sharing.decide.previewHeading': 'This is exactly what people will see',
  'sharing.decide.previewHint': 'Version {version}, named as “{name}”, until {date}.',
  'sharing.decide.waitingFor':
    '{names} {count, plural, one {has} other {have}} not said yes yet, and {count, plural, one {chooses} other {choose}} how they are named. It is shared only when everyone who wrote it says yes.',
  'sharing.decide.stopAnyTime': 'You can stop at any time. You do not have to say why.',
  'sharing.decide.change': '<link>Change my choices</link> (you will see the preview again)',

  'sharing.renew.question': 'Keep sharing it {where} until {date}?',
  'sharing.renew.yes': 'Yes, keep sharing',
  'sharing.renew.yesHint': 'Until {date}: the same version, named the same way.',
  'sharing.renew.no': 'No, let it end',
  'sharing.renew.noHint': 'The last day it is shared stays {date}.',
  'sharing.renew.explain':
    'Now the last day it is shared is {until}. If you say yes, it goes on until {date}: the same version, named the same way. Nothing else changes. You can stop at any time, and you do not have to say why.',

  'sharing.stop.question': 'Stop sharing it {where}?',
  'sharing.stop.yes': 'Yes, stop sharing',
  'sharing.stop.yesOnSite': 'It comes down straight away.',
  'sharing.stop.yesOffSite': 'We stop using it, and staff take down the copies we can reach.',
  'sharing.stop.no': 'No, keep sharing',
  'sharing.stop.noHint': 'Nothing changes.',
  'sharing.stop.noReason': 'You do not have to say why. You can share it again later if you want.',

  'sharing.uses.heading': 'Where your story has been used',
  'sharing.uses.none':
    'Staff have not used this story anywhere outside this website. If they want to, they will <link>ask you first</link>.',
  'sharing.uses.used': '{where}, on {date}.',
  'sharing.uses.usedSeeIt': '{where}, on {date} (<link>see it</link>).',
  'sharing.uses.takedowns':
    'If you stop sharing a use, staff must take down every place it was used. You can see how that is going here.',

  'sharing.state.notShared': 'Not shared {where}.',
  'sharing.state.othersSaidYes':
    '{names} said yes to sharing it {where}. It is shared only if you say yes too. No is fine.',
  'sharing.state.stoppedBy':
    '{by, select, you {You} writer {{name}} yourNamedCarer {{name}, your parent or carer,} yourCarer {Your parent or carer} other {{name}’s parent or carer}} stopped sharing it {where} on {date}.',
  'sharing.state.youStopped': 'You stopped sharing it {where} on {date}.',
  'sharing.state.shareAgain': 'You can share it again whenever you want.',
  'sharing.state.ended': 'Your yes to sharing it {where} ended on {date}.',
  'sharing.state.endedDetail': 'It is not shared. You can share it again whenever you want.',
  'sharing.state.nameYouChose': 'the name you chose',
  'sharing.state.showing': '{where} since {granted}, as “{name}”, until {until}.',
  'sharing.state.mayBeUsed':
    'You said yes on {granted}: it may be used {where}, as “{name}”, until {until}.',
  'sharing.state.notYet':
    'You said yes on {granted} to sharing it {where}, as “{name}”, until {until}. It is not shared yet.',
  'sharing.state.stoppedSo':
    '{by, select, you {You} writer {{name}} yourNamedCarer {{name}, your parent or carer,} yourCarer {Your parent or carer} other {{name}’s parent or carer}} stopped sharing it on {date}, so it is not shared. It is shared again only if {whose, select, you {you say} other {{whoseName} says}} yes again.',
  'sharing.state.ranOut': '{names}’s yes has run out, so it is not shared.',
  'sharing.state.anotherRanOut': 'Another writer’s yes has run out, so it is not shared.',
  'sharing.state.olderVersion':
    'Your yes is for version {yes}. Your changes since then (version {latest}) stay private until you share them.',
  'sharing.state.lastDay':
    '{days, plural, =0 {Today is the last day it is shared, unless you choose to keep sharing.} one {Tomorrow is the last day it is shared, unless you choose to keep sharing.} other {The last day it is shared is # days from now, unless you choose to keep sharing.}}',
  'sharing.waiting': 'Waiting for {who}.',
  'sharing.waiting.andCarers': '{people}, and for {carers}',
  'sharing.waiting.youGrownUp': 'you (you are 18 now, so your parent or carer no longer answers)',
  'sharing.waiting.yourCarer': 'your parent or carer',
  'sharing.waiting.theirCarer': '{name}’s parent or carer',
  'sharing.waiting.thisVersion': '{name} (to say yes to this version)',

  'sharing.form.noAnswer': 'Choose one of the answers, then send it. Nothing has changed.',
  'sharing.form.noStory': 'There is no such story.',
  'sharing.form.chooseWhere': 'Choose where to share it.',
  'sharing.form.chooseName': 'Choose how you are named.',
  'sharing.form.noVersion': 'That version of the story does not exist.',
  'sharing.form.chooseHowLong': 'Choose how long to share it for.',
  'sharing.form.tooLong': 'You can share for {months} months at most.',
  'sharing.form.pseudonymTooLong': 'Keep the made-up name to {max} letters or fewer.',
  'sharing.form.tryAgain': 'Please try again.',
  'sharing.form.writePseudonym': 'Write the made-up name you want to use.',
  'sharing.form.chooseUse': 'Choose which use to change.',
  'sharing.form.cannotRenew':
    'This cannot be kept going from here. To share it for longer, choose “Change how I am named” and pick how long.',
  'sharing.form.changedSincePreview':
    'This changed since you looked at the preview, so nothing was shared. Look at it again below before you say yes.',
  'sharing.form.nothingToAnswer': 'There is nothing here to answer.',
  'sharing.form.askedChanged':
    'What you were asked about has changed. Nothing was approved. Look again before you answer.',
  'sharing.form.cancel': 'Cancel',
  'sharing.refusal.not-an-author': 'This person did not write this story.',
  'sharing.refusal.not-allowed':
    'Only the person who wrote this can share it. A guardian can only approve or stop it while they are under 18.',
  'sharing.refusal.no-such-revision': 'That version of the story does not exist.',
  'sharing.refusal.bad-expiry': 'Pick an end date after today and no more than 12 months away.',
  'sharing.refusal.nothing-to-renew':
    'There is nothing to extend. If sharing has ended, share the story again.',
  'sharing.refusal.nothing-to-withdraw':
    'This story is not shared this way, so there is nothing to stop.',
  'sharing.refusal.nothing-to-approve': 'There is nothing waiting for your approval.',
  'sharing.refusal.not-expired': 'This permission has not run out.',
  'sharing.approvals.stopped':
    '{by, select, carer {{name}’s parent or carer} other {{name}}} stopped sharing it, so it is not shared.',
  'sharing.approvals.notYet': 'It is not shared yet.',

  'sharing.receipts.title': 'My receipts',
  'sharing.receipts.lead':
    'Each time you say yes, keep sharing or stop sharing, you get a receipt. It says what you chose and how to change your mind.',
  'sharing.receipts.none': 'You have no receipts yet. You get one when you share a story.',
  'sharing.receipts.deletedStory': 'A story that has been deleted',
  'sharing.receipts.asCarer': 'a change you made as a parent or carer',
  'sharing.receipts.one': 'Receipt',
  'sharing.receipts.all': 'All my receipts',
  'sharing.receipts.change': 'Change or stop sharing',
  'sharing.receipts.youngPeople': 'Stories of young people you look after',
  'sharing.receipts.number': 'Receipt number: {id}',
  'sharing.receipts.download':
    'Download this receipt for a computer (JSON, Kantara Consent Receipt 1.1)',
  'sharing.receipts.noSuch': 'There is no such receipt.',

  'sharing.stopAll.title': 'Stop sharing all my stories',
  'sharing.stopAll.heading': 'Stop sharing all your stories?',
  'sharing.stopAll.lead':
    'Every story you wrote stops being shared, everywhere, straight away: your group, the public website and every other use. You do not have to say why.',
  'sharing.stopAll.notDeleted':
    'Your stories are not deleted. You can share them again later, one by one. Copies outside our website, like a printed newsletter, become tasks for staff to take down.',
  'sharing.stopAll.yes': 'Yes, stop sharing everything',
  'sharing.stopAll.no': 'No, go back',

  'sharing.receipt.youngPerson': 'the young person',
  'sharing.receipt.yourGuardian': 'Your guardian',
  'sharing.receipt.yourGuardianNamed': 'Your guardian {name}',
  'sharing.receipt.storyYouDeleted': 'a story you deleted',
  'sharing.receipt.storyDeleted': 'a story that has since been deleted',
  'sharing.receipt.version': '(version {number})',
  'sharing.receipt.as': ', as ‘{name}’',
  'sharing.receipt.until': ', until {date}',
  'sharing.receipt.ended': 'That date has now passed, so this permission has ended.',
  'sharing.receipt.when': 'Date of this change: {moment}.',
  'sharing.receipt.howToStop':
    'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
  'sharing.receipt.takenDownOnSite': 'It was taken down straight away.',
  'sharing.receipt.takenDownOffSite':
    'It will not be used there again. Staff have been asked to take it down anywhere it is still showing.',
  'sharing.receipt.shareAgain':
    'If you want to share it again, you can do that on the story’s sharing page.',
  'sharing.receipt.grant.theirHeading': '{subject} said yes to sharing',
  'sharing.receipt.grant.theirs':
    '{subject} said yes to {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.grant.heading': 'You said yes to sharing your story',
  'sharing.receipt.grant.mine': 'You said yes to {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.renew.heading': 'You kept sharing your story',
  'sharing.receipt.renew.mine': 'You said yes to keep {doing} {story}{version} {where}{as}{until}.',
  'sharing.receipt.withdraw.heading': 'You stopped sharing your story',
  'sharing.receipt.withdraw.mine': 'You stopped sharing {story} {where}.',
  'sharing.receipt.expire.heading': 'Your permission ran out',
  'sharing.receipt.expire.theirHeading': '{subject}’s permission ran out',
  'sharing.receipt.expire.mine':
    'Your permission to {verb} {story}{version} {where} ran out on {date}.',
  'sharing.receipt.expire.theirs':
    '{subject}’s permission to {verb} {story}{version} {where} ran out on {date}.',
  'sharing.receipt.expire.takenDownOnSite': 'It was taken down when the permission ran out.',
  'sharing.receipt.expire.takenDownOffSite': 'It will not be used there again.',
  'sharing.receipt.approve.heading': 'Your guardian agreed',
  'sharing.receipt.approve.mine':
    '{guardian} agreed that you can {verb} {story}{version} {where}{as}{until}.',
  'sharing.receipt.approve.howToStop':
    'You or your guardian can stop sharing at any time on the story’s sharing page.',
  'sharing.receipt.approve.guardianHeading': 'You agreed, as {subject}’s guardian',
  'sharing.receipt.approve.guardian':
    'You agreed that {subject} can {verb} {story}{version} {where}{as}{until}.',
  'sharing.receipt.approve.guardianHowToStop':
    'You or {subject} can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
  'sharing.receipt.guardianStop.heading': 'Your guardian stopped sharing your story',
  'sharing.receipt.guardianStop.mine': '{guardian} stopped sharing {story} {where}.',
  'sharing.receipt.guardianStop.talk':
    'If you want to talk about this, speak to your guardian or your group’s facilitator.',
  'sharing.receipt.guardianStop.guardianHeading': 'You stopped sharing, as {subject}’s guardian',
  'sharing.receipt.guardianStop.guardian': 'You stopped {subject} sharing {story} {where}.',

  'sharing.kantara.method.request':
    'Web form: the contributor answered a request from staff, after seeing a preview of exactly what would be shown',
  'sharing.kantara.method.grant':
    'Web form: the contributor chose this on the story’s sharing page, after seeing a preview of exactly what would be shown',
  'sharing.kantara.method.renew':
    'Web form: the contributor renewed this on the story’s sharing page',
  'sharing.kantara.method.withdraw':
    'Web form: the contributor withdrew this on the story’s sharing page',
  'sharing.kantara.method.expire': 'Automatic: the end date chosen by the contributor passed',
  'sharing.kantara.method.approve':
    'Web form: a linked guardian co-consented on the story’s sharing page',
  'sharing.kantara.method.guardianStop':
    'Web form: a linked guardian withdrew this on the story’s sharing page',
  'sharing.kantara.ends':
    'Ends on {until}, or earlier when withdrawn by the contributor (or, for a young person, their guardian) on the story’s sharing page',
  'sharing.kantara.endsWhenWithdrawn':
    'Ends when withdrawn by the contributor on the story’s sharing page',
  'sharing.kantara.ended.withdraw': 'Ended: withdrawn by the contributor at {at}',
  'sharing.kantara.ended.guardianStop': 'Ended: withdrawn by a guardian at {at}',
  'sharing.kantara.ended.expireAt': 'Ended: expired at {until} (recorded at {at})',
  'sharing.kantara.ended.expire': 'Ended: expired (recorded at {at})',
  'sharing.kantara.as': ', naming the author as ‘{name}’',
  'sharing.kantara.service': 'Sharing a story told on Heard',
  'sharing.kantara.spiCat':
    'May include any special category the author chose to write about (for example health, beliefs, sex life or ethnic origin)',

  'sharing.email.hello': 'Hello {name},',
  'sharing.email.helloThere': 'Hello there,',
  'sharing.email.footer': 'From {organisation}. Questions about your consent: {email}.',
  'sharing.email.footerShort': 'From {organisation}. Questions: {email}.',
  'sharing.email.receiptChange': 'To stop sharing or change how you are named: {link}',
  'sharing.email.receiptLink': 'This receipt: {link}',
  'sharing.email.stoppedAllSubject': 'You stopped sharing all your stories',
  'sharing.email.stoppedAll':
    'You stopped sharing all your stories. Here are your {count, plural, one {receipt} other {# receipts}}.',
  'sharing.reminder.subject': 'Your story “{title}”: the last day it is shared is {date}',
  'sharing.reminder.saidYes': 'You said yes to sharing your story “{title}”.',
  'sharing.reminder.where': 'Where: {where}.',
  'sharing.reminder.named': 'How you are named: {name}.',
  'sharing.reminder.lastDay':
    'The last day it is shared is {date} ({days, plural, =0 {today} one {# day from now} other {# days from now}}).',
  'sharing.reminder.waitingForCarer': 'It is still waiting for your parent or carer to agree.',
  'sharing.reminder.nothingChanges': 'Nothing changes unless you choose.',
  'sharing.reminder.ifNothing':
    'If you do nothing, sharing stops after that day. Your story stays yours.',
  'sharing.reminder.noReason': 'You do not have to give a reason.',
  'sharing.reminder.keep': 'Keep sharing: {link}',
  'sharing.reminder.stop': 'Stop sharing: {link}',
  'sharing.news.someone': 'Someone',
  'sharing.news.liveSubject': '{title} is now shared {where}',
  'sharing.news.live':
    'Everyone who needed to say yes has said yes, so {whose, select, ward {{ward}’s story} other {your story}} {title} is now shared {where}, until {date}.',
  'sharing.news.canStop': 'It can be stopped at any time, and nobody has to say why:',
  'sharing.news.stoppedSubject': '{title} is no longer shared {where}',
  'sharing.news.stopped':
    '{by, select, carer {{name}’s parent or carer} other {{name}}} stopped sharing {title} {where}, so it is no longer shared there.',
  'sharing.news.cameDown': 'It came down straight away.',
  'sharing.news.staffTakeDown': 'Staff will take it down from wherever it was used.',
  'sharing.news.coAuthorSubject': '{name} said yes to sharing {title}',
  'sharing.news.coAuthor': '{name} said yes to sharing {title}, which you wrote together, {where}.',
  'sharing.news.coAuthorNo':
    'It is shared only if you say yes too. No is fine: you do not have to say why, and nothing else changes.',
  'sharing.news.seeAndDecide': 'See exactly what would be shared, and decide:',
  'sharing.news.carerSubject': '{name} asked to share {title}: it needs your answer',
  'sharing.news.carer': '{name}, who you look after, said yes to sharing {title} {where} ({use}).',
  'sharing.news.carerNo':
    'It is shared only if you say yes too. You can say yes or no, and you do not have to say why.',
  'sharing.news.seeAndAnswer': 'See exactly what would be shared, and answer:',
} as const;
