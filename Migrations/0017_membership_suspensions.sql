-- 0017_membership_suspensions: the day a member suspended or froze its participation.
--
-- * memberships.suspended_on: when a member put its participation on hold (Uzbekistan in GUUAM in June 2002, in EurAsEC
--   in October 2008 and in the CSTO on 2012-06-28; Armenia froze its part in the CSTO in February 2024), as precise as the
--   sources give it. A suspension is not the end of the membership, which `left_on` dates where it came (Uzbekistan left
--   GUUAM only in 2005). NULL for a membership never suspended. Filled by the reference loader from the `suspended` column
--   of memberships.tsv; the extractor dates an undated article that reports the suspension as its news by it.
-- Never edit this file once shipped: add a new numbered migration instead.

ALTER TABLE memberships ADD COLUMN suspended_on TEXT CHECK (suspended_on IS NULL OR suspended_on GLOB '[12][0-9][0-9][0-9]' OR suspended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR suspended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
