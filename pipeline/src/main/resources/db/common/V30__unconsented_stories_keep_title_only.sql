-- An unconsented story is never published, and its text, quote and attribution name students (with health details
-- at times), so only its title and consent flag are kept: the text already stored is cleared, and the loader stores
-- no more of it (StoryRowProcessor).
ALTER TABLE story ALTER COLUMN story_text DROP NOT NULL;
UPDATE story SET story_text = NULL, quote = NULL, attribution = NULL WHERE consent = FALSE;
