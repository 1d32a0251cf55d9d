/**
 * The content checks: every rule content must meet before the kiosk shows it. The build runs them
 * on `locales/` (and `npm run pack:build` refuses to sign content that fails them); the shell runs
 * them again on every content pack it is asked to import, so no pack can bring a number into a
 * translation, a stale translation, a topic without its text or a plain slip that gives the
 * visitor away. Each problem is one line a content maintainer can act on.
 */
import * as v from 'valibot';
import { fitsPlainSlip } from '../../shared/contact-availability';
import { PlainSlipWordsSchema, type Contact } from '../../shared/content-schema';
import { DEFAULT_CONFIG } from '../../shared/kiosk-config';
import { readTranslationSources, staleKeys } from '../../shared/translation-sources';
import { buildSlip } from '../slips/slip-model';
import { readJsonFile, type ContentFiles } from './content-files';
import { loadContent, type Content } from './content-store';
import { checkLocale } from './locale-checks';
import { looksLikeAddress, looksLikePhoneNumber } from './text-rules';

export function checkContent(files: ContentFiles): string[] {
  let content: Content;
  try {
    content = loadContent(files);
  } catch (error) {
    return [`The content does not match its schema: ${describe(error)}`];
  }
  return [
    ...checkMessages(content, files),
    ...checkReferences(content),
    ...checkDataFiles(files),
    ...checkHolidays(content.contacts),
    ...checkPlainSlips(content, files),
  ];
}

function describe(error: unknown): string {
  if (error instanceof v.ValiError) {
    const issue = (error as v.ValiError<v.GenericSchema>).issues[0];
    const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    return `${where ? `${where}: ` : ''}${issue?.message ?? error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Every language complete and clean, and translating today's English. */
function checkMessages(content: Content, files: ContentFiles): string[] {
  const english = content.catalogs.get('en');
  if (!english) return ['There are no English messages (en.json), the key source.'];
  const withPhone = new Set(content.contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id));
  return content.languages.flatMap((language) => {
    const messages = content.catalogs.get(language.code) ?? new Map<string, string>();
    const problems = checkLocale(language.code, messages, english, withPhone).map(({ key, problem }) => `${language.code}.json ${key}: ${problem}`);
    if (language.status === 'source') return problems;
    const sourcesFile = `translation-sources/${language.code}.json`;
    const sources = files.has(sourcesFile) ? readTranslationSources(readJsonFile(files, sourcesFile)) : {};
    const stale = staleKeys(messages, english, sources);
    return stale.length > 0 ? [...problems, `${language.code}.json: ${stale.length} message(s) translate an older English text (${stale.slice(0, 3).join(', ')}…)`] : problems;
  });
}

/** Topics and walkthrough name only what exists, and every text they need exists in English. */
function checkReferences(content: Content): string[] {
  const english = content.catalogs.get('en') ?? new Map<string, string>();
  const contactIds = new Set(content.contacts.map((contact) => contact.id));
  const referenceIds = new Set(content.references.map((reference) => reference.id));
  const topicIds = new Set(content.topics.map((topic) => topic.id));
  const needText = (key: string): string[] => (english.get(key) ? [] : [`en.json has no "${key}"`]);
  const problems: string[] = [];
  for (const topic of content.topics) {
    problems.push(...needText(`topics.${topic.id}.title`), ...needText(`topics.${topic.id}.summary`));
    for (const block of topic.blocks) problems.push(...needText(`topics.${topic.id}.blocks.${block}.title`), ...needText(`topics.${topic.id}.blocks.${block}.text`));
    for (const id of topic.contacts) if (!contactIds.has(id)) problems.push(`topics.json: ${topic.id} shows a contact that does not exist: ${id}`);
    for (const id of topic.sources) if (!referenceIds.has(id)) problems.push(`topics.json: ${topic.id} cites a reference that does not exist: ${id}`);
  }
  for (const contact of content.contacts) problems.push(...needText(`contacts.${contact.id}.name`), ...needText(`contacts.${contact.id}.what`));
  const { questions, rules } = content.walkthrough;
  for (const question of questions) {
    problems.push(...needText(`walkthrough.questions.${question.id}`));
    for (const answer of [...question.answers, 'skip']) problems.push(...needText(`walkthrough.answers.${answer}`));
  }
  for (const rule of rules) {
    problems.push(...needText(`walkthrough.reasons.${rule.id}`));
    for (const [questionId, answers] of Object.entries(rule.when)) {
      const question = questions.find((candidate) => candidate.id === questionId);
      if (!question) problems.push(`walkthrough.json: rule ${rule.id} asks about a question that does not exist: ${questionId}`);
      for (const answer of answers) if (question && ![...question.answers, 'skip'].includes(answer)) problems.push(`walkthrough.json: rule ${rule.id}: "${answer}" is not an answer to ${questionId}`);
    }
    for (const id of rule.topics) if (!topicIds.has(id)) problems.push(`walkthrough.json: rule ${rule.id} names a topic that does not exist: ${id}`);
    for (const id of rule.contacts) if (!contactIds.has(id)) problems.push(`walkthrough.json: rule ${rule.id} names a contact that does not exist: ${id}`);
  }
  return [...new Set(problems)];
}

/** Numbers and web addresses live in contacts.json only. */
function checkDataFiles(files: ContentFiles): string[] {
  const strings = (value: unknown, at: string): [string, string][] =>
    typeof value === 'string' ? [[at, value]]
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`))
    : [];
  return ['topics.json', 'walkthrough.json', 'languages.json']
    .flatMap((file) => strings(readJsonFile(files, file), file))
    .filter(([, text]) => looksLikePhoneNumber(text) || looksLikeAddress(text))
    .map(([where, text]) => `${where}: "${text}" looks like a phone number or an address (they belong in contacts.json)`);
}

