/** English words: requests to use a story, answers, uses, takedowns, fairness and fair use. */
export default {
  // Where a use puts a story, as it follows the story's title.
  'requests.in.newsletter': 'in the newsletter',
  'requests.in.social_media': 'in social media',
  'requests.in.press': 'in newspapers, radio and TV',
  'requests.in.funding_and_reports': 'in funding bids and reports',
  'requests.in.training': 'in training',
  'requests.in.book': 'in the book',

  // Where a request stands, for staff; what the contributor answered; the name wanted.
  'requests.status.open': 'Waiting for an answer',
  'requests.status.accepted': 'Yes',
  'requests.status.accepted_anonymous': 'Yes, without their name',
  'requests.status.declined': 'Declined',
  'requests.status.lapsed': 'Declined (no answer in 30 days)',
  'requests.status.cancelled': 'Cancelled',
  'requests.answered.yes': 'You said yes',
  'requests.answered.yes_anonymous': 'You said yes, without your name',
  'requests.answered.no': 'You said no',
  'requests.outcome.lapsed': 'No answer in 30 days, so the answer was no',
  'requests.outcome.cancelled': 'They took the question back',
  'requests.outcome.coAuthorNo': 'Someone who wrote it with you said no',
  'requests.nameWanted.named': 'Their full name',
  'requests.nameWanted.first_name': 'Their first name only',
  'requests.nameWanted.pseudonym': 'The made-up name they use',
  'requests.nameWanted.anonymous': 'No name (anonymous)',
  'requests.anonymous': 'Anonymous',

  // A request refused, for the staff member asking.
  'requests.refused.notAskable': 'This story is not open to requests.',
  'requests.refused.notAChannel': 'Choose where you want to use the story.',
  'requests.refused.alreadyOpen': 'This story already has a request waiting for an answer.',
  'requests.refused.capReached':
    'Someone who wrote this story has had {requests, plural, one {# request} other {# requests}} in the last {days} days, which is the most we ask anyone. Ask someone else.',
  'requests.refused.badDates':
    'Choose a start date from today, and an end date after it and no more than 12 months away.',

  // What a request asks, in plain words and Easy Read.
  'requests.fact.askedBy': 'Who is asking',
  'requests.fact.where': 'Where',
  'requests.fact.what': 'What they want to use',
  'requests.fact.whole': 'The whole story',
  'requests.fact.part': 'The part shown below',
  'requests.fact.purpose': 'What for',
  'requests.fact.audience': 'Who will see it',
  'requests.fact.name': 'How you are named',
  'requests.fact.when': 'When',
  'requests.fromTo': 'From {start} to {end}',
  'requests.easy.wantsWhole': '{name} wants to use your whole story.',
  'requests.easy.wantsPart': '{name} wants to use a part of your story.',
  'requests.easy.goesIn': 'It would go in: {where}.',
  'requests.easy.seenBy': 'Who will see it: {audience}',
  'requests.easy.name': 'Your name would show as: {name}.',
  'requests.easy.fromTo': 'From {start} to {end}.',
  'requests.easy.answers': 'You can say yes, yes without your name, or no. No is fine.',
  'requests.easy.noWhy': 'You do not have to say why.',
  'requests.easy.changeMind': 'If you say yes, you can change your mind later.',
  'requests.easy.lapses': 'If you do not answer by {date}, the answer is no.',
  'requests.someoneAt': 'Someone at {organisation}',
  'requests.by': 'By {name}',
  'requests.askToUse': 'Ask to use “{title}”',
  'requests.decision.send': 'Send my answer',

  // /my/requests and /my/requests/<id>: the contributor's answer.
  'requests.my.title': 'Requests to use your stories',
  'requests.my.lead':
    'Sometimes staff would like to use your story, for example in the newsletter. You choose. No is fine, and you never have to say why.',
  'requests.my.saidNo': 'You said no. Nothing will be used. Thank you for letting us know.',
  'requests.my.saidYes':
    'You said yes{anonymous, select, yes {, without your name} other {}}.{receipt, select, yes { <receipt>See your receipt</receipt>.} other {}} You can change your mind at any time on <sharing>the story’s sharing page</sharing>.',
  'requests.my.savedOpen': 'Saved: you are open to being asked.',
  'requests.my.savedClosed':
    'Saved: staff will not see your stories to ask about, unless they are on the public website.',
  'requests.my.waiting': 'Waiting for your answer',
  'requests.my.nobodyAsking': 'Nobody is asking anything just now.',
  'requests.my.mayWeUseIn': 'May we use “{title}” {where}?',
  'requests.my.asks': '{name} asks. No is fine, and you never have to say why.',
  'requests.my.someoneHere': 'Someone here',
  'requests.my.seeAndAnswer': 'See exactly what they ask, and answer',
  'requests.my.before': 'Before',
  'requests.my.noneBefore': 'No earlier requests.',
  'requests.my.askedOn': 'Asked on {date}. {outcome}.',
  'requests.my.seeUses': 'See where it is used, or stop it',
  'requests.my.openQuestion': 'Are you open to being asked?',
  'requests.my.saveAnswer': 'Save my answer',
  'requests.my.openYes': 'Yes, I’m open to being asked',
  'requests.my.openNo': 'No, please don’t ask me',
  'requests.my.nowOpen': 'Now: yes, you are open to being asked.',
  'requests.my.nowClosed': 'Now: no. Staff only ask about stories on the public website.',
  'requests.my.openExplained':
    'If you say yes, staff can see the titles of stories you have shared (for example with your group) and your first name, so they can ask you. They cannot read the stories unless you say yes to a request. You can change this at any time.',
  'requests.one.mayWeUse': 'May we use “{title}”?',
  'requests.one.all': 'All requests to use your stories',
  'requests.one.heading': 'A request to use your story',
  'requests.one.yes': 'Yes',
  'requests.one.yesHint': 'Named as “{name}”.',
  'requests.one.yesAnonymous': 'Yes, but without my name',
  'requests.one.yesAnonymousHint': 'Your name is not shown.',
  'requests.one.no': 'No',
  'requests.one.noHint': 'Nothing is used. You do not have to say why.',
  'requests.one.noIsFine': 'No is fine. You never have to give a reason, and nothing else changes.',
  'requests.one.theirMessage': 'Their message',
  'requests.one.under18':
    '<strong>You are under 18:</strong> if you say yes, your parent or carer must say yes too before it is used.',
  'requests.one.exactly': 'This is exactly what people would see',
  'requests.one.ifYes': 'If you say yes',
  'requests.one.ifYesAnonymous': 'If you say yes, but without your name',
  'requests.one.askedOn': 'Asked on {date}. {outcome}. Nothing is waiting for your answer.',

  // Staff: stories to ask about, asking, the requests and one request.
  'requests.stories.title': 'Stories to ask about',
  'requests.stories.lead':
    'You can ask to use a story that is on the public website, or a story whose writer said they are open to being asked. They can say yes, yes without their name, or no. Each person gets at most {requests, plural, one {# request} other {# requests}} in {days} days, so nobody is asked again and again.',
  'requests.stories.offered': 'Open to being asked',
  'requests.stories.noneOffered':
    'Nobody who is open to being asked has a story to offer just now.',
  'requests.stories.public': 'On the public website',
  'requests.stories.nonePublic': 'No stories are on the public website just now.',
  'requests.stories.more': 'More stories',
  'requests.card.capReached':
    'Asked {requests, plural, one {# time} other {# times}} in the last {days} days: nobody may ask again yet.',
  'requests.card.left':
    '{left} of {requests, plural, one {# request} other {# requests}} left in the last {days} days.',
  'requests.card.unread': 'By {name}. You cannot read it unless they say yes.',
  'requests.card.waiting': 'A request is waiting for their answer.',
  'requests.new.lead':
    'By {name}. They will see your request in plain words and in Easy Read, with exactly what you would use. They can say yes, yes without their name, or no, and do not have to give a reason. If they do not answer in 30 days, the answer is no.',
  'requests.new.cap':
    'Each person gets at most {requests, plural, one {# request} other {# requests}} in {days} days. The people who wrote this can get {left} more.',
  'requests.new.send': 'Send the request',
  'requests.new.where': 'Where do you want to use it?',
  'requests.new.purpose': 'What is it for?',
  'requests.new.purposeHint': 'For example “Our winter newsletter, about growing older”.',
  'requests.new.audience': 'Who will see it?',
  'requests.new.audienceHint': 'For example “About 2,000 people who get our newsletter”.',
  'requests.new.cannotRead':
    'You cannot read this story, so you are asking about the whole story. They will see all of it in the preview before they answer.',
  'requests.new.excerpt': 'The words you want to use',
  'requests.new.excerptHint':
    'Copy them exactly from the story below. Leave this empty to ask about the whole story.',
  'requests.new.publicText': 'The story as the public sees it',
  'requests.new.name': 'How would you name them?',
  'requests.new.startsOn': 'First day you would use it',
  'requests.new.endsOn': 'Last day you would use it',
  'requests.new.endsOnHint': 'No more than 12 months away.',
  'requests.new.message': 'A message to them, in plain words (you can leave this empty)',
  'requests.new.back': 'Back to stories',
  'requests.list.title': 'Requests',
  'requests.list.lead':
    'What you asked, and the answers. A no shows as “Declined”, with nothing more: nobody has to explain a no.',
  'requests.list.none': 'No requests yet. <link>Find a story to ask about</link>.',
  'requests.list.caption': 'Requests, newest first',
  'requests.list.story': 'Story',
  'requests.list.askedOn': 'Asked on',
  'requests.list.answer': 'Answer',
  'requests.staff.title': 'Request: {title}',
  'requests.staff.heading': 'Request to use “{title}”',
  'requests.staff.sent': 'Your request was sent. They will get an email and see it on their page.',
  'requests.staff.logged':
    'The use was logged. The person who wrote it can see it on their sharing page.',
  'requests.staff.cancelled': 'You took the request back.',
  'requests.staff.nameAsked': 'Name asked for',
  'requests.staff.asked': 'Asked',
  'requests.staff.askedBy': '{date} by {name}',
  'requests.staff.takeBack': 'Take this request back',
  'requests.staff.mayUse': 'What you may use, exactly as agreed',
  'requests.staff.askedAbout': 'The words you asked about',
  'requests.staff.nameAs': 'Name them as: <strong>{name}</strong>',
  'requests.staff.uses': 'Where it has been used',
  'requests.staff.noUses': 'No uses logged yet.',
  'requests.staff.use':
    '<strong>{where}</strong>, on {date}{hasLink, select, yes { (<link>link</link>)} other {}}',
  'requests.staff.mustTakeDown': 'Must be taken down: see takedowns.',
  'requests.staff.takenDown': 'Taken down on {date}.',
  'requests.staff.logSend': 'Log this use',
  'requests.staff.logHeading': 'Log a use',
  'requests.staff.whereUsed': 'Where you used it',
  'requests.staff.whereUsedHint': 'For example “the May newsletter”.',
  'requests.staff.link': 'A link to it, if there is one',
  'requests.staff.usedOn': 'The day you used it',
  'requests.staff.back': 'Back to requests',

  // Takedowns, for staff and for the contributor.
  'requests.takedowns.title': 'Takedowns',
  'requests.takedowns.lead':
    'When someone stops sharing, or the time they agreed to ends, every place their story was used must be cleared. Take each one down, then say it is done. They can see how it is going.',
  'requests.takedowns.marked':
    'Marked as done. The person who wrote it can see that it has been removed.',
  'requests.takedowns.overdue':
    '{count, plural, one {# task has} other {# tasks have}} been open for more than {hours} hours. Admins have been told.',
  'requests.takedowns.toTakeDown': 'To take down',
  'requests.takedowns.none': 'Nothing to take down.',
  'requests.takedowns.where':
    'Where: {where}{hasLink, select, yes { (<link>{link}</link>)} other {}}. Used on {date}.',
  'requests.takedowns.since': 'To take down since {time}.',
  'requests.takedowns.late': 'Overdue.',
  'requests.takedowns.note': 'What did you do? (you can leave this empty)',
  'requests.takedowns.yes': 'Yes, it has been taken down',
  'requests.takedowns.notYet': 'No, not yet',
  'requests.takedowns.markDone': 'Mark as done',
  'requests.takedowns.done': 'Done',
  'requests.takedowns.noneDone': 'Nothing has been taken down yet.',
  'requests.takedowns.removed': 'Removed from {where} on {date}.',
  'requests.takedowns.removedBy': 'Removed from {where} on {date} by {name}.',
  'requests.uses.used': 'Used {in}: {where}, on {date}.',
  'requests.uses.takingDown': 'Being taken down from {where} since {date}.',

  // /staff/fairness.
  'requests.fairness.title': 'Fairness',
  'requests.fairness.lead':
    'Since {date}: {people, plural, one {# person has} other {# different people have}} been featured, in {uses, plural, one {# use} other {# uses}}. Ask widely, not the same few people.',
  'requests.fairness.featured': 'Who has been featured',
  'requests.fairness.noneFeatured': 'Nobody’s story has been used in the last 12 months.',
  'requests.fairness.caption': 'People featured in the last 12 months, most first',
  'requests.fairness.person': 'Person',
  'requests.fairness.used': 'Times used',
  'requests.fairness.asked': 'Times asked',
  'requests.fairness.neverAsked': 'Open to being asked, not asked yet',
  'requests.fairness.everyoneAsked':
    'Everyone who is open to being asked has been asked in the last 12 months.',
  'requests.fairness.notAsked':
    'These people said they are open to being asked and have not been asked in 12 months.',
  'requests.fairness.seeStories': 'See their stories',
  'requests.fairness.services': 'Stories shared to improve our services',
  'requests.fairness.servicesLate':
    '{count, plural, one {# story has} other {# stories have}} waited more than {days} days for an answer. Please ask a service lead to read {count, plural, one {it} other {them}}.',
  'requests.fairness.noneShared': 'Nobody is sharing a story to improve our services right now.',
  'requests.fairness.servicesCaption':
    'Per group: stories shared to improve our services, how many have an answer, and the longest wait',
  'requests.fairness.group': 'Group',
  'requests.fairness.shared': 'Shared now',
  'requests.fairness.answered': 'Answered',
  'requests.fairness.wait': 'Longest wait for an answer',
  'requests.fairness.noGroup': 'Not in a group',
  'requests.fairness.noneWaiting': 'None waiting',
  'requests.fairness.days':
    '{days, plural, one {# day} other {# days}}{late, select, yes { ({overdue} over {limit} days)} other {}}',

  // Emails: to an author asked, to the staff member who asked, to comms and admins.
  'requests.mail.hello': 'Hello {name},',
  'requests.mail.askSubject': '{asker} asks: may we use your story “{title}”?',
  'requests.mail.wouldLike':
    '{asker}, at {organisation}, would like to use your story “{title}” {where}.',
  'requests.mail.answers': 'You can say yes, yes without your name, or no.',
  'requests.mail.noIsFine':
    'No is fine. You do not have to give a reason, and nothing else changes.',
  'requests.mail.answerAt': 'See exactly what they are asking, and answer: {link}',
  'requests.mail.from': 'From {organisation}. Questions: {email}.',
  'requests.mail.answeredSubject': 'Your request to use “{title}”: {status}',
  'requests.mail.answered': 'Your request to use “{title}” {where}: {status}.',
  'requests.mail.details': 'Details: {link}',
  'requests.mail.takedownSubject':
    '{count, plural, one {Take down “{title}”: consent has ended} other {Take down # uses: consent has ended}}',
  'requests.mail.takedownWhy':
    'The person who wrote these has stopped sharing them, or the time they agreed to has ended.',
  'requests.mail.takedownPlease': 'Please take each one down, then mark it done:',
  'requests.mail.takedownTask':
    '- {task}{hasLink, select, yes { ({link})} other {}}, used on {date}. Since {since}.',
  'requests.mail.overdueSubject':
    '{count, plural, one {# takedown task is} other {# takedown tasks are}} overdue',
  'requests.mail.overdue': 'These takedown tasks have been open for more than {hours} hours:',

  // Refusals and form errors, for the person asking, answering or logging.
  'requests.error.noSuchRequest': 'There is no such request.',
  'requests.error.chooseAnswer': 'Choose yes, yes without my name, or no.',
  'requests.error.notWaiting':
    'This request is no longer waiting for an answer. Nothing was changed.',
  'requests.error.alreadyAnswered': 'You have already answered this.',
  'requests.error.passed': 'The time this use was for has passed. Nothing was changed.',
  'requests.error.notRecorded': 'This could not be recorded. Nothing was changed.',
  'requests.error.chooseYesNo': 'Choose yes or no.',
  'requests.error.fix': 'Some answers need changing.',
  'requests.error.noVersion': 'This version of the story could not be found.',
  'requests.error.onlyCommsAsk': 'Only comms staff can ask to use a story.',
  'requests.error.onlyComms': 'Only comms staff can do this.',
  'requests.error.onlyStaff': 'Only staff can do this.',
  'requests.error.onlyAdmins': 'Only admins can do this.',
  'requests.error.tryAgain': 'Try again.',
  'requests.error.purpose': 'Say what you want to use it for.',
  'requests.error.purposeLong': 'Keep what it is for to 2,000 characters or fewer.',
  'requests.error.audience': 'Say who will see it.',
  'requests.error.audienceLong': 'Keep who will see it to 2,000 characters or fewer.',
  'requests.error.excerptLong': 'Keep the part you want to use to 20,000 characters or fewer.',
  'requests.error.name': 'Choose how the person would be named.',
  'requests.error.startsOn': 'Choose the first day you would use it.',
  'requests.error.endsOn': 'Choose the last day you would use it.',
  'requests.error.messageLong': 'Keep your message to 2,000 characters or fewer.',
  'requests.error.cannotRead':
    'You cannot choose words from a story you cannot read. Ask about the whole story.',
  'requests.error.leaveEmpty': 'Leave this empty: you will ask about the whole story.',
  'requests.error.notExact':
    'Copy the words exactly as they are on the public page, or leave this empty to ask about the whole story.',
  'requests.error.capRequests': 'Write how many requests, as a number.',
  'requests.error.capRequestsWhole': 'Write how many requests, as a whole number.',
  'requests.error.capRequestsMin': 'Allow at least 1 request.',
  'requests.error.capRequestsMax': 'Allow no more than {max} requests.',
  'requests.error.capDays': 'Write how many days, as a number.',
  'requests.error.capDaysWhole': 'Write how many days, as a whole number.',
  'requests.error.capDaysMin': 'Choose at least 7 days.',
  'requests.error.capDaysMax': 'Choose no more than {max} days.',
  'requests.error.awaitingGuardian':
    'It is waiting for a parent or carer to agree. Do not use it yet.',
  'requests.error.expired': 'The time they agreed to has ended. Do not use it.',
  'requests.error.withdrawn':
    'They have stopped sharing it this way. Do not use it, and take down any use.',
  'requests.error.whereUsed': 'Say where you used it, for example “the May newsletter”.',
  'requests.error.whereUsedLong': 'Keep where you used it to 500 characters or fewer.',
  'requests.error.linkLong': 'Keep the link to 2,000 characters or fewer.',
  'requests.error.link': 'A link starts with http:// or https://, or leave it empty.',
  'requests.error.usedOn': 'Choose the day you used it.',
  'requests.error.usedOnRange': 'Choose a day from {start} to {end}, and not after today.',
  'requests.error.notAgreed': 'This use has not been agreed to, so it cannot be logged.',
  'requests.error.cannotTakeBack': 'This request is no longer waiting, so it cannot be taken back.',
  'requests.error.noSuchTask': 'There is no such task.',
  'requests.error.noteLong': 'Keep the note to 500 characters or fewer.',
  'requests.error.taskDone': 'This task is already done, or there is no such task.',

  // Fair use of storage (src/domain/fair-use.ts), for the person saving.
  'requests.fairUse.save':
    'You have saved a lot in the last hour, more than we can keep for one person. Your writing is safe on this device; it will be saved in about {minutes, plural, one {a minute} other {# minutes}}.',
  'requests.fairUse.photo':
    'You have added a lot of photos in the last hour, more than we can keep for one person. Please add this one again in about {minutes, plural, one {a minute} other {# minutes}}.',
} as const;
