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
  'map.noMembers': 'No members yet.',
  'map.secretariat': 'Secretariat',
  'map.board': 'Executive Board',
  'map.joined': 'Joined',
  'map.legend': 'Legend',
  'map.legend.founding': { one: '{year}: the {n} founding signatory', other: '{year}: the {n} founding signatories' },
  'map.legend.wave': { one: 'Joined in {year}: {names}', other: 'Joined in {year}: {names}' },
  'map.legend.disputed': 'Member by one source, not yet by another †',
  'map.legend.osce': 'OSCE participating State, not a member',
  'map.legend.other': 'Other land',
  'map.legend.place': 'Meeting place, from its first meeting',
  'map.legend.online': 'Online meetings (not a place): {meetings}',
  'map.legend.onlineNone': 'none yet',
  'map.card.notYet': 'Not yet a member on {day}.',
  'map.card.disputed': 'A member on {day} by one source, not yet by another.',
  'map.card.member': 'A member on {day}.',
  'map.card.founding': 'A member on {day}, one of the founding signatories.',
  'map.card.close': 'Close the card of {name}',
  'map.card.joinedDisputed': 'Joined (the sources disagree)',
  'map.card.office': 'Office',
  'map.card.noOffice': 'The sources do not name its office.',
  'map.card.milestone': '{what}: {when}',
  'map.card.milestoneOffice': '{what} ({office}): {when}',
  'map.card.boardMember': 'Member of the Executive Board, as of {asOf}',
  'map.card.boardMemberLater': 'Member of the Executive Board, as of {asOf}, after {day}; the sources name no earlier members',
  'map.card.boardSeat': 'A seat on the Executive Board, as of {asOf}, by its rule',
  'map.card.boardSeatLater': 'A seat on the Executive Board, as of {asOf}, after {day}; the sources name no earlier members, by its rule',
  'map.shape.member': 'member',
  'map.shape.disputed': 'member (the sources disagree on when it joined)',
  'map.shape.notYet': 'not yet a member',
  'map.shape.since': 'since {dates}',
  'map.shape.sinceDisputed': 'since {dates} (the sources disagree)',
  'map.shape.label': '{name}: {status}. Show its card.',
  'map.shape.labelSince': '{name}: {status}, {since}. Show its card.',
  'map.svg.title': { one: 'Map of the member countries of the Permanent Conference ({n} member)', other: 'Map of the member countries of the Permanent Conference ({n} members)' },
  'map.svg.members': 'Members: {names}.',
  'map.svg.key': 'Members are coloured by the year they joined; other OSCE participating States are grey; meeting places are marked with dots.',
  'map.caption.disputed': 'The sources disagree: see the note below the map',
  'map.caption.next': 'Next:',
  'map.error': 'The map could not be drawn ({message}). The table below lists the members.',
  'map.error.fetch': "The map's geometry could not be fetched ({status}).",
  'map.error.layout': "The map's geometry is not a layout of the {aspect} map.",
  'map.loading': 'Loading the map…',
  'map.notes.disputed': 'the sources disagree on when it joined',
  'map.notes.or': '; or ',
  'map.table.summary': 'The members on the current date, as a table',
  'map.table.caption': 'Members on {day}',
  'map.table.country': 'Country',
  'map.table.disputed': 'The sources disagree on this date.',
  'map.figure.title': 'Member countries of the Permanent Conference of Organised Crime Prosecutors',
  'map.figure.hatched': 'Hatched: the sources disagree on when it joined.',
  // (end of map)

  // ── sources ──
  'sources.sources': 'Sources',
  'sources.dateInferred': 'Date {inferred}',
  'sources.facts': { one: '{n} fact rests on this source', other: '{n} facts rest on this source' },
  'sources.show.map': 'Show on the map',
  'sources.show.timeline': 'Show in the timeline',
  'sources.show.rotation': 'Show in the rotation charts',
  'sources.show.sources': 'Show',
  'sources.disagreements': 'Where the sources disagree',
  'sources.wording': 'Wording {i}',
  'sources.reading': 'Reading {i}',
  'sources.online': 'Online',
  'sources.inferred': 'Inferred: {reason}',
  'sources.file.themes': 'Themes',
  'sources.file.members': 'Members',
  'sources.file.offices': 'Prosecution offices',
  'sources.file.meetings': 'Meetings',
  'sources.file.relatedEvents': 'Related events',
  'sources.file.osceStates': 'OSCE participating States',
  'sources.file.disagreements': 'Disagreements',
  'sources.file.cartography': 'Map',
  'sources.field.when': 'date',
  'sources.field.place': 'place',
  'sources.field.originalHost': 'original host',
  'sources.field.organisers': 'organisers',
  'sources.field.participants': 'participants',
  'sources.field.topics': 'topic',
  'sources.field.outcomes': 'outcome',
  'sources.field.notes': 'note',
  'sources.field.joined': 'joined',
  'sources.field.intentions': 'intention to join',
  'sources.field.created': 'created',
  'sources.field.from': 'start',
  'sources.field.to': 'end',
  'sources.field.established': 'established',
  'sources.field.rule': 'composition rule',
  'sources.field.duties': 'duties',
  'sources.field.members': 'member',
  'sources.field.count': 'count',
  'sources.field.named': 'office',
  'sources.field.readings': 'reading',
  'sources.field.terms': 'chair',
  'sources.field.inferred': 'inferred',
  'sources.field.speakers': 'speaker',
  'sources.field.quotes': 'words',
  'sources.field.objectives': 'objective',
  'sources.field.goals': 'goal',
  'sources.field.aims': 'aim',
  'sources.field.support': 'support',
  'sources.field.also': 'also named',
  'sources.field.attendance': 'attendance',
  'sources.field.summary': 'summary',
  'sources.field.fieldOperations': 'field operations',
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
  // (end of build)
} as const;
