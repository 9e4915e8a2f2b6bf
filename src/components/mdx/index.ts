import Begrip from './Begrip.astro';
import Hulp from './Hulp.astro';
import Meldcode from './Meldcode.astro';
import Opdracht from './Opdracht.astro';
import Situatie from './Situatie.astro';

/** Components that lesson and guide authors can use in .mdx files without importing them. */
export const mdxComponents = { Begrip, Hulp, Meldcode, Opdracht, Situatie };
