/**
 * Srpski (latinica). Every key of `en.ts`; the Cyrillic catalogue is generated from this one
 * (`sr-Cyrl.ts`), so write Latin only, and Latin words that must stay Latin in Cyrillic text (file
 * formats, the network's English abbreviation) are listed in `cyrillic.ts`.
 */
import type { Translation } from './index.ts';

export default {
  // ── i18n ──
  'i18n.switch': 'Jezik',
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
  'present.keys.hint': '{pageDown} / {pageUp} korak · {b} ili {dot} zatamnjuje · {home} / {end} · {v} pogled izlagača · {e} uređivanje priče',
  'present.withKey': '{label} ({key})',
  'present.view.title': 'Pogled izlagača',
  'present.tools.edit': 'Uredi priču',
  'present.tools.handout': 'Materijal za publiku',
  'present.tools.close': 'Zatvori ovaj prozor',
  'present.tools.leave': 'Izađi',
  'present.notice.dismiss': 'Zatvori',
  'present.controls.previous': 'Prethodni',
  'present.controls.next': 'Sledeći',
  'present.controls.autoplay': 'Automatski prikaz',
  'present.controls.stopAutoplay': 'Zaustavi automatski prikaz',
  'present.controls.pace': 'Tempo',
  'present.controls.seconds': '{n} s',
  'present.progress': 'Korak {n} od {total}',
  'present.tally.countries': { one: '{n} država članica', few: '{n} države članice', other: '{n} država članica' },
  'present.tally.meetings': { one: '{n} održan sastanak', few: '{n} održana sastanka', other: '{n} održanih sastanaka' },
  'present.controls.label': 'Kontrole izlagača',
  'present.blanked': 'Ekran je zatamnjen; pritisnite bilo koji taster za povratak',
  'present.view.blanked': 'Ekran publike je zatamnjen: bilo koji taster ga vraća.',
  'present.view.elapsed': 'Proteklo',
  'present.view.restart': 'Ponovo pokreni merač vremena',
  'present.view.time': 'Vreme',
  'present.view.current': 'Trenutni korak',
  'present.view.now': 'Sada, korak {n} od {total}',
  'present.view.nextStep': 'Sledeći korak',
  'present.view.next': 'Sledeći',
  'present.view.end': 'Kraj priče.',
  'present.view.notes': 'Beleške',
  'present.view.noNotes': 'Nema beležaka za ovaj korak.',
  'present.strip.label': 'Hronologija sastanaka i pristupanja',
  'present.strip.beyond': 'posle izvora',
  // (end of present)

  // ── story ──
  'story.problem.shown': 'pa je prikazana podrazumevana priča; ostatak linka i dalje važi.',
  'story.problem.linkMalformed': 'Priča iz ovog linka ne može da se pročita (možda je link skraćen), {shown}',
  'story.problem.linkFuture': 'Priču iz ovog linka napravila je novija verzija ovog istraživača, {shown}',
  'story.problem.fileMalformed': 'Ova datoteka nije priča koju ovaj istraživač može da pročita; priča je nepromenjena.',
  'story.problem.fileFuture': 'Ovu datoteku priče napravila je novija verzija ovog istraživača; priča je nepromenjena.',
  'story.tooLong': 'Ova priča je predugačka za link (dužina: {length}; link prima najviše {limit} znakova). Sačuvajte je kao datoteku da biste je zadržali.',
  'story.today': 'Danas, {date}',
  'story.caption.countries': { one: '{n} država', few: '{n} države', other: '{n} država' },
  'story.caption.offices': { one: '{n} tužilaštvo', few: '{n} tužilaštva', other: '{n} tužilaštava' },
  'story.caption.officesUnknown': '– tužilaštava',
  'story.caption.meetings': { one: '{n} sastanak', few: '{n} sastanka', other: '{n} sastanaka' },
  'story.caption.counts': '{countries}, {offices}, {meetings}',
  'story.caption.countsAsOf': '{countries}, {offices}, {meetings}, prema najnovijem izvoru',
  'story.view.map': 'Mapa',
  'story.view.timeline': 'Hronologija',
  'story.view.secretariat': 'Sekretarijat',
  'story.view.board': 'Izvršni odbor',
  'story.editor.title': 'Vaša priča',
  'story.editor.done': 'Gotovo',
  'story.editor.intro': 'Svaki korak prikazuje jedan dan: dan nekog događaja ili bilo koji datum. Ono što ovde napišete čuva se u linku (sačuvajte ga kao obeleživač ili ga pošaljite poštom; otvara se i bez interneta) ili u datoteci.',
  'story.editor.storyTitle': 'Naslov',
  'story.editor.save': 'Sačuvaj kao datoteku',
  'story.editor.load': 'Učitaj datoteku',
  'story.editor.useDefault': 'Vrati podrazumevanu priču',
  'story.editor.inLink': { other: 'Link sada sadrži ovu priču od {n} koraka.' },
  'story.editor.isDefault': 'Podrazumevana priča: promenite bilo šta i postaće vaša.',
  'story.editor.step': 'Korak {n}',
  'story.editor.event': 'Događaj',
  'story.editor.ownDate': 'Sopstveni datum',
  'story.editor.date': 'Datum',
  'story.editor.caption': 'Natpis',
  'story.editor.notes': 'Beleške (samo za pogled izlagača)',
  'story.editor.views': 'Na ekranu se prikazuje',
  'story.editor.theme': 'Filter teme (hronologija)',
  'story.editor.noTheme': 'Bez filtera',
  'story.editor.moveUp': 'Pomeri korak {n} gore',
  'story.editor.up': 'Gore',
  'story.editor.moveDown': 'Pomeri korak {n} dole',
  'story.editor.down': 'Dole',
  'story.editor.removeStep': 'Ukloni korak {n}',
  'story.editor.remove': 'Ukloni',
  'story.editor.add': 'Dodaj korak',
  'story.handout.heading': 'Stalna konferencija tužilaca za organizovani kriminal',
  'story.handout.perPage': 'Koraka po strani',
  'story.handout.six': 'Šest',
  'story.handout.one': 'Jedan',
  'story.handout.withNotes': 'Sa beleškama',
  'story.handout.print': 'Odštampaj ili sačuvaj kao {pdf}',
  'story.handout.close': 'Zatvori',
  'story.handout.page': 'Strana {n} od {total}',
  'story.handout.pageHead': 'PCOCP: istraživač mreže · strana {n} od {total}',
  'story.handout.footer': 'Iz javnih tekstova OEBS-a i Saveta Evrope; istraživač navodi izvor svake činjenice.',
  // (end of story)

  // ── build ──
  // (end of build)
} satisfies Translation;
