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
  // (end of present)

  // ── story ──
  // (end of story)

  // ── build ──
  // (end of build)
} satisfies Translation;
