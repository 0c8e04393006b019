// 投诉监控: the case desk's dashboard inside Camunda Cockpit (Community Edition has no history or
// metrics views). An ES module, loaded by Cockpit from
// /camunda/api/cockpit/plugin/casedesk-monitor/static/app/plugin.js; its data comes from
// /camunda/api/cockpit/plugin/casedesk-monitor/{engine}/dashboard (statistics/cockpit/CaseMonitorResource),
// authenticated by the Cockpit session. Plain DOM and SVG: no framework, no third-party resource.

const PLUGIN_ID = 'casedesk-monitor';
const ROUTE = '/casedesk-monitor';

const DEADLINE_LABELS = {
  OVERDUE_STATUTORY: ['已超法定期限', 'cdm-badge-red'],
  OVERDUE: ['已超答复期限', 'cdm-badge-orange'],
  NEAR: ['临近期限', 'cdm-badge-yellow'],
};

const STATUS_LABELS = {
  RECEIVED: '已登记',
  IN_HANDLING: '处理中',
  DECIDED: '已决定',
  FEEDBACK_SENT: '已告知',
};

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function owner(row) {
  if (!row.owner) return '未分派';
  return row.ownerName ? `${row.ownerName}（${row.owner}）` : row.owner;
}

function caseLink(row) {
  if (!row.processInstanceId) return esc(row.caseNumber);
  return `<a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime" title="在 Cockpit 中打开流程实例">${esc(row.caseNumber)}</a>`;
}

