// 模型变更: every deployment of the models the logged-in owner owns (who, when, which version, how it
// differs from the release's copy), a download to commit it to the repository, and model drift (a newer
// owner version the release kept at start-up). An ES module, loaded by Cockpit from
// /camunda/api/cockpit/plugin/casedesk-models/static/app/plugin.js; data from
// /camunda/api/cockpit/plugin/casedesk-models/{engine}/changes and /drift (models/cockpit/ModelChangesResource),
// authenticated by the Cockpit session. Plain DOM: no framework, no third-party resource.

const PLUGIN_ID = 'casedesk-models';
const ROUTE = '/casedesk-models';

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function base(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN_ID}/${api.engine}`;
}

async function get(api, path) {
  const response = await fetch(`${base(api)}/${path}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken ?? '' },
  });
  if (response.status === 403) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

function driftBox(drift) {
  if (!drift.length) return '<p class="cdmod-same">没有模型漂移：发布版本与已部署的最新版本一致。</p>';
  const items = drift.map((d) => `<li><b>${esc(d.key)}</b>：负责人版本 v${d.deployedVersion}（${esc(d.deployedBy)}）`
    + ` 新于发布版本 v${d.releaseVersion}，启动时保留负责人版本。请下载后提交到代码库。</li>`);
  return `<div class="cdmod-drift"><b>模型漂移 Model drift</b><ul>${items.join('')}</ul></div>`;
}

function resourceRow(api, change, r) {
  const link = `${base(api)}/changes/${encodeURIComponent(change.deploymentId)}/resources/${r.name.split('/').map(encodeURIComponent).join('/')}`;
  const differs = r.differsFromRelease === true ? '<span class="cdmod-badge">与发布版本不同</span>'
    : r.differsFromRelease === false ? '<span class="cdmod-same">与发布版本相同</span>' : '发布版本中没有';
  const diff = r.diff ? `<details><summary>差异 diff</summary><pre class="cdmod-diff">${esc(r.diff)}</pre></details>` : '';
  // a DONE what-if run of the same files (模型推演, same SHA-256): the change was tried before it was deployed
  const tried = change.whatIfRun ? ` <a class="cdmod-same" href="#/casedesk-whatif" title="${esc(change.whatIfRun)}">已推演 tried in what-if</a>` : '';
  return `<tr><td>${esc(change.deployedAt)}</td><td>${esc(change.deployedBy)}</td><td>${esc(r.key ?? '')}</td>`
    + `<td>${r.version ?? ''}</td><td><a href="${esc(link)}" download>${esc(r.name)}</a></td><td>${differs}${tried}${diff}</td></tr>`;
}

function view(api, changes, drift) {
  const rows = changes.flatMap((c) => c.resources.map((r) => resourceRow(api, c, r)));
  return '<h2>模型变更</h2>'
    + `<section><h3>模型漂移</h3>${driftBox(drift)}</section>`
    + '<section><h3>部署记录（最新在前）</h3>'
    + (rows.length ? '<table class="table table-condensed cdmod-table"><thead><tr><th>部署时间</th><th>部署人</th>'
      + '<th>模型</th><th>版本</th><th>资源（下载）</th><th>与发布版本比较</th></tr></thead>'
      + `<tbody>${rows.join('')}</tbody></table>` : '<p class="cdmod-empty">没有部署记录。</p>')
    + '</section>';
}

async function load(node, api) {
  node.classList.add('cdmod');
  node.innerHTML = '<p class="cdmod-empty">模型变更加载中…</p>';
  try {
    const [changes, drift] = await Promise.all([get(api, 'changes'), get(api, 'drift')]);
    if (changes === null || drift === null) {
      node.innerHTML = '<p class="cdmod-empty">模型变更仅供流程负责人和管理员查看。</p>';
      return;
    }
    node.innerHTML = view(api, changes, drift);
  } catch (e) {
    node.innerHTML = `<p class="cdmod-empty">模型变更暂时无法加载（${esc(e.message)}）。</p>`;
  }
}

async function driftNotice(node, api) {
  try {
    const drift = await get(api, 'drift');
    if (drift && drift.length) {
      node.classList.add('cdmod');
      node.innerHTML = `${driftBox(drift)}<p><a href="#${ROUTE}">查看模型变更</a></p>`;
    }
  } catch (e) {
    // the dashboard stays as it is: the view itself reports the error
  }
}

export default [
  {
    id: 'casedesk-models-drift',
    pluginPoint: 'cockpit.dashboard',
    priority: 90,
    render: (node, { api }) => { driftNotice(node, api); },
  },
  {
    id: 'casedesk-models-route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: (node, { api }) => { load(node, api); },
  },
  {
    id: 'casedesk-models-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: { path: ROUTE },
    render: (node) => { node.innerHTML = `<a href="#${ROUTE}">模型变更</a>`; },
  },
];
