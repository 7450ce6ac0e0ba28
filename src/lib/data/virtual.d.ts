/** The URL of the data bundle: every file of `data/` by its name (`validate-plugin.ts`). */
declare module 'virtual:data' {
  const url: string;
  export default url;
  /** The bundle's digest (`files.ts`, `digestOf`), or null from the dev server, which checks each answer. */
  export const digest: string | null;
}
