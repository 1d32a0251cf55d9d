/**
 * The content checks a pack must pass (the build, pack:build and every import run them): the real
 * content passes, and each rule finds the fault it is for.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../../electron/services/content/content-checks';
import { contentWith, REAL_CONTENT } from '../../../../support/content-packs';

/** A content file as loose JSON, to break on purpose. */
type Loose = { [key: string]: any };  // eslint-disable-line @typescript-eslint/no-explicit-any
const json = (name: string): Loose => JSON.parse(Buffer.from(REAL_CONTENT.get(name) ?? []).toString('utf8'));
const edited = (name: string, change: (data: Loose) => void): string => {
  const data = json(name);
  change(data);
  return JSON.stringify(data);
};

describe('the content checks', () => {
  it('pass the content in locales/', () => {
    expect(checkContent(REAL_CONTENT)).toEqual([]);
  });

  it.each<[string, Record<string, string | undefined>, RegExp]>([
    ['a file that breaks its schema', { 'contacts.json': edited('contacts.json', (data) => (data.contacts[0].phones[0].display = 'call us')) }, /does not match its schema: contacts\.0\.phones\.0\.display/],
    ['a language file missing', { 'sq.json': undefined }, /does not match its schema: sq\.json is missing/],
    ['a phone number written into a translation', { 'fr.json': edited('fr.json', (data) => (data.topics['help-now'].summary += ' 22 33 11 99')) }, /fr\.json topics\.help-now\.summary: contains something like a phone number/],
    ['a translation that lost a number the English states', { 'pl.json': edited('pl.json', (data) => (data.topics.stay.blocks.reflection.title = 'Okres refleksji')) }, /pl\.json topics\.stay\.blocks\.reflection\.title: states the numbers \[\]/],
    ['a translation of an older English text', { 'en.json': edited('en.json', (data) => (data.topics.rights.summary = 'A corrected fact.')) }, /ro\.json: 1 message\(s\) translate an older English text \(topics\.rights\.summary/],
    ['a topic showing a contact that does not exist', { 'topics.json': edited('topics.json', (data) => data.topics[0].contacts.push('trafficker-hotline')) }, /help-now shows a contact that does not exist: trafficker-hotline/],
    ['a phone number in the topics file', { 'topics.json': edited('topics.json', (data) => (data.$comment = 'Call 22 33 11 99')) }, /topics\.json\.\$comment: "Call 22 33 11 99" looks like a phone number/],
    ['"closed on public holidays" without a source', { 'contacts.json': edited('contacts.json', (data) => (data.contacts.find((contact: Loose) => contact.id === 'iom').hours.publicHolidays = 'closed')) }, /iom says it is closed on public holidays, but gives no publicHolidaysSource/],
    ['a slip name that gives the visitor away', { 'en.json': edited('en.json', (data) => (data.contacts.rosa.slipName = 'ROSA (trafficking)')) }, /en: a plain slip would print "traffick" in "ROSA \(trafficking\)"/],
    ['a language without revealing words for plain slips', { 'plain-slip-words.json': edited('plain-slip-words.json', (data) => delete data.words.th) }, /plain-slip-words\.json has no words for th/],
  ])('find %s', (_name, changes, problem) => {
    const problems = checkContent(contentWith(changes));
    expect(problems.some((line) => problem.test(line)), problems.slice(0, 5).join('\n')).toBe(true);
  });
});
