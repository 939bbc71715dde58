-- Meeting detail's floor as the benchmark's client runs it (QueryMix): four plain statements.
-- Run as deep-page-without-summary.sql says.
\set id random(1, 100000)
select m.meeting_date::text || '|' || b.name from meeting m join body b on b.id = m.body_id where m.id = :id;
select number || ' ' || title from paragraph where meeting_id = :id order by position;
select p.name || ' ' || a.role from attendance a join person p on p.id = a.person_id where a.meeting_id = :id order by a.position;
select rule_id || ' ' || severity from finding where meeting_id = :id and present order by 1;
