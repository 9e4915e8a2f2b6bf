/** Small seeded random generator (mulberry32): the same seed gives the same order again. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Indexes 0..n-1 in a seeded random order (Fisher–Yates). */
export function shuffledIndexes(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A seed per question, so that each question gets its own order from one quiz seed. */
export function questionSeed(quizSeed: number, questionId: string): number {
  let h = quizSeed >>> 0;
  for (const ch of questionId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}
