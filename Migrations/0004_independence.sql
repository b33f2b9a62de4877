-- 0004_independence: the date each country counts its independence from (seeds/reference/countries.tsv),
-- so that an anniversary of independence can be checked like one of diplomatic relations.
-- Never edit this file once shipped: add a new numbered migration instead.

ALTER TABLE countries ADD COLUMN independence_on TEXT
    CHECK (independence_on IS NULL OR independence_on GLOB '[12][0-9][0-9][0-9]' OR independence_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR independence_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
