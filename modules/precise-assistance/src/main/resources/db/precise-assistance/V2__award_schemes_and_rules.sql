-- The national schemes (国家奖励扶助制度, 特别扶助制度) and one local scheme of Nan'an, with the national
-- conditions as default rules. A county overrides a rule by adding a row with its code (see V1).
INSERT INTO precise_assistance_scheme (code, name_zh, name_en, national, sort_order, active) VALUES
 ('rural-award', '农村部分计划生育家庭奖励扶助', 'Rural family-planning award', TRUE, 10, TRUE),
 ('special-disabled', '计划生育家庭特别扶助（独生子女伤残）', 'Special support (only child disabled)', TRUE, 20, TRUE),
 ('special-deceased', '计划生育家庭特别扶助（独生子女死亡）', 'Special support (only child deceased)', TRUE, 30, TRUE),
 ('two-daughters', '农村二女节育奖励', 'Rural two-daughter family award', FALSE, 40, TRUE);

INSERT INTO precise_assistance_rule (scheme_code, rule_code, county_code, check_kind, parameter, wording_zh, wording_en, enabled, sort_order) VALUES
 ('rural-award', 'rural', '*', 'RURAL_HOUSEHOLD', NULL,
  '本人及配偶均为农业户口或界定为农村居民户口', 'The applicant and spouse hold a rural household registration', TRUE, 10),
 ('rural-award', 'no-out-of-policy', '*', 'NO_OUT_OF_POLICY_BIRTH', NULL,
  '1973年至2001年期间没有违反计划生育法律法规和政策规定生育', 'No birth against the family-planning rules between 1973 and 2001', TRUE, 20),
 ('rural-award', 'children', '*', 'ONE_CHILD_OR_TWO_DAUGHTERS', NULL,
  '现存一个子女或两个女孩或子女死亡现无子女', 'One living child, two living daughters, or no living child after a child died', TRUE, 30),
 ('rural-award', 'age', '*', 'MIN_AGE', 60,
  '本人在确认年度内年满{0}周岁', 'The applicant turns {0} or older in the confirmation year', TRUE, 40),
 ('special-disabled', 'mother-age', '*', 'MOTHER_MIN_AGE', 49,
  '女方在确认年度内年满{0}周岁', 'The mother turns {0} or older in the confirmation year', TRUE, 10),
 ('special-disabled', 'one-child', '*', 'ONE_CHILD_ONLY', NULL,
  '只生育一个子女或合法收养一个子女', 'Only one child was born or legally adopted', TRUE, 20),
 ('special-disabled', 'disabled', '*', 'ONLY_CHILD_DISABLED', 3,
  '独生子女被依法鉴定为残疾（伤病残达到{0}级以上）', 'The only child is certified disabled (grade {0} or more severe)', TRUE, 30),
 ('special-deceased', 'mother-age', '*', 'MOTHER_MIN_AGE', 49,
  '女方在确认年度内年满{0}周岁', 'The mother turns {0} or older in the confirmation year', TRUE, 10),
 ('special-deceased', 'one-child', '*', 'ONE_CHILD_ONLY', NULL,
  '只生育一个子女或合法收养一个子女', 'Only one child was born or legally adopted', TRUE, 20),
 ('special-deceased', 'no-living-child', '*', 'NO_LIVING_CHILD', NULL,
  '独生子女死亡，现无存活子女', 'The only child died and no child is living', TRUE, 30),
 ('two-daughters', 'rural', '*', 'RURAL_HOUSEHOLD', NULL,
  '本人及配偶均为农业户口', 'The applicant and spouse hold a rural household registration', TRUE, 10),
 ('two-daughters', 'two-daughters', '*', 'TWO_DAUGHTERS', NULL,
  '只生育两个女孩', 'Exactly two daughters and no son were born', TRUE, 20),
 ('two-daughters', 'no-out-of-policy', '*', 'NO_OUT_OF_POLICY_BIRTH', NULL,
  '无政策外生育', 'No birth against the family-planning rules', TRUE, 30);

-- Demo standards (元/人/年). They MUST be set from the provincial notice of each year before a list is paid.
INSERT INTO precise_assistance_standard (scheme_code, pay_year, annual_amount) VALUES
 ('rural-award', 2025, 1200.00), ('rural-award', 2026, 1200.00), ('rural-award', 2027, 1200.00),
 ('special-disabled', 2025, 5280.00), ('special-disabled', 2026, 5280.00), ('special-disabled', 2027, 5280.00),
 ('special-deceased', 2025, 6600.00), ('special-deceased', 2026, 6600.00), ('special-deceased', 2027, 6600.00),
 ('two-daughters', 2025, 360.00), ('two-daughters', 2026, 360.00), ('two-daughters', 2027, 360.00);