/** Office hours say how public holidays are treated (the schema requires it), and "open" or "closed" only with the page that says so. */
function checkHolidays(contacts: readonly Contact[]): string[] {
  return contacts.flatMap((contact) =>
    contact.hours.type === 'weekly' && contact.hours.publicHolidays !== 'unknown' && !contact.hours.publicHolidaysSource
      ? [`contacts.json: ${contact.id} says it is ${contact.hours.publicHolidays} on public holidays, but gives no publicHolidaysSource (the page that says so)`]
      : [],
  );
}

/**
 * Plain slips: every contact a plain slip can carry has a neutral name, and a plain slip with every
 * contact on it prints, in every language, none of that language's revealing words (nor of
 * Norwegian's, in its Norwegian lines).
 */
function checkPlainSlips(content: Content, files: ContentFiles): string[] {
  let words: Record<string, string[]>;
  try {
    words = v.parse(PlainSlipWordsSchema, readJsonFile(files, 'plain-slip-words.json')).words;
  } catch (error) {
    return [`plain-slip-words.json: ${describe(error)}`];
  }
  const everythingOn = {
    ...DEFAULT_CONFIG,
    childWelfareEmergencyPhone: '12 34 56 78',
    crisisCentrePhone: '12 34 56 78',
    regionalContacts: content.contacts.filter((contact) => contact.area).map((contact) => contact.id),
  };
  const problems: string[] = [];
  for (const contact of content.contacts) {
    const named = content.translator.has('en', `contacts.${contact.id}.slipName`);
    if (fitsPlainSlip(contact, everythingOn) && !named) problems.push(`en.json: contact ${contact.id} can go on a plain slip but has no slipName`);
    if (!fitsPlainSlip(contact, everythingOn) && named) problems.push(`en.json: contact ${contact.id} never goes on a plain slip, so it needs no slipName`);
  }
  const revealing = (text: string, list: readonly string[]): string[] => list.filter((word) => text.toLocaleLowerCase().includes(word.toLocaleLowerCase()));
  for (const language of content.languages) {
    const own = words[language.code];
    if (!own) {
      problems.push(`plain-slip-words.json has no words for ${language.code}`);
      continue;
    }
    const slip = buildSlip(
      { language: language.code, contactIds: content.contacts.map((contact) => contact.id), localContactIds: [], discreet: true, layout: '80mm' },
      content,
      everythingOn,
    );
    for (const line of [slip.title, ...slip.contacts.flatMap((contact) => [contact.name, ...(contact.hours ? [contact.hours] : [])])]) {
      for (const word of revealing(line.visitor, own)) problems.push(`${language.code}: a plain slip would print "${word}" in "${line.visitor}"`);
      for (const word of revealing(line.norwegian, words.nb ?? [])) problems.push(`${language.code}: a plain slip would print "${word}" in "${line.norwegian}"`);
    }
  }
  return [...new Set(problems)];
}
