/**
 * English words: editor. The page a story is written on (`editor.page.*`),
 * the editor island, which gets every other key as a prop and formats them in
 * the browser (src/editor/words.ts), and the refusals the server sends the
 * editor (`editor.save.*`, `editor.invalid.*`, `editor.photo.*`, `editor.audio.*`).
 */
export default {
  'editor.page.nav': 'This story',
  'editor.page.myStories': 'My stories',
  'editor.page.history': 'History',
  'editor.page.people': 'People',
  'editor.page.sharing': 'Who can see it',
  'editor.page.answers': 'Answers',
  'editor.page.meta':
    '{kind, select, film_script {Film script} other {Life story}} · what you write here stays private until you share it',
  'editor.page.prompt': 'Your prompt:',
  'editor.page.readOnly': 'You can read this draft but not change it. Open its history to read it.',
  'editor.page.details': 'Title, themes and content notes',
  'editor.page.saved': 'Saved.',
  'editor.page.send': 'Save the details',
  'editor.page.title': 'Title',
  'editor.page.themes': 'Themes',
  'editor.page.themesHint':
    'Words that say what it is about, separated by commas, for example: home, family.',
  'editor.page.notes': 'Content notes',
  'editor.page.notesHint':
    'Anything a reader may want to know before reading, for example: bereavement, self-harm.',

  'editor.language.label': 'Language this story is written in',
  'editor.language.saved': 'Saved: this story is written in {name}.',
  'editor.language.failed':
    'The language could not be saved just now. Please check your connection and choose it again.',

  'editor.tool.format': 'Formatting',
  'editor.tool.script': 'Script elements',
  'editor.tool.heading': 'Heading',
  'editor.tool.bold': 'Bold',
  'editor.tool.italic': 'Italic',
  'editor.tool.underline': 'Underline',
  'editor.tool.bullet': 'Bulleted list',
  'editor.tool.number': 'Numbered list',
  'editor.tool.quote': 'Quote',
  'editor.tool.link': 'Link',
  'editor.tool.photo': 'Add a photo',
  'editor.tool.record': 'Record',
  'editor.tool.private': 'Mark as private',
  'editor.element.scene': 'Scene heading',
  'editor.element.action': 'Action',
  'editor.element.character': 'Character',
  'editor.element.parenthetical': 'Parenthetical',
  'editor.element.dialogue': 'Dialogue',
  'editor.element.transition': 'Transition',
  'editor.detailKind.person': "A person's name",
  'editor.detailKind.place': 'A place',
  'editor.detailKind.other': 'Another detail that could identify someone',
  'editor.detailTitle': '{kind}. Readers who may not see it read: {replacement}',

  'editor.text.story': 'Your story',
  'editor.text.script': 'Your script',
  'editor.text.storyStart': 'Start writing here…',
  'editor.text.scriptStart': 'Start with a scene heading, like INT. KITCHEN – MORNING',
  'editor.text.selectFirst':
    'First select the words you want to mark as private, then press “Mark as private”.',
  'editor.text.storyHelp':
    'Select words and use the buttons above to format them or mark them as private.',
  'editor.text.voiceHelp':
    'Select words and use the buttons above to format them or mark them as private. “Record” adds your voice; write what was said under it.',
  'editor.text.scriptHelp':
    'Enter starts the next part of the script. Tab, or the buttons above, change the kind of part; Shift+Tab goes back. Typing INT. or EXT. starts a scene heading, and CUT TO: a transition. In a character’s name, names you have used are offered: press the down arrow and Enter, or tap one. To leave the script with the keyboard, press Escape and then Tab.',

  'editor.status.saving': 'Saving…',
  'editor.status.savedAt': 'Saved at {time}',
  'editor.status.notYet': 'Not saved yet',
  'editor.status.saved': 'Saved',
  'editor.status.offlineKept': 'Offline — kept on this device',
  'editor.status.offline': 'Offline — please keep this page open until the connection comes back',
  'editor.status.conflict': 'This story was changed somewhere else. Choose which version to keep.',
  'editor.status.failed': 'Could not save just now.',
  'editor.status.kept': '{reason} Your writing is kept on this device.',
  'editor.status.keptWords': 'kept on this device',
  'editor.status.stillHereWords': 'still here',
  'editor.transport.limited':
    'You have saved a lot in the last hour. Your writing is kept on this device and will be saved later.',
  'editor.transport.signedOut':
    'You have been signed out. Sign in again in another tab; your writing is kept on this device.',
  'editor.transport.refused':
    'This story could not be saved as it is. Your writing is kept on this device.',
  'editor.transport.failed': 'The server could not save just now. It will try again.',

  'editor.conflict.title': 'There are two versions of this story',
  'editor.conflict.lead':
    'This story was saved somewhere else (another tab, or a co-author) while you were writing. Nothing has been lost. Choose what to keep.',
  'editor.conflict.mine': 'Your version',
  'editor.conflict.saved': 'The saved version',
  'editor.conflict.keepMine': 'Keep mine',
  'editor.conflict.keepSaved': 'Keep the saved one',
  'editor.conflict.keepBoth': 'Keep both',
  'editor.conflict.hint':
    '“Keep both” puts the saved version first, then yours under the heading “My other version”.',
  'editor.conflict.otherVersion': 'My other version',

  'editor.cancel': 'Cancel',
  'editor.link.notAddress':
    'That is not a web or email address. Try something like example.org or name@example.org.',
  'editor.link.add': 'Add a link',
  'editor.link.change': 'Change this link',
  'editor.link.addSend': 'Add link',
  'editor.link.changeSend': 'Change link',
  'editor.link.remove': 'Remove link',
  'editor.link.address': 'Web or email address',

  'editor.mark.title': 'Mark “{words}” as private',
  'editor.mark.legend': 'What is it?',
  'editor.mark.replacement': 'Words to show instead',
  'editor.mark.hint': 'People who may not see the real words will read these ({example}).',
  'editor.mark.person': 'for example “my brother”',
  'editor.mark.place': 'for example “a town in Wales”',
  'editor.mark.other': 'for example “where I worked”',
  'editor.mark.required': 'Please type the words readers should see instead.',

  'editor.side.title': 'Private details',
  'editor.side.nothing':
    'Nothing marked yet. Select a name or a place and press “Mark as private”.',
  'editor.side.showsAs': '<mark>{original}</mark> shows as “{replacement}”',
  'editor.side.removeMark': 'Remove mark<hidden> from “{original}”</hidden>',
  'editor.side.photos': 'Photos',
  'editor.side.noPhotos': 'No photos in this story yet.',
  'editor.side.altRequired': 'Please describe the photo for people who cannot see it.',
  'editor.side.alt': 'Description (for people who cannot see it)',
  'editor.side.caption': 'Caption (optional)',
  'editor.side.shows': 'Shows people who could be recognised',
  'editor.side.savePhoto': 'Save photo details',
  'editor.side.removePhoto': 'Remove photo',

  'editor.photoForm.title': 'Add a photo',
  'editor.photoForm.file': 'Photo',
  'editor.photoForm.alt': 'Describe the photo',
  'editor.photoForm.altHint':
    'For people who cannot see it, for example “My mum in her garden, 1962”.',
  'editor.photoForm.shows': 'It shows people who could be recognised',
  'editor.photoForm.showsHint':
    'Photos of people who could be recognised are only shown where you choose to use your full name.',
  'editor.photoForm.sending': 'Sending the photo…',
  'editor.photoForm.send': 'Add the photo',
  'editor.photoForm.choose': 'Please choose a photo.',
  'editor.photoForm.describe':
    'Please describe the photo in a few words, for people who cannot see it.',
  'editor.photoForm.offline': 'The photo could not be sent: check your connection and try again.',
  'editor.photoForm.failed': 'The photo could not be added. Please try again.',

  'editor.names.title': 'Character names',
  'editor.names.hint':
    'Write real names if that is easier. Readers who may not see them read the character name instead, everywhere in the script.',
  'editor.names.remove': 'Remove<hidden> the character name for {name}</hidden>',
  'editor.names.real': 'Real name',
  'editor.names.character': 'Name readers see',
  'editor.names.add': 'Add name',
  'editor.names.unreadable': 'The list of character names could not be read.',
  'editor.names.tooMany': 'A script can map at most {max, number} names to character names.',
  'editor.names.invisible':
    'A name in the list has an invisible character in it. Please type it again.',
  'editor.names.noLetter':
    'Each real name and each character name needs at least one letter or number.',
  'editor.names.tooLong': 'Names can be at most {max, number} characters long.',
  'editor.names.twice': '“{name}” is in the list twice.',
  'editor.cues.label': 'Names in this script:',
  'editor.cues.offered':
    'Names used before: {names}. Press the down arrow to pick one, then Enter.',

  'editor.fountain.title': 'Fountain file',
  'editor.fountain.about': 'Fountain is the plain-text format screenwriting apps share.',
  'editor.fountain.download': 'Download as Fountain',
  'editor.fountain.import': 'Import a Fountain script',
  'editor.fountain.replaces': 'This replaces the script in the editor. Undo brings it back.',
  'editor.fountain.file': 'Choose a .fountain file',
  'editor.fountain.paste': 'Or paste the script here',
  'editor.fountain.send': 'Import script',
  'editor.fountain.tooBig': 'That file is too big to be a script (the limit is 1 MB).',
  'editor.fountain.empty': 'Choose a Fountain file or paste a script first.',
  'editor.fountain.imported': 'Imported. Undo (Ctrl+Z) brings back what was there before.',
  'editor.fountain.noScript': 'No script was found in that text.',

  'editor.voice.playerLabel': 'Your recording. Write what was said below it.',
  'editor.voice.today': 'today at {time}',
  'editor.voice.onDay': 'on {day} at {time}',
  'editor.voice.keptOne':
    'A recording you kept {when} is on this device but not in your story yet.',
  'editor.voice.keptMany':
    '{count, plural, one {# recording you kept is} other {# recordings you kept are}} on this device but not in your story yet.',
  'editor.voice.sendNow': 'Send it now',
  'editor.voice.sendFirst': 'Send the first one now',
  'editor.voice.opening': 'Opening the recorder…',
  'editor.voice.title': 'Add a recording',
  'editor.voice.record': 'Record your voice',
  'editor.voice.orSend': 'Or send one you already have',
  'editor.voice.upload': 'Upload a recording',
  'editor.voice.fileHint':
    'A file ending in .m4a, .mp3, .wav, .ogg or .webm, up to 60 minutes long.',
  'editor.voice.send': 'Send this recording',
  'editor.voice.choose': 'Please choose a recording to upload.',
  'editor.voice.notKept':
    'This device could not keep a copy of your recording, so please stay on this page until it is ready.',
  'editor.voice.letGoDone': 'The recording was let go.',
  'editor.voice.startSending': 'Getting ready to send your recording…',
  'editor.voice.sentSoFar': 'Sent so far',
  'editor.voice.readySoFar': 'Ready so far',
  'editor.voice.sendAgain': 'Send it again',
  'editor.voice.another': 'Choose another recording',
  'editor.voice.letGo': 'Let this recording go',
  'editor.voice.stopForNow': 'Stop for now (it stays on this device)',
  'editor.voice.close': 'Close',
  'editor.voice.stopped':
    'Recording stopped at {time}. Listen to it, then keep it or record again.',
  'editor.voice.recording': 'Recording. Speak when you are ready.',
  'editor.voice.paused': 'Paused. Press “Carry on recording” when you are ready.',
  'editor.voice.again': 'Recording again.',
  'editor.voice.dropped': 'That recording was let go. Press “Start recording” when you are ready.',
  'editor.voice.asking': 'Asking for the microphone…',
  'editor.voice.start': 'Start recording',
  'editor.voice.pausedAt': 'Paused at',
  'editor.voice.clock': 'Recording:',
  'editor.voice.level': 'Sound level',
  'editor.voice.carryOn': 'Carry on recording',
  'editor.voice.pause': 'Pause',
  'editor.voice.stop': 'Stop',
  'editor.voice.length':
    'Your recording is {time} long. Listen to it, then keep it or record again.',
  'editor.voice.listen': 'Listen to your recording',
  'editor.voice.keep': 'Keep this recording',
  'editor.voice.recordAgain': 'Record again',
  'editor.voice.markHint':
    'While it plays, press “Mark this moment” when the line you are writing starts. Enter starts a new line.',
  'editor.voice.mark': 'Mark this moment',
  'editor.voice.marked': 'Marked {time} as the start of {line}.',
  'editor.voice.remove': 'Remove recording',
  'editor.voice.removed':
    'The recording was taken out of your story. Press Control and Z to put it back.',
  'editor.voice.moments': 'Lines with a moment marked',
  'editor.voice.playFrom': 'Play from {time}<hidden>: {line}</hidden>',
  'editor.voice.emptyLine': 'an empty line',
  'editor.voice.fileKind':
    'Heard takes recordings ending in .m4a, .mp3, .wav, .ogg or .webm. Please choose one of those.',
  'editor.voice.fileEmpty': 'This file is empty. Please choose another recording.',
  'editor.voice.fileTooBig':
    'This file is bigger than 700 MB, which is more than Heard can take. Please choose a shorter recording.',
  'editor.voice.fileTooLong':
    'This recording is longer than 60 minutes, which is more than Heard can take. Please choose a shorter one, or split it in two.',
  'editor.voice.gettingReady': 'Getting your recording ready: {percent}%',
  'editor.voice.ready': 'Your recording is ready. It is in your story now.',
  'editor.voice.refused': 'Heard could not use this recording. Please try another file.',
  'editor.voice.sending': 'Sending your recording: {percent}%',
  'editor.voice.silent': 'Heard cannot hear anything yet',
  'editor.voice.quiet': 'Quiet: come a little closer',
  'editor.voice.good': 'Good: Heard can hear you',
  'editor.voice.loud': 'Very loud: move back a little',
  'editor.voice.waiting':
    'Waiting for the connection to ask how your recording is getting on. It is still kept on this device.',
  'editor.voice.connectionLost':
    'Your recording could not be sent: the connection was lost. It is still kept on this device, and is sent as soon as you are back online. You can also press “Send it again”.',
  'editor.voice.notAllowed':
    'Heard could not use your microphone, because the browser was told not to allow it. To record, allow the microphone for this site in your browser’s settings, then press “Start recording” again. Or use “Upload a recording” instead.',
  'editor.voice.noMicrophone':
    'Heard could not use your microphone, because none was found. Plug one in, or use a phone or computer that has one, then press “Start recording” again. Or use “Upload a recording” instead.',
  'editor.voice.microphoneBusy':
    'Heard could not use your microphone. Another app may be using it: close it, then press “Start recording” again. Or use “Upload a recording” instead.',
  'editor.voice.cannotRecord':
    'This browser cannot record sound. You can record with your phone’s own voice recorder app, then use “Upload a recording”.',

  'editor.save.notFound': 'We could not find that story.',
  'editor.save.tooLarge':
    'This story is too large to save: the limit is 2 MB. Your writing is still here.',
  'editor.save.notWhole':
    'This save did not arrive whole. Your writing is still here; it will be sent again.',
  'editor.save.unreadable':
    'This save could not be read, so nothing was saved. Your writing is still here.',
  'editor.save.conflict':
    'This story was changed somewhere else while you were writing. Both versions are kept: choose what to keep.',
  'editor.save.badLanguage':
    'Heard does not know that language. Please choose one from the list: nothing was changed.',
  'editor.invalid.notAState':
    'This story could not be read, so nothing was saved. Your writing is still here.',
  'editor.invalid.damaged':
    'Part of this story is damaged, so it could not be saved. Your writing is still here: copy it somewhere safe, reload the page and paste it back.',
  'editor.invalid.tooLarge':
    'This story is too large to save: the limit is 2 MB. Try splitting it into two stories, or removing some pasted formatting.',
  'editor.invalid.tooLong':
    'This story is too long to save: the limit is {limit, number} characters. Try splitting it into two stories.',
  'editor.invalid.tooDeep':
    'This story has too many lists inside lists to save. Please move some items out to the left.',
  'editor.invalid.unknownPart':
    'This story contains something the editor does not know, so it could not be saved.',
  'editor.invalid.scriptInLifeStory':
    'This is a life story, so it cannot contain parts of a film script.',
  'editor.invalid.lifeStoryInScript':
    'This is a film script, so it can only contain script parts: scene headings, action, characters, parentheticals, dialogue and transitions.',
  'editor.invalid.badLink':
    'A link in this story is not a web or email address, so it could not be saved. Links must start with http://, https:// or mailto:.',
  'editor.invalid.photoWithoutAlt':
    'Every photo needs a short description for people who cannot see it. Please describe each photo and save again.',
  'editor.invalid.photoTooLongAlt':
    'A photo description can be at most {limit, number} characters.',
  'editor.invalid.photoUnknown':
    'A photo in this story could not be found, so it could not be saved. Try removing it and adding it again.',
  'editor.invalid.recordingUnknown':
    'A recording in this story could not be found, so it could not be saved. Try removing it and adding it again.',
  'editor.invalid.detailWithoutReplacement':
    'Every marked detail needs words to show instead (for example “my brother” or “a town in Wales”).',
  'editor.invalid.unstorableCharacter':
    'This story has an invisible character in it that cannot be saved (a control character, or half of an emoji), perhaps from something pasted. Your writing is kept on this device: delete the last thing you pasted and type it again, and it will save.',
  'editor.invalid.detailReplacementTooLong':
    'The words shown instead of a marked detail can be at most {limit, number} characters.',

  'editor.photo.notWhole': 'The photo did not arrive whole. Please try again.',
  'editor.photo.choose': 'Please choose a photo to add.',
  'editor.photo.empty': 'This file is empty. Please choose a photo.',
  'editor.photo.tooLarge': 'This photo is too large. Please choose one under {megabytes} MB.',
  'editor.photo.tooManyPixels':
    'This photo has too many pixels for us to use. Please choose a smaller one, under {megapixels} megapixels.',
  'editor.photo.sideTooLong':
    'This photo is too long or too wide for us to use: no side can be more than {pixels, number} pixels. Please choose another, or crop this one.',
  'editor.photo.notAPhoto':
    'We could not read this file as a photo. Please choose a {formats} photo.',
  'editor.photo.heic':
    'We cannot open HEIC photos (the kind iPhones often take) yet. Please save this photo as a JPEG and choose it again.',
  'editor.photo.busy':
    'Your other photos are still being added. Please add this one when they have finished.',
  'editor.photo.damaged':
    'This photo seems to be damaged or incomplete, so we could not open it. Please try choosing it again.',
  'editor.photo.altMissing':
    'Please describe the photo in a few words, for people who cannot see it (for example "My mum in her garden").',
  'editor.photo.altTooLong': 'Please shorten the photo description to 1,000 characters or fewer.',
  'editor.audio.tooLarge': 'That file is too big. Please send a recording of 60 minutes or less.',
  'editor.audio.tooLong': 'That recording is longer than 60 minutes. Please send a shorter one.',
  'editor.audio.notAudio':
    'That file is not a sound recording Heard can take. Please send an m4a, mp3, wav, ogg or webm file.',
  'editor.audio.video':
    'That file has pictures as well as sound. Please send only the sound recording.',
  'editor.audio.damaged':
    'That recording could not be played. It may be damaged. Please try another copy.',
  'editor.audio.cutShort':
    'That recording seems to be cut short. Please send the whole file again.',
  'editor.audio.tooSlow': 'That recording took too long to get ready. Please try a shorter one.',
  'editor.audio.noFfmpeg':
    'This server cannot take recordings yet. Please ask the person who runs Heard to install ffmpeg.',
  'editor.audio.notKept':
    'Heard could not keep this recording just now. Please send it again: your device still has it.',
  'editor.audio.abandoned':
    'Heard stopped while it was getting this recording ready. Please send it again: your device still has it.',
  'editor.audio.signIn': 'Please sign in again, then carry on: nothing is lost.',
  'editor.audio.fromStory': 'Please start the recording from a story.',
  'editor.audio.notFound': 'Not found',
  'editor.audio.notAllowed': 'Not allowed',
} as const;
