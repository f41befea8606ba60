/**
 * Branding of rendered documents (logo, accent colour, font, footer text), one option applied the
 * same way by the HTML, PDF and DOCX renderers.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { fr as bilingual, parseMini } from './validate.js';
import { readSafely, shallowArray, wrongType } from './guard.js';

/** The `path` argument of {@link resolveBranding}: a copy, every item a string or a finite number. */
function pathArg(path: unknown): (string | number)[] {
  const out = shallowArray(path, ['path']);
  for (let i = 0; i < out.length; i++) {
    const p = out[i];
    if (typeof p !== 'string' && !(typeof p === 'number' && Number.isFinite(p))) throw wrongType(['path', i], 'texte ou nombre', 'string or number', p);
  }
  return out as (string | number)[];
}

/**
 * The visual identity of the organisation that issues the documents. Every field is optional.
 *
 * - `logo`: a PNG or JPEG image, as bytes or as a `data:image/png;base64,…` /
 *   `data:image/jpeg;base64,…` URI (no URL: renderers fetch nothing), at most 1 MB. Printed at the
 *   top left of the page header, `logoHeightMm` high (default 14 mm), its width from its aspect ratio.
 * - `accentColor`: `#rrggbb`, used for headings, the header rule and table header rows.
 * - `font`: the family name used by the HTML (CSS `font-family`, followed by `fontFallback`) and the
 *   DOCX (Word uses the font if installed on the reader's machine, else substitutes). The PDF cannot
 *   name a font: it embeds the bytes given in `renderPdf(doc, { fonts })`, so pass the files of the
 *   same family there. Letters, digits, spaces and hyphens only.
 * - `fontFallback`: `sans-serif` (default) or `serif`.
 * - `footerText`: one more line printed in the footer of every page (e.g. a slogan or a
 *   « Qualiopi » certification sentence), at most 300 characters.
 *
 * @example
 * ```ts
 * import type { Branding } from '@ofkit/docs-gen';
 * const branding: Branding = { accentColor: '#0b5394', font: 'Source Sans 3', footerText: 'Organisme certifié Qualiopi' };
 * ```
 */
export interface Branding {
  readonly logo?: Uint8Array | string;
  /** Printed height of the logo in millimetres (5 to 40, default 14). */
  readonly logoHeightMm?: number;
  readonly accentColor?: string;
  readonly font?: string;
  readonly fontFallback?: 'sans-serif' | 'serif';
  readonly footerText?: string;
}

/**
 * A logo read and checked: its type, bytes, data URI and pixel size.
 *
 * @example
 * ```ts
 * import type { BrandLogo } from '@ofkit/docs-gen';
 * const ratio = (l: BrandLogo) => l.width / l.height;
 * ```
 */
export interface BrandLogo {
  readonly type: 'png' | 'jpeg';
  readonly bytes: Uint8Array;
  readonly dataUri: string;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  /** Printed size in millimetres. */
  readonly heightMm: number;
  readonly widthMm: number;
}

/**
 * {@link Branding} validated and read, as the renderers use it.
 *
 * @example
 * ```ts
 * import { resolveBranding } from '@ofkit/docs-gen';
 * resolveBranding({ accentColor: '#0B5394' }).accentColor; // '#0b5394'
 * ```
 */
export interface ResolvedBranding {
  readonly logo?: BrandLogo;
  readonly accentColor?: string;
  readonly font?: string;
  readonly fontFallback: 'sans-serif' | 'serif';
  readonly footerText?: string;
}

const MAX_LOGO_BYTES = 1_000_000;

const BrandingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    logo: z.optional(
      z.union([
        z.instanceof(Uint8Array),
        z.string().check(
          z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, {
            message: bilingual(
              'Logo : URI « data:image/png;base64,… » ou « data:image/jpeg;base64,… » attendue (aucune URL).',
              'Logo: a "data:image/png;base64,…" or "data:image/jpeg;base64,…" URI expected (no URL).',
            ),
          }),
        ),
      ]),
    ),
    logoHeightMm: z.optional(z.number().check(z.minimum(5), z.maximum(40))),
    accentColor: z.optional(
      z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: bilingual('Couleur au format #rrggbb attendue.', 'Colour #rrggbb expected.') })),
    ),
    font: z.optional(
      z.string().check(
        z.regex(/^[\p{L}\p{N}][\p{L}\p{N} -]{0,63}$/u, {
          message: bilingual('Nom de police : lettres, chiffres, espaces et tirets (64 au plus).', 'Font name: letters, digits, spaces and hyphens (64 at most).'),
        }),
      ),
    ),
    fontFallback: z.optional(z.enum(['sans-serif', 'serif'])),
    footerText: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  }))();

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes (pure; no Buffer, no btoa, so it runs everywhere). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`;
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | B64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** Type and pixel size of a PNG or JPEG, or undefined if the bytes are neither. */
function imageInfo(b: Uint8Array): { type: 'png' | 'jpeg'; width: number; height: number } | undefined {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[12] === 0x49 && b[13] === 0x48) {
    const u32 = (at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
    const width = u32(16);
    const height = u32(20);
    return width > 0 && height > 0 ? { type: 'png', width, height } : undefined;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) return undefined;
      const marker = b[at + 1]!;
      const len = (b[at + 2]! << 8) + b[at + 3]!;
      // Start of frame markers (C0–CF except C4 DHT, C8 JPG, CC DAC) carry the size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = (b[at + 5]! << 8) + b[at + 6]!;
        const width = (b[at + 7]! << 8) + b[at + 8]!;
        return width > 0 && height > 0 ? { type: 'jpeg', width, height } : undefined;
      }
      if (len < 2) return undefined;
      at += 2 + len;
    }
  }
  return undefined;
}

/**
 * Validates a {@link Branding} and reads its logo (type and size). Throws one `OfkitError` listing
 * every problem: unknown keys, a colour that is not `#rrggbb`, a logo that is a URL, not PNG/JPEG
 * or larger than 1 MB, a font name with other characters than letters, digits, spaces and hyphens,
 * a value that cannot be read (a getter or a proxy that throws). `path` (default `['branding']`)
 * prefixes the issues' paths: an array of strings and numbers.
 *
 * @example
 * ```ts
 * import { resolveBranding } from '@ofkit/docs-gen';
 * const b = resolveBranding({ font: 'Source Serif 4', fontFallback: 'serif', footerText: 'Certifié Qualiopi' });
 * b.fontFallback; // 'serif'
 * let code = '';
 * try { resolveBranding({ accentColor: 'red' }); } catch (e) { code = (e as { code: string }).code; }
 * code; // 'INVALID_INPUT'
 * ```
 */
export function resolveBranding(branding: unknown, path: (string | number)[] = ['branding']): ResolvedBranding {
  path = pathArg(path);
  // zod reads the value as it is: a getter or a proxy that throws becomes an issue at `path`.
  const b = readSafely(path, () => parseMini(BrandingSchema, branding, path));
  let logo: BrandLogo | undefined;
  if (b.logo !== undefined) {
    const bytes = typeof b.logo === 'string' ? fromBase64(b.logo.slice(b.logo.indexOf(',') + 1)) : b.logo;
    if (bytes.length > MAX_LOGO_BYTES) {
      throw new OfkitError('INVALID_INPUT', [
        issue([...path, 'logo'], 'too_big', 'Logo de plus de 1 Mo.', 'Logo larger than 1 MB.'),
      ]);
    }
    const info = imageInfo(bytes);
    if (!info) {
      throw new OfkitError('INVALID_INPUT', [
        issue([...path, 'logo'], 'invalid_image', 'Logo : image PNG ou JPEG attendue.', 'Logo: a PNG or JPEG image expected.'),
      ]);
    }
    // Printed size from the aspect ratio, at most 80 mm wide (a wide logo is scaled down).
    const ratio = info.width / info.height;
    const h = b.logoHeightMm ?? 14;
    const widthMm = Math.min(80, h * ratio);
    const heightMm = widthMm / ratio;
    logo = {
      type: info.type,
      bytes,
      dataUri: `data:image/${info.type};base64,${toBase64(bytes)}`,
      width: info.width,
      height: info.height,
      heightMm,
      widthMm,
    };
  }
  return {
    fontFallback: b.fontFallback ?? 'sans-serif',
    ...(logo ? { logo } : {}),
    ...(b.accentColor ? { accentColor: b.accentColor.toLowerCase() } : {}),
    ...(b.font ? { font: b.font } : {}),
    ...(b.footerText ? { footerText: b.footerText } : {}),
  };
}
