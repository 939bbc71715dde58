--liquibase formatted sql

--changeset justera:005-analysis
-- Full-text search over paragraphs in Swedish (stemming, stop words): title weighs most, then the
-- decision, then the description.
alter table paragraph add column search_vector tsvector generated always as (
    setweight(to_tsvector('swedish', coalesce(title, '')), 'A')
    || setweight(to_tsvector('swedish', coalesce(decision_text, '')), 'B')
    || setweight(to_tsvector('swedish', coalesce(description, '')), 'C')) stored;
create index paragraph_search_idx on paragraph using gin (search_vector);

create index meeting_body_date_idx on meeting (body_id, meeting_date desc, id desc);
create index motion_party_idx on motion (party);
create index budget_line_level_idx on budget_line (level) where level = 'TOTAL';
create index finding_meeting_present_idx on finding (meeting_id) where present;
