// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { contentCheck } from './src/curriculum/content-check-integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://digitaal-weerbaar.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), svelte()],
  build: { format: 'directory' },
});
