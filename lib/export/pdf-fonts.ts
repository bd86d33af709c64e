import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The PDF export's fonts (ADR 027): DejaVu Sans regular and bold from the npm package
 * `dejavu-fonts-ttf`, found through Node's module resolution from this file (so the server may
 * run from any working directory), read and parsed once per process, and shared by every
 * document: each document still embeds its own subset (pdfkit makes one per document), only the
 * parsing and the shaping are shared.
 *
 * Shaping: pdfkit lays out text word by word and caches the words per document; a word is shaped
 * by fontkit (cmap, GSUB, GPOS kerning) the first time. Here a word shaped once is kept for the
 * process (the catalogue's texts and most answers use the same few thousand words), so a document
 * shapes only words no earlier document had. The result of shaping depends on the text and the
 * font only, so a kept word gives the bytes fontkit would have computed; each caller gets fresh
 * position objects (pdfkit scales them in place). Bounded: a full cache starts over.
 */
const FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

export type PdfFontName = keyof typeof FILES;

/** Distinct words kept per font (a few MB at most); the catalogue and typical answers need ~2,000. */
export const SHAPED_WORDS_MAX = 20_000;

/**
 * The font file's path, resolved by Node like `require` from this module (not from
 * `process.cwd()`). `turbopackIgnore`: left to Node at run time — Turbopack would otherwise turn
 * the call into a module id of its bundle, and a .ttf is no module it can build.
 */
export function pdfFontFile(name: PdfFontName): string {
  return createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ FILES[name]);
}

const fonts = new Map<PdfFontName, fontkit.Font>();

/** The parsed font `name`, shared by every document of this process (fontkit object for pdfkit). */
export function pdfFont(name: PdfFontName): fontkit.Font {
  let font = fonts.get(name);
  if (!font) {
    font = withShapingCache(fontkit.create(readFileSync(pdfFontFile(name))));
    fonts.set(name, font);
  }
  return font;
}

function withShapingCache(font: fontkit.Font): fontkit.Font {
  const shape = font.layout.bind(font);
  /** Runs as fontkit returned them, never handed out (only copies are). */
  const shaped = new Map<string, fontkit.GlyphRun>();
  font.layout = (text: string, features?: unknown, ...rest: unknown[]): fontkit.GlyphRun => {
    // Features, script or direction given: not the plain shaping pdfkit caches either.
    if (features !== undefined || rest.length > 0) return shape(text, features, ...rest);
    const kept = shaped.get(text);
    if (kept) return copyRun(kept);
    const run = shape(text);
    if (shaped.size >= SHAPED_WORDS_MAX) shaped.clear();
    shaped.set(text, copyRun(run));
    return run;
  };
  return font;
}

/** A glyph run like `run` (same class, glyphs and metadata) with its own arrays and positions. */
function copyRun(run: fontkit.GlyphRun): fontkit.GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map(copyPosition);
  return copy;
}

function copyPosition(position: fontkit.GlyphPosition): fontkit.GlyphPosition {
  return Object.assign(Object.create(Object.getPrototypeOf(position) as object) as fontkit.GlyphPosition, position);
}
