-- A year the administrator declared "annual reporting only": offices that hold only year totals
-- report them in the year period (a cumulative monthly indicator's total is its December
-- cumulative), so the year's months are never overdue and the trend charts say the year was
-- reported as a total. Only a year period carries the flag.
alter table period add column annual_only boolean not null default false;
alter table period add constraint period_annual_only_is_a_year check (not annual_only or kind = 'year');
