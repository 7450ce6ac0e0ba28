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
  'shell.view.map': 'Member countries',
  'shell.view.timeline': 'Meetings',
  'shell.view.rotation': 'Secretariat and Executive Board',
  'shell.viewNamed': '{title} view',
  'shell.loadingData': 'Loading the data…',
  'shell.drawingView': 'Drawing the view…',
  'shell.needsScript': 'This view needs {js}; a summary of the network follows the page.',
  'shell.skip': 'Skip to the views',
  'shell.status': 'The network on the current date',
  'shell.embeddedView': 'embedded view',
  'shell.presenterMode': 'presenter mode',
  'shell.sources': 'Sources',
  'shell.sourceList': 'list of sources',
  'shell.drawingList': 'Drawing the list…',
  'shell.colophon': 'Every fact comes from public OSCE and Council of Europe texts, each named beside the fact it supports. Where the sources disagree, both readings are shown.',
  'shell.loadError.title': "The dashboard's data could not be loaded",
  'shell.loadError.at': 'at',
  'shell.loadError.retrying': 'Retrying…',
  'shell.loadError.retry': 'Retry',
  'shell.counters.asOfSource': 'As of the latest source',
  'shell.counters.datesNothingAfter': ' (it dates nothing after {date})',
  'shell.counters.disputed': 'incl. {names}: sources disagree on the date',
  'shell.counters.offices': 'Prosecution offices',
  'shell.counters.officesUncounted': 'not counted by the sources at this date',
  'shell.counters.officesUndated': 'as of the latest source, undated',
  'shell.counters.officesAsOf': 'as of {when}',
  'shell.counters.meetings': 'Meetings held',
  'shell.counters.ofNumbered': 'of {n} numbered meetings',
  'shell.counters.beforeDeclaration': 'Before the Declaration of Intent',
  'shell.time.previous': 'Previous event',
  'shell.time.previousTitle': 'Previous event ({key})',
  'shell.time.next': 'Next event',
  'shell.time.nextTitle': 'Next event ({key})',
  'shell.time.play': 'Play',
  'shell.time.playTitle': 'Play from here ({key})',
  'shell.time.pause': 'Pause',
  'shell.time.pauseTitle': 'Pause ({key})',
  'shell.time.date': 'Date',
  'shell.time.afterSources': 'after the sources',
  'shell.time.help': 'Arrow keys move by a month, {pageUp} and {pageDown} to the previous or next event, {home} and {end} to the start and today, {space} plays or pauses.',
  'shell.key.space': 'Space',
  'shell.toolbar.label': 'Dashboard tools',
  'shell.toolbar.present': 'Present',
  'shell.toolbar.presentTitle': 'Presenter mode ({key})',
  'shell.toolbar.look': 'Look',
  'shell.look.auto': 'System',
  'shell.look.light': 'Light',
  'shell.look.dark': 'Dark',
  'shell.look.contrast': 'Projector',
  'shell.toolbar.share': 'Share',
  'shell.toolbar.shareTitle': 'Share a link, or embed a view in a web page',
  'shell.toolbar.sharePanel': 'share panel',
  'shell.toolbar.loading': 'Loading…',
  'shell.toolbar.download': 'Download',
  'shell.toolbar.figureMap': 'Map',
  'shell.toolbar.figureTimeline': 'Timeline',
  'shell.toolbar.figureRotation': 'Secretariat chart',
  'shell.toolbar.asSvg': '{label} as a figure (SVG)',
  'shell.toolbar.asPng': '{label} as a figure (PNG, {width})',
  'shell.toolbar.forPrint': '{label} for print (PNG, {paper} width at {dpi})',
  'shell.toolbar.csvMembers': 'Members (CSV)',
  'shell.toolbar.csvMeetings': 'Meetings and topics (CSV)',
  'shell.toolbar.csvSecretariat': 'Secretariat terms (CSV)',
  'shell.toolbar.json': 'All data (JSON)',
  'shell.toolbar.aDownload': 'download',
  'shell.share.link': 'Link to this view',
  'shell.share.copied': 'Copied',
  'shell.share.copyLink': 'Copy link',
  'shell.share.embed': 'Embed one view at this date',
  'shell.share.view': 'View',
  'shell.share.controls': 'Let readers move the date',
  'shell.share.code': 'Code to paste into a web page',
  'shell.share.copyCode': 'Copy code',
  'shell.share.linkCopied': 'The link is on the clipboard.',
  'shell.share.codeCopied': 'The code is on the clipboard.',
  // (end of shell)

  // ── embed ──
  'embed.frameTitle': 'PCOCP: {view}',
  'embed.source': 'Source: OSCE and Council of Europe texts.',
  'embed.sourceDocuments': 'Source: OSCE and Council of Europe texts, {n} documents.',
  'embed.conference': 'Permanent Conference of Organised Crime Prosecutors.',
  'embed.openFull': 'Open the full dashboard',
  // (end of embed)

  // ── export ──
  'export.sources': 'Sources: {list}.',
  'export.sourcesNone': 'Sources: see the dashboard.',
  'export.noCanvas': 'No 2D canvas here',
  'export.pngFailed': 'PNG encoding failed',
  'export.noLayer': 'The chart drew no figure layer',
  'export.csv.id': 'id',
  'export.csv.isoNumeric': 'iso_numeric',
  'export.csv.name': 'name',
  'export.csv.founding': 'founding',
  'export.csv.reading': 'reading',
  'export.csv.joined': 'joined',
  'export.csv.event': 'event',
  'export.csv.quote': 'quote',
  'export.csv.sources': 'sources',
  'export.csv.inferred': 'inferred',
  'export.csv.inferredFrom': 'inferred_from',
  'export.csv.kind': 'kind',
  'export.csv.number': 'number',
  'export.csv.title': 'title',
  'export.csv.start': 'start',
  'export.csv.end': 'end',
  'export.csv.dateInferred': 'date_inferred',
  'export.csv.place': 'place',
  'export.csv.city': 'city',
  'export.csv.country': 'country',
  'export.csv.originalHost': 'original_host',
  'export.csv.topic': 'topic',
  'export.csv.themes': 'themes',
  'export.csv.term': 'term',
  'export.csv.office': 'office',
  'export.csv.boundary': 'boundary',
  'export.csv.date': 'date',
  // (end of export)

  // ── offline ──
  'offline.available': 'A new version is available.',
  'offline.reload': 'Reload',
  'offline.later': 'Later',
  // (end of offline)

  // ── ui ──
  'ui.loadFailed': 'The {what} could not be loaded.',
  'ui.tryAgain': 'Try again',
  'ui.reloadPage': 'Reload the page',
  'ui.sourceRef': 'Source {n}',
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
  // (end of build)
} as const;
