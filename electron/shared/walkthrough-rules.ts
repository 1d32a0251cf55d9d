/**
 * Turns a visitor's answers in the side-by-side walkthrough into what to show next: the topics and
 * contacts whose rules apply, each with the rules (reasons) that picked it. Pure, and the answers
 * never leave the page's memory.
 */
import type { Walkthrough } from './content-schema';

/** question id → the answer given, or "skip". Questions not reached are absent. */
export type Answers = Record<string, string>;
export type Recommendation = { id: string; reasons: string[] };
export type WalkthroughResult = { rules: string[]; topics: Recommendation[]; contacts: Recommendation[] };

export const SKIP = 'skip';

export function recommend(walkthrough: Walkthrough, answers: Answers): WalkthroughResult {
  const applying = walkthrough.rules.filter((rule) =>
    Object.entries(rule.when).every(([question, accepted]) => accepted.includes(answers[question] ?? SKIP)),
  );
  const collect = (pick: (rule: (typeof applying)[number]) => string[]): Recommendation[] => {
    const found = new Map<string, string[]>();
    for (const rule of applying) for (const id of pick(rule)) found.set(id, [...(found.get(id) ?? []), rule.id]);
    return [...found].map(([id, reasons]) => ({ id, reasons }));
  };
  return { rules: applying.map((rule) => rule.id), topics: collect((rule) => rule.topics), contacts: collect((rule) => rule.contacts) };
}
