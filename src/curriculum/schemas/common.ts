import { z } from 'zod';

/** A non-empty piece of Dutch text: trims whitespace so "   " counts as empty. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty text` });

/** A list of texts with a length range, e.g. goals (2–4). */
export const textList = (what: string, min: number, max: number) =>
  z
    .array(text(what), { error: `expected a list of ${what}` })
    .min(min, { error: `expected at least ${min} ${what}` })
    .max(max, { error: `expected at most ${max} ${what}` });

/** Month or day precision: verification dates are often only known to the month. */
export const verifiedDate = z
  .string({ error: 'expected a date as YYYY-MM or YYYY-MM-DD (quote it in YAML)' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    error: 'expected a date as YYYY-MM or YYYY-MM-DD',
  });

export const slugId = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `expected ${what} in lowercase letters, digits and hyphens, such as "stap-1"`,
    });
