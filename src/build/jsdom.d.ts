/**
 * The part of jsdom (a dev dependency: the unit tests' browser) that the build uses to read the
 * prerendered HTML as a document (`static-html.ts`); jsdom ships no types of its own.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window;
  }
}
