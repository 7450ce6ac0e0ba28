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
  // (end of map)

  // ── sources ──
  // (end of sources)

  // ── timeline ──
  // (end of timeline)

  // ── rotation ──
  // (end of rotation)

  // ── present ──
  'present.keys.hint': '{pageDown} / {pageUp} step · {b} or {dot} blanks · {home} / {end} · {v} presenter view · {e} edit the story',
  'present.withKey': '{label} ({key})',
  'present.view.title': 'Presenter view',
  'present.tools.edit': 'Edit story',
  'present.tools.handout': 'Handout',
  'present.tools.close': 'Close this view',
  'present.tools.leave': 'Leave',
  'present.notice.dismiss': 'Dismiss',
  'present.controls.previous': 'Previous',
  'present.controls.next': 'Next',
  'present.controls.autoplay': 'Autoplay',
  'present.controls.stopAutoplay': 'Stop autoplay',
  'present.controls.pace': 'Pace',
  'present.controls.seconds': '{n} s',
  'present.progress': 'Step {n} of {total}',
  'present.tally.countries': { one: '{n} member country', other: '{n} member countries' },
  'present.tally.meetings': { one: '{n} meeting held', other: '{n} meetings held' },
  'present.controls.label': 'Presenter controls',
  'present.blanked': 'Screen blanked; press any key to return',
  'present.view.blanked': 'The audience’s screen is blank: any key brings it back.',
  'present.view.elapsed': 'Elapsed',
  'present.view.restart': 'Restart the timer',
  'present.view.time': 'Time',
  'present.view.current': 'Current step',
  'present.view.now': 'Now, step {n} of {total}',
  'present.view.nextStep': 'Next step',
  'present.view.next': 'Next',
  'present.view.end': 'The end of the story.',
  'present.view.notes': 'Notes',
  'present.view.noNotes': 'No notes for this step.',
  'present.strip.label': 'Timeline of the meetings and the joinings',
  'present.strip.beyond': 'after the sources',
  // (end of present)

  // ── story ──
  'story.problem.shown': 'so the default story is shown; the rest of the link still applies.',
  'story.problem.linkMalformed': 'The story in this link could not be read (it may have been cut short), {shown}',
  'story.problem.linkFuture': 'The story in this link was made by a newer version of this explorer, {shown}',
  'story.problem.fileMalformed': 'This file is not a story this explorer can read; the story is unchanged.',
  'story.problem.fileFuture': 'This story file was made by a newer version of this explorer; the story is unchanged.',
  'story.tooLong': 'This story is too long for a link ({length} characters; a link keeps at most {limit}). Save it as a file to keep it.',
  'story.today': 'Today, {date}',
  'story.caption.countries': { one: '{n} country', other: '{n} countries' },
  'story.caption.offices': { one: '{n} prosecution office', other: '{n} prosecution offices' },
  'story.caption.officesUnknown': '– prosecution offices',
  'story.caption.meetings': { one: '{n} meeting', other: '{n} meetings' },
  'story.caption.counts': '{countries}, {offices}, {meetings}',
  'story.caption.countsAsOf': '{countries}, {offices}, {meetings}, as of the latest source',
  'story.view.map': 'Map',
  'story.view.timeline': 'Timeline',
  'story.view.secretariat': 'Secretariat',
  'story.view.board': 'Executive Board',
  'story.editor.title': 'Your story',
  'story.editor.done': 'Done',
  'story.editor.intro': 'Each step shows a day: an event’s or any date. What you write here is kept in the link (bookmark it, mail it; it opens offline) or in a file.',
  'story.editor.storyTitle': 'Title',
  'story.editor.save': 'Save as a file',
  'story.editor.load': 'Load a file',
  'story.editor.useDefault': 'Use the default story',
  'story.editor.inLink': { one: 'The link now holds this story of {n} step.', other: 'The link now holds this story of {n} steps.' },
  'story.editor.isDefault': 'The default story: change anything to make it your own.',
  'story.editor.step': 'Step {n}',
  'story.editor.event': 'Event',
  'story.editor.ownDate': 'A date of one’s own',
  'story.editor.date': 'Date',
  'story.editor.caption': 'Caption',
  'story.editor.notes': 'Notes (for the presenter view only)',
  'story.editor.views': 'The stage shows',
  'story.editor.theme': 'Theme filter (timeline)',
  'story.editor.noTheme': 'None',
  'story.editor.moveUp': 'Move step {n} up',
  'story.editor.up': 'Up',
  'story.editor.moveDown': 'Move step {n} down',
  'story.editor.down': 'Down',
  'story.editor.removeStep': 'Remove step {n}',
  'story.editor.remove': 'Remove',
  'story.editor.add': 'Add a step',
  'story.handout.heading': 'The Permanent Conference of Organised Crime Prosecutors',
  'story.handout.perPage': 'Steps per page',
  'story.handout.six': 'Six',
  'story.handout.one': 'One',
  'story.handout.withNotes': 'With the notes',
  'story.handout.print': 'Print or save as {pdf}',
  'story.handout.close': 'Close',
  'story.handout.page': 'Page {n} of {total}',
  'story.handout.pageHead': 'PCOCP Network Explorer · page {n} of {total}',
  'story.handout.footer': 'From public OSCE and Council of Europe texts; the explorer names the source of every fact.',
  // (end of story)

  // ── build ──
  // (end of build)
} as const;
