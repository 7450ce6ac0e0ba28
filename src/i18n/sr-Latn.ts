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
  'map.noMembers': 'Još nema članica.',
  'map.secretariat': 'Sekretarijat',
  'map.board': 'Izvršni odbor',
  'map.joined': 'Pristupanje',
  'map.legend': 'Legenda',
  'map.legend.founding': { one: '{year}: {n} država potpisnica pri osnivanju', few: '{year}: {n} države potpisnice pri osnivanju', other: '{year}: {n} država potpisnica pri osnivanju' },
  'map.legend.wave': { one: 'Pristupila {year}. godine: {names}', few: 'Pristupile {year}. godine: {names}', other: 'Pristupile {year}. godine: {names}' },
  'map.legend.disputed': 'Članica prema jednom izvoru, prema drugom još nije †',
  'map.legend.osce': 'Država učesnica OEBS-a koja nije članica',
  'map.legend.other': 'Ostalo kopno',
  'map.legend.place': 'Mesto sastanka, od prvog sastanka u njemu',
  'map.legend.online': 'Onlajn sastanci (bez mesta): {meetings}',
  'map.legend.onlineNone': 'još nijedan',
  'map.card.notYet': 'Na dan {day}: još nije članica.',
  'map.card.disputed': 'Na dan {day}: članica prema jednom izvoru, prema drugom još nije.',
  'map.card.member': 'Na dan {day}: članica.',
  'map.card.founding': 'Na dan {day}: članica, jedna od potpisnica pri osnivanju.',
  'map.card.close': 'Zatvori karticu: {name}',
  'map.card.joinedDisputed': 'Pristupanje (izvori se ne slažu)',
  'map.card.office': 'Tužilaštvo',
  'map.card.noOffice': 'Izvori ne navode tužilaštvo.',
  'map.card.milestone': '{what}: {when}',
  'map.card.milestoneOffice': '{what} ({office}): {when}',
  'map.card.boardMember': 'Član Izvršnog odbora, stanje: {asOf}',
  'map.card.boardMemberLater': 'Član Izvršnog odbora, stanje: {asOf} (posle datuma {day}; izvori ne navode ranije članove)',
  'map.card.boardSeat': 'Mesto u Izvršnom odboru po pravilu o sastavu, stanje: {asOf}',
  'map.card.boardSeatLater': 'Mesto u Izvršnom odboru po pravilu o sastavu, stanje: {asOf} (posle datuma {day}; izvori ne navode ranije članove)',
  'map.shape.member': 'članica',
  'map.shape.disputed': 'članica (izvori se ne slažu oko datuma pristupanja)',
  'map.shape.notYet': 'još nije članica',
  'map.shape.since': 'datum pristupanja: {dates}',
  'map.shape.sinceDisputed': 'datum pristupanja: {dates} (izvori se ne slažu)',
  'map.shape.label': '{name}: {status}. Prikaži karticu.',
  'map.shape.labelSince': '{name}: {status}, {since}; prikaži karticu.',
  'map.svg.title': { one: 'Mapa država članica Stalne konferencije ({n} članica)', few: 'Mapa država članica Stalne konferencije ({n} članice)', other: 'Mapa država članica Stalne konferencije ({n} članica)' },
  'map.svg.members': 'Članice: {names}.',
  'map.svg.key': 'Članice su obojene prema godini pristupanja; ostale države učesnice OEBS-a su sive; mesta sastanaka su označena tačkama.',
  'map.caption.disputed': 'Izvori se ne slažu: vidi napomenu ispod mape',
  'map.caption.next': 'Sledeće:',
  'map.error': 'Mapa nije mogla da se iscrta ({message}). Članice su navedene u tabeli ispod.',
  'map.error.fetch': 'Geometrija mape nije mogla da se preuzme ({status}).',
  'map.error.layout': 'Geometrija mape nije raspored mape {aspect}.',
  'map.loading': 'Učitavanje mape…',
  'map.notes.disputed': 'izvori se ne slažu oko datuma pristupanja',
  'map.notes.or': '; ili ',
  'map.table.summary': 'Članice na izabrani datum, u tabeli',
  'map.table.caption': 'Članice na dan {day}',
  'map.table.country': 'Država',
  'map.table.disputed': 'Izvori se ne slažu oko ovog datuma.',
  'map.figure.title': 'Države članice Stalne konferencije tužilaca za organizovani kriminal',
  'map.figure.hatched': 'Šrafirano: izvori se ne slažu oko datuma pristupanja.',
  // (end of map)

  // ── sources ──
  'sources.sources': 'Izvori',
  'sources.dateInferred': 'Datum ({inferred})',
  'sources.facts': { one: '{n} činjenica se oslanja na ovaj izvor', few: '{n} činjenice se oslanjaju na ovaj izvor', other: '{n} činjenica se oslanja na ovaj izvor' },
  'sources.show.map': 'Prikaži na mapi',
  'sources.show.timeline': 'Prikaži u hronologiji',
  'sources.show.rotation': 'Prikaži u grafikonima rotacije',
  'sources.show.sources': 'Prikaži',
  'sources.disagreements': 'Gde se izvori ne slažu',
  'sources.wording': 'Formulacija {i}',
  'sources.reading': 'Verzija {i}',
  'sources.online': 'Onlajn',
  'sources.inferred': 'Zaključeno: {reason}',
  'sources.file.themes': 'Teme',
  'sources.file.members': 'Članice',
  'sources.file.offices': 'Tužilaštva',
  'sources.file.meetings': 'Sastanci',
  'sources.file.relatedEvents': 'Povezani događaji',
  'sources.file.osceStates': 'Države učesnice OEBS-a',
  'sources.file.disagreements': 'Neslaganja',
  'sources.file.cartography': 'Mapa',
  'sources.field.when': 'datum',
  'sources.field.place': 'mesto',
  'sources.field.originalHost': 'prvobitni domaćin',
  'sources.field.organisers': 'organizatori',
  'sources.field.participants': 'učesnici',
  'sources.field.topics': 'tema',
  'sources.field.outcomes': 'ishod',
  'sources.field.notes': 'napomena',
  'sources.field.joined': 'pristupanje',
  'sources.field.intentions': 'namera pristupanja',
  'sources.field.created': 'osnivanje',
  'sources.field.from': 'početak',
  'sources.field.to': 'kraj',
  'sources.field.established': 'uspostavljanje',
  'sources.field.rule': 'pravilo o sastavu',
  'sources.field.duties': 'dužnosti',
  'sources.field.members': 'član',
  'sources.field.count': 'broj',
  'sources.field.named': 'tužilaštvo',
  'sources.field.readings': 'verzija',
  'sources.field.terms': 'predsedavanje',
  'sources.field.inferred': 'zaključak',
  'sources.field.speakers': 'govornik',
  'sources.field.quotes': 'reči',
  'sources.field.objectives': 'zadatak',
  'sources.field.goals': 'cilj',
  'sources.field.aims': 'svrha',
  'sources.field.support': 'podrška',
  'sources.field.also': 'takođe navedeno',
  'sources.field.attendance': 'prisustvo',
  'sources.field.summary': 'sažetak',
  'sources.field.fieldOperations': 'terenske operacije',
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
