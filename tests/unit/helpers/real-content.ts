/**
 * The real content and fonts, for tests of the parts that print slips. Needs `npm run build:fonts`
 * (npm test builds before it runs the unit tests).
 */
import { loadContentDirectory } from '../../../electron/services/content/content-store';
import { GENERATED_FONTS, LOCALES } from '../../../electron/services/project-paths';
import { SlipFonts } from '../../../electron/services/slips/slip-fonts';
import { SlipService } from '../../../electron/services/slips/slip-service';
import { DEFAULT_CONFIG, type KioskConfig } from '../../../electron/shared/kiosk-config';

export const CONTENT = loadContentDirectory(LOCALES);
export const FONTS = new SlipFonts(GENERATED_FONTS);

export function slipService(config: Partial<KioskConfig> = {}): SlipService {
  return new SlipService(() => CONTENT, FONTS, () => ({ ...DEFAULT_CONFIG, ...config }));
}
