-- Marks the periods whose district figures are an illustrative split of published city totals (the
-- demo's 2019 and 2020). The dashboard and the year-in-review print their disclaimer only for such
-- a year: on figures a real office entered it would be false, and an installation without the demo
-- never has one.
alter table period add column illustrative boolean not null default false;
