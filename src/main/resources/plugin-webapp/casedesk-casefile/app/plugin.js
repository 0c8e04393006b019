// 案件档案: the case file of a task, as a tab in Tasklist's task view. An ES module, loaded by Tasklist from
// /camunda/api/tasklist/plugin/casedesk-casefile/static/app/plugin.js; its data comes from
// /camunda/api/tasklist/plugin/casedesk-casefile/{engine}/task/{taskId} (casefile/tasklist/CaseFileResource)
// under the Tasklist session: the engine's task read check, then the case's own need-to-know, recusal,
// masking and audit. Plain DOM, no framework, no third-party resource. Times are shown in Asia/Shanghai.

const PLUGIN_ID = 'casedesk-casefile';
const ZONE = 'Asia/Shanghai';

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const STATUS = {
  RECEIVED: '已登记', IN_HANDLING: '处理中', DECIDED: '已决定', FEEDBACK_SENT: '已告知', CLOSED: '已办结',
  WITHDRAWN: '已撤回', MERGED: '已合并', AWAITING_SUPPLEMENT: '待补充材料', ADMITTED: '已受理', REFUSED: '不予受理',
  OPEN: '进行中', DONE: '已完成', OVERDUE: '已逾期',
};
const CHANNELS = { SMS: '短信', EMAIL: '电子邮件', LETTER: '信函', INTERNAL: '内部', ONLINE: '网上', APP: 'App',
  HOTLINE: '热线电话', WALK_IN: '临柜', REGULATOR: '监管转办' };
const PURPOSES = {
  ACKNOWLEDGEMENT: '受理告知', DECISION: '处理决定告知', REMINDER: '提醒', EXTENSION: '延期告知', PAUSE: '中止告知',
  MANAGEMENT_REPORT: '管理层报告', REVIEW_DECISION: '复核结果告知', RECTIFICATION: '整改通知', LEVEL_ALERT: '等级提示',
};
const EVENTS = {
  RECEIVED: '登记受理', GRADED: '定级', ACKNOWLEDGED: '受理告知', TASK_CREATED: '生成任务', TASK_ASSIGNED: '分派任务',
  TASK_COMPLETED: '完成任务', FINDINGS_RECORDED: '记录调查结论', DECISION_RECORDED: '作出处理决定',
  DECISION_NOTIFIED: '告知处理决定', REMINDER_SENT: '催办提醒', ESCALATED: '升级', STATUTORY_DEADLINE_MISSED: '超过法定期限',
  SUPERVISION_RECORDED: '督办', CALLBACK_RECORDED: '回访', REOPENED: '重新处理', CLOSED: '办结', REGRADED: '调整等级',
  MAJOR_COMPLAINT_REPORTED: '重大投诉报告', LEADERSHIP_PLAN_RECORDED: '领导小组处理方案', PROGRESS_REPORTED: '进度报告',
  DEPARTMENT_HEAD_NOTIFIED: '通知部门负责人', HANDED_OVER: '移交', FORWARDED_TO_LEADERSHIP: '提交领导小组',
  OUTCOME_REPORTED: '结果报告', CLASSIFIED_COMPLEX: '认定为复杂案件', EXTENSION_REQUESTED: '申请延期',
  EXTENSION_APPROVED: '批准延期', EXTENSION_REJECTED: '驳回延期', CLOCK_PAUSED: '中止计时', CLOCK_RESUMED: '恢复计时',
  REPEAT_MERGED: '重复投诉合并', CLOCK_RESTARTED: '重新计时', REPEAT_REVIEW_REQUESTED: '重复投诉待判断',
  REPEAT_JUDGED: '重复投诉已判断', REGRADE_SUGGESTED: '建议调整等级', DEADLINE_CHANGED: '期限变更',
  COMPLAINANT_TOLD: '告知投诉人', DEPARTMENT_ASSIGNED: '指定责任部门', CONFLICT_DECLARED: '回避',
  DOCUMENT_ADDED: '添加材料', COMPENSATION_APPROVED: '批准赔偿', COMPENSATION_REJECTED: '驳回赔偿',
  RECTIFICATION_OPENED: '整改立项', RECTIFICATION_REMINDER_SENT: '整改提醒', RECTIFICATION_ESCALATED: '整改升级',
  RECTIFICATION_DONE: '整改完成', REVIEW_REQUESTED: '申请复核', REVIEW_DECIDED: '复核决定', REVIEW_NOTIFIED: '告知复核结果',
  WITHDRAWN: '撤回', EXCEPTION_RAISED: '异常上报', NOTICE_FAILED: '通知发送失败', NOTICE_CHANNEL_FALLBACK: '改用其他渠道通知',
  NOTICE_DELIVERED: '通知已送达', NOTICE_UNDELIVERED: '通知未送达', NOTICE_REDELIVERED: '重新发送通知',
  REPORT_RECEIVED: '收到举报', REPORTER_MESSAGE: '举报人留言', INVESTIGATOR_MESSAGE: '调查人员留言',
  ADMISSIBILITY_DECIDED: '初步评估', SUPPLEMENT_REQUESTED: '要求补充材料', INVESTIGATION_OPINION: '调查意见',
  COMMITTEE_DECISION: '委员会决定', REPORTER_TOLD: '告知举报人', PROTECTION_CHECK: '保护检查', REFERRED_TO_AUTHORITY: '移送有关机关',
};
const PAUSES = { EXTERNAL_APPRAISAL: '外部鉴定、检测或评估', MEDIATION: '调解' };
const RELATIONS = { MERGED_INTO: '已合并至', REPEAT: '重复投诉', REVIEW: '复核申请', RECTIFICATION: '整改措施' };

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function at(value) {
  return value ? esc(DATE_TIME.format(new Date(value))) : '—';
}

