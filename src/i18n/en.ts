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
  // (end of timeline)

  // ── rotation ──
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
