--liquibase formatted sql

--changeset justera:012-finding-meeting-date splitStatements:false
-- A finding carries its meeting's date, so that a year's findings of one rule
-- (findings(filter: { ruleId, from, to }), findingStatistics by year) are one range of an index in
-- the order they are listed, counted from the index alone, whatever plan a prepared statement
-- gets: joined to meeting for the date, a generic plan walked every meeting of the year. The
-- date is the meeting's, kept so by triggers, never written by the app: set from the meeting on
-- every insert (record, the ruleset switch, the generator's COPY), followed when a meeting's date
-- changes. No grant needed: the app's role reads the table and runs the triggers as itself (006).
alter table finding add column meeting_date date;
update finding f set meeting_date = m.meeting_date from meeting m where m.id = f.meeting_id;
alter table finding alter column meeting_date set not null;

create function finding_meeting_date() returns trigger language plpgsql as $$
begin
    new.meeting_date := (select m.meeting_date from meeting m where m.id = new.meeting_id);
    return new;
end $$;
create trigger finding_meeting_date before insert or update of meeting_id, meeting_date on finding
    for each row execute function finding_meeting_date();

create function meeting_date_to_findings() returns trigger language plpgsql as $$
begin
    update finding set meeting_date = new.meeting_date where meeting_id = new.id;
    return null;
end $$;
create trigger meeting_date_to_findings after update of meeting_date on meeting
    for each row when (old.meeting_date is distinct from new.meeting_date) execute function meeting_date_to_findings();

create index finding_rule_date_idx on finding (rule_id, meeting_date desc, meeting_id desc, id desc) where present;
create index finding_date_idx on finding (meeting_date desc, meeting_id desc, id desc) where present;
