/** English words: my (a contributor's own stories, invitations, people on a story, versions, writing). */
export default {
  // My stories (src/pages/my/index.astro)
  'my.home.title': 'My stories',
  'my.home.hello': 'Hello, {name}',
  'my.home.start': 'Start a new story',
  'my.home.requests':
    '<link>Requests to use your stories</link>, and whether you are open to being asked.',
  'my.home.groups': 'Your groups',
  'my.home.facilitator': '(you facilitate it)',
  'my.home.waitingRequests':
    '{count, plural, one {Someone would like to use one of your stories.} other {Someone would like to use your stories (# requests).}} <link>See what they ask, and answer</link>. No is fine.',
  'my.home.declined': 'You said no, thank you. Nothing changes for you.',
  'my.home.grownUp':
    'You are 18 now, so you decide on your own what is shared. {count, plural, one {One thing was shared when you were younger.} other {# things were shared when you were younger.}} <link>Choose whether to keep sharing each one</link>. Nothing has stopped.',
  'my.home.asGuardian':
    '{count, plural, one {A young person you look after has asked to share something. It waits for your answer.} other {Young people you look after have asked to share # things. They wait for your answer.}} <link>Read and answer</link>. You can say yes or no.',
  'my.home.asCoAuthor':
    '{names} said yes to sharing “{title}” {where}. It is shared only if you say yes too. <link>See it and decide</link>. No is fine.',
  'my.home.invitations': 'Invitations to write together',
  'my.home.invitedBy': '{name} asked you to write this with them.',
  'my.home.invitedBySomeone': 'Someone asked you to write this with them.',
  'my.home.readInvitation': 'Read the invitation and answer',
  'my.home.prompt.heading': 'Offer a writing prompt',
  'my.home.prompt.offered': 'Your prompt is offered. Members see it when they start a story.',
  'my.home.prompt.send': 'Offer this prompt',
  'my.home.prompt.group': 'To which group?',
  'my.home.prompt.text': 'The prompt',
  'my.home.prompt.hint': 'For example: A place you loved as a child.',
  'my.home.none': 'You have not started a story yet.',
  'my.home.filmScript': 'Film script',
  'my.home.lifeStory': 'Life story',
  'my.home.lastChanged': 'last changed {date}',
  'my.home.public': 'On the public site',
  'my.home.notPublic': 'Not on the public site',
  'my.home.whoCanSee': 'Who can see it',
  'my.home.answers': 'Answers to your story',

  // What happened because of my stories (src/pages/my/changes.astro)
  'my.changes.title': 'What happened because of my stories',
  'my.changes.lead':
    'When you share a story to improve our services, the people who plan them may change something because of it. They tell you here.',
  'my.changes.none': 'Nothing yet.',
  'my.changes.status': '{service} · {status} since {date}',
  'my.changes.whyNot': 'Why it is not possible: {why}',
  'my.changes.because': 'Because of your {count, plural, one {story} other {stories}} {titles}.',

  // An invitation to write together (src/pages/my/invitations/[id].astro)
  'my.invitation.title': 'Write “{title}” together?',
  'my.invitation.heading': 'An invitation to write together',
  'my.invitation.question': '{who} asked you to write “{title}” with them. Do you want to?',
  'my.invitation.someone': 'Someone in your group',
  'my.invitation.yes': 'Yes, write it together',
  'my.invitation.yesHint':
    'You can read and write it. It is shared only if you say yes to that too.',
  'my.invitation.no': 'No, thank you',
  'my.invitation.noHint': 'Nothing changes for you. You do not have to say why.',
  'my.invitation.meaning':
    'If you say yes, you become one of its writers: your name can go on it, and it is shared anywhere only when everyone who wrote it says yes. You can leave it later.',

  // The invitation's email, in the invited person's language (src/server/writing/story-people.ts)
  'my.invitationEmail.subject': '{who} asked you to write “{title}” together',
  'my.invitationEmail.hello': 'Hello {name},',
  'my.invitationEmail.asked': '{who} asked you to write “{title}” with them.',
  'my.invitationEmail.noIsFine':
    'You can say yes or no. No is fine: nothing changes for you, and you do not have to say why.',
  'my.invitationEmail.answer': 'Answer here: {link}',
  'my.invitationEmail.from': 'From {name}. Questions: {email}.',

  // People on a story (src/pages/my/stories/[id]/people.astro)
  'my.people.title': 'People on {title}',
  'my.people.heading': 'People on “<story>{title}</story>”',
  'my.people.back': 'Back to writing',
  'my.people.writing': 'Writing it',
  'my.people.invited': '(invited, not yet accepted)',
  'my.people.helping': 'Helping',
  'my.people.nobody':
    'Nobody is helping. Only the people writing it can see what you have not shared.',
  'my.people.canEdit': '{name} can read and edit it',
  'my.people.canRead': '{name} can read it',
  'my.people.stopSharing': 'Stop sharing',
  'my.people.stopSharingWith': 'with {name}',
  'my.people.together.heading': 'Write it together',
  'my.people.together.lead':
    'Invite someone from your groups to write this story with you. They need to accept.',
  'my.people.together.send': 'Invite to write together',
  'my.people.who': 'Who?',
  'my.people.help.heading': 'Ask for help',
  'my.people.help.lead':
    'Share this draft with someone, such as your group’s facilitator, so they can help.',
  'my.people.help.send': 'Share this draft',
  'my.people.help.facilitator': '{name} (facilitator)',
  'my.people.help.may': 'They may',
  'my.people.help.read': 'Read it',
  'my.people.help.edit': 'Read and edit it',
  'my.people.invitedDone': '{name} is invited to write this story with you. They need to accept.',
  'my.people.sharedEdit': '{name} can now read and edit this draft.',
  'my.people.sharedRead': '{name} can now read this draft.',
  'my.people.stopped': 'They can no longer see this draft.',
  'my.people.chooseGroupmate': 'Please choose someone from your groups.',
  'my.people.chooseAccess': 'Please choose whether they may read or edit.',
  'my.people.chooseSomeone': 'Please choose someone.',
  'my.people.unknownForm': 'That form was not recognised. Please try again.',

  // A story's versions (src/pages/my/stories/[id]/history/)
  'my.history.title': 'History of {title}',
  'my.history.heading': 'History of “<story>{title}</story>”',
  'my.history.restored': 'Restored. It is now the newest version, number {number}.',
  'my.history.lead':
    'Every time your story is saved, the old version is kept here. Nothing is ever lost.',
  'my.history.none': 'Nothing has been saved yet.',
  'my.history.caption': 'Saved versions',
  'my.history.version': 'Version',
  'my.history.saved': 'Saved',
  'my.history.by': 'By',
  'my.history.words': 'Words',
  'my.history.versionNumber': 'Version {number}',
  'my.history.newest': '(newest)',
  'my.history.goneAuthor': 'Someone no longer here',
  'my.version.title': 'Version {number} of {title}',
  'my.version.heading': 'Version {number} of “<story>{title}</story>”',
  'my.version.all': 'All versions',
  'my.version.saved': 'Saved {when} · {count, plural, one {# word} other {# words}}',
  'my.version.restore': 'Restore this version',
  'my.version.restoreHint': 'It becomes the newest version. The versions after it are kept too.',

  // Writing refusals (src/server/writing/stories.ts)
  'my.writing.notFound': 'We could not find that story.',
  'my.writing.titleMissing': 'Please give your story a title. You can change it later.',
  'my.writing.titleTooLong': 'The title can be at most {max} letters long.',
  'my.writing.chooseKind': 'Please choose a life story or a film script.',
  'my.writing.chooseGroup': 'Please choose one of your groups.',
  'my.writing.themesTooLong': 'Themes are too long.',
  'my.writing.themesTooMany': 'Please choose at most {max} themes.',
  'my.writing.themeTooLong': 'Each of the themes can be at most {max} letters.',
  'my.writing.notesTooLong': 'Content notes are too long.',
  'my.writing.notesTooMany': 'Please choose at most {max} content notes.',
  'my.writing.noteTooLong': 'Each of the content notes can be at most {max} letters.',
} as const;
