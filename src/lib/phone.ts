/** "020-261 52 75" → "tel:0202615275"; keeps short numbers such as 112 and 113 as they are. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
