-- The day a mark was stored (PowerSchool's DateStored), which is its term's last day: GPA counts a term's marks from
-- the month the term ended, so a month recomputed after later terms arrived does not count them.
ALTER TABLE course_mark ADD COLUMN date_stored DATE;