function dailyChart(days) {
  const width = 760;
  const height = 190;
  const left = 34;
  const top = 28;
  const bottom = height - 28;
  const max = Math.max(1, ...days.map((d) => Math.max(d.opened, d.closed)));
  const slot = (width - left - 8) / Math.max(days.length, 1);
  const bar = Math.max(2, slot * 0.36);
  let svg = `<svg class="cdm-chart" role="img" aria-label="每日受理与办结" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
  svg += `<rect x="${left}" y="6" width="10" height="10" class="cdm-opened"/><text x="${left + 14}" y="15">受理</text>`;
  svg += `<rect x="${left + 60}" y="6" width="10" height="10" class="cdm-closed"/><text x="${left + 74}" y="15">办结</text>`;
  svg += `<line x1="${left}" y1="${bottom}" x2="${width - 8}" y2="${bottom}" class="cdm-axis"/>`;
  svg += `<text x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text><text x="${left - 4}" y="${bottom}" text-anchor="end">0</text>`;
  days.forEach((d, i) => {
    const x = left + i * slot + slot * 0.14;
    const ho = (d.opened / max) * (bottom - top);
    const hc = (d.closed / max) * (bottom - top);
    svg += `<rect x="${x.toFixed(1)}" y="${(bottom - ho).toFixed(1)}" width="${bar.toFixed(1)}" height="${ho.toFixed(1)}" class="cdm-opened"><title>${esc(d.date)} 受理 ${d.opened}</title></rect>`;
    svg += `<rect x="${(x + bar).toFixed(1)}" y="${(bottom - hc).toFixed(1)}" width="${bar.toFixed(1)}" height="${hc.toFixed(1)}" class="cdm-closed"><title>${esc(d.date)} 办结 ${d.closed}</title></rect>`;
    if (i % 5 === 0 || i === days.length - 1) {
      svg += `<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${esc(d.date.slice(5))}</text>`;
    }
  });
  return svg + '</svg>';
}

function backlogTable(backlog) {
  if (!backlog.length) return '<p class="cdm-empty">当前没有在办投诉。</p>';
  const rows = backlog.map((b) => `<tr><td>${esc(b.levelLabel)}</td><td>${esc(owner(b))}</td><td class="cdm-n">${b.open}</td></tr>`);
  return `<table class="table table-condensed cdm-table"><thead><tr><th>等级</th><th>当前处理组 / 人</th><th class="cdm-n">在办</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function caseTable(rows, empty) {
  if (!rows.length) return `<p class="cdm-empty">${esc(empty)}</p>`;
  const body = rows.map((r) => {
    const badge = DEADLINE_LABELS[r.deadline];
    return `<tr><td>${caseLink(r)}</td><td>${esc(r.levelLabel)}</td><td>${esc(owner(r))}</td>`
      + `<td>${esc(STATUS_LABELS[r.status] ?? r.status)}</td><td>${esc(r.receivedAt)}</td><td>${esc(r.replyDueBy)}</td>`
      + `<td>${esc(r.statutoryDueBy ?? '')}</td><td class="cdm-n">${r.ageDays}</td>`
      + `<td>${badge ? `<span class="cdm-badge ${badge[1]}">${badge[0]}</span>` : ''}</td></tr>`;
  });
  return '<table class="table table-condensed cdm-table"><thead><tr><th>投诉编号</th><th>等级</th><th>当前处理</th><th>状态</th>'
    + '<th>受理时间</th><th>答复期限</th><th>法定期限</th><th class="cdm-n">已受理（天）</th><th>期限</th></tr></thead>'
    + `<tbody>${body.join('')}</tbody></table>`;
}

function tile(label, value, css) {
  return `<div class="cdm-tile ${css ?? ''}"><div class="cdm-tile-value">${value}</div><div class="cdm-tile-label">${esc(label)}</div></div>`;
}

function view(d) {
  const today = d.days.length ? d.days[d.days.length - 1] : { opened: 0, closed: 0 };
  return `<div class="cdm-head"><h2>投诉监控</h2><span class="cdm-asof">数据时间 ${esc(d.asOf)}（${esc(d.zone)}）</span>`
    + '<button type="button" class="btn btn-default btn-sm cdm-refresh">刷新</button></div>'
    + '<div class="cdm-tiles">'
    + tile('在办投诉', d.open)
    + tile('已超法定期限未决定', d.overdueStatutory, d.overdueStatutory ? 'cdm-tile-red' : '')
    + tile('已超答复期限未决定', d.overdueReply, d.overdueReply ? 'cdm-tile-orange' : '')
    + tile('临近答复期限', d.nearDeadline, d.nearDeadline ? 'cdm-tile-yellow' : '')
    + tile('今日受理 / 办结', `${today.opened} / ${today.closed}`)
    + tile('法定期限违规 本月 / 在办未决定', `${d.statutoryBreachesThisMonth ?? 0} / ${d.statutoryBreachedOpen ?? 0}`,
      d.statutoryBreachedOpen ? 'cdm-tile-red cdm-tile-breaches' : 'cdm-tile-breaches')
    + '</div>'
    + `<section><h3>近${d.days.length}天每日受理与办结</h3>${dailyChart(d.days)}</section>`
    + `<section><h3>在办积压（按等级和处理组）</h3>${backlogTable(d.backlog)}</section>`
    + `<section class="cdm-deadlines"><h3>临近或超过期限</h3>${caseTable(d.deadlines, '没有临近或超过期限的投诉。')}</section>`
    + `<section class="cdm-oldest"><h3>最久未结</h3>${caseTable(d.oldest, '当前没有在办投诉。')}</section>`;
}

async function load(node, api) {
  node.classList.add('cdm');
  node.innerHTML = '<p class="cdm-empty">投诉监控加载中…</p>';
  try {
    const response = await fetch(`${api.cockpitApi}/plugin/${PLUGIN_ID}/${api.engine}/dashboard`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken ?? '' },
    });
    if (response.status === 403) {
      node.innerHTML = '<p class="cdm-empty">投诉监控仅供投诉管理、合规和管理员查看。</p>';
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    node.innerHTML = view(await response.json());
    node.querySelector('.cdm-refresh').addEventListener('click', () => load(node, api));
  } catch (e) {
    node.innerHTML = `<p class="cdm-empty">投诉监控暂时无法加载（${esc(e.message)}）。</p>`;
  }
}

export default [
  {
    id: 'casedesk-monitor-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => { load(node, api); },
  },
  {
    id: 'casedesk-monitor-route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: (node, { api }) => { load(node, api); },
  },
  {
    id: 'casedesk-monitor-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: ROUTE },
    render: (node) => { node.innerHTML = `<a href="#${ROUTE}">投诉监控</a>`; },
  },
];
