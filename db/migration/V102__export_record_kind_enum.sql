-- The kind of an exported file becomes a type like every other vocabulary of the schema (figure
-- status, period kind, division level), instead of text held in by a check constraint.
create type export_file_kind as enum ('chart_png', 'chart_svg', 'card_png', 'review_pdf', 'table_xlsx', 'table_csv');
alter table export_record drop constraint export_record_kind_check;
alter table export_record alter column kind type export_file_kind using kind::export_file_kind;
