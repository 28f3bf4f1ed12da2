/**
 * Text drawn on canvases (map labels through TinySDF, the PNG export's frame) uses the CJK label font, whose
 * curly quotes are a full em wide, so "Ji’an" would read "Ji’ an". CSS fixes this for the page with
 * `font-variant-east-asian: proportional-width`; a canvas has no such switch, so Latin text drawn there takes
 * straight quotes instead.
 */
export function canvasLatin(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
