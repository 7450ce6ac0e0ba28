/**
 * The English catalogue: every key the interface uses, and its English text. Keys are grouped by the
 * folder that uses them (`map.…` in src/map/). Write a phrase once and use it everywhere it appears.
 * A hole is `{name}`; a count's plural forms are an object with `other` and the count in `{n}`.
 */
export default {
  // ── i18n ──
  'i18n.switch': 'Language',
  // (end of i18n)

  // ── model ──
  'model.placeCity': '{text}, {city}',
  'model.placeOnline': '{text} (online)',
  'model.boardMeeting': 'Executive Board meeting',
  'model.boardMeetingIn': 'Executive Board meeting in {city}',
  'model.signing': 'signing of the Declaration of Intent',
  'model.online': 'online',
  'model.placeNotGiven': 'place not given',
  'model.onlineMeeting': 'Online',
  'model.noPlace': 'No source gives the place',
  'model.originalHost': '{place} (original host: {country})',
  'model.atMeeting': 'at the {meeting}',
  'model.atMeetingAfter': ', at the {meeting}',
  'model.milestone.granted': 'Granted the chair',
  'model.milestone.elected': 'Elected to the chair',
  'model.milestone.tookOver': 'Took over the chair',
  'model.milestone.handoverFrom': 'Took over the chair officially',
  'model.milestone.handoverTo': 'Handed over the chair officially',
  'model.milestone.termEnd': 'Term to end',
  'model.milestone.closure': 'Office closed',
  'model.board.notYet': 'not yet established by either source’s account',
  'model.board.disputed': 'established by one source’s account, not yet by the other’s',
  'model.board.established': 'established by both sources’ accounts',
  'model.asOfSource': 'as of the latest source (it dates nothing after {date})',
  'model.latestSource': 'the latest source (undated, up to {date})',
  'model.inferred': 'inferred: {reason}',
  'model.chair.none': 'No Secretariat yet: the Permanent Conference created it in {date}.',
  'model.chair.label': 'Chair of the Secretariat: ',
  'model.chair.agree': ' (the sources agree).',
  'model.chair.open': 'Chair of the Secretariat: the sources leave open which held it: ',
  'model.chair.lastOr': '; or ',
  'model.board.sentence': 'Executive Board: {status}.',
  'model.board.members': 'Executive Board: {status}; its members as of {asOf}{earlier}: {members}{derived}.',
  'model.board.noEarlier': ' (the sources name no earlier ones)',
  'model.board.derived': ', and {names} by its rule (not named by a source)',
  'model.latest': 'Latest: {date}, {events}.',
  'model.memberCountries': { one: '{n} member country', other: '{n} member countries' },
  'model.membersList': '{count}: {names}.',
  'model.knowledgeLimit': 'The sources date nothing after {date}: past it, the page shows the network as of the latest source.',
  'model.event.founding': { one: '{label}: {n} founding signatory', other: '{label}: {n} founding signatories' },
  'model.event.joins': '{name} joins',
  'model.event.joinsAt': '{name} joins {meeting}',
  'model.event.disagree': ', by one source; the sources disagree (another gives {others})',
  'model.event.intention': '{name} announces its intention to join',
  'model.event.secretariat': 'Secretariat: {who}, {what}',
  'model.term.uncertainThroughout': 'Uncertain throughout: the sources give {from}; {to}.',
  'model.term.gapAt': ' Between the election and the official handover ({handover}) they leave open who chaired.',
  'model.term.uncertainStart': 'The start is uncertain: the sources give {from}.',
  'model.term.gap': ' Between the election and the official handover they leave open who chaired.',
  'model.term.holds': 'Every source agrees it holds the chair; none reports an end.',
  'model.term.held': 'Every source agrees it held the chair.',
  'model.term.asOfSource': 'As of the latest source: it reports no end, and no source says anything dated after it.',
  'model.term.uncertainEnd': 'The end is uncertain: the sources give {to}.',
  // (end of model)

  // ── dates ──
  // (end of dates)

  // ── shell ──
  // (end of shell)

  // ── embed ──
  // (end of embed)

  // ── export ──
  // (end of export)

  // ── offline ──
  // (end of offline)

  // ── ui ──
  // (end of ui)

  // ── map ──
  // (end of map)

  // ── sources ──
  // (end of sources)

  // ── timeline ──
  'timeline.lede':
    'Every meeting of the Permanent Conference and its Executive Board, related regional events and joinings, from 2016 to today. Filled marks have happened by the current date; choose one for its details, or click the axis to move the date.',
  'timeline.detailsWhat': 'details of this mark',
  'timeline.axis': 'Date on the timeline (click or use the arrow keys to move it)',
  'timeline.lane.meetings': 'Permanent Conference meetings',
  'timeline.lane.meetingsShort': 'Conference',
  'timeline.lane.board': 'Executive Board meetings',
  'timeline.lane.boardShort': 'Board',
  'timeline.lane.related': 'Related regional events',
  'timeline.lane.relatedShort': 'Related',
  'timeline.lane.joinings': 'Joinings',
  'timeline.lane.joiningsShort': 'Joinings',
  'timeline.mark.matches': 'matches the theme filter',
  'timeline.mark.boardBadge': 'EB',
  'timeline.mark.declaration': 'Declaration',
  'timeline.mark.founding': { one: '{title}, {place}: {n} founding country', other: '{title}, {place}: {n} founding countries' },
  'timeline.mark.noDatePlace': 'date and place not given',
  'timeline.mark.undated': '{title}, {place} (no source gives its date)',
  'timeline.joins': '{name} joins',
  'timeline.joinsDisputed': '{name} joins (the sources disagree on when)',
  'timeline.afterSources': 'after the sources',
  'timeline.legend.past': 'Held by the date',
  'timeline.legend.later': 'Later',
  'timeline.legend.uncertain': 'Dashed, hatched: the date is inferred, or the sources disagree',
  'timeline.legend.dots': 'Dots: the themes of a meeting’s topics',
  'timeline.legend.ring': 'Ringed: on {theme}',
  'timeline.legend.faded': 'Faded: not on it',
  'timeline.figure.title': 'Meetings of the Permanent Conference of Organised Crime Prosecutors',
  'timeline.figure.byDate': 'By this date: {meetings} of the Permanent Conference, {board}, {related}; {countries}.',
  'timeline.figure.meetings': { one: '{n} meeting', other: '{n} meetings' },
  'timeline.figure.boardMeetings': { one: '{n} Executive Board meeting', other: '{n} Executive Board meetings' },
  'timeline.figure.related': { one: '{n} related regional event', other: '{n} related regional events' },
  'timeline.figure.countries': { one: '{n} member country', other: '{n} member countries' },
  'timeline.figure.marks': 'Filled marks had happened by the date, hollow ones came later; dashed and hatched ones are dates the sources leave uncertain.',
  'timeline.figure.ringed': 'Ringed: meetings and events on {theme}; the others are faded.',
  'timeline.filter.label': 'Highlight the meetings that discussed a theme',
  'timeline.filter.all': 'All',
  'timeline.theme': 'Theme',
  'timeline.table.summary': 'Table of the timeline: meetings, related events and joinings',
  'timeline.table.meetings': 'Meetings of the Permanent Conference and of the Executive Board',
  'timeline.table.topics': 'Topics (verbatim) and themes',
  'timeline.table.joined': 'Joined',
  'timeline.table.inferred': '(inferred; no source gives it)',
  'timeline.table.intention': '{name} (intention)',
  'timeline.table.event': 'Event',
  'timeline.meeting': 'Meeting',
  'timeline.date': 'Date',
  'timeline.place': 'Place',
  'timeline.sources': 'Sources',
  'timeline.online': 'Online',
  'timeline.summary': 'Summary',
  'timeline.chart.caption':
    'How often each theme came up, meeting by meeting (number of topics; the sources list no topics for the first and second meetings)',
  'timeline.chart.meetings': 'Meetings',
  'timeline.details.closeLabel': 'Close the details',
  'timeline.details.close': 'Close',
  'timeline.details.inferred': 'Inferred: no source gives this date.',
  'timeline.details.theSource': 'The source:',
  'timeline.details.organisers': 'Organisers',
  'timeline.details.participants': 'Participants',
  'timeline.details.speakers': 'Speakers',
  'timeline.details.objectives': 'Objectives',
  'timeline.details.goals': 'Goals',
  'timeline.details.topics': 'Topics',
  'timeline.details.noTopics': 'The sources list no topics for this meeting.',
  'timeline.details.outcomes': 'Outcomes',
  'timeline.details.signedHere': 'Signed here',
  'timeline.details.joinedHere': 'Joined here',
  'timeline.details.intention': 'announced its intention to join',
  'timeline.details.elsewhere': 'Another source dates this elsewhere.',
  'timeline.details.each': 'Each:',
  'timeline.details.notes': 'Notes',
  'timeline.details.aims': 'The network’s aims',
  'timeline.details.support': 'How the PCOCP was supported, at the time of this report',
  'timeline.details.moveDate': 'Move the date to {date}',
  'timeline.details.intentionAnnounced': 'intention announced',
  'timeline.details.bothReadings': 'Both readings',
  'timeline.details.expectedAttendance': 'Expected attendance',
  'timeline.details.attendance': 'Attendance',
  'timeline.details.conclusions': 'Conclusions',
  'timeline.details.relatedNote': 'A related regional event reported by the sources, not a meeting of the Permanent Conference.',
  'timeline.sourcesDisagree': 'The sources disagree',
  // (end of timeline)

  // ── rotation ──
  'rotation.figure.title': 'Chair of the Secretariat of the Permanent Conference of Organised Crime Prosecutors',
  'rotation.chart.title': 'Chair of the Secretariat',
  'rotation.chart.on': 'On {date}:',
  'rotation.tip.span': '{look} ({from} – {to}):',
  'rotation.tip.solid': 'Solid',
  'rotation.tip.faded': 'Faded',
  'rotation.tip.hatched': 'Hatched',
  'rotation.tip.noEnd': 'no end reported',
  'rotation.readme': 'Hover or focus a bar for the reason it is drawn so; choose it for its readings.',
  'rotation.gap.title': 'Between election and handover:',
  'rotation.gap.note': '{gap}. The sources give no single day on which the chair changed hands in between.',
  'rotation.gap.disagreement': 'The disagreement',
  'rotation.gap.label': 'Election → official handover',
  'rotation.legend.certain': 'Solid: every source agrees',
  'rotation.legend.uncertain': 'Hatched: dated only to a month or a year, or the sources disagree',
  'rotation.legend.gap': 'Bracket: from the election to the official handover',
  'rotation.legend.asOfSource': 'Faded: as of the latest source, past its last dated fact',
  'rotation.badge.certain': 'holds the chair',
  'rotation.badge.uncertain': 'may hold the chair',
  'rotation.badge.asOfSource': 'as of latest source',
  'rotation.table.summary': "Table of the Secretariat's chairs",
  'rotation.table.caption': 'Every reading of when each chair began and ended',
  'rotation.table.chair': 'Chair',
  'rotation.table.reading': 'Reading',
  'rotation.table.theSource': 'The source',
  'rotation.board.title': 'Executive Board',
  'rotation.board.status': 'On the current date the Board is',
  'rotation.board.established': 'When and where it was established',
  'rotation.board.bothReadings': 'Both readings side by side',
  'rotation.board.rule': 'Composition rule',
  'rotation.board.seats': 'Seats: {seats}.',
  'rotation.seat.previousHost': 'previous host',
  'rotation.seat.currentHost': 'current host',
  'rotation.seat.futureHost': 'future host',
  'rotation.seat.secretariatHost': 'host country of the Secretariat',
  'rotation.board.members': 'Members',
  'rotation.board.sizeFlag': 'A rule of 4, three named',
  'rotation.board.derived': 'derived',
  'rotation.board.namedBy': 'Named by a source, as of {asOf}:',
  'rotation.board.later': 'These are the members as of {asOf}, after the current date; the sources name no earlier ones.',
  'rotation.board.hostsTitle': 'Who hosted each meeting',
  'rotation.board.hostsNote': 'The rule gives seats to the previous, current and future host, so the hosts matter. The meeting last held by the current date is marked.',
  'rotation.hosts.summary': 'Table of the hosts',
  'rotation.hosts.caption': 'Host of each meeting',
  'rotation.hosts.host': 'Host',
  'rotation.hosts.source': 'Source',
  'rotation.hosts.board': 'Board, Sofia',
  'rotation.hosts.inferred': '(inferred)',
  'rotation.hosts.online': 'Online: no host country',
  'rotation.hosts.notGiven': 'Not given',
  'rotation.hosts.originally': 'originally {country}',
  // (end of rotation)

  // ── present ──
  // (end of present)

  // ── story ──
  // (end of story)

  // ── build ──
  'build.pageTitle': 'PCOCP Network Explorer',
  'build.masthead.eyebrow': 'OSCE Mission to Serbia · supported network',
  'build.masthead.title': 'Permanent Conference of Organised Crime Prosecutors',
  'build.masthead.lede': 'From {founders} countries signing a Declaration of Intent{signed} to {offices} prosecution offices from {countries} countries as of {asOf}.',
  'build.masthead.ten': 'ten',
  'build.masthead.signed': ' in {city} in {date}',
  // (end of build)
} as const;
