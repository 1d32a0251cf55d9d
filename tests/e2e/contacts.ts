/** The registry the UI must show, read straight from locales/contacts.json. */
import fs from 'node:fs';
import path from 'node:path';
import type { Contact } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

export const CONTACTS = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'contacts.json'), 'utf8')) as { contacts: Contact[] }).contacts;

export function contact(id: string): Contact {
  const found = CONTACTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}
