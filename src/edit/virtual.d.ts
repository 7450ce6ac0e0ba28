/** The URL of every file of `data/` as it is on disk, by its path (`plugin.ts`): the editor's published data. */
declare module 'virtual:data-files' {
  const url: string;
  export default url;
}
