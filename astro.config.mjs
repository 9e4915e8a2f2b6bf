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
  // No code blocks in the lessons; Shiki inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  // A strict Content Security Policy in every page (a meta tag, so it works on any static host):
  // only this site's own files; Astro adds hashes for its own inline scripts and styles.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