function day(value) {
  return value ? esc(DATE.format(new Date(value))) : '—';
}

function label(map, code) {
  return esc(code == null ? '—' : (map[code] ?? code));
}

function rows(pairs) {
  return '<dl class="cdf-dl">' + pairs.filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('') + '</dl>';
}

function table(headers, body, empty) {
  if (!body.length) return `<p class="cdf-empty">${esc(empty)}</p>`;
  return `<table class="table table-condensed cdf-table"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`
    + `<tbody>${body.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function section(title, css, content) {
  return `<section class="cdf-section ${css}"><h4>${esc(title)}</h4>${content}</section>`;
}

function events(list) {
  return table(['时间', '事项', '经办人', '说明'],
    (list ?? []).map((e) => [at(e.at ?? e.occurredAt), label(EVENTS, e.type ?? e.eventType), esc(e.actor), esc(e.detail)]),
    '暂无处理记录。');
}

function documents(list, base) {
  return table(['材料', '类型', '大小', '上传人', '上传时间', ''],
    (list ?? []).map((d) => [esc(d.fileName) + (d.description ? `<div class="cdf-note">${esc(d.description)}</div>` : ''),
      esc(d.mediaType), `${Math.max(1, Math.round(d.sizeBytes / 1024))} KB`, esc(d.uploadedBy), at(d.uploadedAt),
      `<a class="cdf-download" href="${esc(`${base}/documents/${encodeURIComponent(d.id)}`)}" download>下载</a>`]),
    '暂无材料。');
}

function noticeState(n) {
  if (n.failedAt) return `<span class="cdf-badge cdf-red">发送失败 ${at(n.failedAt)}${n.failureCode ? `（${esc(n.failureCode)}）` : ''}</span>`;
  if (n.deliveredAt) return `<span class="cdf-badge cdf-green">已送达 ${at(n.deliveredAt)}</span>`;
  if (n.acceptedAt) return `<span class="cdf-badge cdf-blue">渠道已接收 ${at(n.acceptedAt)}</span>`;
  if (n.sentAt) return `<span class="cdf-badge">已发送 ${at(n.sentAt)}</span>`;
  return '<span class="cdf-badge cdf-yellow">待发送</span>';
}

function complaintView(file, base) {
  const c = file.complaint;
  const clock = file.clock;
  const party = c.complainant ?? {};
  const head = `<div class="cdf-head"><h3>投诉编号 <span class="cdf-case-number">${esc(file.caseNumber)}</span></h3>`
    + `<span class="cdf-badge">${label(STATUS, c.status)}</span>${c.level ? `<span class="cdf-badge">${esc(['', '一级', '二级', '三级'][c.level] ?? c.level)}</span>` : ''}`
    + `<span class="cdf-zone">时间均为北京时间（${ZONE}）</span></div>`;
  const record = rows([
    ['投诉人', esc(party.name)], ['证件号码', esc(party.idNumber)], ['电话', esc(party.phone)], ['电子邮件', esc(party.email)],
    ['地址', esc(party.address)], ['受理渠道', esc(file.labels?.channel ?? c.channel)],
    ['业务条线', esc(file.labels?.businessLine ?? c.businessLine)], ['投诉类别', esc(file.labels?.category ?? c.category)], ['被投诉单位', esc(c.respondent?.unit)], ['诉求', esc(c.request)], ['事实与理由', esc(c.facts)],
    ['主张金额', esc(c.claimedAmount)], ['定级理由', esc(c.gradingReason)], ['当前处理', esc(c.currentOwner)],
    ['处理轮次', esc(c.handlingRound)], ['调查结论', esc(c.findings)], ['处理结果', esc(c.result)], ['处理决定', esc(c.resolution)],
  ]);
  const deadline = rows([
    ['受理时间', at(clock.receivedAt)], ['起算时间', at(clock.startedAt)],
    ['法定答复期限', `<span class="cdf-statutory">${at(clock.statutoryDueBy)}</span>（${esc(clock.statutoryDays)}日${clock.extended ? '，已延期' : ''}）`],
    ['公司答复期限', at(clock.companyDueBy)], ['答复期限', `<strong class="cdf-deadline">${at(clock.replyDueBy)}</strong>`],
    ['调查期限', at(clock.investigationDueBy)], ['计时状态', clock.paused ? `已中止（自 ${at(clock.pausedSince)}）` : '计时中'],
  ]) + table(['延期', '天数（工作日）', '理由', '申请人', '状态', '审批人', '审批时间'], (clock.extensions ?? []).map((x) => [
    x.kind === 'INVESTIGATION' ? '调查期限延长' : '法定期限延长', esc(x.workingDays), esc(x.reason), esc(x.requestedBy),
    esc(x.status), esc(x.decidedBy), at(x.decidedAt)]), '无延期。')
    + table(['中止', '原因', '中止时间', '恢复时间'], (clock.pauses ?? []).map((p) => [esc(PAUSES[p.kind] ?? p.kind),
      esc(p.reason), at(p.startedAt), at(p.endedAt)]), '无中止。')
    + table(['提醒', '时间', '说明'], (clock.reminders ?? []).map((e) => [label(EVENTS, e.type), at(e.at), esc(e.detail)]), '尚无提醒。')
    + table(['升级', '时间', '说明'], (clock.escalations ?? []).map((e) => [label(EVENTS, e.type), at(e.at), esc(e.detail)]), '尚无升级。');
  const notices = table(['通知', '渠道', '收件人', '创建', '状态'], (c.notices ?? []).map((n) => [label(PURPOSES, n.purpose),
    label(CHANNELS, n.channel), esc(n.recipient), at(n.createdAt), noticeState(n)]), '尚未发送通知。');
  const related = table(['关系', '案件', '状态', '时间', '说明'], (file.related ?? []).map((r) => [label(RELATIONS, r.relation),
    esc(r.reference), label(STATUS, r.status), r.relation === 'RECTIFICATION' ? day(r.at) : at(r.at), esc(r.note)]), '无关联案件。');
  return head + section('台账记录', 'cdf-record', record) + section('期限', 'cdf-clock', deadline)
    + section('处理进度', 'cdf-events', events(c.events)) + section('材料', 'cdf-documents', documents(c.documents, base))
    + section('通知', 'cdf-notices', notices) + section('关联案件', 'cdf-related', related);
}

function reportView(file, base) {
  const r = file.report;
  const head = `<div class="cdf-head"><h3>举报编号 <span class="cdf-case-number">${esc(file.caseNumber)}</span></h3>`
    + `<span class="cdf-badge">${label(STATUS, r.status)}</span><span class="cdf-zone">时间均为北京时间（${ZONE}）</span></div>`;
  const record = rows([
    ['举报人（化名）', esc(r.pseudonym)], ['举报方式', r.anonymous ? '匿名' : '实名（身份由保管人单独保管，此处不显示）'],
    ['受理时间', at(r.receivedAt)], ['被举报单位', esc(r.reportedUnit)], ['被举报人', esc(r.reportedName)],
    ['事发时间', esc(r.occurredOn)], ['事发地点', esc(r.location)], ['举报内容', esc(r.description)],
    ['初步评估', esc(r.admissibility)], ['委员会决定', esc(r.decision)], ['办结时间', at(r.closedAt)],
  ]);
  const messages = table(['时间', '方向', '作者', '内容'], (file.messages ?? []).map((m) => [at(m.createdAt),
    m.direction === 'IN' ? '举报人来信' : '调查人员回复', esc(m.author), esc(m.body)]), '暂无留言。');
  return head + section('举报（化名视图）', 'cdf-record', record) + section('处理进度', 'cdf-events', events(file.events))
    + section('留言', 'cdf-messages', messages) + section('材料', 'cdf-documents', documents(file.documents, base));
}

async function load(node, api, taskId) {
  node.classList.add('cdf');
  if (!taskId) {
    node.innerHTML = '<p class="cdf-empty">请选择任务。</p>';
    return;
  }
  node.innerHTML = '<p class="cdf-empty">案件档案加载中…</p>';
  const base = `${api.tasklistApi}/plugin/${PLUGIN_ID}/${api.engine}/task/${encodeURIComponent(taskId)}`;
  try {
    const response = await fetch(base, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken ?? '' },
    });
    if (response.status === 404 || response.status === 403) {
      node.innerHTML = '<p class="cdf-empty">此任务没有您可以查看的案件档案。</p>';
      return;
    }
    if (response.status === 401) {
      node.innerHTML = '<p class="cdf-empty">登录已失效，请重新登录。</p>';
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const file = await response.json();
    node.innerHTML = (file.kind === 'REPORT' ? reportView(file, base) : complaintView(file, base))
      + '<p><button type="button" class="btn btn-default btn-sm cdf-refresh">刷新</button></p>';
    node.querySelector('.cdf-refresh').addEventListener('click', () => load(node, api, taskId));
  } catch (e) {
    node.innerHTML = `<p class="cdf-empty">案件档案暂时无法加载（${esc(e.message)}）。</p>`;
  }
}

function stylesheet(api) {
  const href = `${api.tasklistApi}/plugin/${PLUGIN_ID}/static/app/plugin.css`;
  if (!document.querySelector(`link[href="${href}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
  }
}

export default [
  {
    id: 'casedesk-casefile-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: { label: '案件档案' },
    render: (node, { api, taskId }, scope) => {
      stylesheet(api);
      load(node, api, taskId);
      // the tab stays while the user opens another task: follow the task shown
      if (scope && typeof scope.$watch === 'function') {
        scope.$watch(() => scope.task && scope.task.id, (id, before) => { if (id && id !== before) load(node, api, id); });
      }
    },
  },
];
