/**
 * The content checks: the registry is complete and sourced, every topic has its text, every
 * language has every message, and no translation carries a number, an address or an outdated law.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkLocale } from '../../build/content/locale-checks';
import { LOCALES, messageFiles, readJson } from '../../build/content/locale-files';
import { looksLikeAddress, looksLikePhoneNumber, OUTDATED_TERMS } from '../../build/content/text-rules';
import { CONTACT_KINDS, ContactRegistrySchema, LanguageListSchema, TopicListSchema, WalkthroughSchema } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { readTranslationSources, staleKeys } from '../../electron/shared/translation-sources';

const languages = v.parse(LanguageListSchema, readJson('languages.json')).languages;
const { contacts, references } = v.parse(ContactRegistrySchema, readJson('contacts.json'));
const topics = v.parse(TopicListSchema, readJson('topics.json')).topics;
const messages = messageFiles();
const english = messages.get('en') ?? new Map<string, string>();
const pictogramDir = path.join(PROJECT_ROOT, 'renderer', 'pictograms');

describe('the contact registry', () => {
  it('gives every contact a source page and a verified date that is not in the future', () => {
    for (const contact of contacts) {
      expect(contact.source, contact.id).toMatch(/^https:\/\//);
      expect(Date.parse(contact.verified), contact.id).toBeLessThanOrEqual(Date.now());
    }
  });

  it('gives every contact a way to reach it: a number (its own, or one the office enters), a web page or an e-mail address', () => {
    for (const contact of contacts) {
      expect(contact.phones.length > 0 || Boolean(contact.phoneFromSetting) || Boolean(contact.web) || Boolean(contact.email), contact.id).toBe(true);
    }
  });

  it('has a pictogram for every kind of contact', () => {
    for (const kind of CONTACT_KINDS) expect(fs.existsSync(path.join(pictogramDir, `contact-${kind}.svg`)), kind).toBe(true);
  });

  it('has a name and a line on what it does, in English, for every contact', () => {
    for (const contact of contacts) {
      expect(english.get(`contacts.${contact.id}.name`), contact.id).toBeTruthy();
      expect(english.get(`contacts.${contact.id}.what`), contact.id).toBeTruthy();
    }
  });

  it('says, for every contact with office hours, how public holidays are treated, and gives a source where it says open or closed', () => {
    for (const contact of contacts) {
      if (contact.hours.type !== 'weekly') continue;
      expect(['closed', 'open', 'unknown'], contact.id).toContain(contact.hours.publicHolidays);
      if (contact.hours.publicHolidays !== 'unknown') expect(contact.sourceNote ?? '', `${contact.id}: where does the source say so?`).toMatch(/holiday|helligdag/i);
    }
  });

  it('has the medical emergency number 113 and the out-of-hours doctor 116 117, on "Get help now", in the rights topic and for a visitor who is hurt', () => {
    const byNumber = (dial: string) => contacts.find((contact) => contact.phones.some((phone) => phone.dial === dial))?.id;
    const health = [byNumber('113'), byNumber('116117')];
    expect(health).not.toContain(undefined);
    const walkthrough = v.parse(WalkthroughSchema, readJson('walkthrough.json'));
    const hurt = walkthrough.rules.find((rule) => Object.keys(rule.when).includes('hurt'));
    for (const id of health) {
      expect(topics.find((topic) => topic.id === 'help-now')?.contacts, 'help-now').toContain(id);
      expect(topics.find((topic) => topic.id === 'rights')?.contacts, 'rights').toContain(id);
      expect(hurt?.contacts, 'walkthrough: hurt').toContain(id);
      expect(english.get('topics.rights.blocks.health.text'), 'the rights topic names it').toContain(`{tel_${id?.replaceAll('-', '_')}}`);
    }
  });

  it('never shows the UDI phone number, which has no stored source', () => {
    expect(contacts.flatMap((contact) => contact.phones.map((phone) => phone.dial))).not.toContain('+4723351500');
  });
});

describe('the topics', () => {
  it('show only contacts that exist, and every contact appears in some topic', () => {
    const ids = new Set(contacts.map((contact) => contact.id));
    for (const topic of topics) for (const id of topic.contacts) expect(ids.has(id), `${topic.id} → ${id}`).toBe(true);
    const shown = new Set(topics.flatMap((topic) => topic.contacts));
    expect(contacts.filter((contact) => !shown.has(contact.id)).map((contact) => contact.id)).toEqual([]);
  });

  it('name only references that exist, and every reference is named by some topic', () => {
    const ids = new Set(references.map((reference) => reference.id));
    for (const topic of topics) for (const id of topic.sources) expect(ids.has(id), `${topic.id} → ${id}`).toBe(true);
    const named = new Set(topics.flatMap((topic) => topic.sources));
    expect(references.filter((reference) => !named.has(reference.id)).map((reference) => reference.id)).toEqual([]);
  });

  it('put "Get help now" first and the staff topics after every visitor topic', () => {
    expect(topics[0]?.id).toBe('help-now');
    const firstStaff = topics.findIndex((topic) => topic.audience === 'staff');
    expect(topics.slice(firstStaff).every((topic) => topic.audience === 'staff')).toBe(true);
  });

  it('each have a pictogram, a source line, and their whole text in English', () => {
    for (const topic of topics) {
      expect(fs.existsSync(path.join(pictogramDir, `${topic.pictogram}.svg`)), topic.id).toBe(true);
      expect(topic.status, topic.id).toBe('complete');
      expect(topic.sources.length, topic.id).toBeGreaterThan(0);
      expect(english.get(`topics.${topic.id}.title`), topic.id).toBeTruthy();
      expect(english.get(`topics.${topic.id}.summary`), topic.id).toBeTruthy();
      for (const block of topic.blocks) {
        expect(english.get(`topics.${topic.id}.blocks.${block}.title`), `${topic.id}/${block}`).toBeTruthy();
        expect(english.get(`topics.${topic.id}.blocks.${block}.text`), `${topic.id}/${block}`).toBeTruthy();
      }
      const written = Object.keys(JSON.parse(JSON.stringify(readJson('en.json'))).topics[topic.id].blocks ?? {});
      expect(written.sort(), `${topic.id}: blocks written but not listed`).toEqual([...topic.blocks].sort());
    }
  });
});

describe('the walkthrough', () => {
  const walkthrough = v.parse(WalkthroughSchema, readJson('walkthrough.json'));

  it('asks questions that have words in English, with answers that have words too', () => {
    for (const question of walkthrough.questions) {
      expect(english.get(`walkthrough.questions.${question.id}`), question.id).toBeTruthy();
      for (const answer of [...question.answers, 'skip']) expect(english.get(`walkthrough.answers.${answer}`), answer).toBeTruthy();
    }
  });

  it('has rules that name real questions, answers, topics and contacts, each with its reason', () => {
    const contactIds = new Set(contacts.map((contact) => contact.id));
    const topicIds = new Set(topics.map((topic) => topic.id));
    for (const rule of walkthrough.rules) {
      expect(english.get(`walkthrough.reasons.${rule.id}`), rule.id).toBeTruthy();
      for (const [questionId, answers] of Object.entries(rule.when)) {
        const question = walkthrough.questions.find((candidate) => candidate.id === questionId);
        expect(question, `${rule.id}: question ${questionId}`).toBeDefined();
        for (const answer of answers) expect([...(question?.answers ?? []), 'skip'], `${rule.id}: ${answer}`).toContain(answer);
      }
      for (const id of rule.topics) expect(topicIds.has(id), `${rule.id} → topic ${id}`).toBe(true);
      for (const id of rule.contacts) expect(contactIds.has(id), `${rule.id} → contact ${id}`).toBe(true);
    }
  });
});

describe('the files in locales/', () => {
  /** Every string in a JSON file, with where it is. */
  const strings = (value: unknown, at: string): [string, string][] =>
    typeof value === 'string' ? [[at, value]]
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`))
    : [];

  it('keep every number and address in contacts.json: the other data files have none', () => {
    const found = ['topics.json', 'walkthrough.json', 'languages.json']
      .flatMap((file) => strings(readJson(file), file))
      .filter(([, text]) => looksLikePhoneNumber(text) || looksLikeAddress(text));
    expect(found).toEqual([]);
  });

  it('use no legal term the current law replaced, not even in the notes', () => {
    const files = fs.readdirSync(LOCALES, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(json|md)$/.test(file));
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(LOCALES, file), 'utf8');
      return OUTDATED_TERMS.filter((term) => term.pattern.test(text)).map((term) => `${file}: ${term.why}`);
    });
    expect(files.length).toBeGreaterThan(messages.size);
    expect(found).toEqual([]);
  });
});

describe('the languages', () => {
  it('has a message file for every shipped language, and no file for an unlisted one', () => {
    expect([...messages.keys()].sort()).toEqual(languages.map((language) => language.code).sort());
  });

  it('marks only Norwegian bokmål and English as source texts', () => {
    for (const language of languages) expect(language.status === 'source', language.code).toBe(['nb', 'en'].includes(language.code));
  });

  it('has no stale translation: every translated message translates the current English text', () => {
    const stale = languages
      .filter((language) => language.status !== 'source')
      .flatMap((language) => {
        const sources = readTranslationSources(readJson(`translation-sources/${language.code}.json`));
        return staleKeys(messages.get(language.code) ?? new Map(), english, sources).map((key) => `${language.code}:${key}`);
      });
    expect(stale, 'translate these again from the current English, then npm run i18n:stamp').toEqual([]);
  });

  it('has, in every language, every English key and no problem (ICU, placeholders, numbers, addresses, outdated law)', () => {
    const withPhone = new Set(contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id));
    const problems = [...messages].flatMap(([code, file]) =>
      checkLocale(code, file, english, withPhone).map(({ key, problem }) => `${code}:${key}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('the renderer', () => {
  it('asks only for message keys that exist in English', () => {
    const sources = fs
      .readdirSync(path.join(PROJECT_ROOT, 'renderer'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(svelte|ts)$/.test(file))
      .map((file) => fs.readFileSync(path.join(PROJECT_ROOT, 'renderer', file), 'utf8'));
    const keys = sources.flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z0-9.-]+)'/g)].map((match) => match[1] ?? ''));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
  });
});
