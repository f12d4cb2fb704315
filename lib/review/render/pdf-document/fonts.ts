import { join } from "node:path";
import { Font } from "@react-pdf/renderer";

/** NanumGothic has Hangul and Latin glyphs: Korean scenarios, chat and notes render, and the PDF embeds the subset it uses. */
export const FONT_FAMILY = "NanumGothic";

let registered = false;

/**
 * Registers the committed fonts once per process. The path is taken from the working directory (the app, the tests and
 * the benchmarks all run from the repository root), so no bundler ever has to resolve or copy the font files.
 */
export function registerFonts(): void {
  if (registered) return;
  const dir = join(process.cwd(), "lib", "review", "render", "fonts");
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: join(dir, "NanumGothic.ttf"), fontWeight: "normal" },
      { src: join(dir, "NanumGothicBold.ttf"), fontWeight: "bold" },
    ],
  });
  // The default hyphenation splits English words with a hyphen and knows nothing of Korean: break only between words.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
