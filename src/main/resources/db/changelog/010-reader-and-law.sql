--liquibase formatted sql

--changeset justera:010-budget-columns
-- The columns budget tables add beside the six the rules read: the same period of the year before,
-- the previous report's forecast, the change since it, the full-year deviation in percent. Null where
-- the table has none (and on heading rows).
alter table budget_line add column prior_year_period_actual bigint;
alter table budget_line add column previous_forecast bigint;
alter table budget_line add column forecast_change bigint;
alter table budget_line add column year_deviation_percent numeric(9, 2);
