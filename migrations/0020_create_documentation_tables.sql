-- 0020: the data dictionary, inside the database: a description of every table and view and of
-- every column. Exports (Datasette metadata, Frictionless Table Schemas) and the README read it;
-- a test checks that no column is left undescribed. A column_docs row with table_name '*'
-- describes a column name wherever it appears, unless a row for the table itself overrides it.

CREATE TABLE table_docs (
  table_name   TEXT PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('table', 'view')),
  description  TEXT NOT NULL
) STRICT;

CREATE TABLE column_docs (
  table_name   TEXT NOT NULL,
  column_name  TEXT NOT NULL,
  description  TEXT NOT NULL,
  PRIMARY KEY (table_name, column_name)
) STRICT;

INSERT INTO table_docs (table_name, kind, description) VALUES ('dataset_metadata', 'table', 'The dataset''s own metadata: title, version, licences.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('countries', 'table', 'Countries, keyed by ISO 3166-1 alpha-3, with the codes checked for them.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('cameo_roots', 'table', 'CAMEO root codes (01-20) with their quad class.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('cameo_codes', 'table', 'The CAMEO event codes used to classify events.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('topics', 'table', 'Topics that events, statements, agreements and assessments are tagged with.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('sources', 'table', 'Every source: the primary article and the web pages, with address, language and dates.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('places', 'table', 'Cities, villages, provinces, regions, border crossings, camps and buildings.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('organizations', 'table', 'Ministries, embassies, governments, international organizations, companies, agencies, media and groups.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('people', 'table', 'People named in the sources.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('person_names', 'table', 'Other spellings of people''s names met in the sources.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('positions', 'table', 'Offices people held, with bounds on the start and end of the term.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('events', 'table', 'Dated events, each classified with a CAMEO code and dated by bounds, precision and basis.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('event_participants', 'table', 'Who took part in each event (a person, organization or country) and in what role.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('event_places', 'table', 'Places an event involves besides its main place.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('event_topics', 'table', 'Topics of each event.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('event_relations', 'table', 'Links between events (one follows, is part of, or responds to another).');
INSERT INTO table_docs (table_name, kind, description) VALUES ('statements', 'table', 'Who said what, paraphrased, at which event.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('statement_topics', 'table', 'Topics of each statement.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('aid_deliveries', 'table', 'Consignments of aid with their quantities, contents and route.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreements', 'table', 'Signed instruments: treaties, agreements, memoranda, documents and sets of documents.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_parties', 'table', 'The parties to each agreement (countries or organizations).');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_signatories', 'table', 'Who signed each agreement, and for whom.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_topics', 'table', 'Topics of each agreement.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_events', 'table', 'Events where an agreement was signed, carried out or mentioned.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('trade_flows', 'table', 'Trade between Azerbaijan and Syria over a period, as reported.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('assessments', 'table', 'The article''s own reading of the relationship: history, obstacles, drivers, opportunities, outlook.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('assessment_topics', 'table', 'Topics of each assessment.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('discrepancies', 'table', 'Disagreements between sources, or between the article and the evidence.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('discrepancy_claims', 'table', 'The two claims of each discrepancy; each is cited.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('citations', 'table', 'Ties one fact (one row) to one source, with the article''s paragraph.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('table_docs', 'table', 'A description of every table and view.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('column_docs', 'table', 'A description of every column (table_name * applies to a column name everywhere).');
INSERT INTO table_docs (table_name, kind, description) VALUES ('SchemaVersions', 'table', 'DbUp''s journal of the migration scripts applied to this file.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('timeline', 'view', 'Public view: every event with names resolved, one row per event.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('participant_labels', 'view', 'Helper view: each event participant with its kind and name.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('person_positions', 'view', 'Public view: every office with the person''s name and the organization and country resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('statement_details', 'view', 'Public view: every statement with its date and speaker resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('aid_delivery_details', 'view', 'Public view: every aid delivery with its dates, donor, recipient and distributor resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_details', 'view', 'Public view: every agreement with place, parties, signatories and topics resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('citation_details', 'view', 'Public view: every citation with the kind and id of its fact and the source resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('discrepancy_details', 'view', 'Public view: every discrepancy with both claims and their sources.');

-- Column names with one meaning wherever they appear.
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'note', 'A note on the row: how it is dated or sourced, or what the sources leave out.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'name', 'The name.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'title', 'A short title, in the dataset''s own words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'summary', 'A summary, in the dataset''s own words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'description', 'A description.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'kind', 'The kind of row (a closed vocabulary).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'role', 'The role (a closed vocabulary).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'relation', 'How the two rows relate (a closed vocabulary).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'country_id', 'Country (ISO 3166-1 alpha-3), references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'country', 'Country name.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'place_id', 'Place, references places.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'place', 'Place name.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'organization_id', 'Organization, references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'organization', 'Organization name.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'person_id', 'Person, references people.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'event_id', 'Event, references events.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'statement_id', 'Statement, references statements.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'agreement_id', 'Agreement, references agreements.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'aid_delivery_id', 'Aid delivery, references aid_deliveries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'position_id', 'Office, references positions.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'trade_flow_id', 'Trade flow, references trade_flows.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'assessment_id', 'Assessment, references assessments.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'discrepancy_id', 'Discrepancy, references discrepancies.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'claim_id', 'Claim, references discrepancy_claims.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'source_id', 'Source, references sources.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'topic_id', 'Topic, references topics.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'topics', 'Topic ids, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'citation_id', 'Citation, references citations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'wikidata_id', 'Wikidata item id (Q...), where confirmed; NULL otherwise.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'date_earliest', 'Earliest possible day (ISO yyyy-mm-dd); NULL when open.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'date_latest', 'Latest possible day (ISO yyyy-mm-dd); NULL when open.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'date_precision', 'day, month, year, range or unknown.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'date_basis', 'stated (the source gives the date), inferred (the year is inferred), derived (worked out from other facts) or reported (only the report''s date is known).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'date_edtf', 'The date in Extended Date/Time Format, e.g. 2025-02-28, 2012-08, [2025-01-05..2025-02-28], [..2025-06-21].');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'evidence_status', 'confirmed (a named source states it), reported (attributed to unnamed sources) or disputed (see discrepancies).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'start_earliest', 'Earliest possible start of the term; NULL when unknown.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'start_latest', 'Latest possible start of the term: the first day a source shows the person in office.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'end_earliest', 'Earliest possible end of the term: the last day a source shows the person in office.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'end_latest', 'Latest possible end of the term; NULL when unknown.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'cameo_code', 'CAMEO event code, references cameo_codes.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'root_code', 'CAMEO root code (01-20), references cameo_roots.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'quad_class', 'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'subject_kind', 'Kind of the row the line is about: event, statement, aid_delivery, agreement, position, person, organization, place, trade_flow, assessment or claim.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'subject_id', 'Id of the row the line is about, in the table its kind names.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'paragraph', 'The article''s paragraph (1-17, counting its body from 1); NULL for other sources.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'link_basis', 'stated (the source says this of the row) or derived (the row is identified with what the source says by reasoning).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'language', 'Language of the source (ISO 639-1).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'publisher', 'Publisher of the source.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'url', 'Address of the web page; NULL for the article and for pages whose address was not kept.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'status', 'signed, initialled, in_force, expired or unknown.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'parties', 'Parties, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'signatories', 'Signatories, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'document_count', 'For a set of documents, how many.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'part_of_agreement_id', 'The set this instrument belongs to, references agreements.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'value_amount', 'Value of the agreement, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'value_currency', 'Currency of the value.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'value_approximate', '1 when the value is approximate.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'valid_until', 'Last day the agreement runs, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'sequence_number', 'Place in a numbered series of deliveries (first convoy, second batch).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'recipients', 'Who received the aid, in words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'trucks', 'Number of lorries, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'tonnes', 'Weight in tonnes, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'tonnes_approximate', '1 when the weight is approximate.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'contents', 'What the consignment contained.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'route', 'The route, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'beneficiary_count', 'Number of beneficiaries, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'beneficiary_unit', 'families, children or people.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'beneficiary_qualifier', 'exactly, about or more than.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'arrival_event_id', 'Event of the consignment''s arrival, references events.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'donor', 'Donor country.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'recipient', 'Recipient country.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'distributor', 'Organization that handed the aid out.');

-- Columns particular to one table or view.
INSERT INTO column_docs (table_name, column_name, description) VALUES ('dataset_metadata', 'key', 'Metadata key: title, version, licence_data, licence_code, description.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('dataset_metadata', 'value', 'Metadata value.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('countries', 'iso_alpha2', 'ISO 3166-1 alpha-2 code, where checked.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('countries', 'iso_numeric', 'ISO 3166-1 numeric code (three digits), where checked.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('countries', 'cow_code', 'Correlates of War country code, where checked.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_roots', 'quad_name', 'Name of the quad class.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('sources', 'kind', 'article (the primary source), web_page, or unrecorded_page (a page whose address was not kept).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('sources', 'date_published', 'Day the source was published, where known.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('sources', 'date_accessed', 'Day the stored copy was read.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'kind', 'city, village, province, region, border_crossing, camp or building.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'parent_place_id', 'Place this one lies in, references places.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('organizations', 'short_name', 'Short name or acronym.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('organizations', 'kind', 'ministry, embassy, government, international_organization, company, media, group, agency, commission, fund or university.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('organizations', 'parent_organization_id', 'Organization this one belongs to, references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('organizations', 'place_id', 'Seat of the organization, references places.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_names', 'name', 'Another spelling of the person''s name.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('positions', 'title', 'Title of the office.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('events', 'plover_type', 'PLOVER event type, where given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('events', 'place_id', 'Main place of the event, references places.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_participants', 'participant_id', 'Row id; the order participants were recorded in.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_participants', 'role', 'visitor, host, speaker, signatory, donor, recipient, participant, delegation_leader, delegation_member, organizer, distributor, guest, initiator, co_chair, addressee, subject or financier.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_places', 'role', 'also_at (another venue), destination or route.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_relations', 'related_event_id', 'The other event, references events.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_relations', 'relation', 'follows, part_of, responds_to or announced_by.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statements', 'speaker_person_id', 'Speaker, when a person; references people.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statements', 'speaker_organization_id', 'Speaker, when an organization; references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'event_id', 'Event of the dispatch or handing out, references events.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'donor_country_id', 'Donor country, references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'donor_organization_id', 'Donor organization, references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'recipient_country_id', 'Recipient country, references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'distributor_organization_id', 'Organization that handed the aid out, references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreements', 'kind', 'treaty, agreement, memorandum_of_understanding, protocol, declaration, document or document_set.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreements', 'date_earliest', 'Earliest possible signing day.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreements', 'date_latest', 'Latest possible signing day.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreements', 'place_id', 'Where it was signed, references places.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_parties', 'agreement_party_id', 'Row id; the order parties were recorded in.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_signatories', 'on_behalf_of_country_id', 'Country the signatory signed for, references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_signatories', 'on_behalf_of_organization_id', 'Organization the signatory signed for, references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_events', 'relation', 'signing, implementation or mention.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'reporter_country_id', 'Country reporting the figure, references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'partner_country_id', 'Partner country, references countries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'year', 'Calendar year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'period_start', 'First day of the period.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'period_end', 'Last day of the period.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'is_partial_year', '1 when the period is shorter than the calendar year (generated).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'flow', 'turnover, export or import, from the reporter''s side.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'commodity', 'Commodity; NULL for all goods.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'value', 'Value, in unit.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'unit', 'thousand USD or million USD.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'quantity', 'Physical quantity, when given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'quantity_unit', 'Unit of the quantity.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('trade_flows', 'reported_by', 'Who reported the figure.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('assessments', 'kind', 'history, obstacle, driver, opportunity or outlook.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('assessments', 'organization_id', 'The actor the assessment is about, where it names one; references organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('assessments', 'period', 'The period the assessment concerns, in words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'event_id', 'Event in question, references events.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'agreement_id', 'Agreement in question, references agreements.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'aid_delivery_id', 'Aid delivery in question, references aid_deliveries.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'position_id', 'Office in question, references positions.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'note', 'How the dataset reads the disagreement.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_claims', 'side', 'a or b.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_claims', 'claim', 'The claim, in the dataset''s words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('citations', 'source_id', 'The source cited, references sources.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('table_docs', 'table_name', 'Name of the table or view.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('table_docs', 'kind', 'table or view.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('column_docs', 'table_name', 'Name of the table or view, or * for a column name everywhere.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('column_docs', 'column_name', 'Name of the column.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('SchemaVersions', 'SchemaVersionID', 'Row id.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('SchemaVersions', 'ScriptName', 'File name of the migration script applied.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('SchemaVersions', 'Applied', 'When it was applied (a fixed value in the shipped file, for reproducible builds).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'event_type', 'Name of the CAMEO code.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'cameo_root', 'CAMEO root code.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'plover_type', 'PLOVER event type, where given.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'other_places', 'Other places the event involves, with their role, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'participants', 'People and organizations taking part, with their role, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'participant_countries', 'Countries taking part, with their role, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'article_paragraphs', 'Paragraphs of the article citing the event, joined with "; "; NULL when the article does not.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('participant_labels', 'participant_id', 'Row id in event_participants.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('participant_labels', 'participant_kind', 'person, organization or country.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('participant_labels', 'participant_id_text', 'Id of the person, organization or country.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_positions', 'person_name', 'Name of the person.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_positions', 'position', 'Title of the office.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statement_details', 'speaker', 'Name of the speaker (a person or organization).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statement_details', 'speaker_id', 'Id of the speaker in people or organizations.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_delivery_details', 'donor_organization', 'Donor organization.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_delivery_details', 'arrival_date_edtf', 'Date of arrival in EDTF, when recorded.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_details', 'date_signed', 'Signing date in EDTF.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('citation_details', 'source_title', 'Title of the source.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('citation_details', 'source_kind', 'article, web_page or unrecorded_page.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_details', 'claim_a', 'The first claim.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_details', 'sources_a', 'Where the first claim comes from (article paragraphs, addresses), joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_details', 'claim_b', 'The second claim.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancy_details', 'sources_b', 'Where the second claim comes from, joined with "; ".');

-- Every column of every table and view with its description resolved: what the exports read.
CREATE VIEW data_dictionary AS
SELECT
  m.name AS table_name,
  m.type AS kind,
  td.description AS table_description,
  c.cid AS column_position,
  c.name AS column_name,
  c.type AS column_type,
  coalesce(s.description, d.description) AS description
FROM sqlite_schema AS m
JOIN pragma_table_xinfo(m.name) AS c
LEFT JOIN table_docs AS td ON td.table_name = m.name
LEFT JOIN column_docs AS s ON s.table_name = m.name AND s.column_name = c.name
LEFT JOIN column_docs AS d ON d.table_name = '*' AND d.column_name = c.name
WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%_fts%';

INSERT INTO table_docs (table_name, kind, description) VALUES
  ('data_dictionary', 'view', 'Every column of every table and view with its description.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'kind', 'table or view.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'table_name', 'Name of the table or view.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'table_description', 'Description of the table or view.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'column_position', 'Position of the column, from 0.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'column_name', 'Name of the column.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'column_type', 'Declared type of the column (empty for computed view columns).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'description', 'Description of the column.');
