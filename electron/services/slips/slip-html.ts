/**
 * The one slip renderer: a self-contained HTML document (fonts and QR codes embedded, no script)
 * with print CSS whose @page size matches the paper. Electron prints it, the WebHost serves it to
 * window.print(), and `npm run slips` turns it into PDFs.
 */
import QRCode from 'qrcode';
import { PAGE_SIZES_MM } from '../../shared/slip-request';
import type { Bilingual, SlipContact, SlipModel } from './slip-model';
import type { SlipFonts } from './slip-fonts';

/** The print job's name in the printer queue: says nothing about the visitor or the kiosk. */
export const NEUTRAL_JOB_TITLE = 'Document';

/** Slips hold no script and load nothing: only inline styles and embedded fonts and images. */
export const SLIP_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

async function qrSvg(address: string): Promise<string> {
  const svg = await QRCode.toString(`https://${address}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace('<svg ', '<svg role="img" aria-hidden="true" ');
}

function bilingual(text: Bilingual, className: string, language: string, tag = 'p'): string {
  const own = `<${tag} class="${className}">${escapeHtml(text.visitor)}</${tag}>`;
  if (language === 'nb' || text.norwegian === text.visitor) return own;
  return `${own}<p class="${className} nb" lang="nb" dir="ltr">${escapeHtml(text.norwegian)}</p>`;
}

async function contactHtml(contact: SlipContact, language: string): Promise<string> {
  const parts = [
    bilingual(contact.name, 'name', language, 'h2'),
    ...contact.phones.map((phone) => `<p class="phone"><bdi dir="ltr">${escapeHtml(phone)}</bdi></p>`),
    contact.hours ? bilingual(contact.hours, 'hours', language) : '',
    contact.what ? bilingual(contact.what, 'what', language) : '',
    contact.web ? `<p class="address"><bdi dir="ltr">${escapeHtml(contact.web)}</bdi></p>` : '',
    contact.email ? `<p class="address"><bdi dir="ltr">${escapeHtml(contact.email)}</bdi></p>` : '',
  ];
  const qr = contact.web ? `<div class="qr">${await qrSvg(contact.web)}</div>` : '';
  return `<li class="contact"><div class="text">${parts.join('')}</div>${qr}</li>`;
}

const LAYOUT_CSS: Record<SlipModel['layout'], string> = {
  '80mm': `
    body{font-size:10.5pt;padding:4mm 4mm 8mm}
    .contact{flex-direction:column;align-items:flex-start}
    .qr svg{width:24mm;height:24mm}
    h1{font-size:15pt}
    .phone{font-size:17pt}`,
  a6: `
    body{font-size:9pt;padding:6mm}
    .qr svg{width:20mm;height:20mm}
    h1{font-size:14pt}
    .phone{font-size:15pt}`,
  a4: `
    body{font-size:11pt;padding:14mm 16mm}
    .contacts{display:grid;grid-template-columns:1fr 1fr;gap:4mm 8mm}
    .qr svg{width:22mm;height:22mm}
    h1{font-size:22pt}
    .phone{font-size:18pt}
    .summary{margin:0 0 6mm;padding:0;list-style:none;columns:2;column-gap:8mm}
    .summary li{break-inside:avoid;margin-bottom:3mm}
    .summary h2{font-size:12pt;margin:0}
    .summary p{margin:0}`,
};

export async function renderSlipHtml(model: SlipModel, fonts: SlipFonts): Promise<string> {
  const page = PAGE_SIZES_MM[model.layout];
  const contacts = (await Promise.all(model.contacts.map((contact) => contactHtml(contact, model.language)))).join('');
  const summary =
    model.summary.length > 0
      ? `<ul class="summary">${model.summary.map((item) => `<li><h2>${escapeHtml(item.title)}</h2><p>${escapeHtml(item.text)}</p></li>`).join('')}</ul>`
      : '';
  const office = model.office ? `<footer><p>${escapeHtml(model.office)}</p></footer>` : '';
  const body = `<header>${bilingual(model.title, 'title', model.language, 'h1')}</header>${summary}<ul class="contacts">${contacts}</ul>${office}`;
  const css = `
    ${fonts.fontFaceCss(body.replace(/<[^>]+>/g, ''))}
    @page{size:${page.width}mm ${page.height === 'auto' ? 'auto' : `${page.height}mm`};margin:0}
    *{box-sizing:border-box}
    html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;width:${page.width}mm;color:#000;background:#fff;line-height:1.3;
      font-family:'Noto Sans','Noto Sans Arabic','Noto Sans Thai','Noto Sans Ethiopic','Noto Sans SC',sans-serif}
    :lang(ur){font-family:'Noto Nastaliq Urdu','Noto Sans',sans-serif;line-height:1.9}
    h1,h2,p{margin:0}
    header{border-bottom:0.4mm solid #000;padding-bottom:2mm;margin-bottom:3mm}
    .nb{font-size:0.85em}
    .title.nb{font-size:10pt}
    .contacts{margin:0;padding:0;list-style:none}
    .contact{display:flex;gap:3mm;align-items:flex-start;justify-content:space-between;break-inside:avoid;padding:2mm 0;border-bottom:0.2mm solid #000}
    .name{font-size:1.05em}
    .phone{font-weight:700;white-space:nowrap}
    .address{overflow-wrap:anywhere}
    .qr{flex:none}
    footer{margin-top:3mm;font-size:0.85em}
    ${LAYOUT_CSS[model.layout]}`;
  return `<!doctype html><html lang="${escapeHtml(model.language)}" dir="${model.dir}"><head><meta charset="utf-8"><title>${NEUTRAL_JOB_TITLE}</title><style>${css}</style></head><body class="layout-${model.layout}">${body}</body></html>`;
}
