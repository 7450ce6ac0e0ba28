/** The model of the network: build it once (`buildModel`), then ask it (`model.at(day)`). */
export * from './types';
export * from './network';
export * from './events';
export { asOfDay, factPeriod, placeFact, type Certainty, type MeetingIndex, type TermSpan } from './rules';
export { asOfSourceWords, asOfWords, atMeeting, inferredWords, byName, countryName, memberName, meetingTitle, relatedTitle, cityName, themeLabel, themeName, themeDescription, officeName, termOffice, dataText, kosovoName, mapNotes, eventCaption, eventsCaption, eventDate, lowerFirst, meetingLabel, milestoneWords, placeText, shortPlace, termLabel, whenText } from './words';
export * from './captions';
