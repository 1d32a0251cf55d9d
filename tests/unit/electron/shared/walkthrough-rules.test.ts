import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../electron/services/project-paths';
import { WalkthroughSchema } from '../../../../electron/shared/content-schema';
import { recommend, type Answers } from '../../../../electron/shared/walkthrough-rules';

const walkthrough = v.parse(WalkthroughSchema, JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'walkthrough.json'), 'utf8')));
const contactsFor = (answers: Answers) => recommend(walkthrough, answers).contacts.map((contact) => contact.id);
const rulesFor = (answers: Answers) => recommend(walkthrough, answers).rules;

describe('the walkthrough rules (locales/walkthrough.json)', () => {
  it.each<[string, Answers, string[], string[]]>([
    ['everything skipped: only the contacts that always help', {}, ['always'], ['rosa', 'police-emergency']],
    ['not safe today', { 'safe-today': 'no' }, ['unsafe', 'always'], ['police-emergency', 'rosa']],
    ['under 18', { 'under-18': 'yes' }, ['child', 'always'], ['alarmtelefonen', 'barnevernvakt-local', 'barnevernvakten', 'rosa', 'police-emergency']],
    ['age unknown counts as a child', { 'under-18': 'unknown' }, ['child', 'always'], ['alarmtelefonen', 'barnevernvakt-local', 'barnevernvakten', 'rosa', 'police-emergency']],
    ['adult without a safe place tonight', { 'under-18': 'no', 'safe-sleep': 'no' }, ['no-sleep', 'always'], ['rosa', 'krisesenter-local', 'krisesenter', 'police-emergency']],
    [
      'child without a safe place tonight: the local child welfare emergency service first',
      { 'under-18': 'yes', 'safe-sleep': 'no' },
      ['child', 'no-sleep-child', 'always'],
      ['alarmtelefonen', 'barnevernvakt-local', 'barnevernvakten', 'rosa', 'police-emergency'],
    ],
    ['hurt or ill: the medical emergency number and the out-of-hours doctor', { hurt: 'yes' }, ['hurt', 'always'], ['medical-emergency', 'legevakt', 'rosa', 'police-emergency']],
    ['no residence permit', { permit: 'no' }, ['no-permit', 'always'], ['rosa', 'police-emergency']],
    ['wants to go home', { future: 'go-home' }, ['go-home', 'always'], ['iom', 'rosa', 'police-emergency']],
    ['wants to talk to the police', { police: 'yes' }, ['police', 'always'], ['police', 'stottesenter', 'rosa', 'police-emergency']],
  ])('%s', (_label, answers, rules, contacts) => {
    expect(rulesFor(answers)).toEqual(rules);
    expect(contactsFor(answers)).toEqual(contacts);
  });

  it('gives each contact every reason that led to it', () => {
    const result = recommend(walkthrough, { 'safe-today': 'no', 'safe-sleep': 'no', 'under-18': 'no', hurt: 'yes' });
    expect(result.contacts.find((contact) => contact.id === 'rosa')?.reasons).toEqual(['no-sleep', 'hurt', 'always']);
    expect(result.topics.map((topic) => topic.id)).toEqual(['help-now', 'rights']);
  });
});
