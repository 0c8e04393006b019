-- Benchmark data for bench/statistics.sh (PostgreSQL only): 100,000 complaints received over the two years
-- before 2026-11-01 (Beijing time), with their event log, reviews, rectifications, 5,000 whistleblowing
-- reports and the engine history of every case (6 activity instances and 2 user tasks each). Random but
-- repeatable (setseed). Rows are written in the order the cases arrive, as in production. Run once on an
-- empty casedesk schema that Flyway and the engine created.
select setseed(0.42);

create temporary table bench_case as
with base as (
    select g,
           timestamptz '2024-11-01 00:00:00+08' + random() * interval '730 days' as recv,
           random() as r_channel, random() as r_line, random() as r_cat, random() as r_level, random() as r_days,
           random() as r_unit, random() as r_result, random() as r_root, random() as r_comp, random() as r_close,
           random() as r_callback, random() as r_user
    from generate_series(1, 100000) g
)
select b.*,
       -- numbered in the order received, as the case number sequence does
       'BM' || lpad((row_number() over (order by recv))::text, 8, '0') as case_number,
       recv + interval '15 days' as statutory_due,
       recv + interval '7 days' as target_due,
       -- skewed towards quick answers: 0.2 to 25.2 days
       recv + (0.2 + r_days * r_days * 25) * interval '1 day' as decided,
       recv + (0.2 + r_days * r_days * 25) * interval '1 day' <= timestamptz '2026-11-01 00:00:00+08' as is_decided,
       -- closed three days after the decision (the callback), unless that is still ahead
       recv + (3.2 + r_days * r_days * 25) * interval '1 day' <= timestamptz '2026-11-01 00:00:00+08' as is_closed
from base b;

insert into complaint (case_number, channel, complainant_name, complainant_phone, respondent_unit, business_line,
    category, request, facts, joint_complainants, received_at, level, status, current_owner, reply_due_by,
    statutory_due_by, target_due_by, clock_started_at, handling_round, result, root_cause, compensation_amount,
    decided_at, decided_by, callback_outcome, escalation_count, closed_at, major_complaint, version)
select case_number,
       (array['HOTLINE','ONLINE','APP','BRANCH','LETTER','EMAIL','REGULATOR_TRANSFER'])[1 + floor(r_channel * 7)::int],
       '基准测试', '13800000000',
       (array['朝阳支行','海淀支行','西城支行','东城支行','丰台支行','浦东分行','天河分行','南山支行'])[1 + floor(r_unit * 8)::int],
       (array['DEPOSITS','LOANS','BANK_CARDS','PAYMENTS','WEALTH_MANAGEMENT','INSURANCE','SECURITIES','OTHER'])[1 + floor(r_line * 8)::int],
       (array['CLAIM_DISPUTE','SALES_DISPUTE','SURRENDER_DISPUTE','SERVICE_QUALITY','FACILITIES_AND_SYSTEMS',
              'RULES_AND_PROCEDURES','MARKETING','INFORMATION_DISCLOSURE','PRODUCT_RETURN','FREEDOM_OF_CHOICE',
              'CONTRACT_TERMS','FEES_AND_CHARGES','FUNDS_SECURITY','PERSONAL_INFORMATION','DEBT_COLLECTION','OTHER'])[1 + floor(r_cat * 16)::int],
       '基准测试', '基准测试', 1, recv,
       case when r_level < 0.05 then 1 when r_level < 0.25 then 2 else 3 end,
       case when is_closed then 'CLOSED' when is_decided then 'FEEDBACK_SENT' else 'IN_HANDLING' end,
       case when is_closed then null when r_level < 0.05 then 'complaint-leadership'
            when r_level < 0.25 then 'complaint-supervisor' else 'complaint-frontline' end,
       least(statutory_due, target_due), statutory_due, target_due, recv, 1,
       case when is_decided then (array['UPHELD','PARTIALLY_UPHELD','NOT_UPHELD'])[1 + floor(r_result * 3)::int] end,
       case when is_decided then (array['SERVICE_QUALITY','FACILITIES_AND_SYSTEMS','RULES_AND_PROCEDURES','MARKETING',
              'INFORMATION_DISCLOSURE','PRODUCT_RETURN','FREEDOM_OF_CHOICE','CONTRACT_TERMS','FEES_AND_CHARGES',
              'FUNDS_SECURITY','PERSONAL_INFORMATION','DEBT_COLLECTION','NO_FAULT','OTHER'])[1 + floor(r_root * 14)::int] end,
       case when is_decided and r_comp < 0.2 then round((r_comp * 250000)::numeric, 2) end,
       case when is_decided then decided end,
       case when is_decided then (array['frontline','frontline2','supervisor','supervisor2','leader'])[1 + floor(r_user * 5)::int] end,
       case when is_closed then (array['SATISFIED','SATISFIED','SATISFIED','UNREACHABLE'])[1 + floor(r_callback * 4)::int] end,
       case when decided > statutory_due then 1 else 0 end,
       case when is_closed then decided + interval '3 days' end,
       r_level < 0.01, 0
from bench_case
order by recv; -- rows lie in the table in the order they arrived, as in production

-- the event log: six steps per case, an escalation for each late case, a reopening for 5 %
insert into case_event (case_number, occurred_at, actor, event_type, detail)
select c.case_number, c.recv + s.offset_, 'system', s.type_, '基准测试'
from bench_case c
cross join (values ('RECEIVED', interval '0'), ('GRADED', interval '0'), ('TASK_CREATED', interval '1 second'),
                   ('TASK_ASSIGNED', interval '2 hours'), ('TASK_COMPLETED', interval '1 day'),
                   ('FINDINGS_RECORDED', interval '1 day')) as s(type_, offset_);
