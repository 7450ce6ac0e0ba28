/** The URLs of the data bundles (`validate-plugin.ts`): every file of `data/` by its name, the later texts apart. */
declare module 'virtual:data' {
  /** The first view's bundle: every file, without the texts only the views loaded later show. */
  const url: string;
  export default url;
  /** The bundle's digest (`files.ts`, `digestOf`), or null from the dev server, which checks each answer. */
  export const digest: string | null;
  /** The later texts' bundle (`files.ts`, `LATER_FIELDS`). */
  export const texts: string;
  /** Its digest, or null from the dev server. */
  export const textsDigest: string | null;
}
