/**
 * The content checks: the registry is complete and sourced, every language has every message,
 * every message parses, and no translation carries a number, an address or an outdated law.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_KINDS,
  ContactRegistrySchema,
  LanguageListSchema,
  TopicListSchema,
} from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { messageFiles, readJson } from './locale-files';
import { looksLikeAddress, looksLikePhoneNumber, OUTDATED_TERMS } from './text-rules';

const languages = v.parse(LanguageListSchema, readJson('languages.json')).languages;
const contacts = v.parse(ContactRegistrySchema, readJson('contacts.json')).contacts;
const topics = v.parse(TopicListSchema, readJson('topics.json')).topics;
const messages = messageFiles();
const english = messages.get('en') ?? new Map<string, string>();
const pictogramDir = path.join(PROJECT_ROOT, 'renderer', 'pictograms');

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      into.add(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

describe('the contact registry', () => {
  it('gives every contact a source page and a verified date that is not in the future', () => {
    for (const contact of contacts) {
      expect(contact.source, contact.id).toMatch(/^https:\/\//);
      expect(Date.parse(contact.verified), contact.id).toBeLessThanOrEqual(Date.now());
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
});

describe('the topics', () => {
  it('show only contacts that exist', () => {
    const ids = new Set(contacts.map((contact) => contact.id));
    for (const topic of topics) for (const id of topic.contacts) expect(ids.has(id), `${topic.id} → ${id}`).toBe(true);
  });

  it('each have a pictogram file and an English title; complete ones their text', () => {
    for (const topic of topics) {
      expect(fs.existsSync(path.join(pictogramDir, `${topic.pictogram}.svg`)), topic.id).toBe(true);
      expect(english.get(`topics.${topic.id}.title`), topic.id).toBeTruthy();
      if (topic.status !== 'complete') continue;
      expect(english.get(`topics.${topic.id}.summary`), topic.id).toBeTruthy();
      for (const block of topic.blocks) {
        expect(english.get(`topics.${topic.id}.blocks.${block}.title`), `${topic.id}/${block}`).toBeTruthy();
        expect(english.get(`topics.${topic.id}.blocks.${block}.text`), `${topic.id}/${block}`).toBeTruthy();
      }
    }
  });
});

describe('the languages', () => {
  it('has a message file for every shipped language, and no file for an unlisted one', () => {
    expect([...messages.keys()].sort()).toEqual(languages.map((language) => language.code).sort());
  });

  it('marks only Norwegian bokmål and English as source texts', () => {
    for (const language of languages) {
      expect(language.status === 'source', language.code).toBe(['nb', 'en'].includes(language.code));
    }
  });

  for (const [code, file] of messages) {
    describe(code, () => {
      it('has every English key, and no key English lacks', () => {
        expect([...file.keys()].filter((key) => !english.has(key)), 'extra keys').toEqual([]);
        expect([...english.keys()].filter((key) => !file.get(key)), 'missing keys').toEqual([]);
      });

      it('has messages that parse as ICU, with the same placeholders as English', () => {
        for (const [key, message] of file) {
          const ownArguments = argumentNames(parse(message, { ignoreTag: true }));
          const englishArguments = argumentNames(parse(english.get(key) ?? '', { ignoreTag: true }));
          expect([...ownArguments].sort(), `${code}:${key}`).toEqual([...englishArguments].sort());
        }
      });

      it('has no phone number, web address or e-mail in any message', () => {
        for (const [key, message] of file) {
          expect(looksLikePhoneNumber(message), `${code}:${key}: ${message}`).toBe(false);
          expect(looksLikeAddress(message), `${code}:${key}: ${message}`).toBe(false);
        }
      });

      it('uses no outdated legal term', () => {
        for (const [key, message] of file) {
          for (const term of OUTDATED_TERMS) expect(term.pattern.test(message), `${code}:${key}: ${term.why}`).toBe(false);
        }
      });

      it('refers only to contacts that exist and have a number', () => {
        const withPhone = new Set(contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id.replaceAll('-', '_')));
        for (const [key, message] of file) {
          for (const name of argumentNames(parse(message, { ignoreTag: true }))) {
            if (name.startsWith('tel_')) expect(withPhone.has(name.slice(4)), `${code}:${key} → ${name}`).toBe(true);
          }
        }
      });
    });
  }
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
