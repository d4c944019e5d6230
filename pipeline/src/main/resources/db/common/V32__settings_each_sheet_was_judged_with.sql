-- The fingerprint of the reading settings (village.ingest: date order, header names, attendance codes, grade scale,
-- reject threshold) a sheet was judged with. A sheet held back, unrecognised or unreadable under other settings is
-- judged again when its file is still in the inbox, so that setting village.ingest.date-locale, say, loads the file
-- it held back without the file being sent again. NULL: judged before fingerprints were kept, judged again once.
ALTER TABLE ingest_source ADD COLUMN settings_fingerprint CHAR(64);
