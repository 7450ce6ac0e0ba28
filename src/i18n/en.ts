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
  // (end of present)

  // ── story ──
  // (end of story)

  // ── build ──
  // (end of build)
} as const;
