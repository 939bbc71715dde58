-- The deep page's statement with the compliance summary as MeetingSummaryPart writes it since
-- 9783ee9: one string_agg of the present findings' severities. Run as deep-page-without-summary.sql.
\set id random(20000, 90000)
select m.id, m.meeting_date, (select to_json(string_agg(f.severity, ',')) from finding f where f.meeting_id = m.id and f.present) as part_0, json_build_object('databaseId', m.id::text)::text as part_1 from meeting m where m.withdrawn_at is null and (m.meeting_date, m.id) < ('2019-08-11'::date, :id) order by m.meeting_date desc, m.id desc limit 21;
