-- Meeting packs (例会通报材料): what a jurisdiction's pack for a period held, frozen as of the time it was made. content
-- is the canonical JSON the PDF was rendered from, and content_sha256 its SHA-256, printed on every page of the PDF;
-- pdf is the file as it was handed out, and pdf_sha256 the file's own SHA-256. Either proves later which pack was
-- shown at the meeting.
CREATE TABLE meeting_pack (
    pack_id         CHAR(36)      NOT NULL PRIMARY KEY,
    jurisdiction    VARCHAR(16)   NOT NULL,
    period_from     DATE          NOT NULL,
    period_to       DATE          NOT NULL,
    as_of           DATETIME(6)   NOT NULL,
    generated_by    VARCHAR(64)   NOT NULL,
    content         LONGTEXT      NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    pdf             LONGBLOB      NOT NULL,
    pdf_sha256      CHAR(64)      NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_meeting_pack_jurisdiction ON meeting_pack (jurisdiction, as_of);
