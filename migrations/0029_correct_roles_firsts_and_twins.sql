-- 0029: roles as the pages word them, and no "first" a page does not say in the same scope (second audit, rules 3-4;
-- the twins of rule 2 are corrected with their events in 0028 and checked by 0033).

-- Roles. organizer, distributor, host and delegation_leader only where a page says so.
UPDATE change_context SET reason = 'The embassy took part in the Karakopru distribution; no page says it distributed the aid.', source_id = 'trend-4011619';
UPDATE event_participants SET role = 'participant', note = 'The embassy says it took part in the distribution.' WHERE participant_id = 22;

UPDATE change_context SET reason = 'The Istanbul meeting was held on the sidelines of the OIC Council of Foreign Ministers; the OIC did not organize it.', source_id = 'news-az-bilateral-ties';
DELETE FROM event_participants WHERE participant_id = 84;
UPDATE events SET summary = 'On the sidelines of the 51st session of the OIC Council of Foreign Ministers in Istanbul, Jeyhun Bayramov and Asaad al-Shaibani discuss restoring bilateral relations and regional security; Bayramov calls the embassy''s reopening the start of a new phase and welcomes the lifting of sanctions on Syria.',
  note = 'Known from a report of 21 June 2025 that does not date the meeting.'
WHERE event_id = 'bayramov-meets-al-shaibani-istanbul';
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayramov-meets-al-shaibani-istanbul', 'news-az-bilateral-ties', 'paragraphs 1-6');

UPDATE change_context SET reason = 'The joint commission held the session; no page calls it the organizer.', source_id = 'syria-oil-874';
UPDATE event_participants SET role = 'subject', note = 'The session is the commission''s own.' WHERE participant_id = 55;
UPDATE change_context SET reason = 'Ilham Aliyev received the Syrian co-chair during the session; no page says he hosted it.', source_id = 'syria-oil-875';
UPDATE event_participants SET role = 'participant', note = 'Received Sufian Allaw during the session.' WHERE participant_id = 54;

UPDATE change_context SET reason = 'Eyyubov and Rzayev met al-Sharaa at the airport; TimeTurk says so and does not call them hosts.', source_id = 'timeturk-1816590';
UPDATE event_participants SET role = 'participant', note = 'Met al-Sharaa at the airport.' WHERE participant_id IN (87, 88);

UPDATE change_context SET reason = 'The Syrian Foreign Ministry names Jeyhun Bayramov with Aliyev at the Zagulba talks.', source_id = 'alikhbariah-16878';
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('al-sharaa-visits-baku', 'jeyhun-bayramov', NULL, NULL, 'participant', 'At the talks in the Zagulba Palace, on the Syrian Foreign Ministry''s account.');

UPDATE change_context SET reason = 'The page says the speech was given at ADA University, not that the university hosted it.', source_id = 'yenilik-36481';
UPDATE event_participants SET role = 'participant', note = 'The speech was given at the university.' WHERE participant_id = 77;
UPDATE change_context SET reason = 'Aliyev spoke in an interview to the channel; the page does not call it a host.', source_id = 'report-az-gas-volume';
UPDATE event_participants SET role = 'participant', note = 'The channel that interviewed him.' WHERE participant_id = 102;

UPDATE change_context SET reason = 'OC Media says the energy minister met his Syrian counterpart during the visit; no page makes him a member of the delegation.', source_id = 'oc-media-deputy-pm';
UPDATE event_participants SET role = 'participant', note = 'Met Mohammad al-Bashir during the visit.' WHERE participant_id = 78;

UPDATE change_context SET reason = 'The pages say Rafiyev met al-Shaibani in Damascus; none calls al-Shaibani his host.', source_id = 'turan-788739';
UPDATE event_participants SET role = 'participant' WHERE participant_id = 11;

-- Firsts.
UPDATE change_context SET reason = 'The pages call it his first (official) visit since taking office; only one secondary page says first visit without qualification.', source_id = 'trtworld-eadfb23f41b9';
UPDATE events SET title = 'Ahmed al-Sharaa''s first visit to Azerbaijan as president' WHERE event_id = 'al-sharaa-visits-baku';
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-sharaa-visits-baku', 'trtworld-eadfb23f41b9', 'paragraph on his arrival');
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-sharaa-visits-baku', 'memo-20250712', 'paragraph on his arrival');

UPDATE change_context SET reason = 'No stored page calls the December 2024 visit the first Azerbaijani visit after the change of government.', source_id = 'turan-788739';
UPDATE events SET summary = 'An Azerbaijani delegation under Deputy Foreign Minister Yalchin Rafiyev visits Damascus and holds talks with the transitional foreign minister, Asaad Hassan al-Shaibani: they agree to open a new page in relations, and Azerbaijan says it will reopen its embassy.'
WHERE event_id = 'rafiyev-visits-damascus';

UPDATE change_context SET reason = NULL, source_id = NULL;
