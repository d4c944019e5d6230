-- Term labels (Q1, S2) repeat every year: a mark's school year tells this year's Q1 from last year's.
ALTER TABLE course_mark ADD COLUMN school_year VARCHAR(10);
