-- The peer_pandas.py join in DuckDB SQL (run by peer_duckdb.mjs, which fills in the
-- {{...}} placeholders): exact lower-cased dictionary joins of material (else the longest
-- 6/4/2-digit HS prefix) and origin to ids, then (commodity, origin) against the listed
-- findings and each origin's latest TIP tier, scored 100 x (1 - (1 - w_finding)(1 - w_tier))
-- with the weights of docs/methodology.md. Statements are separated by ';' at line ends.

CREATE TEMP TABLE commodity_name AS
WITH c AS (
  SELECT unnest(records) AS r, generate_subscripts(records, 1) AS i
  FROM read_json('{{DATA}}/commodities.json')),
n AS (
  SELECT r.id AS id, i, unnest([r.id, r.name] || r.aliases) AS name,
         generate_subscripts([r.id, r.name] || r.aliases, 1) AS j
  FROM c)
SELECT lower(trim(name)) AS name, arg_min(id, i * 1000 + j) AS id FROM n GROUP BY 1;

CREATE TEMP TABLE commodity_hs AS
WITH c AS (
  SELECT unnest(records) AS r, generate_subscripts(records, 1) AS i
  FROM read_json('{{DATA}}/commodities.json')),
h AS (SELECT r.id AS id, i, unnest(r.hs) AS code FROM c)
SELECT code, arg_min(id, i) AS id FROM h GROUP BY code;

CREATE TEMP TABLE country_name AS
WITH c AS (
  SELECT unnest(records) AS r, generate_subscripts(records, 1) AS i
  FROM read_json('{{DATA}}/countries.json')),
n AS (
  SELECT r.code AS code, i, unnest([r.code, r.alpha3, r.name] || r.aliases) AS name,
         generate_subscripts([r.code, r.alpha3, r.name] || r.aliases, 1) AS j
  FROM c)
SELECT lower(trim(name)) AS name, arg_min(code, i * 1000 + j) AS code
FROM n WHERE name IS NOT NULL AND name <> '' GROUP BY 1;

CREATE TEMP TABLE finding AS
WITH f AS (
  SELECT unnest(records) AS r FROM read_json('{{DATA}}/dol-tvpra-goods.json')
  UNION ALL
  SELECT unnest(records) AS r FROM read_json('{{DATA}}/tip-findings.json'))
SELECT r.commodity AS commodity, r.country AS country,
       max(CASE WHEN list_contains(r.labor, 'forced') THEN 0.7 ELSE 0.6 END) AS w
FROM f WHERE r.status = 'listed' GROUP BY 1, 2;

CREATE TEMP TABLE tier AS
WITH t AS (SELECT unnest(records) AS r FROM read_json('{{DATA}}/tip-tiers.json'))
SELECT r.country AS country,
       CASE arg_max(r.tier, r.year) WHEN '2' THEN 0.15 WHEN '2WL' THEN 0.3 WHEN '3' THEN 0.5
                                    WHEN 'special' THEN 0.3 ELSE 0.0 END AS w
FROM t GROUP BY 1;

-- Only the columns the join needs; rowid keeps the file order (insertion order).
CREATE TEMP TABLE bom AS
SELECT {{ID}} AS id, {{MATERIAL}} AS material, {{HS}} AS hs, {{ORIGIN}} AS origin
FROM read_csv('{{BOM}}', header = true, all_varchar = true, quote = '"', escape = '"');

CREATE TEMP TABLE scored AS
WITH b AS (
  SELECT rowid + 2 AS line, trim(id) AS id, lower(trim(material)) AS material,
         replace(replace(trim(hs), '.', ''), ' ', '') AS hs, lower(trim(origin)) AS origin_text
  FROM bom),
r AS (
  SELECT b.line, b.id, coalesce(cn.id, h6.id, h4.id, h2.id) AS commodity, co.code AS origin,
         coalesce(b.origin_text, '') NOT IN ('', 'unknown', 'n/a', 'na', '-', 'various', 'tbd', 'none')
           AS origin_given
  FROM b
  LEFT JOIN commodity_name cn ON cn.name = b.material
  LEFT JOIN commodity_hs h6 ON h6.code = left(b.hs, 6)
  LEFT JOIN commodity_hs h4 ON h4.code = left(b.hs, 4)
  LEFT JOIN commodity_hs h2 ON h2.code = left(b.hs, 2)
  LEFT JOIN country_name co ON co.name = b.origin_text),
s AS (
  SELECT r.*, round(100 * (1 - (1 - coalesce(f.w, 0)) * (1 - coalesce(t.w, 0))), 6) AS score,
         r.commodity IS NULL OR (r.origin_given AND r.origin IS NULL) AS unresolved
  FROM r
  LEFT JOIN finding f ON f.commodity = r.commodity AND f.country = r.origin
  LEFT JOIN tier t ON t.country = r.origin)
SELECT line, id, commodity, origin, round(score, 1) AS score, unresolved,
       CASE WHEN score >= 90 THEN 'critical' WHEN score >= 60 THEN 'high'
            WHEN score >= 30 THEN 'medium' WHEN score > 0 OR unresolved THEN 'low'
            ELSE 'none' END AS level
FROM s;

COPY (SELECT line, id, commodity, origin, score, level FROM scored ORDER BY line)
  TO '{{LINES}}' (FORMAT json, ARRAY true);

SELECT json_object(
  'lines', count(*),
  'level', CASE max(CASE level WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2
                               WHEN 'low' THEN 1 ELSE 0 END)
             WHEN 4 THEN 'critical' WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low'
             ELSE 'none' END,
  'score', coalesce(max(score), 0),
  'counts', json_object('none', count(*) FILTER (level = 'none'),
                        'low', count(*) FILTER (level = 'low'),
                        'medium', count(*) FILTER (level = 'medium'),
                        'high', count(*) FILTER (level = 'high'),
                        'critical', count(*) FILTER (level = 'critical')),
  'unresolved', count(*) FILTER (unresolved))::VARCHAR AS summary
FROM scored;
