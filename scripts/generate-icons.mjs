// Draws the app icons (a basket with a leaf on the theme green) as PNG with no image library, and the same
// motif as favicon.svg. Run once: `node scripts/generate-icons.mjs`; the outputs are committed in public/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GREEN = [0x2f, 0x6b, 0x3a];
const CREAM = [0xf7, 0xf5, 0xee];
const LEAF = [0x9f, 0xd3, 0x7f];
const RIB = [0x21, 0x4d, 0x29];

// The motif in a unit square; every shape is described once and drawn both as pixels and as SVG.
const LEAF_FROM = [0.5, 0.47];
const LEAF_TO = [0.7, 0.17];
const LEAF_HALF_WIDTH = 0.085;
const HANDLE = { cx: 0.5, cy: 0.47, outer: 0.25, inner: 0.2 };
const RIM = { x0: 0.17, x1: 0.83, y0: 0.45, y1: 0.52 };
const BODY = [
  [0.21, 0.52],
  [0.79, 0.52],
  [0.69, 0.8],
  [0.31, 0.8],
];
const WEAVE = [0.6, 0.69];
const WEAVE_HALF = 0.013;

function insidePolygon([x, y], polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// The leaf is the area between two parabolas from tip to tip: exactly a pair of quadratic Béziers in SVG.
function leafCoords([x, y]) {
  const dx = LEAF_TO[0] - LEAF_FROM[0];
  const dy = LEAF_TO[1] - LEAF_FROM[1];
  const length = Math.hypot(dx, dy);
  const px = x - LEAF_FROM[0];
  const py = y - LEAF_FROM[1];
  return { u: (px * dx + py * dy) / (length * length), v: (px * -dy + py * dx) / length };
}

function colourAt(point) {
  const [x, y] = point;
  const { u, v } = leafCoords(point);
  if (u > 0 && u < 1) {
    const half = LEAF_HALF_WIDTH * 4 * u * (1 - u);
    if (Math.abs(v) < half) return Math.abs(v) < 0.008 && u > 0.08 && u < 0.92 ? RIB : LEAF;
  }
  if (x >= RIM.x0 && x <= RIM.x1 && y >= RIM.y0 && y <= RIM.y1) return CREAM;
  if (insidePolygon(point, BODY)) return WEAVE.some((w) => Math.abs(y - w) < WEAVE_HALF) ? GREEN : CREAM;
  const r = Math.hypot(x - HANDLE.cx, y - HANDLE.cy);
  if (y <= HANDLE.cy && r <= HANDLE.outer && r >= HANDLE.inner) return CREAM;
  return null;
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** Renders with 4×4 supersampling. `motifScale` shrinks the motif around the centre (maskable safe zone). */
function render(size, { motifScale = 1, cornerRadius = 0 }) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (cornerRadius > 0 && !insideRoundedSquare(x, y, cornerRadius)) continue;
          const mx = 0.5 + (x - 0.5) / motifScale;
          const my = 0.5 + (y - 0.5) / motifScale;
          const colour = colourAt([mx, my]) ?? GREEN;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      const offset = (py * size + px) * 4;
      // Colours are averaged over covered samples only, so edges against transparency do not darken.
      const covered = sum[3] / 255 || 1;
      rgba[offset] = Math.round(sum[0] / covered);
      rgba[offset + 1] = Math.round(sum[1] / covered);
      rgba[offset + 2] = Math.round(sum[2] / covered);
      rgba[offset + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const n = (value) => Number((value * 100).toFixed(2));

function svg() {
  const { cx, cy, outer, inner } = HANDLE;
  const dx = LEAF_TO[0] - LEAF_FROM[0];
  const dy = LEAF_TO[1] - LEAF_FROM[1];
  const length = Math.hypot(dx, dy);
  // A quadratic Bézier's peak is half its control point's offset, hence 2 × the wanted half width.
  const offset = (2 * LEAF_HALF_WIDTH) / length;
  const mid = [(LEAF_FROM[0] + LEAF_TO[0]) / 2, (LEAF_FROM[1] + LEAF_TO[1]) / 2];
  const c1 = [mid[0] - dy * offset, mid[1] + dx * offset];
  const c2 = [mid[0] + dy * offset, mid[1] - dx * offset];
  const body = BODY.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="18" fill="${hex(GREEN)}"/>
  <path d="M${n(cx - outer)} ${n(cy)}A${n(outer)} ${n(outer)} 0 0 1 ${n(cx + outer)} ${n(cy)}H${n(cx + inner)}A${n(inner)} ${n(inner)} 0 0 0 ${n(cx - inner)} ${n(cy)}Z" fill="${hex(CREAM)}"/>
  <rect x="${n(RIM.x0)}" y="${n(RIM.y0)}" width="${n(RIM.x1 - RIM.x0)}" height="${n(RIM.y1 - RIM.y0)}" fill="${hex(CREAM)}"/>
  <polygon points="${body}" fill="${hex(CREAM)}"/>
${WEAVE.map((w) => `  <rect x="0" y="${n(w - WEAVE_HALF)}" width="100" height="${n(2 * WEAVE_HALF)}" fill="${hex(GREEN)}" clip-path="url(#body)"/>`).join('\n')}
  <clipPath id="body"><polygon points="${body}"/></clipPath>
  <path d="M${n(LEAF_FROM[0])} ${n(LEAF_FROM[1])}Q${n(c1[0])} ${n(c1[1])} ${n(LEAF_TO[0])} ${n(LEAF_TO[1])}Q${n(c2[0])} ${n(c2[1])} ${n(LEAF_FROM[0])} ${n(LEAF_FROM[1])}Z" fill="${hex(LEAF)}"/>
  <path d="M${n(LEAF_FROM[0] + dx * 0.08)} ${n(LEAF_FROM[1] + dy * 0.08)}L${n(LEAF_FROM[0] + dx * 0.92)} ${n(LEAF_FROM[1] + dy * 0.92)}" stroke="${hex(RIB)}" stroke-width="1.6"/>
</svg>
`;
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
mkdirSync(`${publicDir}icons`, { recursive: true });
const outputs = [
  // "any" icons get rounded corners; maskable and Apple icons are full-bleed because the platform crops them.
  ['icons/icon-192.png', 192, { cornerRadius: 0.18 }],
  ['icons/icon-512.png', 512, { cornerRadius: 0.18 }],
  // The maskable safe zone is a centred circle of 40 % radius: the motif is scaled to stay well inside it.
  ['icons/icon-maskable-512.png', 512, { motifScale: 0.78 }],
  ['icons/apple-touch-icon-180.png', 180, { motifScale: 0.9 }],
];
for (const [name, size, options] of outputs) {
  writeFileSync(`${publicDir}${name}`, png(size, render(size, options)));
  console.log(`public/${name}`);
}
writeFileSync(`${publicDir}favicon.svg`, svg());
console.log('public/favicon.svg');
