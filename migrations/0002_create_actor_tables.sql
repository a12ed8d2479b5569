-- 0002: the actors and where things happen: places, organizations, people, the other spellings
-- of their names, and the offices they held.
--
-- An office's dates are bounds. The start lies in [start_earliest, start_latest] and the end in
-- [end_earliest, end_latest]. When a source only shows someone in office on a day, that day is a
-- bound (start_latest: in office no later than it; end_earliest: still in office on it) and the
-- open side stays NULL: an unknown start is never made up.

CREATE TABLE places (
  place_id         TEXT PRIMARY KEY CHECK (place_id NOT GLOB '*[^a-z0-9-]*'),
  name             TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('city', 'village', 'province', 'region', 'border_crossing', 'camp', 'building')),
  country_id       TEXT NOT NULL REFERENCES countries (country_id),
  parent_place_id  TEXT REFERENCES places (place_id),
  note             TEXT,
  CHECK (parent_place_id IS NULL OR parent_place_id <> place_id)
) STRICT;
CREATE INDEX places_country ON places (country_id);
CREATE INDEX places_parent ON places (parent_place_id);

CREATE TABLE organizations (
  organization_id         TEXT PRIMARY KEY CHECK (organization_id NOT GLOB '*[^a-z0-9-]*'),
  name                    TEXT NOT NULL,
  short_name              TEXT,
  kind                    TEXT NOT NULL CHECK (kind IN (
                            'ministry', 'embassy', 'government', 'international_organization', 'company',
                            'media', 'group', 'agency', 'commission', 'fund', 'university')),
  country_id              TEXT REFERENCES countries (country_id),
  parent_organization_id  TEXT REFERENCES organizations (organization_id),
  place_id                TEXT REFERENCES places (place_id),
  note                    TEXT
) STRICT;
CREATE INDEX organizations_country ON organizations (country_id);
CREATE INDEX organizations_parent ON organizations (parent_organization_id);

CREATE TABLE people (
  person_id    TEXT PRIMARY KEY CHECK (person_id NOT GLOB '*[^a-z0-9-]*'),
  name         TEXT NOT NULL,
  country_id   TEXT REFERENCES countries (country_id),
  wikidata_id  TEXT CHECK (wikidata_id IS NULL OR wikidata_id GLOB 'Q[0-9]*'),
  note         TEXT
) STRICT;
CREATE INDEX people_country ON people (country_id);

-- Other spellings of a person's name met in the sources (transliterations differ).
CREATE TABLE person_names (
  person_id  TEXT NOT NULL REFERENCES people (person_id),
  name       TEXT NOT NULL,
  note       TEXT,
  PRIMARY KEY (person_id, name)
) STRICT;
CREATE INDEX person_names_name ON person_names (name COLLATE NOCASE);

CREATE TABLE positions (
  position_id      TEXT PRIMARY KEY CHECK (position_id NOT GLOB '*[^a-z0-9-]*'),
  person_id        TEXT NOT NULL REFERENCES people (person_id),
  title            TEXT NOT NULL,
  organization_id  TEXT REFERENCES organizations (organization_id),
  country_id       TEXT REFERENCES countries (country_id),
  start_earliest   TEXT CHECK (start_earliest IS NULL OR date(start_earliest) = start_earliest),
  start_latest     TEXT CHECK (start_latest IS NULL OR date(start_latest) = start_latest),
  end_earliest     TEXT CHECK (end_earliest IS NULL OR date(end_earliest) = end_earliest),
  end_latest       TEXT CHECK (end_latest IS NULL OR date(end_latest) = end_latest),
  evidence_status  TEXT NOT NULL DEFAULT 'confirmed' CHECK (evidence_status IN ('confirmed', 'reported', 'disputed')),
  note             TEXT,
  CHECK (organization_id IS NOT NULL OR country_id IS NOT NULL),
  CHECK (start_earliest IS NULL OR start_latest IS NULL OR start_earliest <= start_latest),
  CHECK (end_earliest IS NULL OR end_latest IS NULL OR end_earliest <= end_latest),
  CHECK (start_earliest IS NULL OR end_latest IS NULL OR start_earliest <= end_latest),
  CHECK (start_latest IS NULL OR end_earliest IS NULL OR start_latest <= end_earliest)
) STRICT;
CREATE INDEX positions_person ON positions (person_id);
CREATE INDEX positions_organization ON positions (organization_id);
CREATE INDEX positions_country ON positions (country_id);
