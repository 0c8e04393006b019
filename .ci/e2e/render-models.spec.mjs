// Renders every BPMN model under processes/ with bpmn-js (the NavigatedViewer, the renderer Camunda
// Modeler uses) in headless Chromium and fails when a model is hard to read: a task's name does not fit
// its shape or runs into the task's icon, two labels overlap, a label lies on another element (shape or
// flow, its own flow too), a boundary event sits on its host's name, an external label's box is narrower
// than the one Modeler would give it (its name then wraps into extra lines; the message names Modeler's
// box), or two shapes overlap. Crossing flows are printed (not a failure: some crossings are forced by
// the flow's topology). Text is measured as rendered (getBBox of every line, in diagram coordinates).
// Needs no running service:
//   node .ci/e2e/render-models.spec.mjs [processes/complaint/complaint-handling.bpmn ...]
// Saves target/e2e/model-<key>.png per model (SCREENSHOTS overrides the folder); the main models'
// pictures are kept in docs/img/model-<key>.png (copied by hand when a layout changes). Prints one line
// per model and per problem and a closing "N passed, M failed"; exits non-zero on any problem.
// Run by .ci/e2e.sh with the other specs (it ignores BASE_URL).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(SCREENSHOTS, { recursive: true });

function findModels(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return findModels(p);
    return p.endsWith('.bpmn') ? [p] : [];
  }).sort();
}
const models = process.argv.length > 2 ? process.argv.slice(2).map((p) => resolve(p)) : findModels(join(root, 'processes'));

