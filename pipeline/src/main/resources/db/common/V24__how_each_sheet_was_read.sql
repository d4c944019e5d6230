-- How each sheet was read: the column placed for each field, read back by the loader so that a sheet is loaded
-- exactly as the run summary and `validate` show it, and the same in words for the data manager.
ALTER TABLE ingest_source ADD COLUMN column_map VARCHAR(1000);
ALTER TABLE ingest_source ADD COLUMN columns_read VARCHAR(8000);
-- What decides which of two versions of a file is in use: the run that first saw it, then the file's own
-- modification time; never the order its path sorts in.
ALTER TABLE ingest_source ADD COLUMN arrived_in BIGINT;
ALTER TABLE ingest_source ADD COLUMN file_modified_at TIMESTAMP;
