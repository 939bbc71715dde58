--liquibase formatted sql

--changeset justera:008-reading-notes
-- What the reader could not read, or read with doubt (se.justera.protocol.ReadingNote), kept with the
-- meeting and replaced with its content (a re-import of a draft, a correction), so that
-- re-evaluating stored minutes sees the same unknown facts as the import did. fact names the fact
-- left unknown (attendance, checkingDate, notice, budgetTable, municipality...), or is null.
create table reading_note (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   int    not null check (position >= 0),
    line       int    check (line is null or line > 0),
    page       int    check (page is null or page > 0),
    level      text   not null check (level in ('INFO', 'WARNING')),
    fact       text   check (fact is null or length(trim(fact)) > 0),
    message    text   not null check (length(trim(message)) > 0),
    -- its index also serves meetings(filter: { hasReadingNotes }) and the batch load by meeting
    primary key (meeting_id, position)
);

-- The page of the text a paragraph begins on (form feeds or printed page numbers); null when unknown.
alter table paragraph add column page int check (page is null or page > 0);

--changeset justera:008-reading-notes-of-stored-meetings
-- Meetings stored before reading notes: the notes the reader gives for what it did not find (no
-- deciding members, no checking date, no notice), derived from what was stored, so that their
-- findings at the next re-evaluation treat those facts as unknown, as a new import would. The
-- messages are the reader's; the line is not known any more.
insert into reading_note (meeting_id, position, line, page, level, fact, message)
select meeting_id, (row_number() over (partition by meeting_id order by kind) - 1)::int, null, null, level, fact, message
from (
    select m.id as meeting_id, 1 as kind, 'WARNING' as level, 'attendance' as fact,
           'No list of deciding members was found (expected a label such as ''Beslutande'' or ''Närvarande'
           || ' ledamöter'' with names, or an appended attendance list): who took part is unknown, so quorum,'
           || ' votes and reservations cannot be checked' as message
    from meeting m
    where not exists (select 1 from attendance a where a.meeting_id = m.id
                      and a.role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SERVING_SUBSTITUTE'))
    union all
    select m.id, 2, 'WARNING', 'checkingDate',
           'No date of checking was found (expected ''Justeringens plats och tid'' or ''Justeringsdatum'' with a'
           || ' date): whether the minutes were checked in time cannot be checked'
    from meeting m
    where m.checking_date is null
    union all
    select m.id, 3, 'INFO', 'notice',
           'No notice of checked minutes (anslag/bevis) was found in the text: its dates cannot be checked'
    from meeting m
    where not exists (select 1 from notice n where n.meeting_id = m.id)
) noted;
