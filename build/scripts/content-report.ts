/**
 * `npm run content:report`: per topic and language, the word count, the longest sentence (in
 * words) and a readability score: LIX for Norwegian (target ≤ 40), Flesch–Kincaid grade for
 * English (target ≤ 8). Visitor topics over target are marked; the figures are never hidden.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { fleschKincaidGrade, lix, longestSentence, words } from '../content/readability';

type Tree = { [key: string]: string | Tree };
type Topic = { id: string; audience: string; blocks: string[] };

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', file), 'utf8'));
const topics = (read('topics.json') as { topics: Topic[] }).topics;
const SCORES: Record<string, { name: string; score: (text: string) => number; target: number }> = {
  nb: { name: 'LIX', score: lix, target: 40 },
  en: { name: 'FK grade', score: fleschKincaidGrade, target: 8 },
};

/** The text a visitor reads on a topic screen: summary, then each block's title and text. */
function topicText(messages: Tree, topic: Topic): string {
  const node = (messages.topics as Tree)[topic.id] as Tree;
  const blocks = (node.blocks ?? {}) as Tree;
  const parts = [node.summary as string, ...topic.blocks.flatMap((id) => [`${(blocks[id] as Tree).title}.`, (blocks[id] as Tree).text as string])];
  // A phone number reads as one short word.
  return parts.join('\n').replace(/\{tel_[a-z_]+\}/g, 'N');
}

let over = 0;
console.log('topic          lang  words  longest  score        target');
for (const [language, measure] of Object.entries(SCORES)) {
  const messages = read(`${language}.json`) as Tree;
  for (const topic of topics) {
    const text = topicText(messages, topic);
    const score = measure.score(text);
    const visitor = topic.audience === 'visitor';
    const flag = visitor && score > measure.target ? '  ← over target' : visitor ? '' : '  (staff topic: no target)';
    if (visitor && score > measure.target) over += 1;
    console.log(
      `${topic.id.padEnd(14)} ${language.padEnd(5)} ${String(words(text).length).padStart(5)}  ${String(longestSentence(text)).padStart(7)}  ${`${measure.name} ${score.toFixed(1)}`.padEnd(12)} ≤ ${measure.target}${flag}`,
    );
  }
}
console.log(over === 0 ? '\nEvery visitor topic meets its readability target.' : `\n${over} visitor topic(s) over target.`);
