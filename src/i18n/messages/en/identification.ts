/** English words: identification (the check before sharing, and what staff see of it). */
export default {
  'identification.headline.gentle': 'A few words might still help someone recognise you',
  'identification.headline.full':
    'These words might help someone recognise you or people you wrote about',
  'identification.heading.gentle':
    'You chose your first name. A few words might still help someone recognise you',
  'identification.intro.gentle':
    'You may be happy with these. If not, you can hide them: readers see other words instead.',
  'identification.intro.full':
    'You can hide any of them: readers see other words instead. Or keep them. You can still share either way.',

  'identification.kind.person': 'a person’s name',
  'identification.kind.place': 'a town or village',
  'identification.kind.street': 'a street',
  'identification.kind.address': 'an address',
  'identification.kind.postcode': 'a postcode',
  'identification.kind.school': 'a school or college',
  'identification.kind.hospital': 'a hospital or clinic',
  'identification.kind.care_home': 'a care home',
  'identification.kind.workplace': 'a workplace',
  'identification.kind.phone': 'a phone number',
  'identification.kind.email': 'an email address',
  'identification.kind.social_handle': 'a social media name',
  'identification.kind.date': 'an exact date',
  'identification.kind.age_with_place': 'an age with a place',
  'identification.kind.car_registration': 'a car number plate',
  'identification.easyRead.person': 'This is a name. People may know who it is.',
  'identification.easyRead.place': 'This is a place. People may know where you live.',
  'identification.easyRead.street': 'This is a street. People may know where you live.',
  'identification.easyRead.address': 'This is where someone lives.',
  'identification.easyRead.postcode': 'A postcode shows where someone lives.',
  'identification.easyRead.school': 'This is a school. People may know you from it.',
  'identification.easyRead.hospital': 'This is a hospital. It can say who you are.',
  'identification.easyRead.care_home': 'This is a care home. It can say who you are.',
  'identification.easyRead.workplace': 'This is where someone works.',
  'identification.easyRead.phone': 'This is a phone number. People could ring it.',
  'identification.easyRead.email': 'This is an email address. People could write to it.',
  'identification.easyRead.social_handle': 'This is a name on social media. People could find you.',
  'identification.easyRead.date': 'This is a date. A birthday can say who you are.',
  'identification.easyRead.age_with_place': 'An age and a place together can say who you are.',
  'identification.easyRead.car_registration': 'A number plate can say whose car it is.',

  'identification.suggest.postcode': 'our postcode',
  'identification.suggest.school': 'my school',
  'identification.suggest.care_home': 'the care home',
  'identification.suggest.workplace': 'where I worked',
  'identification.suggest.phone': 'my phone number',
  'identification.suggest.email': 'my email address',
  'identification.suggest.social_handle': 'my account',
  'identification.suggest.date': 'that day',
  'identification.suggest.age_with_place': 'when I was young',
  'identification.suggest.car_registration': 'our car',
  'identification.suggest.someone': 'someone I know',
  'identification.suggest.nearby': 'a place nearby',
  'identification.suggest.town': 'a town',
  'identification.suggest.townIn': 'a town in {country}',
  'identification.suggest.street': 'our street',
  'identification.suggest.streetIn': 'a street in {place}',
  'identification.suggest.streetInWales': 'a street in Wales',
  'identification.suggest.house': 'our house',
  'identification.suggest.houseIn': 'a house in {place}',
  'identification.suggest.hospital': 'the hospital',
  'identification.suggest.hospitalIn': 'a hospital in {place}',

  'identification.where.story': 'in the story',
  'identification.where.title': 'in the title',
  'identification.where.photo': 'in a photo’s words',
  'identification.times': '{count, plural, one {# time} other {# times}}',
  'identification.character.yours': 'a character with your own name.',
  'identification.character.group': 'a character with the name of someone in your group.',
  'identification.character.hint':
    'People outside the group may think the character is a real person.',
  'identification.rename': 'Rename the character',
  'identification.mark': 'Mark as private',
  'identification.changeWords': 'Change the words',
  'identification.keep': 'It’s fine, keep it',
  'identification.kept': 'You chose to keep: {words}.',
  'identification.easyRead.tell': 'Some words can tell people who you are.',
  'identification.easyRead.hide': 'You can hide them. Press “Mark as private”.',
  'identification.easyRead.keep': 'Or keep them. It is your choice.',
  'identification.easyRead.share': 'You can still share. You do not have to say why.',
  'identification.summary':
    '{headline}: {words}. Just after this question you can mark them as private, or keep them. You can still share either way.',

  'identification.staff.heading': 'Words that might identify someone',
  'identification.staff.none':
    'The check found nothing in these words that could pick someone out.',
  'identification.staff.lead':
    'Before you use these words, ask the person who wrote them about each of these. Only they can change their story.',

  'identification.markForm.heading': 'Mark “{words}” as private',
  'identification.markForm.lead':
    'Readers who may not see the real words read yours instead, everywhere “{words}” is in the story. Nobody is told, and you can change it in the story at any time.',
  'identification.markForm.kind': 'What is it?',
  'identification.markForm.replacement': 'Words to show instead',
  'identification.markForm.hint': 'We suggest “{suggestion}”. Change it to anything you like.',
  'identification.renameForm.heading': 'Rename “{character}”',
  'identification.renameForm.lead':
    'The new name is used all through the script: in every cue and every line. The old version is kept in the story’s history.',
  'identification.renameForm.name': 'New name for the character',
  'identification.renameForm.hint': 'A name nobody in your group has, for example “ALEX”.',

  'identification.refused.chooseWords': 'Choose the words to mark as private.',
  'identification.refused.chooseKind': 'Choose what kind of detail it is.',
  'identification.refused.typeReplacement': 'Please type the words readers should see instead.',
  'identification.refused.replacementTooLong':
    'Keep the words to show instead to {max} letters or fewer.',
  'identification.refused.typeName': 'Please type the new name for the character.',
  'identification.refused.nameTooLong': 'Keep the name to {max} letters or fewer.',
  'identification.refused.nameLetter': 'The new name needs at least one letter.',
  'identification.refused.unreadable': 'That could not be read.',
  'identification.refused.nothingChanged': '{problem} Nothing was changed.',
  'identification.refused.noSuchStory': 'There is no such story.',
  'identification.refused.changedElsewhere':
    'The story was changed somewhere else since this page opened, so nothing was marked. Look at the new version and try again.',
  'identification.markDone.none':
    '“{words}” is not in the story’s text any more (or is already private), so nothing was changed.',
  'identification.markDone.done': 'Done: readers now see “{replacement}” instead of “{words}”.',
  'identification.renameDone.none':
    '“{from}” is not in the script any more, so nothing was changed.',
  'identification.renameDone.done':
    'Done: the character “{from}” is now “{to}” all through the script.',
} as const;
