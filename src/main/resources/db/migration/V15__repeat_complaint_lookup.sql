-- The repeat-complaint lookup of every intake (ComplaintRepository.findOpenRepeatOf: an open complaint of
-- the same complainant by ID number, else phone, else e-mail) read the whole complaint table: one
-- sequential scan per intake, growing with every case ever registered (bench/intake.sh, docs/performance.md:
-- 42 ms at 2,935 complaints on the benchmark machine, 0.6 ms with these indexes).
create index ix_complaint_complainant_id on complaint (complainant_id_number);
create index ix_complaint_complainant_phone on complaint (complainant_phone);
create index ix_complaint_complainant_email on complaint (complainant_email);