const bpmnJs = join(here, 'node_modules', 'bpmn-js', 'dist');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
page.on('pageerror', (e) => console.log(`       page error: ${e.message}`));
await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
  <style>html,body{margin:0;padding:0;background:#fff} #canvas{width:1600px;height:1000px}</style></head>
  <body><div id="canvas"></div></body></html>`);
await page.addStyleTag({ path: join(bpmnJs, 'assets', 'diagram-js.css') });
await page.addStyleTag({ path: join(bpmnJs, 'assets', 'bpmn-js.css') });
await page.addStyleTag({ path: join(bpmnJs, 'assets', 'bpmn-font', 'css', 'bpmn.css') });
await page.addScriptTag({ path: join(bpmnJs, 'bpmn-navigated-viewer.production.min.js') });

// In the page: import the XML, then measure every text in diagram coordinates.
async function inspect(xml) {
  const viewer = window.viewer ?? (window.viewer = new window.BpmnJS({ container: '#canvas' }));
  const { warnings } = await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const textRenderer = viewer.get('textRenderer');
  canvas.zoom(1, { x: 0, y: 0 });
  const layer = canvas.getActiveLayer();
  const toDiagram = (node, box) => {
    const m = layer.getScreenCTM().inverse().multiply(node.getScreenCTM());
    const pts = [[box.x, box.y], [box.x + box.width, box.y + box.height]].map(([x, y]) => {
      const p = new DOMPoint(x, y).matrixTransform(m);
      return [p.x, p.y];
    });
    return { x: pts[0][0], y: pts[0][1], width: pts[1][0] - pts[0][0], height: pts[1][1] - pts[0][1] };
  };
  const round = (b) => ({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) });
  const out = { warnings: warnings.map((w) => w.message), shapes: [], connections: [] };
  for (const el of registry.getAll()) {
    const bo = el.businessObject;
    if (!bo || el.type === 'bpmn:Process' || el.type === 'bpmn:Collaboration' || el === canvas.getRootElement()) continue;
    if (el.waypoints) {
      out.connections.push({ id: el.id, type: el.type, waypoints: el.waypoints.map((p) => ({ x: p.x, y: p.y })) });
      continue;
    }
    const gfx = registry.getGraphics(el);
    const visual = gfx.querySelector('.djs-visual');
    // one box per rendered line: a wide line box would hide where the text really is
    const lines = [...visual.querySelectorAll(':scope > text tspan')]
      .filter((t) => t.textContent.trim())
      .map((t) => ({ text: t.textContent, box: round(toDiagram(t, t.getBBox())) }));
    // the icon of a task (user, service, script, ...) is the first path drawn in its visual
    const icons = el.type.endsWith('Task') && !el.labelTarget
      ? [...visual.querySelectorAll(':scope > path')].map((p) => round(toDiagram(p, p.getBBox())))
          .filter((b) => b.width > 0 && b.height > 0 && b.x < el.x + 40 && b.y < el.y + 40)
      : [];
    out.shapes.push({
      id: el.id,
      type: el.type,
      isLabel: !!el.labelTarget,
      owner: el.labelTarget ? el.labelTarget.id : el.id,
      host: el.host ? el.host.id : null,
      parent: el.parent && el.parent !== canvas.getRootElement() ? el.parent.id : null,
      container: ['bpmn:Participant', 'bpmn:Lane'].includes(el.type) || (el.type === 'bpmn:SubProcess' && !!(el.di && el.di.isExpanded)),
      bounds: { x: el.x, y: el.y, width: el.width, height: el.height },
      // the box Modeler gives this label when its text is edited (at least 90 wide)
      fit: el.labelTarget && bo.name ? textRenderer.getExternalLabelBounds(el, bo.name) : null,
      lines,
      icons,
    });
  }
  const box = canvas.getActiveLayer().getBBox();
  out.extent = { x: box.x, y: box.y, width: box.width, height: box.height };
  return out;
}

const inter = (a, b, pad = 0) => a.x + pad < b.x + b.width && b.x + pad < a.x + a.width
  && a.y + pad < b.y + b.height && b.y + pad < a.y + a.height;
const inside = (a, b, slack) => a.x >= b.x - slack && a.y >= b.y - slack
  && a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;
const grow = (b, d) => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });
const union = (boxes) => {
  const x = Math.min(...boxes.map((b) => b.x)), y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};
// does the segment p-q pass through the box (shrunk by pad)?
function segmentHits(p, q, b, pad = 1) {
  const x0 = b.x + pad, y0 = b.y + pad, x1 = b.x + b.width - pad, y1 = b.y + b.height - pad;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0, t1 = 1;
  const dx = q.x - p.x, dy = q.y - p.y;
  for (const [pp, qq] of [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]) {
    if (pp === 0) { if (qq < 0) return false; continue; }
    const r = qq / pp;
    if (pp < 0) { if (r > t1) return false; if (r > t0) t0 = r; } else { if (r < t0) return false; if (r < t1) t1 = r; }
  }
  return t0 < t1;
}
function segmentsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

function check(m) {
  const problems = [];
  const shapes = m.shapes;
  const byId = Object.fromEntries(shapes.filter((s) => !s.isLabel).map((s) => [s.id, s]));
  // a text block: the lines of one element's name, embedded (task) or external (event, gateway, flow)
  const texts = shapes.filter((s) => s.lines.length).map((s) => ({
    owner: s.owner, shape: s, box: union(s.lines.map((l) => l.box)), lines: s.lines,
    embedded: !s.isLabel, container: s.container,
  }));
  // 1. a task's (or collapsed sub-process's) name inside its shape, clear of its icon
  for (const s of shapes) {
    if (s.isLabel || s.container || !(s.type.endsWith('Task') || s.type === 'bpmn:SubProcess' || s.type === 'bpmn:CallActivity')) continue;
    for (const l of s.lines) {
      if (!inside(l.box, s.bounds, 0)) problems.push(`${s.id}: name overflows the ${s.bounds.width}×${s.bounds.height} shape ("${l.text.trim()}")`);
      for (const icon of s.icons) if (inter(l.box, grow(icon, 3))) problems.push(`${s.id}: name runs into the task icon ("${l.text.trim()}")`);
    }
  }
  // 2. two names overlap (any two texts of different elements; a container's contents lie inside it)
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      if (a.owner === b.owner) continue;
      const hit = a.lines.some((la) => b.lines.some((lb) => inter(la.box, lb.box)));
      if (hit) problems.push(`labels overlap: ${a.owner} and ${b.owner}`);
    }
  }
  // 3. an external label or an embedded name lies on another element's shape
  for (const t of texts) {
    for (const s of shapes) {
      if (s.isLabel || s.id === t.owner || s.container) continue;
      // a task's own boundary events are check 4
      if (s.host === t.owner) continue;
      if (t.lines.some((l) => inter(l.box, s.bounds, 1))) problems.push(`label of ${t.owner} lies on ${s.id}`);
    }
    // ...or on a flow (its own too: a flow's name beside its line, not across it)
    for (const c of m.connections) {
      const wp = c.waypoints;
      let hit = false;
      for (let k = 0; k + 1 < wp.length && !hit; k++) hit = t.lines.some((l) => segmentHits(wp[k], wp[k + 1], l.box, 1));
      if (hit) problems.push(`label of ${t.owner} lies on flow ${c.id}`);
    }
  }
  // 4. a boundary event on its host's name
  for (const s of shapes) {
    if (!s.host || s.isLabel) continue;
    const host = byId[s.host];
    if (host && host.lines.some((l) => inter(l.box, grow(s.bounds, 4)))) problems.push(`boundary event ${s.id} sits on the name of ${host.id}`);
  }
  // 5. an external label squeezed into a box narrower than Modeler would give it wraps into extra lines
  for (const s of shapes) {
    if (!s.isLabel || !s.fit || !s.lines.length) continue;
    const h = union(s.lines.map((l) => l.box)).height;
    if (h > s.fit.height + 3) {
      const f = s.fit;
      problems.push(`label of ${s.owner} wraps into ${s.lines.length} lines in its ${s.bounds.width} px box (Modeler's box: x=${f.x} y=${f.y} width=${f.width} height=${f.height})`);
    }
  }
  // 6. two flow-node shapes overlap (boundary events on their host and container contents excepted)
  const nodes = shapes.filter((s) => !s.isLabel && !s.container);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      if (a.host === b.id || b.host === a.id) continue;
      if (inter(a.bounds, b.bounds)) problems.push(`shapes overlap: ${a.id} and ${b.id}`);
    }
  }
  // crossing flows: counted, not failed
  const crossings = [];
  const cs = m.connections.filter((c) => c.type === 'bpmn:SequenceFlow');
  for (let i = 0; i < cs.length; i++) {
    for (let j = i + 1; j < cs.length; j++) {
      const a = cs[i].waypoints, b = cs[j].waypoints;
      let cross = false;
      for (let p = 0; p + 1 < a.length && !cross; p++) {
        for (let q = 0; q + 1 < b.length && !cross; q++) cross = segmentsCross(a[p], a[p + 1], b[q], b[q + 1]);
      }
      if (cross) crossings.push(`${cs[i].id} × ${cs[j].id}`);
    }
  }
  return { problems, crossings };
}

