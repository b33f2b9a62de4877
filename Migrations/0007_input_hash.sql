-- 0007_input_hash: the hash of the raw input each article was read from, so that re-importing an unchanged
-- input recognises it before decoding, parsing or extracting it (see docs/schema.md, "Input hashes").
-- NULL for articles stored before this migration (filled in when they are next found unchanged) and for
-- inputs that are not one article per input (text, HTML and .json files).
-- Never edit this file once shipped: add a new numbered migration instead.
ALTER TABLE articles ADD COLUMN input_hash BLOB CHECK (input_hash IS NULL OR length(input_hash) = 32);
-- Reading every stored hash at the start of an import reads this index, not the table (whose rows hold the bodies).
CREATE INDEX articles_by_input_hash ON articles (input_hash) WHERE input_hash IS NOT NULL;
