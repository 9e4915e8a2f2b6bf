import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Leaves out the version marker Svelte adds to every page: a few bytes less for pupils.
  compilerOptions: { discloseVersion: false },
};
