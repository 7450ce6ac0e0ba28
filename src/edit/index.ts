/**
 * The data editor's door: `main.ts` imports this small module on `?edit=1` only, and it loads the
 * editor's page. The indirection keeps the list of the editor's own chunks (which the bundler writes
 * beside a dynamic import, to preload them) out of the first view's script.
 */
export const loadEditor = () => import('./EditorPage.svelte');
