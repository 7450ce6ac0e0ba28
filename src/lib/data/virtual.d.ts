/** The URL of the data bundle: every file of `data/` by its name (`validate-plugin.ts`). */
declare module 'virtual:data' {
  const url: string;
  export default url;
}
