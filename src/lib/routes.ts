/** Every URL of the site, built in one place so that links and pages agree. */
export const routes = {
  home: () => '/',
  band: (band: string) => `/leeftijd/${band}/`,
  module: (module: string) => `/modules/${module}/`,
  lesson: (lessonId: string) => `/lessen/${lessonId}/`,
  teachers: () => '/docenten/',
  learningLine: () => '/leerlijn/',
  learningLineCsv: () => '/leerlijn.csv',
  guide: (lessonId: string) => `/docenten/${lessonId}/`,
  classroom: (lessonId: string) => `/docenten/${lessonId}/klassikaal/`,
  presentation: (lessonId: string) => `/docenten/${lessonId}/presentatie/`,
  generalGuide: (id: string) => `/docenten/algemeen/${id}/`,
  help: () => '/hulp/',
  glossary: () => '/begrippen/',
  search: () => '/zoeken/',
  about: () => '/over/',
  privacy: () => '/privacy/',
  docs: () => '/ontwikkelaars/',
  doc: (id: string) => `/ontwikkelaars/${id}/`,
} as const;

/** "sextortion/14-15" → { module: "sextortion", band: "14-15" } */
export function splitLessonId(id: string): { module: string; band: string } {
  const [module = '', band = ''] = id.split('/');
  return { module, band };
}
