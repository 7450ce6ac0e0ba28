import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // Scoped classes as "s" and the hash of the component's styles ("s3v8nmm", not "svelte-3v8nmm"): the
  // class is on every element a component's styles reach, about 250 times in the prerendered page.
  compilerOptions: { runes: true, cssHash: ({ hash, css }) => `s${hash(css)}` },
};
