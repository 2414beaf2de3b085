-- Each progress workbook a run actually wrote: its report date, the folder, and the file kept under
-- the run's own name there. A run whose warehouse changed nothing since the last workbook written for
-- its date and folder writes none, and the workbook of the morning before stays as it was.
create table audit_report (
    run_id bigint not null,
    as_of date not null,
    output_dir varchar(2000) not null,
    file_name varchar(500) not null,
    written_at timestamp not null,
    primary key (run_id, as_of, output_dir)
);
