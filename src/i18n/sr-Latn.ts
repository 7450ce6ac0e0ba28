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
  'shell.view.map': 'Države članice',
  'shell.view.timeline': 'Sastanci',
  'shell.view.rotation': 'Sekretarijat i Izvršni odbor',
  'shell.viewNamed': 'prikaz „{title}”',
  'shell.loadingData': 'Učitavanje podataka…',
  'shell.drawingView': 'Crtanje prikaza…',
  'shell.needsScript': 'Za ovaj prikaz potreban je {js}; sažetak mreže nalazi se na kraju stranice.',
  'shell.skip': 'Preskoči na prikaze',
  'shell.status': 'Mreža na izabrani datum',
  'shell.embeddedView': 'ugrađeni prikaz',
  'shell.presenterMode': 'režim prezentacije',
  'shell.sources': 'Izvori',
  'shell.sourceList': 'spisak izvora',
  'shell.drawingList': 'Crtanje spiska…',
  'shell.colophon': 'Svaka činjenica potiče iz javnih tekstova OEBS-a i Saveta Evrope, a uz svaku je naveden tekst na koji se oslanja. Gde se izvori ne slažu, prikazana su oba čitanja.',
  'shell.loadError.title': 'Podaci kontrolne table nisu mogli da se učitaju',
  'shell.loadError.at': 'na mestu',
  'shell.loadError.retrying': 'Ponovni pokušaj…',
  'shell.loadError.retry': 'Pokušaj ponovo',
  'shell.counters.asOfSource': 'Prema najnovijem izvoru',
  'shell.counters.datesNothingAfter': ' (poslednji datirani podatak: {date})',
  'shell.counters.disputed': 'uklj. {names}: izvori se ne slažu oko datuma',
  'shell.counters.offices': 'Tužilaštva',
  'shell.counters.officesUncounted': 'izvori ih na ovaj datum ne broje',
  'shell.counters.officesUndated': 'prema najnovijem izvoru, bez datuma',
  'shell.counters.officesAsOf': 'stanje: {when}',
  'shell.counters.meetings': 'Održani sastanci',
  'shell.counters.ofNumbered': 'od ukupno numerisanih: {n}',
  'shell.counters.beforeDeclaration': 'Pre Deklaracije o namerama',
  'shell.time.previous': 'Prethodni događaj',
  'shell.time.previousTitle': 'Prethodni događaj ({key})',
  'shell.time.next': 'Sledeći događaj',
  'shell.time.nextTitle': 'Sledeći događaj ({key})',
  'shell.time.play': 'Pusti',
  'shell.time.playTitle': 'Pusti odavde ({key})',
  'shell.time.pause': 'Pauza',
  'shell.time.pauseTitle': 'Pauza ({key})',
  'shell.time.date': 'Datum',
  'shell.time.afterSources': 'posle izvora',
  'shell.time.help': 'Strelice pomeraju datum za mesec dana, {pageUp} i {pageDown} na prethodni ili sledeći događaj, {home} i {end} na početak i na danas, {space} pušta ili pauzira.',
  'shell.key.space': 'razmaknica',
  'shell.toolbar.label': 'Alatke kontrolne table',
  'shell.toolbar.present': 'Prezentuj',
  'shell.toolbar.presentTitle': 'Režim prezentacije ({key})',
  'shell.toolbar.look': 'Izgled',
  'shell.look.auto': 'Sistemski',
  'shell.look.light': 'Svetli',
  'shell.look.dark': 'Tamni',
  'shell.look.contrast': 'Projektor',
  'shell.toolbar.share': 'Podeli',
  'shell.toolbar.shareTitle': 'Podelite vezu ili ugradite prikaz u veb-stranicu',
  'shell.toolbar.sharePanel': 'panel za deljenje',
  'shell.toolbar.loading': 'Učitavanje…',
  'shell.toolbar.download': 'Preuzmi',
  'shell.toolbar.figureMap': 'Mapa',
  'shell.toolbar.figureTimeline': 'Hronologija',
  'shell.toolbar.figureRotation': 'Grafikon Sekretarijata',
  'shell.toolbar.asSvg': '{label} kao slika (SVG)',
  'shell.toolbar.asPng': '{label} kao slika (PNG, {width})',
  'shell.toolbar.forPrint': '{label} za štampu (PNG, širina {paper} pri {dpi})',
  'shell.toolbar.csvMembers': 'Članice (CSV)',
  'shell.toolbar.csvMeetings': 'Sastanci i teme (CSV)',
  'shell.toolbar.csvSecretariat': 'Mandati Sekretarijata (CSV)',
  'shell.toolbar.json': 'Svi podaci (JSON)',
  'shell.toolbar.aDownload': 'preuzimanje',
  'shell.share.link': 'Veza do ovog prikaza',
  'shell.share.copied': 'Kopirano',
  'shell.share.copyLink': 'Kopiraj vezu',
  'shell.share.embed': 'Ugradi jedan prikaz na ovaj datum',
  'shell.share.view': 'Prikaz',
  'shell.share.controls': 'Dozvoli čitaocima da menjaju datum',
  'shell.share.code': 'Kod za umetanje u veb-stranicu',
  'shell.share.copyCode': 'Kopiraj kod',
  'shell.share.linkCopied': 'Veza je kopirana.',
  'shell.share.codeCopied': 'Kod je kopiran.',
  // (end of shell)

  // ── embed ──
  'embed.frameTitle': 'PCOCP: {view}',
  'embed.source': 'Izvor: tekstovi OEBS-a i Saveta Evrope.',
  'embed.sourceDocuments': 'Izvor: tekstovi OEBS-a i Saveta Evrope (broj dokumenata: {n}).',
  'embed.conference': 'Stalna konferencija tužilaca za organizovani kriminal.',
  'embed.openFull': 'Otvori celu kontrolnu tablu',
  // (end of embed)

  // ── export ──
  'export.sources': 'Izvori: {list}.',
  'export.sourcesNone': 'Izvori: pogledajte kontrolnu tablu.',
  'export.noCanvas': 'Ovde nema 2D platna',
  'export.pngFailed': 'Kodiranje u PNG nije uspelo',
  'export.noLayer': 'Grafikon nije nacrtao nijedan sloj slike',
  'export.csv.id': 'id',
  'export.csv.isoNumeric': 'iso_broj',
  'export.csv.name': 'naziv',
  'export.csv.founding': 'osnivač',
  'export.csv.reading': 'čitanje',
  'export.csv.joined': 'pristupila',
  'export.csv.event': 'događaj',
  'export.csv.quote': 'citat',
  'export.csv.sources': 'izvori',
  'export.csv.inferred': 'izvedeno',
  'export.csv.inferredFrom': 'izvedeno_iz',
  'export.csv.kind': 'vrsta',
  'export.csv.number': 'broj',
  'export.csv.title': 'naslov',
  'export.csv.start': 'početak',
  'export.csv.end': 'kraj',
  'export.csv.dateInferred': 'datum_izveden',
  'export.csv.place': 'mesto',
  'export.csv.city': 'grad',
  'export.csv.country': 'država',
  'export.csv.originalHost': 'prvobitni_domaćin',
  'export.csv.topic': 'predmet',
  'export.csv.themes': 'teme',
  'export.csv.term': 'mandat',
  'export.csv.office': 'tužilaštvo',
  'export.csv.boundary': 'granica',
  'export.csv.date': 'datum',
  // (end of export)

  // ── offline ──
  'offline.available': 'Dostupna je nova verzija.',
  'offline.reload': 'Učitaj ponovo',
  'offline.later': 'Kasnije',
  // (end of offline)

  // ── ui ──
  'ui.loadFailed': 'Učitavanje nije uspelo: {what}.',
  'ui.tryAgain': 'Pokušaj ponovo',
  'ui.reloadPage': 'Ponovo učitaj stranicu',
  'ui.sourceRef': 'Izvor {n}',
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
} satisfies Translation;
