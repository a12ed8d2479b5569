-- 0018: trade between Azerbaijan and Syria, as reported: the State Statistical Committee's
-- figures quoted by the Foreign Ministry (thousand US dollars), and 2025 figures from news reports
-- (million US dollars). A period shorter than the calendar year is flagged by is_partial_year.

INSERT INTO trade_flows (trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, flow, commodity, value, unit, quantity, quantity_unit, reported_by, note) VALUES
  ('aze-syr-2019-turnover', 'AZE', 'SYR', 2019, '2019-01-01', '2019-12-31', 'turnover', NULL, 193.43, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2019-export',   'AZE', 'SYR', 2019, '2019-01-01', '2019-12-31', 'export',   NULL, 0,      'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', 'The source shows no exports; turnover equals imports.'),
  ('aze-syr-2019-import',   'AZE', 'SYR', 2019, '2019-01-01', '2019-12-31', 'import',   NULL, 193.43, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2021-turnover', 'AZE', 'SYR', 2021, '2021-01-01', '2021-12-31', 'turnover', NULL, 287.40, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2021-export',   'AZE', 'SYR', 2021, '2021-01-01', '2021-12-31', 'export',   NULL, 120.62, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2021-import',   'AZE', 'SYR', 2021, '2021-01-01', '2021-12-31', 'import',   NULL, 166.78, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2022-turnover', 'AZE', 'SYR', 2022, '2022-01-01', '2022-12-31', 'turnover', NULL, 798.87, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2022-export',   'AZE', 'SYR', 2022, '2022-01-01', '2022-12-31', 'export',   NULL, 36.19,  'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2022-import',   'AZE', 'SYR', 2022, '2022-01-01', '2022-12-31', 'import',   NULL, 762.68, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', NULL),
  ('aze-syr-2023-turnover', 'AZE', 'SYR', 2023, '2023-01-01', '2023-10-31', 'turnover', NULL, 461.55, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', 'January to October only.'),
  ('aze-syr-2023-export',   'AZE', 'SYR', 2023, '2023-01-01', '2023-10-31', 'export',   NULL, 160.49, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', 'January to October only.'),
  ('aze-syr-2023-import',   'AZE', 'SYR', 2023, '2023-01-01', '2023-10-31', 'import',   NULL, 301.06, 'thousand USD', NULL, NULL, 'State Statistical Committee of Azerbaijan', 'January to October only.'),
  ('aze-syr-2025-turnover', 'AZE', 'SYR', 2025, '2025-01-01', '2025-11-30', 'turnover', NULL, 91.892, 'million USD', NULL, NULL, 'AzerNews report', 'January to November only; the report puts it at 92.1 times the 2024 level.'),
  ('aze-syr-2025-gas-export', 'AZE', 'SYR', 2025, '2025-01-01', '2025-12-31', 'export', 'natural gas', 120.085, 'million USD', 350.899, 'million cubic metres', 'Trend report',
   'Gas only. This full-year figure exceeds the January-November turnover of all goods reported elsewhere; the two come from different reports and are not reconciled here.');

INSERT INTO citations (trade_flow_id, source_id)
SELECT trade_flow_id, 'mfa-az-syria' FROM trade_flows WHERE year BETWEEN 2019 AND 2023 ORDER BY trade_flow_id;
INSERT INTO citations (trade_flow_id, source_id) VALUES
  ('aze-syr-2025-turnover', 'azernews-252720'),
  ('aze-syr-2025-gas-export', 'trend-ru-4155490');
