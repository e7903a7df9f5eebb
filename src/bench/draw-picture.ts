/**
 * Draws a benchmark picture as JPEG bytes: a colour gradient with seeded noise, so every
 * picture is distinct and the encoders have real detail to work on. Uses sharp, which
 * comes with eleventy-img.
 */
import sharp from "sharp";
import type { CorpusPicture } from "./generate-corpus";

/** The JPEG of `picture`; the same picture always gives the same bytes. */
export async function drawPicture(picture: CorpusPicture): Promise<Buffer> {
  const { width, height } = picture;
  const pixels = Buffer.alloc(width * height * 3);
  let state = picture.seed >>> 0;
  const hue = state % 256;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // xorshift32: cheap noise, seeded per picture.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      const noise = state & 31;
      const at = (y * width + x) * 3;
      pixels[at] = (hue + (x * 255) / width + noise) & 255;
      pixels[at + 1] = ((y * 255) / height + noise) & 255;
      pixels[at + 2] = (255 - hue + ((x + y) * 127) / (width + height) + noise) & 255;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}
