/**
 * One well-formed request for every host call, for the tests that send every call (the log test,
 * the fuzz tests). Typed against the contract: a new call fails the type check until it has one.
 */
import type { HostCallName, HostRequest } from '../../../electron/shared/host-contract';
import { DEFAULT_CONFIG } from '../../../electron/shared/kiosk-config';

const slip = { language: 'en', contactIds: ['rosa', 'police-emergency'], localContactIds: [], discreet: true, layout: '80mm' } as const;

export const VALID_REQUESTS: { [C in HostCallName]: HostRequest<C> } = {
  'content:get': {},
  'content:messages': { language: 'ar' },
  'content:status': {},
  'content:find': {},
  'content:install': { file: '/nonexistent-folder/pack.hjpack' },
  'content:rollback': {},
  'kiosk:get-setup': {},
  'session:end': { reason: 'idle' },
  'slip:preview': { ...slip, contactIds: [...slip.contactIds], localContactIds: [] },
  'print:status': {},
  'print:slip': { ...slip, contactIds: [...slip.contactIds], localContactIds: [] },
  'print:confirm': { token: '0123456789abcdef0123456789abcdef' },
  'staff:unlock': { pin: '000000' },
  'staff:lock': {},
  'staff:change-pin': { currentPin: '000000', pin: '97531864' },
  'setup:complete': { pin: '246813' },
  'config:read': {},
  'config:save': { config: { ...DEFAULT_CONFIG, languages: [], localContacts: [] } },
  'print:printers': {},
  'health:get': {},
  'kiosk:quit': {},
  'kiosk:screen-fault': { screen: 'topic' },
  'counters:record': { event: 'language', value: 'ar' },
  'counters:get': {},
  'counters:reset': {},
  'counters:export-targets': {},
  'counters:export': { folder: '/nonexistent-export-folder' },
  'audio:recordings': { language: 'so' },
};
