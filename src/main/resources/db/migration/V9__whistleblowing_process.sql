-- Whistleblowing process (举报): staff who may not receive any task of a report — named in it, of the
-- reported unit, or having declared a conflict of interest. Checked when a task is assigned.
create table wb_involved (
    report_number varchar(32)   not null,
    user_id       varchar(64)   not null,
    reason        varchar(500)  not null,
    constraint pk_wb_involved primary key (report_number, user_id)
);
