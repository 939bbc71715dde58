-- The deep page's statement with the compliance summary as it was to 7694791: a JSON object
-- counted per severity, a sort and a grouping per meeting. Run as deep-page-without-summary.sql.
\set id random(20000, 90000)
select m.id, m.meeting_date, (select json_object_agg(s.severity, s.n) from (select f.severity, count(*) as n from finding f where f.meeting_id = m.id and f.present group by f.severity) s) as part_0, json_build_object('databaseId', m.id::text)::text as part_1 from meeting m where m.withdrawn_at is null and (m.meeting_date, m.id) < ('2019-08-11'::date, :id) order by m.meeting_date desc, m.id desc limit 21;
