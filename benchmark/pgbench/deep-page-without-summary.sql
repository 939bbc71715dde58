-- The deep page's statement without any compliance summary: the floor for the two beside it.
-- pgbench -n -M prepared -c 4 -j 2 -T 6 -f benchmark/pgbench/deep-page-without-summary.sql (on the
-- database of `generate --meetings 100000`, as its owner; see the README, "Against PostGraphile")
\set id random(20000, 90000)
select m.id, m.meeting_date, json_build_object('databaseId', m.id::text)::text as part_1 from meeting m where m.withdrawn_at is null and (m.meeting_date, m.id) < ('2019-08-11'::date, :id) order by m.meeting_date desc, m.id desc limit 21;