insert into case_event (case_number, occurred_at, actor, event_type, detail)
select case_number, statutory_due, 'system', 'ESCALATED', '基准测试' from bench_case
where decided > statutory_due and statutory_due <= timestamptz '2026-11-01 00:00:00+08';
insert into case_event (case_number, occurred_at, actor, event_type, detail)
select case_number, decided - interval '1 day', 'system', 'REOPENED', '基准测试' from bench_case
where is_decided and r_callback > 0.95;
insert into case_event (case_number, occurred_at, actor, event_type, detail)
select case_number, decided + interval '3 days', 'system', 'CLOSED', '基准测试' from bench_case where is_closed;

-- 核查 reviews for 2 % of the decided cases, rectifications for 5 %
insert into complaint_review (case_number, reason, requested_at, registered_by, review_due_by, status, outcome,
    opinion, reviewed_by, decided_at)
select case_number, '基准测试', decided + interval '5 days', 'frontline', decided + interval '35 days', 'DECIDED',
       (array['UPHELD','CHANGED','SET_ASIDE'])[1 + floor(r_result * 3)::int], '基准测试', 'reviewer',
       decided + interval '20 days'
from bench_case where is_decided and r_comp > 0.98;
insert into rectification_action (case_number, department, description, deadline, status, created_at, created_by,
    completed_at, reminder_count, escalation_count, version)
select case_number, 'dept-claims', '基准测试', (decided + interval '30 days')::date,
       case when r_close < 0.7 then 'DONE' else 'OPEN' end, decided, 'supervisor',
       case when r_close < 0.7 then decided + interval '20 days' end, 0, 0, 0
from bench_case where is_decided and r_comp between 0.5 and 0.55;

-- 5,000 whistleblowing reports
insert into wb_report (report_number, anonymous, pseudonym, description, received_at, status, receipt_lookup,
    receipt_verifier, version, admissibility, refusal_reason, assessed_at, decision, decided_at, closed_at)
select 'JBBM' || lpad(g::text, 6, '0'), random() < 0.6, '举报人-' || g, '基准测试', recv,
       case when a < 0.3 then 'REFUSED' when a < 0.9 then 'CLOSED' else 'RECEIVED' end,
       'bench-' || g, 'x', 0,
       case when a < 0.3 then 'REFUSED' when a < 0.9 then 'ADMITTED' end,
       case when a < 0.3 then (array['NOT_IN_REMIT','NO_IDENTIFIED_PARTY','NO_SPECIFIC_FACTS','REPEAT_WITHOUT_NEW_FACTS',
              'BEFORE_COURT_OR_AUTHORITY','OTHER'])[1 + floor(a / 0.3 * 6)::int] end,
       case when a < 0.9 then recv + interval '5 days' end,
       case when a >= 0.3 and a < 0.9 then (array['INTERNAL_DISCIPLINE','LEGAL_REFERRAL','NO_VIOLATION'])[1 + floor((a - 0.3) / 0.6 * 3)::int] end,
       case when a >= 0.3 and a < 0.9 then recv + interval '50 days' end,
       case when a >= 0.3 and a < 0.9 then recv + interval '55 days' end
from (select g, random() as a,
             timestamptz '2024-11-01 00:00:00+08' + random() * interval '670 days' as recv
      from generate_series(1, 5000) g) r;

-- the engine history of every case: grade, apply grade, the handling sub-process with investigation and
-- decision, close; two user tasks with due dates (timestamps without zone, as the engine writes them)
insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_name_,
    act_type_, start_time_, end_time_, duration_, act_inst_state_)
select 'bm-' || c.g || '-' || s.n, 'complaint-handling', 'complaint-handling:1:bench', 'bm-' || c.g, 'bm-' || c.g,
       s.act, s.act, s.type_,
       (case s.n when 5 then c.recv + (c.decided - c.recv) * 0.6 when 6 then c.decided else c.recv end) at time zone 'UTC',
       case when s.n in (1, 2) then c.recv at time zone 'UTC'
            when c.is_decided and s.n in (3, 5, 6) then c.decided at time zone 'UTC'
            when c.is_decided and s.n = 4 then (c.recv + (c.decided - c.recv) * 0.6) at time zone 'UTC' end,
       case when s.n in (1, 2) then 0
            when c.is_decided and s.n in (3, 5) then (extract(epoch from (c.decided - c.recv)) * 1000 * case s.n when 5 then 0.4 else 1 end)::bigint
            when c.is_decided and s.n = 4 then (extract(epoch from (c.decided - c.recv)) * 600)::bigint
            when c.is_decided and s.n = 6 then 0 end,
       case when c.is_decided or s.n in (1, 2) then 4 else 0 end
from bench_case c
cross join (values (1, 'Task_GradeComplaint', 'businessRuleTask'), (2, 'Task_ApplyGrade', 'serviceTask'),
                   (3, 'SubProcess_Handling', 'subProcess'), (4, 'Task_Investigate', 'userTask'),
                   (5, 'Task_Decide', 'userTask'), (6, 'Task_CloseCase', 'serviceTask')) as s(n, act, type_)
where c.is_decided or s.n not in (5, 6);
insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, name_,
    assignee_, start_time_, end_time_, duration_, due_date_)
select 'bmt-' || a.id_, a.act_id_, a.proc_def_key_, a.proc_def_id_, a.proc_inst_id_, a.execution_id_, a.act_name_,
       'frontline', a.start_time_, a.end_time_, a.duration_, a.start_time_ + interval '5 days'
from act_hi_actinst a where a.id_ like 'bm-%' and a.act_type_ = 'userTask';

analyze;
