/**
 * Writes dist/renderer/third-party-licences.json (see build/content/third-party-licences.ts) after
 * the renderer's build, for the staff About view. The page loads it only when staff open that view.
 */
import fs from 'node:fs';
import path from 'node:path';
import { thirdPartyLicences } from '../content/third-party-licences';
import { PROJECT_ROOT, RENDERER_BUNDLE } from '../../electron/services/project-paths';

const licences = thirdPartyLicences(PROJECT_ROOT);
fs.writeFileSync(path.join(RENDERER_BUNDLE, 'third-party-licences.json'), JSON.stringify({ licences }));
console.log(`Third-party licences: ${licences.length} entries.`);
