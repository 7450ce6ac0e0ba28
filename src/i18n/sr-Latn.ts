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
  'model.placeCity': '{text}, {city}',
  'model.placeOnline': '{text} (onlajn)',
  'model.boardMeeting': 'sednica Izvršnog odbora',
  'model.boardMeetingIn': 'sednica Izvršnog odbora, {city}',
  'model.signing': 'potpisivanje Deklaracije o namerama',
  'model.online': 'onlajn',
  'model.placeNotGiven': 'mesto nije navedeno',
  'model.onlineMeeting': 'Onlajn',
  'model.noPlace': 'Nijedan izvor ne navodi mesto',
  'model.originalHost': '{place} (prvobitni domaćin: {country})',
  'model.atMeeting': '({meeting})',
  'model.atMeetingAfter': ' ({meeting})',
  'model.milestone.granted': 'Dodeljeno predsedavanje',
  'model.milestone.elected': 'Izbor za predsedavajućeg',
  'model.milestone.tookOver': 'Preuzimanje predsedavanja',
  'model.milestone.handoverFrom': 'Zvanično preuzimanje predsedavanja',
  'model.milestone.handoverTo': 'Zvanična predaja predsedavanja',
  'model.milestone.termEnd': 'Predviđeni kraj mandata',
  'model.milestone.closure': 'Kancelarija zatvorena',
  'model.board.notYet': 'prema oba izvora još nije osnovan',
  'model.board.disputed': 'osnovan prema jednom izvoru, prema drugom još nije',
  'model.board.established': 'osnovan prema oba izvora',
  'model.asOfSource': 'prema najnovijem izvoru (najkasniji datum u izvorima: {date})',
  'model.latestSource': 'najnoviji izvor (bez datuma; najkasniji datum u izvorima: {date})',
  'model.inferred': 'zaključeno: {reason}',
  'model.chair.none': 'Sekretarijat još ne postoji (Stalna konferencija ga je osnovala: {date}).',
  'model.chair.label': 'Predsedavanje Sekretarijatom: ',
  'model.chair.agree': ' (izvori se slažu).',
  'model.chair.open': 'Predsedavanje Sekretarijatom: izvori ostavljaju otvorenim ko je predsedavao: ',
  'model.chair.lastOr': '; ili ',
  'model.board.sentence': 'Izvršni odbor: {status}.',
  'model.board.members': 'Izvršni odbor: {status}; članovi, stanje: {asOf}{earlier}: {members}{derived}.',
  'model.board.noEarlier': ' (izvori ne navode ranije članove)',
  'model.board.derived': ', kao i {names} po pravilu odbora (izvori ih ne navode)',
  'model.latest': 'Najnovije: {date}, {events}.',
  'model.memberCountries': { one: '{n} država članica', few: '{n} države članice', other: '{n} država članica' },
  'model.membersList': '{count}: {names}.',
  'model.knowledgeLimit': 'Najkasniji datum u izvorima je {date}: posle njega stranica prikazuje mrežu prema najnovijem izvoru.',
  'model.event.founding': { one: '{label}: {n} potpisnik osnivač', few: '{label}: {n} potpisnika osnivača', other: '{label}: {n} potpisnika osnivača' },
  'model.event.joins': '{name} pristupa mreži',
  'model.event.joinsAt': '{name} pristupa mreži {meeting}',
  'model.event.disagree': ', prema jednom izvoru; izvori se ne slažu (drugi navodi: {others})',
  'model.event.intention': '{name} najavljuje pristupanje mreži',
  'model.event.secretariat': 'Sekretarijat: {who}, {what}',
  'model.term.uncertainThroughout': 'Neizvesno tokom celog mandata: izvori navode {from}; {to}.',
  'model.term.gapAt': ' Između izbora i zvanične primopredaje ({handover}) izvori ostavljaju otvorenim ko je predsedavao.',
  'model.term.uncertainStart': 'Početak je neizvestan: izvori navode {from}.',
  'model.term.gap': ' Između izbora i zvanične primopredaje izvori ostavljaju otvorenim ko je predsedavao.',
  'model.term.holds': 'Svi izvori se slažu da predsedava; nijedan ne navodi kraj.',
  'model.term.held': 'Svi izvori se slažu da je predsedavao.',
  'model.term.asOfSource': 'Prema najnovijem izvoru: ne navodi kraj, a nijedan izvor ne navodi ništa posle njega.',
  'model.term.uncertainEnd': 'Kraj je neizvestan: izvori navode {to}.',
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
    'Svi sastanci Stalne konferencije i njenog Izvršnog odbora, povezani regionalni događaji i pristupanja, od 2016. do danas. Popunjene oznake su se dogodile do trenutnog datuma; izaberite oznaku za pojedinosti ili kliknite na osu da pomerite datum.',
  'timeline.detailsWhat': 'pojedinosti ove oznake',
  'timeline.axis': 'Datum na hronologiji (pomerite ga klikom ili strelicama)',
  'timeline.lane.meetings': 'Sastanci Stalne konferencije',
  'timeline.lane.meetingsShort': 'Sastanci',
  'timeline.lane.board': 'Sastanci Izvršnog odbora',
  'timeline.lane.boardShort': 'Odbor',
  'timeline.lane.related': 'Povezani regionalni događaji',
  'timeline.lane.relatedShort': 'Događaji',
  'timeline.lane.joinings': 'Pristupanja',
  'timeline.lane.joiningsShort': 'Članice',
  'timeline.mark.matches': 'odgovara izabranoj temi',
  'timeline.mark.boardBadge': 'IO',
  'timeline.mark.declaration': 'Deklaracija',
  'timeline.mark.founding': {
    one: '{title}, {place}: {n} država osnivačica',
    few: '{title}, {place}: {n} države osnivačice',
    other: '{title}, {place}: {n} država osnivačica',
  },
  'timeline.mark.noDatePlace': 'datum i mesto nisu navedeni',
  'timeline.mark.undated': '{title}, {place} (nijedan izvor ne navodi datum)',
  'timeline.joins': 'Pristupanje: {name}',
  'timeline.joinsDisputed': 'Pristupanje: {name} (izvori se ne slažu oko datuma)',
  'timeline.afterSources': 'posle izvora',
  'timeline.legend.past': 'Održano do datuma',
  'timeline.legend.later': 'Kasnije',
  'timeline.legend.uncertain': 'Isprekidano, šrafirano: datum je izveden ili se izvori ne slažu',
  'timeline.legend.dots': 'Tačke: teme tačaka dnevnog reda sastanka',
  'timeline.legend.ring': 'Zaokruženo: tema {theme}',
  'timeline.legend.faded': 'Izbledelo: druge teme',
  'timeline.figure.title': 'Sastanci Stalne konferencije tužilaca za organizovani kriminal',
  'timeline.figure.byDate': 'Do ovog datuma: {meetings} Stalne konferencije, {board}, {related}; {countries}.',
  'timeline.figure.meetings': { one: '{n} sastanak', few: '{n} sastanka', other: '{n} sastanaka' },
  'timeline.figure.boardMeetings': { one: '{n} sastanak Izvršnog odbora', few: '{n} sastanka Izvršnog odbora', other: '{n} sastanaka Izvršnog odbora' },
  'timeline.figure.related': { one: '{n} povezani regionalni događaj', few: '{n} povezana regionalna događaja', other: '{n} povezanih regionalnih događaja' },
  'timeline.figure.countries': { one: '{n} država članica', few: '{n} države članice', other: '{n} država članica' },
  'timeline.figure.marks': 'Popunjene oznake su se dogodile do datuma, prazne kasnije; isprekidane i šrafirane su datumi koje izvori ostavljaju neizvesnim.',
  'timeline.figure.ringed': 'Zaokruženi su sastanci i događaji s temom: {theme}; ostali su izbledeli.',
  'timeline.filter.label': 'Istakni sastanke na kojima se govorilo o temi',
  'timeline.filter.all': 'Sve',
  'timeline.theme': 'Tema',
  'timeline.table.summary': 'Tabela hronologije: sastanci, povezani događaji i pristupanja',
  'timeline.table.meetings': 'Sastanci Stalne konferencije i Izvršnog odbora',
  'timeline.table.topics': 'Tačke dnevnog reda (doslovno) i teme',
  'timeline.table.joined': 'Pristupile',
  'timeline.table.inferred': '(izvedeno; nijedan izvor ga ne navodi)',
  'timeline.table.intention': '{name} (namera)',
  'timeline.table.event': 'Događaj',
  'timeline.meeting': 'Sastanak',
  'timeline.date': 'Datum',
  'timeline.place': 'Mesto',
  'timeline.sources': 'Izvori',
  'timeline.online': 'Onlajn',
  'timeline.summary': 'Sažetak',
  'timeline.chart.caption':
    'Koliko se često koja tema javljala, sastanak po sastanak (broj tačaka dnevnog reda; izvori ne navode tačke za prvi i drugi sastanak)',
  'timeline.chart.meetings': 'Sastanci',
  'timeline.details.closeLabel': 'Zatvori pojedinosti',
  'timeline.details.close': 'Zatvori',
  'timeline.details.inferred': 'Izvedeno: nijedan izvor ne navodi ovaj datum.',
  'timeline.details.theSource': 'Izvor:',
  'timeline.details.organisers': 'Organizatori',
  'timeline.details.participants': 'Učesnici',
  'timeline.details.speakers': 'Govornici',
  'timeline.details.objectives': 'Zadaci',
  'timeline.details.goals': 'Ciljevi',
  'timeline.details.topics': 'Tačke dnevnog reda',
  'timeline.details.noTopics': 'Izvori ne navode tačke dnevnog reda ovog sastanka.',
  'timeline.details.outcomes': 'Ishodi',
  'timeline.details.signedHere': 'Ovde potpisale',
  'timeline.details.joinedHere': 'Ovde pristupile',
  'timeline.details.intention': 'najava namere da pristupi',
  'timeline.details.elsewhere': 'Drugi izvor ovo datira drugačije.',
  'timeline.details.each': 'Za svaku:',
  'timeline.details.notes': 'Napomene',
  'timeline.details.aims': 'Ciljevi mreže',
  'timeline.details.support': 'Kako je PCOCP bio podržan u vreme ovog izveštaja',
  'timeline.details.moveDate': 'Pomeri datum na {date}',
  'timeline.details.intentionAnnounced': 'najavljena namera',
  'timeline.details.bothReadings': 'Oba navoda',
  'timeline.details.expectedAttendance': 'Očekivano učešće',
  'timeline.details.attendance': 'Učešće',
  'timeline.details.conclusions': 'Zaključci',
  'timeline.details.relatedNote': 'Povezani regionalni događaj o kojem izveštavaju izvori, a ne sastanak Stalne konferencije.',
  'timeline.sourcesDisagree': 'Izvori se ne slažu',
  // (end of timeline)

  // ── rotation ──
  'rotation.figure.title': 'Predsedavanje Sekretarijatom Stalne konferencije tužilaca za organizovani kriminal',
  'rotation.chart.title': 'Predsedavanje Sekretarijatom',
  'rotation.chart.on': 'Datum: {date}',
  'rotation.tip.span': '{look} ({from} – {to}):',
  'rotation.tip.solid': 'Puno',
  'rotation.tip.faded': 'Izbledelo',
  'rotation.tip.hatched': 'Šrafirano',
  'rotation.tip.noEnd': 'kraj nije naveden',
  'rotation.readme': 'Pređite mišem preko trake ili je fokusirajte da vidite zašto je tako nacrtana; izaberite je za njene navode.',
  'rotation.gap.title': 'Između izbora i primopredaje:',
  'rotation.gap.note': '{gap}. Izvori ne navode nijedan dan u tom razmaku kada je predsedavanje predato.',
  'rotation.gap.disagreement': 'Neslaganje izvora',
  'rotation.gap.label': 'Izbor → zvanična primopredaja',
  'rotation.legend.certain': 'Puno: svi izvori se slažu',
  'rotation.legend.uncertain': 'Šrafirano: datirano samo na mesec ili godinu, ili se izvori ne slažu',
  'rotation.legend.gap': 'Zagrada: od izbora do zvanične primopredaje',
  'rotation.legend.asOfSource': 'Izbledelo: prema poslednjem izvoru, posle njegove poslednje datirane činjenice',
  'rotation.badge.certain': 'predsedava',
  'rotation.badge.uncertain': 'možda predsedava',
  'rotation.badge.asOfSource': 'prema poslednjem izvoru',
  'rotation.table.summary': 'Tabela predsedavanja Sekretarijatom',
  'rotation.table.caption': 'Svi navodi o tome kada je koje predsedavanje počelo i završilo se',
  'rotation.table.chair': 'Predsedavajući',
  'rotation.table.reading': 'Navod',
  'rotation.table.theSource': 'Tekst izvora',
  'rotation.board.title': 'Izvršni odbor',
  'rotation.board.status': 'Na trenutni datum Odbor je',
  'rotation.board.established': 'Kada i gde je osnovan',
  'rotation.board.bothReadings': 'Oba navoda uporedo',
  'rotation.board.rule': 'Pravilo o sastavu',
  'rotation.board.seats': 'Mesta: {seats}.',
  'rotation.seat.previousHost': 'prethodni domaćin',
  'rotation.seat.currentHost': 'sadašnji domaćin',
  'rotation.seat.futureHost': 'budući domaćin',
  'rotation.seat.secretariatHost': 'država sedišta Sekretarijata',
  'rotation.board.members': 'Članovi',
  'rotation.board.sizeFlag': 'Po pravilu 4, imenovana tri',
  'rotation.board.derived': 'izvedeno',
  'rotation.board.namedBy': 'Imenovani u izvoru, stanje – {asOf}:',
  'rotation.board.later': 'Ovo je sastav prema stanju: {asOf}, posle trenutnog datuma; izvori ne navode raniji sastav.',
  'rotation.board.hostsTitle': 'Ko je bio domaćin kog sastanka',
  'rotation.board.hostsNote': 'Pravilo daje mesta prethodnom, sadašnjem i budućem domaćinu, pa su domaćini važni. Označen je poslednji sastanak održan do trenutnog datuma.',
  'rotation.hosts.summary': 'Tabela domaćina',
  'rotation.hosts.caption': 'Domaćin svakog sastanka',
  'rotation.hosts.host': 'Domaćin',
  'rotation.hosts.source': 'Izvor',
  'rotation.hosts.board': 'Odbor, Sofija',
  'rotation.hosts.inferred': '(izvedeno)',
  'rotation.hosts.online': 'Onlajn: bez države domaćina',
  'rotation.hosts.notGiven': 'Nije navedeno',
  'rotation.hosts.originally': 'prvobitno: {country}',
  // (end of rotation)

  // ── present ──
  // (end of present)

  // ── story ──
  // (end of story)

  // ── build ──
  'build.pageTitle': 'PCOCP: istraživač mreže',
  'build.masthead.eyebrow': 'Misija OEBS-a u Srbiji · mreža uz podršku Misije',
  'build.masthead.title': 'Stalna konferencija tužilaca za organizovani kriminal',
  'build.masthead.lede': 'Od {founders} država koje su potpisale Deklaraciju o namerama{signed} do {offices} tužilaštava iz {countries} država; stanje: {asOf}.',
  'build.masthead.ten': 'deset',
  'build.masthead.signed': ' ({city}, {date})',
  // (end of build)

  // ── data: the data's own words (src/i18n/data.ts) ──
  'data.meeting.declaration-2016.title': 'Potpisana Deklaracija o namerama',
  'data.meeting.meeting-1.title': 'Prvi sastanak',
  'data.meeting.meeting-2.title': 'Drugi sastanak',
  'data.meeting.meeting-3.title': 'Treći sastanak',
  'data.meeting.meeting-4.title': 'Četvrti sastanak',
  'data.meeting.meeting-5.title': 'Peti sastanak',
  'data.meeting.meeting-6.title': 'Šesti sastanak',
  'data.meeting.meeting-7.title': 'Sedmi sastanak',
  'data.meeting.meeting-8.title': 'Osmi sastanak',
  'data.meeting.meeting-9.title': 'Deveti sastanak',
  'data.meeting.board-2023.title': 'Sednica Izvršnog odbora, Sofija',
  'data.related.socta-2016.title': 'Konferencija o promociji Regionalne procene pretnje od teškog i organizovanog kriminala (SOCTA)',
  'data.related.iproceeds-2022.title': 'Konferencija iPROCEEDS-2: organi krivičnog pravosuđa, banke i pružaoci internet usluga u Srbiji',
  'data.city.Belgrade': 'Beograd',
  'data.city.Bucharest': 'Bukurešt',
  'data.city.Rome': 'Rim',
  'data.city.Skopje': 'Skoplje',
  'data.city.Sofia': 'Sofija',
  'data.theme.terrorism.label': 'Terorizam i strani borci',
  'data.theme.terrorism.description': 'Terorizam, radikalizacija i strani (teroristički) borci.',
  'data.theme.financial.label': 'Finansijske istrage i oduzimanje imovine',
  'data.theme.financial.description': 'Finansijske istrage, pranje novca, konfiskacija i oduzimanje imovinske koristi stečene krivičnim delom.',
  'data.theme.trafficking.label': 'Trgovina i krijumčarenje',
  'data.theme.trafficking.description': 'Trgovina vatrenim oružjem i ljudima, krijumčarenje ljudi migrantskim rutama.',
  'data.theme.cybercrime.label': 'Visokotehnološki kriminal i elektronski dokazi',
  'data.theme.cybercrime.description': 'Visokotehnološki kriminal i prikupljanje elektronskih dokaza sa interneta.',
  'data.theme.cooperation.label': 'Međunarodna saradnja i razmena dokaza',
  'data.theme.cooperation.description': 'Razmena dokaza i informacija između tužilaštava i sa Evrodžastom; instrumenti međunarodne saradnje.',
  'data.theme.trends.label': 'Trendovi i predmeti organizovanog kriminala',
  'data.theme.trends.description': 'Prezentacije država, aktuelni izazovi i studije slučaja.',
  'data.theme.governance.label': 'Upravljanje mrežom',
  'data.theme.governance.description': 'Sekretarijat, njegovi predsedavajući, proširenje mreže i njena tužilaštva.',
  'data.term.serbia.officeText': 'Izvori ne navode koje je srpsko tužilaštvo predsedavalo.',
  'data.term.bulgaria-specialised.office': 'Specijalizovani sud i javno tužilaštvo Bugarske',
  'data.term.bulgaria-sofia-appellate.office': 'Apelaciono tužilaštvo u Sofiji',
  'data.office.hu-prosecutor-general.name': 'Kancelarija generalnog tužioca',
  'data.office.it-dna.name': 'DNA',
  'data.office.bg-specialised.name': 'Specijalizovani sud i javno tužilaštvo Bugarske',
  'data.office.bg-sofia-appellate.name': 'Apelaciono tužilaštvo u Sofiji',
  'data.kosovo.name': 'Kosovo',
  'data.kosovo.footnote': 'Sva pominjanja Kosova, bilo da se odnose na teritoriju, institucije ili stanovništvo, na ovoj karti treba shvatiti u potpunosti u skladu sa Rezolucijom 1244 Saveta bezbednosti Ujedinjenih nacija.',
  'data.disclaimer': 'Granice i nazivi prikazani na ovoj karti ne podrazumevaju zvanično odobrenje ili prihvatanje. Granice su iz skupa podataka Natural Earth 4.1.0 (world-atlas 2.0.2, 1:50 miliona), pojednostavljene.',
} satisfies Translation;
