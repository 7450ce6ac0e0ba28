/** The URL of every file of `data/` as it is on disk, by its path (`plugin.ts`): the editor's published data. */
declare module 'virtual:data-files' {
  const url: string;
  export default url;
}

/** The editor's words in a language other than English, added to its catalogue when loaded (`src/i18n/plugin.ts`). */
declare module 'virtual:i18n/editor/*' {}
