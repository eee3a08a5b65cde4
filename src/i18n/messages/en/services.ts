/** English words: services (being heard: stories shared to improve our services, answers, changes, "You said, we did"). */
export default {
  'services.status.thinking': 'Being thought about',
  'services.status.planned': 'Planned',
  'services.status.happening': 'Happening now',
  'services.status.done': 'Done',
  'services.status.not_possible': 'Not possible',
  'services.ledToThis':
    '{count, plural, one {# person’s story led to this.} other {# people’s stories led to this.}}',
  'services.ledToThisToo':
    '{count, plural, one {# more person’s story led to this too.} other {# more people’s stories led to this too.}}',
  'services.tooLong': 'Keep it to {max, number} characters or fewer.',
  'services.check.noAnswer': 'Write your answer first.',
  'services.check.noWhat': 'Say what is changing.',
  'services.check.noService': 'Say which service it is.',
  'services.check.noStatus': 'Choose how the change stands.',
  'services.check.noWhyNot':
    'Say why it is not possible: the people whose stories led to it will read it.',

  'services.refused.someDetails': 'Some details need changing.',
  'services.refused.onlyLeadsRecord': 'Only service leads record changes.',
  'services.refused.onlyLeadsChange': 'Only service leads change this.',
  'services.refused.onlyLeadsAnswer': 'Only service leads answer stories.',
  'services.refused.thatNotShared': 'That story is not shared with you now.',
  'services.refused.thisNotShared': 'This story is not shared with you now.',
  'services.refused.noSuchChange': 'There is no such change.',
  'services.refused.noSuchStory': 'There is no such story.',
  'services.refused.chooseSharedStory':
    'Choose a story that is shared with you to improve our services.',
  'services.refused.chooseStory': 'Choose a story.',
  'services.refused.chooseAnswer': 'Choose an answer to this story.',
  'services.refused.tryAgain': 'That did not work. Please try again.',
  'services.refused.answersOff': 'The writer has turned answers off for this story.',
  'services.refused.onlyOwnPublic':
    'An answer can show only under a story on the public website that you wrote on your own.',

  'services.email.hello': 'Hello {name},',
  'services.email.nothingToDo': 'You do not have to do anything.',
  'services.email.answer.subject': 'An answer to your story “{title}”',
  'services.email.answer.intro':
    'Someone who plans our services has read your story “{title}” and wrote back to you:',
  'services.email.answer.where': 'You can read it, reply, say whether it helped, or hide it here:',
  'services.email.change.subject': 'What is happening because of your story “{title}”',
  'services.email.change.intro': 'Your story “{title}” helped lead to a change in {service}:',
  'services.email.change.stands': 'How it stands: {status}.',
  'services.email.change.standsWhy': 'How it stands: {status}. Why: {why}',
  'services.email.change.seeAll':
    'You can see everything that happened because of your stories here:',
  'services.email.wait.subject':
    '{count, plural, one {# story is waiting for an answer} other {# stories are waiting for an answer}}',
  'services.email.wait.lead':
    '{count, plural, one {# story shared to improve our services has waited more than {days} days for an answer:} other {# stories shared to improve our services have waited more than {days} days for an answer:}}',
  'services.email.wait.noGroup': 'Not in a group',
  'services.email.wait.ask':
    'Please ask a service lead to read them. The fairness page has the counts:',

  'services.field.what': 'What is changing?',
  'services.field.whatHint':
    'In plain words, for example “The day centre stays open until 7pm on Thursdays”.',
  'services.field.service': 'Which service?',
  'services.field.status': 'How does it stand?',
  'services.field.whyNot': 'If it is not possible, why not?',
  'services.field.whyNotHint':
    'The people whose stories led to it will read this. Leave it empty otherwise.',

  'services.stories.title': 'Stories to improve our services',
  'services.stories.lead':
    'These people chose to share their stories with the people who plan our services. Read them, answer in plain words, and record what changes because of them. A story leaves this list as soon as its writer stops sharing it.',
  'services.stories.none': 'Nobody is sharing a story to improve our services right now.',
  'services.stories.by': 'By {byline}',
  'services.stories.sharedOn': 'shared on {date}',
  'services.stories.answered': 'Answered.',
  'services.stories.waiting': 'Waiting for an answer.',
  'services.stories.answersOff': 'The writer has turned answers off.',

  'services.story.title': '{title}: to improve our services',
  'services.story.sharedOn': 'Shared to improve our services on {date}',
  'services.story.answers': 'Answers',
  'services.story.answered':
    'Your answer is sent. The writer has been emailed and can read it with their story.',
  'services.story.noAnswers': 'Nobody has answered yet.',
  'services.story.answerLabel': 'Your answer to the writer',
  'services.story.answerHint':
    'Plain words, up to {max, number} characters. Say what you heard and what you will do. Do not ask them to tell you more or to speak in public.',
  'services.story.send': 'Send the answer',
  'services.story.changes': 'Changes this story led to',
  'services.story.noChanges': 'None recorded yet.',
  'services.story.recordHeading': 'Record a change this story led to',
  'services.record': 'Record the change',

  'services.changes.title': 'Changes',
  'services.changes.lead':
    'What is changing because people told us their stories. Everyone can read these on <link>You said, we did</link>; the people whose stories led to a change are told.',
  'services.changes.none': 'No changes recorded yet.',
  'services.changes.since': '{status} since {date}',
  'services.changes.noStories': 'No stories linked.',
  'services.changes.ledToIt': 'Stories that led to it: {stories}.',
  'services.changes.storyBy': '“{title}” by {byline}',
  'services.changes.recordHeading': 'Record a change',

  'services.change.recordedOn': 'recorded on {date}',
  'services.change.whyNot': 'Why it is not possible: {why}',
  'services.change.done.recorded':
    'The change is recorded. The writers of any story linked to it have been told.',
  'services.change.done.saved':
    'Saved. If how it stands changed, the writers linked to it have been told.',
  'services.change.done.linked': 'The story is linked. Its writer has been told.',
  'services.change.done.unlinked': 'The story is no longer linked to this change.',
  'services.change.storiesHeading': 'Stories that led to it',
  'services.change.noStories': 'No stories are linked now.',
  'services.change.linkedStory': '<link>{title}</link> by {byline}',
  'services.change.unlink': 'Take this link off',
  'services.change.link': 'Link the story',
  'services.change.linkLabel': 'Link another story that led to it',
  'services.change.chooseStory': 'Choose a story',
  'services.change.storyOption': '{title} by {byline}',
  'services.change.detailsHeading': 'Change the details',
  'services.change.save': 'Save',

  'services.answer.someone': 'Someone who plans our services',
  'services.answer.youFoundHelpful': 'You said this helped.',
  'services.answer.youFoundUnhelpful': 'You said this did not help.',
  'services.answer.writerFoundHelpful': 'The writer found this helpful.',
  'services.answer.writerFoundUnhelpful': 'The writer did not find this helpful.',

  'services.answers.title': 'Answers: {title}',
  'services.answers.nav': 'This story',
  'services.answers.nav.write': 'Write',
  'services.answers.nav.sharing': 'Who can see it',
  'services.answers.nav.changes': 'What happened because of my stories',
  'services.answers.heading': 'Answers to “<story>{title}</story>”',
  'services.answers.shared':
    'You share this story to improve our services. The people who plan our services can write back to you here.',
  'services.answers.notShared':
    'This story is not shared to improve our services now, so nobody can read it that way or send a new answer.',
  'services.answers.done.replied': 'Your reply is sent.',
  'services.answers.done.helpful': 'Thank you. They can see it helped.',
  'services.answers.done.notHelpful': 'Thank you. They can see it did not help.',
  'services.answers.done.hidden': 'That answer is hidden.',
  'services.answers.done.shown': 'That answer shows again.',
  'services.answers.done.shownPublicly': 'That answer now shows on your public story page.',
  'services.answers.done.notShownPublicly':
    'That answer no longer shows on your public story page.',
  'services.answers.done.off': 'Answers are off. Nobody can send a new one.',
  'services.answers.done.on': 'Answers are on again.',
  'services.answers.none': 'No answers.',
  'services.answers.noneShowing': 'No answers showing.',
  'services.answers.helped': 'This helped',
  'services.answers.didNotHelp': 'This did not help',
  'services.answers.hide': 'Hide this answer',
  'services.answers.showsPublicly': 'This answer shows on your public story page.',
  'services.answers.chosePublicly':
    'You chose to show this answer on your public story page. It shows there only while your story is on the public website.',
  'services.answers.stopShowing': 'Stop showing it on my public story page',
  'services.answers.mayShow':
    'Your story is on the public website. You can show this answer under it, so readers see how we answered. They will see it exactly as written, including any names in it. You do not have to.',
  'services.answers.show': 'Show it on my public story page',
  'services.answers.replyLabel': 'Reply (you do not have to)',
  'services.answers.sendReply': 'Send the reply',
  'services.answers.hiddenHeading': 'Answers you hid',
  'services.answers.hiddenLine': 'An answer from {date}, hidden.',
  'services.answers.showAgain': 'Show it again',
  'services.answers.onOffHeading': 'Answers on or off',
  'services.answers.onNow':
    'Answers are on: the people who plan our services can write back to you about this story.',
  'services.answers.offNow': 'Answers are off: nobody can send a new answer about this story.',
  'services.answers.turnOff': 'Turn answers off',
  'services.answers.turnOn': 'Turn answers on',

  'services.yswd.title': 'You said, we did',
  'services.yswd.description': 'What is changing because people told us their stories.',
  'services.yswd.lead':
    'People told us their stories so that we could make our services better. This is what is changing because of them. <link>Follow the changes by RSS</link>.',
  'services.yswd.none': 'Nothing here yet.',
  'services.yswd.meta': '<strong>{status}</strong> since {since} · first recorded on {recorded}',
  'services.yswd.contentNotes': 'Content notes: {notes}',
  'services.yswd.feedTitle': 'Heard: you said, we did',
  'services.yswd.feedQuoteNotes': 'From “{title}” by {byline}. Content notes: {notes}.',
} as const;
