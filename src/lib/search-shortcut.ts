/** "/" jumps to search, as on many sites, unless the pupil is typing somewhere. */
export function isSearchShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, targetIsEditable: boolean): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !targetIsEditable;
}