let passed = 0;
let failed = 0;
let totalProblems = 0;
for (const file of models) {
  const key = basename(file, '.bpmn');
  const xml = readFileSync(file, 'utf8');
  let result;
  try {
    result = await page.evaluate(inspect, xml);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${key}: cannot render (${e.message.split('\n')[0]})`);
    continue;
  }
  const { problems, crossings: crossed } = check(result);
  const crossings = crossed.length;
  for (const w of result.warnings) problems.push(`import warning: ${w}`);
  // the picture: the whole diagram at 100 %, with a margin (a deeper one at the bottom for bpmn.io's
  // watermark, which must stay visible, so that it sits on no label)
  const e = result.extent;
  const width = Math.ceil(e.width + 60), height = Math.ceil(e.height + 90);
  await page.setViewportSize({ width: Math.max(width, 200), height: Math.max(height, 200) });
  await page.evaluate(({ x, y, width, height }) => {
    const c = document.getElementById('canvas');
    c.style.width = `${width}px`; c.style.height = `${height}px`;
    const canvas = window.viewer.get('canvas');
    canvas.resized();
    canvas.viewbox({ x: x - 30, y: y - 30, width, height });
  }, { x: e.x, y: e.y, width, height });
  await page.locator('#canvas').screenshot({ path: join(SCREENSHOTS, `model-${key}.png`) });
  const shapesCount = result.shapes.filter((s) => !s.isLabel).length;
  if (problems.length) {
    failed++;
    totalProblems += problems.length;
    console.log(`FAIL  ${key}: ${problems.length} problem(s), ${crossings} crossing flow pair(s), ${shapesCount} shapes`);
    for (const p of problems) console.log(`        ${key}: ${p}`);
  } else {
    passed++;
    console.log(`ok    ${key}: no overlaps, ${crossings} crossing flow pair(s), ${shapesCount} shapes`);
  }
  for (const c of crossed) console.log(`        ${key}: flows cross (not a failure): ${c}`);
}
await browser.close();
console.log(`render-models: ${passed} passed, ${failed} failed (${totalProblems} problems)`);
process.exit(failed ? 1 : 0);
