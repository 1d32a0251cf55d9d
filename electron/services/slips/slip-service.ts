/**
 * Builds slips on request and keeps the last few in memory for the preview and the printer, under
 * unguessable one-session tokens. Both hosts serve them at `__slip/<token>`; nothing is written
 * to disk, and ending the session forgets them.
 */
import crypto from 'node:crypto';
import type { KioskConfig } from '../../shared/kiosk-config';
import type { SlipRequest } from '../../shared/slip-request';
import type { Content } from '../content/content-store';
import { renderSlipHtml } from './slip-html';
import type { SlipFonts } from './slip-fonts';
import { buildSlip } from './slip-model';

export const SLIP_PATH_PREFIX = '__slip/';
const KEPT = 8;

export class SlipService {
  private readonly slips = new Map<string, string>();

  constructor(
    private readonly content: () => Content,
    private readonly fonts: SlipFonts,
    private readonly config: () => KioskConfig,
  ) {}

  /** Renders a slip and returns its path (relative to the kiosk page) and what a plain slip left off. */
  async create(request: SlipRequest): Promise<{ token: string; path: string; leftOff: string[] }> {
    const model = buildSlip(request, this.content(), this.config());
    const html = await renderSlipHtml(model, this.fonts);
    const token = crypto.randomBytes(16).toString('hex');
    this.slips.set(token, html);
    while (this.slips.size > KEPT) this.slips.delete(this.slips.keys().next().value as string);
    return { token, path: `${SLIP_PATH_PREFIX}${token}`, leftOff: model.leftOff };
  }

  /** The HTML for a path below SLIP_PATH_PREFIX, if this session made it. */
  html(pathAfterPrefix: string): string | undefined {
    return /^[0-9a-f]{32}$/.test(pathAfterPrefix) ? this.slips.get(pathAfterPrefix) : undefined;
  }

  forgetAll(): void {
    this.slips.clear();
  }
}
