import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

/** lunr with Dutch stemming and stop words (lunr-languages), registered once. */
stemmerSupport(lunr);
dutch(lunr);

interface DutchLunr {
  nl: lunr.Builder.Plugin & {
    stemmer: (token: lunr.Token) => lunr.Token;
    stopWordFilter: (token: lunr.Token) => lunr.Token | undefined;
  };
}
export const nlLunr = lunr as typeof lunr & DutchLunr;

/** The Dutch stem of a word, as the index stores it; '' for a stop word. */
export function dutchStem(word: string): string {
  const token = new lunr.Token(word.toLowerCase(), {});
  if (!nlLunr.nl.stopWordFilter(token)) return '';
  return nlLunr.nl.stemmer(token).toString();
}
