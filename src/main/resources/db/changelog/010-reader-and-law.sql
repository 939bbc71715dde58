--liquibase formatted sql

--changeset justera:010-budget-columns
-- The columns budget tables add beside the six the rules read: the same period of the year before,
-- the previous report's forecast, the change since it, the full-year deviation in percent. Null where
-- the table has none (and on heading rows).
alter table budget_line add column prior_year_period_actual bigint;
alter table budget_line add column previous_forecast bigint;
alter table budget_line add column forecast_change bigint;
alter table budget_line add column year_deviation_percent numeric(9, 2);

--changeset justera:010-immediate-checking-and-motions
-- Paragraphs checked at the meeting (omedelbar justering, KL 5 kap. 70 §): their own, earlier notice and
-- appeal deadline. A notice that names paragraphs ("Paragraf § 57") is the notice of those paragraphs;
-- an empty list is the notice of the whole minutes.
alter table paragraph add column immediately_checked boolean not null default false;
alter table notice add column paragraphs int[] not null default '{}';
-- When the minutes state when a motion was raised (väckt), and whether fullmäktige was told it could not
-- be decided within a year (KL 5 kap. 35 §); raised_on null: not stated.
alter table motion add column raised_on date;
alter table motion add column delay_reported boolean not null default false;

--changeset justera:010-budget-rows-of-other-layouts
-- Budget tables of other layouts have some of the six figures only (budget, utfall, prognos and avvikelse
-- for the year, no period budget): a row that is not a heading carries a budget, for the period or the
-- year; the figures a table does not print are null (unknown), never a refusal of the minutes.
alter table budget_line drop constraint budget_line_figures_ck;
alter table budget_line add constraint budget_line_figures_ck check (
    (level = 'GROUP' and period_budget is null and year_budget is null)
    or (level <> 'GROUP' and (period_budget is not null or year_budget is not null)));
