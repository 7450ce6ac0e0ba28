/** The model of the network: build it once (`buildModel`), then ask it (`model.at(day)`). */
export * from './types';
export * from './network';
export * from './events';
export { asOfDay, factPeriod, placeFact, type Certainty, type MeetingIndex, type TermSpan } from './rules';
export { boardStatusWords, asOfSourceWords, asOfWords, atMeeting, inferredWords, countryName, eventCaption, eventDate, gapLabel, lowerFirst, meetingLabel, milestoneLabel, milestoneWords, placeText, segmentReason, shortPlace, termLabel, whenText } from './words';
export * from './captions';
