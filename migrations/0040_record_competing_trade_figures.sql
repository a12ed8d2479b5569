-- 0040: Competing figures for the same period, each cited: the base of the January-November 2025
-- trade figure (AzerNews and Trend report one customs figure with two different bases), the value of
-- 2025's gas exports (the statistics committee and a page that gives less), and the period of the
-- first gas figure (January to October, or from the first delivery on 2 August to 1 November).
-- The rows follow the named official source; the locators of the older trade citations are added.

UPDATE change_context SET reason = 'Release 2.0 records competing official figures for the same period as discrepancies, each side cited.', source_id = NULL;
INSERT INTO discrepancies (discrepancy_id, title, trade_flow_id, note) VALUES ('trade-2025-comparison-base', 'The base of the 92.1-fold rise in trade, January-November 2025', 'aze-syr-2025-turnover', 'Both cite the State Customs Committee for 91.892 million USD. AzerNews''s rise of 90.9 million implies a 2024 base of about 1 million USD, which fits 92.1 times; Trend''s base of 90.9 thousand USD would be a thousandfold rise. The pages do not show which is the committee''s own figure.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('trade-2025-base-rise-of-90-9-million', 'trade-2025-comparison-base', 'a', 'Trade in January-November 2025 was 91.892 million USD, up 90.9 million USD, or 92.1 times, on the same months of 2024.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('trade-2025-base-rise-of-90-9-million', 'azernews-252720', 'paragraph 4');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('trade-2025-base-90-9-thousand', 'trade-2025-comparison-base', 'b', 'Trade in January-November 2025 was 91.892 million USD, 92.1 times the same months of 2024, which were 90.9 thousand USD.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('trade-2025-base-90-9-thousand', 'trend-ru-4139107', 'paragraph 4');
INSERT INTO discrepancies (discrepancy_id, title, trade_flow_id, note) VALUES ('gas-exports-2025-value', 'What Syria paid for Azerbaijani gas in 2025', 'aze-syr-2025-gas-export', 'The row follows the State Statistical Committee. Vestnik Kavkaza names no source; its trade total of 92 million USD is the customs figure for January-November, so its gas value may be for those months too, which the page does not say.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('gas-exports-2025-120-million', 'gas-exports-2025-value', 'a', 'In 2025 Azerbaijan exported 350.899 million cubic metres of gas to Syria, worth 120.085 million USD (State Statistical Committee).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('gas-exports-2025-120-million', 'trend-ru-4155490', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('gas-exports-2025-87-million', 'gas-exports-2025-value', 'b', 'Over the past year trade rose to 92 million USD, and Damascus paid 87 million USD for gas, the main export.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('gas-exports-2025-87-million', 'vestikavkaza-ru-energy', 'last paragraph');
INSERT INTO discrepancies (discrepancy_id, title, trade_flow_id, note) VALUES ('first-gas-figure-period', 'The period of the first gas figure: January-October, or 2 August to 1 November 2025', 'aze-syr-2025-gas-export-jan-oct', 'The same figures, 153.157 million cubic metres and 52.501 million USD, from the State Statistical Committee. Deliveries began on 2 August, so both periods hold the same exports unless some fell on 1 November; the row keeps January-October, as the committee''s periods run by month.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('first-gas-figure-january-october', 'first-gas-figure-period', 'a', 'The figures are for January to October 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('first-gas-figure-january-october', 'day-az-1802150', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('first-gas-figure-2-august-1-november', 'first-gas-figure-period', 'b', 'The figures run from the start of exports on 2 August 2025 through 1 November 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('first-gas-figure-2-august-1-november', 'azernews-252720', 'paragraph 7');
UPDATE citations SET locator = 'paragraph 4' WHERE trade_flow_id = 'aze-syr-2025-turnover' AND source_id = 'azernews-252720' AND locator IS NULL;
UPDATE citations SET locator = 'paragraph 1' WHERE trade_flow_id = 'aze-syr-2025-gas-export' AND source_id = 'trend-ru-4155490' AND locator IS NULL;
INSERT INTO citations (trade_flow_id, source_id, locator) VALUES ('aze-syr-2025-turnover', 'trend-ru-4139107', 'paragraph 4');

UPDATE change_context SET reason = NULL, source_id = NULL;
