/**
 * The content in locales/: it passes every check a content pack must pass (the same checks the
 * build and every pack import run), and the facts this kiosk must never get wrong are there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../electron/services/content/content-checks';
import { readContentDirectory } from '../../electron/services/content/content-files';
import { loadContent } from '../../electron/services/content/content-store';
import { OUTDATED_TERMS } from '../../electron/services/content/text-rules';
import { LOCALES, PROJECT_ROOT } from '../../electron/services/project-paths';
import { CONTACT_KINDS } from '../../electron/shared/content-schema';

const files = readContentDirectory(LOCALES);
const content = loadContent(files);
const { contacts, references, topics, walkthrough, languages } = content;
const english = content.catalogs.get('en') ?? new Map<string, string>();
const pictogramDir = path.join(PROJECT_ROOT, 'renderer', 'pictograms');

it('passes every content check a content pack must pass', () => {
  expect(checkContent(files)).toEqual([]);
});

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

  it('has the medical emergency number 113 and the out-of-hours doctor 116 117, on "Get help now", in the rights topic and for a visitor who is hurt', () => {
    const byNumber = (dial: string) => contacts.find((contact) => contact.phones.some((phone) => phone.dial === dial))?.id;
    const health = [byNumber('113'), byNumber('116117')];
    expect(health).not.toContain(undefined);
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
  it('show every contact somewhere, and name every reference somewhere', () => {
    const shown = new Set(topics.flatMap((topic) => topic.contacts));
    expect(contacts.filter((contact) => !shown.has(contact.id)).map((contact) => contact.id)).toEqual([]);
    const named = new Set(topics.flatMap((topic) => topic.sources));
    expect(references.filter((reference) => !named.has(reference.id)).map((reference) => reference.id)).toEqual([]);
  });

  it('put "Get help now" first and the staff topics after every visitor topic', () => {
    expect(topics[0]?.id).toBe('help-now');
    const firstStaff = topics.findIndex((topic) => topic.audience === 'staff');
    expect(topics.slice(firstStaff).every((topic) => topic.audience === 'staff')).toBe(true);
  });

  it('each have a pictogram, a source line, and exactly the blocks their English text has', () => {
    const tree = JSON.parse(fs.readFileSync(path.join(LOCALES, 'en.json'), 'utf8')) as { topics: Record<string, { blocks?: object }> };
    for (const topic of topics) {
      expect(fs.existsSync(path.join(pictogramDir, `${topic.pictogram}.svg`)), topic.id).toBe(true);
      expect(topic.status, topic.id).toBe('complete');
      expect(topic.sources.length, topic.id).toBeGreaterThan(0);
      expect(Object.keys(tree.topics[topic.id]?.blocks ?? {}).sort(), `${topic.id}: blocks written but not listed`).toEqual([...topic.blocks].sort());
    }
  });
});

describe('the languages', () => {
  it('has a message file for every shipped language, and no file for an unlisted one', () => {
    const messageFiles = [...files.keys()].filter((name) => /^[a-z]{2,3}(-[A-Za-z]+)?\.json$/.test(name)).map((name) => name.replace('.json', ''));
    expect(messageFiles.sort()).toEqual(languages.map((language) => language.code).sort());
  });

  it('marks only Norwegian bokmål and English as source texts', () => {
    for (const language of languages) expect(language.status === 'source', language.code).toBe(['nb', 'en'].includes(language.code));
  });
});

it('uses no legal term the current law replaced anywhere in locales/, not even in the notes', () => {
  const names = fs.readdirSync(LOCALES, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(json|md)$/.test(file));
  const found = names.flatMap((name) => {
    const text = fs.readFileSync(path.join(LOCALES, name), 'utf8');
    return OUTDATED_TERMS.filter((term) => term.pattern.test(text)).map((term) => `${name}: ${term.why}`);
  });
  expect(names.some((name) => name.startsWith('notes'))).toBe(true);
  expect(found).toEqual([]);
});

it('has, in English, every message key the renderer asks for', () => {
  const sources = fs
    .readdirSync(path.join(PROJECT_ROOT, 'renderer'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(svelte|ts)$/.test(file))
    .map((file) => fs.readFileSync(path.join(PROJECT_ROOT, 'renderer', file), 'utf8'));
  const keys = sources.flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z0-9.-]+)'/g)].map((match) => match[1] ?? ''));
  expect(keys.length).toBeGreaterThan(10);
  expect(keys.filter((key) => !english.has(key))).toEqual([]);
});
