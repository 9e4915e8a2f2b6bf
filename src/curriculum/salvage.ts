// A file with one wrong field must not hide its other problems. When a file fails its schema,
// the fields that are valid on their own are kept, so the cross-reference and word checks can
// still look at them (an unknown help key next to a wrong readingMinutes: both are reported).
import type { z } from 'zod';

/** The fields of `raw` that pass their own part of an object schema. */
export function validFields(schema: z.ZodType, raw: unknown): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse((raw as Record<string, unknown>)[key]);
    if (result.success) kept[key] = result.data;
  }
  return kept;
}

/** For a quiz whose question list fails as a whole: the questions that are valid one by one, at their place. */
export function validItems<T>(item: z.ZodType<T>, raw: unknown): (T | undefined)[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((value) => {
    const result = item.safeParse(value);
    return result.success ? result.data : undefined;
  });
}
