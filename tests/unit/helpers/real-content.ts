/**
 * The real content and fonts, for tests of the parts that print slips. Needs `npm run build:fonts`
 * (npm test builds before it runs the unit tests).
 */
import path from 'node:path';
import { loadContent } from '../../../electron/services/content-store';
import { PROJECT_ROOT } from '../../../electron/services/project-paths';
import { SlipFonts } from '../../../electron/services/slips/slip-fonts';
import { SlipService } from '../../../electron/services/slips/slip-service';
import { DEFAULT_CONFIG, type KioskConfig } from '../../../electron/shared/kiosk-config';

export const CONTENT = loadContent(path.join(PROJECT_ROOT, 'locales'));
export const FONTS = new SlipFonts(path.join(PROJECT_ROOT, 'renderer', 'generated'));

export function slipService(config: Partial<KioskConfig> = {}): SlipService {
  return new SlipService(CONTENT, FONTS, () => ({ ...DEFAULT_CONFIG, ...config }));
}
