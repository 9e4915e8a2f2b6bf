import { SyntaxValidator } from 'fast-xml-validator';

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Why the text is not well-formed XML, or null when it is. */
export function xmlSyntaxError(xml: string): string | null {
  try {
    SyntaxValidator.validate(xml);
    return null;
  } catch (error) {
    const e = error as { message?: string; line?: number };
    return `${e.message ?? String(error)}${e.line ? ` (line ${e.line})` : ''}`;
  }
}
