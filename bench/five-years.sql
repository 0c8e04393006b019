-- The copier of bench/five-years.sh (PostgreSQL only, bench databases only). After FiveYearSampler has
set client_min_messages = warning;
-- driven sample cases through the service, five_prepare() takes an image of every row each sample owns —
-- in the ledger (by case or report number) and in the engine (by the process instances whose root carries
-- the number as business key, their tasks, and the byte arrays their rows point to) — and five_copy(lo, hi,
-- with_engine) writes copies lo..hi of the plan (five_plan: which sample, its new number, how far back in
-- time) into the same tables with the same shape:
--   * an engine id a sample row owns gets the copy's own (five_newid), in every column that holds it (ids, foreign
--     ids, resource ids of task grants), so each copy is a whole case of its own;
--   * the case number, wherever a column holds it (ledger, business key, variables), becomes the copy's;
--   * every timestamp moves by the copy's shift (received dates spread over the five years), removal
--     times included, so history cleanup finds each copy's history when its case expires;
--   * ledger ids come from their sequences; columns that must be unique get the suffix.
-- Nothing else changes: the copy has the sample's rows, columns and sizes.

-- A copy's engine id: the same length as the sample's (some are at the column's 64 characters), the
-- activity prefix kept, the UUID replaced by one derived from the sample's id and the copy, so every
-- column that holds the id gets the same new value.
create or replace function five_newid(old text, sfx text) returns text immutable language sql as $$
    select left(old, length(old) - 36) || md5(old || sfx)::uuid::text
$$;

create or replace function five_prepare() returns void language plpgsql as $$
declare
    t text; col record; cols text; owner_pred text; exprs text; flags text;
    engine_tables text[] := array['act_hi_procinst','act_hi_actinst','act_hi_taskinst','act_hi_varinst','act_hi_detail',
        'act_hi_identitylink','act_hi_decinst','act_hi_dec_in','act_hi_dec_out','act_hi_job_log','act_hi_op_log',
        'act_hi_incident','act_hi_comment','act_hi_attachment','act_hi_ext_task_log',
        'act_ru_execution','act_ru_task','act_ru_variable','act_ru_job','act_ru_identitylink','act_ru_event_subscr',
        'act_ru_incident','act_ru_authorization'];
    ledger_tables text[];
begin
    -- every process instance of a sample: the roots carry its number as business key
    drop table if exists five_owner;
    create table five_owner as
        select p.id_ as id, s.case_number
        from act_hi_procinst p join act_hi_procinst r on r.id_ = p.root_proc_inst_id_
        join five_sample s on s.case_number = r.business_key_;
    insert into five_owner select t.id_, o.case_number from act_hi_taskinst t join five_owner o on o.id = t.proc_inst_id_;
    create unique index on five_owner (id);

    drop table if exists five_table;
    create table five_table (tbl text primary key, engine boolean, ord serial, insert_sql text);

    foreach t in array engine_tables loop
        select string_agg(format('i.%I in (select id from five_owner)', column_name), ' or ')
          into owner_pred from information_schema.columns
         where table_schema = 'public' and table_name = t
           and column_name in ('root_proc_inst_id_','proc_inst_id_','process_instance_id_','task_id_','resource_id_');
        execute format('drop table if exists %I', 'five_img_' || t);
        execute format('create table %I as select distinct on (i.ctid) i.*, o.case_number as five_case from %I i '
            || 'join five_owner o on o.id in (%s) where %s', 'five_img_' || t, t,
            (select string_agg(format('i.%I', column_name), ',') from information_schema.columns
              where table_schema = 'public' and table_name = t
                and column_name in ('root_proc_inst_id_','proc_inst_id_','process_instance_id_','task_id_','resource_id_')),
            owner_pred);
    end loop;

    -- byte arrays: the history ones by their root, the others by the rows that point to them
    drop table if exists five_img_act_ge_bytearray;
    create table five_img_act_ge_bytearray as
        select b.*, o.case_number as five_case from act_ge_bytearray b join five_owner o on o.id = b.root_proc_inst_id_;
    insert into five_img_act_ge_bytearray
        select b.*, r.five_case from act_ge_bytearray b
        join (select bytearray_id_ as id, five_case from five_img_act_ru_variable
              union select exception_stack_id_, five_case from five_img_act_ru_job) r on r.id = b.id_
        where b.root_proc_inst_id_ is null;
    engine_tables := engine_tables || 'act_ge_bytearray'::text;

    -- every engine id a sample owns
    drop table if exists five_id;
    create table five_id (id text primary key);
    foreach t in array engine_tables loop
        execute format('insert into five_id select distinct id_ from %I where id_ is not null on conflict do nothing', 'five_img_' || t);
    end loop;
    insert into five_id select id from five_owner on conflict do nothing;

    select array_agg(distinct table_name::text) into ledger_tables from information_schema.columns
     where table_schema = 'public' and column_name in ('case_number','report_number')
       and table_name not like 'five_%' and table_name not in ('intake_request');
    foreach t in array ledger_tables loop
        execute format('drop table if exists %I', 'five_img_' || t);
        execute format('create table %I as select i.*, s.case_number as five_case from %I i join five_sample s on s.case_number = i.%I',
            'five_img_' || t, t,
            (select column_name from information_schema.columns where table_schema = 'public' and table_name = t
                and column_name in ('case_number','report_number') limit 1));
    end loop;
    -- the flags of a complaint hang on its id
    drop table if exists five_img_complaint_flag;
    create table five_img_complaint_flag as
        select f.*, c.case_number as five_case from complaint_flag f join complaint c on c.id = f.complaint_id
        join five_sample s on s.case_number = c.case_number;
    ledger_tables := ledger_tables || 'complaint_flag'::text;

    -- one INSERT … SELECT per table: each column as the copy needs it
    foreach t in array engine_tables || ledger_tables loop
        cols := null; exprs := null;
        for col in select column_name as name, data_type as type from information_schema.columns
                 where table_schema = 'public' and table_name = t order by ordinal_position loop
            if t = any(ledger_tables) and col.name = 'id' and col.type = 'bigint' then
                continue; -- from the table's sequence
            end if;
            cols := concat_ws(',', cols, quote_ident(col.name));
            if col.type like 'timestamp%' then
                exprs := concat_ws(',', exprs, format('i.%I + p.shift', col.name));
            elsif col.type = 'date' then
                exprs := concat_ws(',', exprs, format('(i.%I + p.shift)::date', col.name));
            elsif col.name = 'complaint_id' then
                exprs := concat_ws(',', exprs, '(select id from complaint x where x.case_number = p.new_number)');
            elsif col.name in ('receipt_lookup') then
                exprs := concat_ws(',', exprs, format('left(md5(i.%I || p.sfx) || md5(p.sfx || i.%I), length(i.%I))', col.name, col.name, col.name));
            elsif t = 'complaint' and col.name = 'complainant_id_number' then
                exprs := concat_ws(',', exprs, $e$'7' || lpad(p.copy_no::text, 17, '0')$e$); -- one complainant per case
            elsif t = 'complaint' and col.name = 'complainant_phone' then
                exprs := concat_ws(',', exprs, $e$'13' || lpad((p.copy_no % 1000000000)::text, 9, '0')$e$);
            elsif t = 'complaint' and col.name = 'complainant_name' then
                -- names spread as a bank's complainants' are, so a name search matches a few cases, not all
                exprs := concat_ws(',', exprs, $e$(array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + abs(hashtext('s' || p.copy_no)) % 20]
                    || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平'])[1 + abs(hashtext('g' || p.copy_no)) % 20]
                    || (array['','华','红','建国','丽','文','玉','海','春','志'])[1 + abs(hashtext('x' || p.copy_no)) % 10]$e$);
            elsif t = 'complaint' and col.name = 'respondent_unit' then
                exprs := concat_ws(',', exprs, $e$(array['朝阳支行','海淀支行','西城支行','东城支行','丰台支行','浦东分行','天河分行','南山支行'])[1 + abs(hashtext('u' || p.copy_no)) % 8]$e$);
            elsif col.type = 'character varying' then
                execute format('select exists (select 1 from %I i where i.%I in (select id from five_id))', 'five_img_' || t, col.name)
                   into flags;
                if flags::boolean then
                    execute format('alter table %I add column %I boolean', 'five_img_' || t, col.name || '#id');
                    execute format('update %I i set %I = i.%I in (select id from five_id)', 'five_img_' || t, col.name || '#id', col.name);
                    exprs := concat_ws(',', exprs, format('case when i.%I then five_newid(i.%I, p.sfx) when i.%I = i.five_case then p.new_number else i.%I end',
                        col.name || '#id', col.name, col.name, col.name));
                else
                    execute format('select exists (select 1 from %I i where i.%I = i.five_case)', 'five_img_' || t, col.name) into flags;
                    exprs := concat_ws(',', exprs, case when flags::boolean
                        then format('case when i.%I = i.five_case then p.new_number else i.%I end', col.name, col.name)
                        else format('i.%I', col.name) end);
                end if;
            else
                exprs := concat_ws(',', exprs, format('i.%I', col.name));
            end if;
        end loop;
        insert into five_table (tbl, engine, insert_sql) values (t, t like 'act_%',
            format('insert into %I (%s) select %s from %I i join five_plan p on p.case_number = i.five_case where p.stage = $1 and p.copy_no between $2 and $3',
                   t, cols, exprs, 'five_img_' || t));
    end loop;
    -- the parent rows first (complaint before its flags)
    update five_table set ord = ord + 1000 where tbl = 'complaint_flag';
end $$;

-- The plan: closed cases 1..closed, received evenly over five years and one day before now, each a copy of
-- a sample of a kind drawn by weight (the kinds' shares of a year's cases); then open cases closed+1..,
-- received in the last day. Stages: 0 the open cases; 1, 2, 3 one twentieth of the closed cases each (5 %,
-- 10 %, 15 % with the engine's rows: the three sizes the reads are measured at, spread over the five years);
-- 4 the rest, ledger only (the engine's history is the bulk of the bytes: its growth is measured at the three
-- sizes and extrapolated).
create or replace function five_plan_build(closed bigint, open bigint) returns void language plpgsql as $$
begin
    drop table if exists five_plan;
    create table five_plan as
    with weights(kind, weight) as (values ('L3_SATISFIED', 45), ('L3_ON_SPOT', 20), ('L3_ESCALATED', 8),
            ('L3_UNSATISFIED_ONCE', 5), ('L2_SATISFIED', 10), ('L1_SATISFIED', 2), ('L3_REVIEWED', 5), ('REPORT_CLOSED', 5)),
         cumulative as (select kind, sum(weight) over (order by kind) - weight as lo, sum(weight) over (order by kind) as hi,
                               sum(weight) over () as total from weights),
         samples as (select s.case_number, s.kind, row_number() over (partition by s.kind order by s.case_number) - 1 as n,
                            coalesce(c.received_at, w.received_at) as received_at
                     from five_sample s left join complaint c on c.case_number = s.case_number
                     left join wb_report w on w.report_number = s.case_number),
         counts as (select kind, count(*) as cnt from samples group by kind),
         draws as (select g as copy_no, random() as r_kind, random() as r_sample, random() as r_minute
                   from generate_series(1, closed + open) g),
         chosen as (select d.copy_no,
                           case when d.copy_no > closed then 'OPEN'
                                else (select k.kind from cumulative k where d.r_kind * k.total >= k.lo and d.r_kind * k.total < k.hi) end as kind,
                           case when d.copy_no > closed then now() - d.r_minute * interval '1 day'
                                else now() - interval '1826 days' + (d.copy_no - 1) * (interval '1826 days' / closed) end as received,
                           d.r_sample
                    from draws d)
    select ch.copy_no, s.case_number,
           case when ch.copy_no > closed then 0 when ch.copy_no % 20 = 0 then 1 when ch.copy_no % 20 = 1 then 2
                when ch.copy_no % 20 = 2 then 3 else 4 end as stage,
           (case when ch.kind like 'REPORT%' then 'JB' else 'TS' end) || to_char(ch.received at time zone 'Asia/Shanghai', 'YYYYMMDD')
               || lpad(ch.copy_no::text, 8, '0') as new_number,
           ':' || ch.copy_no as sfx,
           ch.received - s.received_at as shift
    from chosen ch join counts n on n.kind = ch.kind
    join samples s on s.kind = ch.kind and s.n = floor(ch.r_sample * n.cnt);
    create index on five_plan (stage, copy_no);
    analyze five_plan;
end $$;

-- Copies lo..hi of one stage of the plan: the ledger always, the engine's rows in stages 0 to 3.
create or replace function five_copy(stage int, lo bigint, hi bigint) returns void language plpgsql as $$
declare r record; t0 timestamptz; n bigint;
begin
    for r in select * from five_table where stage <= 3 or not engine order by ord loop
        t0 := clock_timestamp();
        execute r.insert_sql using stage, lo, hi;
        get diagnostics n = row_count;
        if n > 0 then
            raise notice '% rows into % in % ms', n, r.tbl, round(extract(epoch from clock_timestamp() - t0) * 1000);
        end if;
    end loop;
end $$;

-- five_spread_spans(): the samples ran through the service in seconds, so every copied case was decided and closed
-- seconds after its receipt; a real one takes days, and the statistics' "still open when the period began" branches
-- and percentiles depend on that backlog. Each closed or withdrawn complaint received more than 21 days ago gets a
-- span of 1 to 21 days (1 + 20·u², u drawn by hash: median ~6 days, 90 % within ~17), and its decision, feedback,
-- closure or withdrawal and its escalation, reopening and breach events keep their place in it (scaled from the
-- receipt). The engine's history keeps the sample's seconds: no read of §2 takes a duration from it but the
-- bottlenecks, whose cost does not depend on the durations. Run after each stage's copies (five-years.sh).
create or replace function five_spread_spans() returns bigint language plpgsql as $$
declare n bigint;
begin
  create temporary table five_span on commit drop as
    select c.id, c.case_number, c.received_at,
           extract(epoch from (1 + 20 * power((hashtext(c.case_number || ':span') & 1023) / 1023.0, 2)) * interval '1 day')
             / greatest(extract(epoch from coalesce(c.closed_at, c.withdrawn_at) - c.received_at), 0.001) as k
    from complaint c
    where coalesce(c.closed_at, c.withdrawn_at) is not null and c.received_at < now() - interval '21 days'
      -- the copies not yet spread (a spread case spans a day or more): each stage's own
      and coalesce(c.closed_at, c.withdrawn_at) < c.received_at + interval '1 hour';
  create index on five_span (case_number);
  update complaint c set
      decided_at = s.received_at + (c.decided_at - s.received_at) * s.k,
      feedback_sent_at = s.received_at + (c.feedback_sent_at - s.received_at) * s.k,
      closed_at = s.received_at + (c.closed_at - s.received_at) * s.k,
      withdrawn_at = s.received_at + (c.withdrawn_at - s.received_at) * s.k
    from five_span s where s.id = c.id;
  get diagnostics n = row_count;
  update case_event e set occurred_at = s.received_at + (e.occurred_at - s.received_at) * s.k
    from five_span s
    where s.case_number = e.case_number and e.event_type in ('ESCALATED', 'REOPENED', 'STATUTORY_DEADLINE_MISSED')
      and e.occurred_at >= s.received_at;
  return n;
end $$;
