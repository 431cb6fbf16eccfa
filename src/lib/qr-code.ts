/**
 * QR codes for printed handouts, made at build time as inline SVG by node-qrcode (`qrcode`): a
 * reader with a paper handout scans an item to reach its page. Only ever for an address on the
 * public origin (see public-origin.ts): without one there is no QR code, never a local address.
 *
 * The SVG is decorative for assistive technology (aria-hidden): the same address is printed as
 * text beside it.
 */
import QRCode from 'qrcode';

/** Error correction M (15 %) survives a crease or a smudge and keeps a long address small. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

export async function qrSvg(address: string): Promise<string> {
  const svg = await QRCode.toString(address, QR_OPTIONS);
  return svg.trim().replace(/^<svg /, '<svg class="qr" aria-hidden="true" ');
}
