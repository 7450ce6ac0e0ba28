/** The URLs of the map's layouts, by language code and framing (`plugin.ts`). */
declare module 'virtual:map-layouts' {
  const urls: Record<string, Record<import('./types').Aspect, string>>;
  export default urls;
  /** The same layouts without their shapes (`bareLayout`). */
  export const bare: Record<string, Record<import('./types').Aspect, string>>;
}
