-- Reporting views over user_events (V1). Runnable with plain psql as well as by Flyway.
--
-- Each view is the single definition of its calculation. The Postgres adapter's reports read the views directly;
-- only where a filter needs a column a view does not expose (the event time, for summary, funnel and top products;
-- category or a longer list, for recent activity) does it reproduce the view's calculation over user_events in jOOQ,
-- and a test runs both on the same data and requires identical rows.
--
-- Money is rounded to 2 decimals; ROUND(...::numeric, 2) keeps PostgreSQL's exact numeric arithmetic.

-- Per event type: how many events, from how many distinct users, at what average price and total value.
CREATE OR REPLACE VIEW v_event_summary AS
SELECT event_type,
       COUNT(*)                      AS total_events,
       COUNT(DISTINCT user_id)       AS unique_users,
       ROUND(AVG(price)::numeric, 2) AS avg_price,
       ROUND(SUM(price)::numeric, 2) AS total_value
FROM user_events
GROUP BY event_type;

-- Events per hour (UTC, the start of the hour) and type: the time series dashboards plot.
CREATE OR REPLACE VIEW v_hourly_events AS
SELECT date_trunc('hour', event_timestamp) AS event_hour,
       event_type,
       COUNT(*)                            AS event_count,
       COUNT(DISTINCT user_id)             AS unique_users,
       ROUND(SUM(price)::numeric, 2)       AS total_value
FROM user_events
GROUP BY date_trunc('hour', event_timestamp), event_type;

-- Users who viewed -> added to cart -> purchased, over all categories (category NULL, so no real category name can
-- collide with it) and per category. Each stage counts the distinct users with at least one event of that type;
-- a rate is the later stage's users as a percentage of the earlier stage's, NULL when the earlier stage is empty.
-- Stages are counted independently, so a rate can exceed 100 when users skip a stage.
CREATE OR REPLACE VIEW v_purchase_funnel AS
SELECT category,
       viewers,
       cart_adders,
       purchasers,
       ROUND((100.0 * cart_adders / NULLIF(viewers, 0))::numeric, 2)    AS view_to_cart_rate,
       ROUND((100.0 * purchasers / NULLIF(cart_adders, 0))::numeric, 2) AS cart_to_purchase_rate,
       ROUND((100.0 * purchasers / NULLIF(viewers, 0))::numeric, 2)     AS view_to_purchase_rate
FROM (SELECT CAST(NULL AS VARCHAR(100))                                           AS category,
             COUNT(DISTINCT CASE WHEN event_type = 'view' THEN user_id END)        AS viewers,
             COUNT(DISTINCT CASE WHEN event_type = 'add_to_cart' THEN user_id END) AS cart_adders,
             COUNT(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END)    AS purchasers
      FROM user_events
      UNION ALL
      SELECT category,
             COUNT(DISTINCT CASE WHEN event_type = 'view' THEN user_id END),
             COUNT(DISTINCT CASE WHEN event_type = 'add_to_cart' THEN user_id END),
             COUNT(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END)
      FROM user_events
      GROUP BY category) AS stages;

-- Purchased products by revenue; ties broken by purchase count, then product id, so the order is stable.
CREATE OR REPLACE VIEW v_top_products AS
SELECT product_id,
       product_name,
       category,
       COUNT(*)                      AS purchase_count,
       ROUND(SUM(price)::numeric, 2) AS revenue
FROM user_events
WHERE event_type = 'purchase'
GROUP BY product_id, product_name, category
ORDER BY revenue DESC, purchase_count DESC, product_id;

-- The last 100 events by event time; id breaks ties, so events stored in the same instant keep their arrival order.
CREATE OR REPLACE VIEW v_recent_activity AS
SELECT id,
       event_id,
       user_id,
       product_id,
       product_name,
       category,
       price,
       event_type,
       event_timestamp
FROM user_events
ORDER BY event_timestamp DESC, id DESC
LIMIT 100;
