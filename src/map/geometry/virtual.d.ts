/** The URLs of the map's layouts, one per framing (`plugin.ts`). */
declare module 'virtual:map-layouts' {
  const urls: Record<import('./types').Aspect, string>;
  export default urls;
}
