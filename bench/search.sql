-- Bench note for GET /api/complaints?q= (complaint/search/ComplaintSearch), PostgreSQL only, not a test:
-- 100,000 synthetic complaints (Chinese names and units, phones typed three ways) in the columns the search
-- reads, with the indexes of V1, V15, V19_1 and vendor V19_1_1, then EXPLAIN ANALYZE of the search's SQL as
-- an oversight role runs it (need-to-know = not recused). Run on an empty database, e.g. the embedded
-- PostgreSQL 17 binaries the tests use:  psql -h HOST -p PORT -U postgres -d bench_search -f bench/search.sql
\set ON_ERROR_STOP on
select setseed(0.17);
create extension if not exists pg_trgm;
create table complaint (
    case_number varchar(32) primary key, channel varchar(32) not null, complainant_name varchar(100) not null,
    complainant_phone varchar(32), respondent_unit varchar(200), category varchar(48) not null,
    received_at timestamptz not null, level integer, status varchar(32) not null, current_owner varchar(64),
    reply_due_by timestamptz not null, statutory_due_by timestamptz, decided_at timestamptz);
create table case_conflict (id bigserial primary key, case_number varchar(32) not null, user_id varchar(64) not null,
    constraint uq_case_conflict unique (case_number, user_id));
insert into complaint
select 'TS' || lpad(g::text, 14, '0'), 'HOTLINE',
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','欧阳','司马','诸葛'])[1 + floor(random() * 18)]
         || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','桂英','晓东'])[1 + floor(random() * 20)]
         || (array['','','华','平','刚','琳','斌','峰','云','辉'])[1 + floor(random() * 10)],
       case g % 3 when 0 then '13' || lpad((g * 7919 % 1000000000)::text, 9, '0')
                  when 1 then '+86 13' || lpad((g * 7919 % 1000000000)::text, 9, '0')
                  else '13' || substr(lpad((g * 7919 % 1000000000)::text, 9, '0'), 1, 2) || '-'
                       || substr(lpad((g * 7919 % 1000000000)::text, 9, '0'), 3, 4) || '-'
                       || substr(lpad((g * 7919 % 1000000000)::text, 9, '0'), 7) end,
       (array['北京','上海','广州','深圳','杭州','南京','成都','武汉','西安','天津'])[1 + floor(random() * 10)] || '分公司'
         || (array['朝阳','海淀','浦东','徐汇','天河','福田','西湖','鼓楼','锦江','江汉','雁塔','和平'])[1 + floor(random() * 12)] || '支行',
       'CLAIM_DISPUTE', now() - random() * interval '730 days', 1 + floor(random() * 3),
       (array['IN_HANDLING','DECIDED','CLOSED','CLOSED','CLOSED'])[1 + floor(random() * 5)], null,
       now() + (random() * 60 - 40) * interval '1 day', null, null
from generate_series(1, 100000) g;
create index ix_complaint_status_due on complaint (status, reply_due_by);
create index ix_complaint_complainant_phone on complaint (complainant_phone);
create index ix_complaint_due_level on complaint (reply_due_by, level);
create index ix_complaint_name_trgm on complaint using gin (complainant_name gin_trgm_ops);
create index ix_complaint_unit_trgm on complaint using gin (respondent_unit gin_trgm_ops);
create index ix_complaint_phone_digits on complaint
    ((replace(replace(replace(replace(replace(complainant_phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', '')));
analyze complaint;
analyze case_conflict;
select count(*) as complaints, count(*) filter (where complainant_name like '%欧阳伟华%') as name_matches from complaint;

\echo '== q = a 4-character name part (trigram index)'
explain (analyze, buffers, costs off)
select c.case_number, c.status, c.level, c.complainant_name, c.respondent_unit from complaint c
where (c.complainant_name like '%欧阳伟华%' escape '\' or c.respondent_unit like '%欧阳伟华%' escape '\')
  and not exists (select 1 from case_conflict cc where cc.case_number = c.case_number and cc.user_id = 'manager')
order by c.reply_due_by, c.level nulls last, c.case_number limit 20 offset 0;

\echo '== the total of the same search'
explain (analyze, costs off)
select count(*) from complaint c
where (c.complainant_name like '%欧阳伟华%' escape '\' or c.respondent_unit like '%欧阳伟华%' escape '\')
  and not exists (select 1 from case_conflict cc where cc.case_number = c.case_number and cc.user_id = 'manager');

\echo '== q = a unit part (trigram index; matches about 1 in 120)'
explain (analyze, costs off)
select count(*) from complaint c
where (c.complainant_name like '%上海分公司浦东%' escape '\' or c.respondent_unit like '%上海分公司浦东%' escape '\')
  and not exists (select 1 from case_conflict cc where cc.case_number = c.case_number and cc.user_id = 'manager');

\echo '== q = a 2-character name part: no trigram to look up, so PostgreSQL reads the table'
explain (analyze, costs off)
select count(*) from complaint c
where (c.complainant_name like '%伟华%' escape '\' or c.respondent_unit like '%伟华%' escape '\')
  and not exists (select 1 from case_conflict cc where cc.case_number = c.case_number and cc.user_id = 'manager');

\echo '== q = a phone, however typed (index on its digits)'
explain (analyze, costs off)
select c.case_number from complaint c
where replace(replace(replace(replace(replace(c.complainant_phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', '')
      in ('13000791900', '8613000791900', '008613000791900')
  and not exists (select 1 from case_conflict cc where cc.case_number = c.case_number and cc.user_id = 'manager');
