--liquibase formatted sql

--changeset justera:009-meeting-version-file
-- The file each version of a meeting's minutes was made from (se.justera.protocol), as it came: a PDF
-- as its bytes, a text (the GraphQL importProtocol's, or a .txt) as its UTF-8 bytes, so that an
-- officer can open the evidence and a better reader can read it again. One row per version: a
-- correction with a new file adds its own and the old version keeps the old one. sha256 is of these
-- bytes (the download's ETag); meeting_version.sha256 stays that of the text the reader read from
-- them. A file is written once: the app role may add and read rows, never change or remove them
-- (see 009-meeting-version-file-privileges), and a trigger refuses a change even to the owner;
-- rows go only with their meeting (on delete cascade, which PostgreSQL runs as the owner).
create table meeting_version_file (
    meeting_id bigint not null,
    version    int    not null,
    media_type text   not null check (media_type in ('application/pdf', 'text/plain; charset=UTF-8')),
    -- as sent, sanitised for a Content-Disposition at download; null for text sent without a name
    file_name  text   check (file_name is null or length(file_name) between 1 and 255),
    size       bigint not null check (size = octet_length(content)),
    pages      int    check (pages is null or pages > 0),
    sha256     text   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content    bytea  not null,
    primary key (meeting_id, version),
    foreign key (meeting_id, version) references meeting_version (meeting_id, version) on delete cascade
);

-- Versions stored before files were kept: their text is their source (a text import stored its text).
insert into meeting_version_file (meeting_id, version, media_type, file_name, size, pages, sha256, content)
select meeting_id, version, 'text/plain; charset=UTF-8', null, octet_length(convert_to(text, 'UTF8')),
       length(text) - length(replace(text, chr(12), '')) + 1,
       encode(sha256(convert_to(text, 'UTF8')), 'hex'), convert_to(text, 'UTF8')
from meeting_version;

--changeset justera:009-meeting-version-file-immutable splitStatements:false
create function meeting_version_file_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'meeting_version_file is immutable: % is not allowed (a version keeps the file it was made from)', tg_op;
end
$$;

--changeset justera:009-meeting-version-file-trigger
create trigger meeting_version_file_no_update before update on meeting_version_file
    for each row execute function meeting_version_file_immutable();

--changeset justera:009-meeting-version-file-privileges runAlways:true
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 select count(*) from pg_roles where rolname = '${appRole}' and rolname <> current_user
-- 006 grants the app role select, insert, update and delete on every table at every start; a kept
-- file is only ever added and read, so this takes the rest back after it, at every start too.
revoke update, delete, truncate on meeting_version_file from "${appRole}";
