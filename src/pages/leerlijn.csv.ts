import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { learningLineCsv, planLearningLine } from '../curriculum/learning-line.ts';
import { routes } from '../lib/routes.ts';
import { siteContent } from '../lib/site-content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { ageBands, catalogue, kerndoelen } = await siteContent();
  const plan = planLearningLine(catalogue, ageBands, await getCollection('guides'), kerndoelen);
  // Full addresses when the site address is known, so links work from a spreadsheet.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const csv = learningLineCsv(plan, { lesson: (id) => absolute(routes.lesson(id)), guide: (id) => absolute(routes.guide(id)) });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
