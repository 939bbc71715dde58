--liquibase formatted sql

--changeset justera:012-findings-by-rule
-- A year's findings of one rule (findings(filter: { ruleId, from, to })): the rule's present findings
-- with their meetings and ids straight from the index, each meeting's date looked up by its key,
-- instead of walking every meeting of the year. No grant needed: the app's role reads the table (006).
create index finding_rule_meeting_idx on finding (rule_id, meeting_id, id) where present;
