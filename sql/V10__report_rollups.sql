-- Rollups that keep what the reports need as events arrive, so that a report reads a few thousand rows however many
-- events are stored (the V2 views scanned user_events: 0.4-0.6 s each at 1,000,000 events).
--
-- Counts and sums add up, so they are kept as totals. Distinct users do not add up (a user active in two hours is one
-- user of the day), so each distinct count has a set of its own, (key, user_id), and is counted from it:
--   rollup_type_users           (event_type, user_id)            summary and funnel over all events
--   rollup_type_category_users  (event_type, category, user_id)  funnel per category, summary of one category
--   rollup_hour_type_users      (event_hour, event_type, user_id) the hourly series, whose per-hour count of users
--                                                                is kept with the hour's totals as new members arrive
-- The first two also keep the hours each member was active (active_hours, a tsmultirange, adjacent hours merged): the
-- users of a time range are the members active in its whole hours plus the users of the events in its partial
-- hours at either end, so a summary or funnel over weeks reads one row per user rather than the weeks' events.
--
-- Maintenance: a statement-level trigger (COPY fires it as INSERT does) appends the statement's new rows to a
-- temporary table of the session, and a deferred trigger folds them into the rollups once, at COMMIT. Folding at
-- commit rather than per statement keeps the rollups' rows locked only while the transaction commits: the partitions
-- of a batch store in parallel transactions and would otherwise wait for each other from their first COPY on. The
-- folding upserts in key order, so two committing partitions cannot deadlock. A rolled-back statement or
-- transaction takes its appended rows with it.
--
-- The functions run as their owner (SECURITY DEFINER): the least-privilege role inserts events and reads the views,
-- and cannot write a rollup directly. A TRUNCATE of user_events empties the rollups; an UPDATE or DELETE (never done
-- by the application) rebuilds them, which reads the whole table.
--
-- The views of V2 keep their names, columns and meaning and now read the rollups; their definitions over user_events
-- live on in the Postgres adapter's reproductions (EventSummaryQuery.fromEvents, ...), and the report ITs require the
-- two to agree on data with repeated users, hours and categories.

CREATE TABLE IF NOT EXISTS rollup_type_categories (
    event_type VARCHAR(20) NOT NULL,
    category VARCHAR(100) NOT NULL,
    event_count BIGINT NOT NULL,
    total_value NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (event_type, category)
);

CREATE TABLE IF NOT EXISTS rollup_type_users (
    event_type VARCHAR(20) NOT NULL,
    user_id VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_type, user_id)
);

CREATE TABLE IF NOT EXISTS rollup_type_category_users (
    event_type VARCHAR(20) NOT NULL,
    category VARCHAR(100) NOT NULL,
    user_id VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_type, category, user_id)
);

CREATE TABLE IF NOT EXISTS rollup_hour_types (
    event_hour TIMESTAMP NOT NULL,
    event_type VARCHAR(20) NOT NULL,
    event_count BIGINT NOT NULL,
    unique_users BIGINT NOT NULL,
    total_value NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (event_hour, event_type)
);

CREATE TABLE IF NOT EXISTS rollup_hour_type_users (
    event_hour TIMESTAMP NOT NULL,
    event_type VARCHAR(20) NOT NULL,
    user_id VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_hour, event_type, user_id)
);

-- Events per hour, type and category: the counts and sums of a summary over a time range.
CREATE TABLE IF NOT EXISTS rollup_hour_categories (
    event_hour TIMESTAMP NOT NULL,
    event_type VARCHAR(20) NOT NULL,
    category VARCHAR(100) NOT NULL,
    event_count BIGINT NOT NULL,
    total_value NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (event_hour, event_type, category)
);

-- Purchases per hour and product: a top list over a time range adds up the whole hours inside it and reads the events
-- of the partial hours at its ends.
CREATE TABLE IF NOT EXISTS rollup_hour_purchases (
    event_hour TIMESTAMP NOT NULL,
    product_id VARCHAR(50) NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    category VARCHAR(100) NOT NULL,
    purchase_count BIGINT NOT NULL,
    revenue NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (event_hour, product_id, product_name, category)
);

-- One row per transaction that has events to fold in, while it runs; what the deferred trigger hangs on.
CREATE TABLE IF NOT EXISTS rollup_pending_transactions (
    transaction_id BIGINT PRIMARY KEY
);

-- [jooq ignore start]
ALTER TABLE rollup_pending_transactions SET UNLOGGED;
-- Multiranges are PostgreSQL's own (14+): the report queries name this column in plain SQL.
ALTER TABLE rollup_type_users ADD COLUMN active_hours tsmultirange NOT NULL;
ALTER TABLE rollup_type_category_users ADD COLUMN active_hours tsmultirange NOT NULL;

-- The new rows of one statement, appended to the session's pending rows; the first statement of a transaction also
-- asks for the fold at commit.
CREATE OR REPLACE FUNCTION rollups_collect() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF to_regclass('pg_temp.rollup_pending_events') IS NULL THEN
        CREATE TEMPORARY TABLE rollup_pending_events (
            event_hour TIMESTAMP NOT NULL,
            event_type VARCHAR(20) NOT NULL,
            category VARCHAR(100) NOT NULL,
            user_id VARCHAR(50) NOT NULL,
            product_id VARCHAR(50) NOT NULL,
            product_name VARCHAR(255) NOT NULL,
            price NUMERIC NOT NULL
        ) ON COMMIT DELETE ROWS;
    END IF;
    INSERT INTO pg_temp.rollup_pending_events
    SELECT date_trunc('hour', event_timestamp), event_type, category, user_id, product_id, product_name, price
    FROM new_events;
    INSERT INTO rollup_pending_transactions VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- Folds the transaction's pending rows into the rollups, at COMMIT.
CREATE OR REPLACE FUNCTION rollups_fold() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO rollup_type_categories AS t (event_type, category, event_count, total_value)
    SELECT event_type, category, COUNT(*), SUM(price)
    FROM pg_temp.rollup_pending_events GROUP BY event_type, category ORDER BY event_type, category
    ON CONFLICT (event_type, category) DO UPDATE
        SET event_count = t.event_count + EXCLUDED.event_count, total_value = t.total_value + EXCLUDED.total_value;

    INSERT INTO rollup_hour_categories AS t (event_hour, event_type, category, event_count, total_value)
    SELECT event_hour, event_type, category, COUNT(*), SUM(price)
    FROM pg_temp.rollup_pending_events GROUP BY event_hour, event_type, category
    ORDER BY event_hour, event_type, category
    ON CONFLICT (event_hour, event_type, category) DO UPDATE
        SET event_count = t.event_count + EXCLUDED.event_count, total_value = t.total_value + EXCLUDED.total_value;

    -- A member's row is rewritten only when it was active in an hour it was not known to be active in yet.
    INSERT INTO rollup_type_users AS t (event_type, user_id, active_hours)
    SELECT event_type, user_id, range_agg(tsrange(event_hour, event_hour + INTERVAL '1 hour'))
    FROM pg_temp.rollup_pending_events GROUP BY event_type, user_id ORDER BY event_type, user_id
    ON CONFLICT (event_type, user_id) DO UPDATE SET active_hours = t.active_hours + EXCLUDED.active_hours
        WHERE NOT t.active_hours @> EXCLUDED.active_hours;

    INSERT INTO rollup_type_category_users AS t (event_type, category, user_id, active_hours)
    SELECT event_type, category, user_id, range_agg(tsrange(event_hour, event_hour + INTERVAL '1 hour'))
    FROM pg_temp.rollup_pending_events GROUP BY event_type, category, user_id
    ORDER BY event_type, category, user_id
    ON CONFLICT (event_type, category, user_id) DO UPDATE SET active_hours = t.active_hours + EXCLUDED.active_hours
        WHERE NOT t.active_hours @> EXCLUDED.active_hours;

    -- An hour's users grow by the members its set did not have yet; ON CONFLICT DO NOTHING waits for a concurrent
    -- transaction inserting the same member, so each member is counted by exactly one transaction.
    WITH new_members AS (
        INSERT INTO rollup_hour_type_users (event_hour, event_type, user_id)
        SELECT DISTINCT event_hour, event_type, user_id FROM pg_temp.rollup_pending_events
        ORDER BY event_hour, event_type, user_id
        ON CONFLICT DO NOTHING
        RETURNING event_hour, event_type
    ), new_users AS (
        SELECT event_hour, event_type, COUNT(*) AS users FROM new_members GROUP BY event_hour, event_type
    ), new_events AS (
        SELECT event_hour, event_type, COUNT(*) AS events, SUM(price) AS total
        FROM pg_temp.rollup_pending_events GROUP BY event_hour, event_type
    )
    INSERT INTO rollup_hour_types AS t (event_hour, event_type, event_count, unique_users, total_value)
    SELECT e.event_hour, e.event_type, e.events, COALESCE(u.users, 0), e.total
    FROM new_events e LEFT JOIN new_users u USING (event_hour, event_type)
    ORDER BY e.event_hour, e.event_type
    ON CONFLICT (event_hour, event_type) DO UPDATE
        SET event_count = t.event_count + EXCLUDED.event_count,
            unique_users = t.unique_users + EXCLUDED.unique_users,
            total_value = t.total_value + EXCLUDED.total_value;

    INSERT INTO rollup_hour_purchases AS t (event_hour, product_id, product_name, category, purchase_count, revenue)
    SELECT event_hour, product_id, product_name, category, COUNT(*), SUM(price)
    FROM pg_temp.rollup_pending_events WHERE event_type = 'purchase'
    GROUP BY event_hour, product_id, product_name, category
    ORDER BY event_hour, product_id, product_name, category
    ON CONFLICT (event_hour, product_id, product_name, category) DO UPDATE
        SET purchase_count = t.purchase_count + EXCLUDED.purchase_count, revenue = t.revenue + EXCLUDED.revenue;

    TRUNCATE pg_temp.rollup_pending_events;
    DELETE FROM rollup_pending_transactions WHERE transaction_id = NEW.transaction_id;
    RETURN NULL;
END
$$;

-- Recomputes every rollup from user_events: the back-fill below, and after an UPDATE or DELETE of events.
CREATE OR REPLACE FUNCTION rollups_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    TRUNCATE rollup_type_categories, rollup_type_users, rollup_type_category_users, rollup_hour_types,
        rollup_hour_type_users, rollup_hour_categories, rollup_hour_purchases;
    INSERT INTO rollup_type_categories
    SELECT event_type, category, COUNT(*), SUM(price) FROM user_events GROUP BY event_type, category;
    INSERT INTO rollup_hour_categories
    SELECT date_trunc('hour', event_timestamp), event_type, category, COUNT(*), SUM(price)
    FROM user_events GROUP BY date_trunc('hour', event_timestamp), event_type, category;
    INSERT INTO rollup_type_category_users (event_type, category, user_id, active_hours)
    SELECT event_type, category, user_id, range_agg(tsrange(event_hour, event_hour + INTERVAL '1 hour'))
    FROM (SELECT DISTINCT event_type, category, user_id, date_trunc('hour', event_timestamp) AS event_hour
          FROM user_events) AS hours
    GROUP BY event_type, category, user_id;
    INSERT INTO rollup_type_users (event_type, user_id, active_hours)
    SELECT event_type, user_id, range_agg(active_hours) FROM rollup_type_category_users GROUP BY event_type, user_id;
    INSERT INTO rollup_hour_type_users
    SELECT DISTINCT date_trunc('hour', event_timestamp), event_type, user_id FROM user_events;
    INSERT INTO rollup_hour_types
    SELECT date_trunc('hour', event_timestamp), event_type, COUNT(*), COUNT(DISTINCT user_id), SUM(price)
    FROM user_events GROUP BY date_trunc('hour', event_timestamp), event_type;
    INSERT INTO rollup_hour_purchases
    SELECT date_trunc('hour', event_timestamp), product_id, product_name, category, COUNT(*), SUM(price)
    FROM user_events WHERE event_type = 'purchase'
    GROUP BY date_trunc('hour', event_timestamp), product_id, product_name, category;
END
$$;

-- Only its owner (and the triggers below, which run as the owner) may rebuild: it locks the rollups while it reads the
-- whole table.
REVOKE EXECUTE ON FUNCTION rollups_rebuild() FROM PUBLIC;

CREATE OR REPLACE FUNCTION rollups_rebuild_after_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM rollups_rebuild();
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION rollups_truncate() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    TRUNCATE rollup_type_categories, rollup_type_users, rollup_type_category_users, rollup_hour_types,
        rollup_hour_type_users, rollup_hour_categories, rollup_hour_purchases;
    IF to_regclass('pg_temp.rollup_pending_events') IS NOT NULL THEN
        TRUNCATE pg_temp.rollup_pending_events;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER user_events_collect_rollups AFTER INSERT ON user_events
    REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION rollups_collect();
CREATE CONSTRAINT TRIGGER rollups_fold_at_commit AFTER INSERT ON rollup_pending_transactions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rollups_fold();
CREATE TRIGGER user_events_rebuild_rollups AFTER UPDATE OR DELETE ON user_events
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_rebuild_after_change();
CREATE TRIGGER user_events_truncate_rollups AFTER TRUNCATE ON user_events
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_truncate();

SELECT rollups_rebuild();

-- The views of V2 over the rollups: the same columns, types, rows and order.
CREATE OR REPLACE VIEW v_event_summary AS
SELECT totals.event_type,
       totals.total_events,
       users.unique_users,
       ROUND(totals.total_value / totals.total_events, 2) AS avg_price,
       ROUND(totals.total_value, 2)                       AS total_value
FROM (SELECT event_type, SUM(event_count)::bigint AS total_events, SUM(total_value) AS total_value
      FROM rollup_type_categories GROUP BY event_type) AS totals
JOIN (SELECT event_type, COUNT(*) AS unique_users FROM rollup_type_users GROUP BY event_type) AS users
    USING (event_type);

CREATE OR REPLACE VIEW v_hourly_events AS
SELECT event_hour, event_type, event_count, unique_users, ROUND(total_value, 2) AS total_value
FROM rollup_hour_types;

CREATE OR REPLACE VIEW v_purchase_funnel AS
SELECT category,
       viewers,
       cart_adders,
       purchasers,
       ROUND((100.0 * cart_adders / NULLIF(viewers, 0))::numeric, 2)    AS view_to_cart_rate,
       ROUND((100.0 * purchasers / NULLIF(cart_adders, 0))::numeric, 2) AS cart_to_purchase_rate,
       ROUND((100.0 * purchasers / NULLIF(viewers, 0))::numeric, 2)     AS view_to_purchase_rate
FROM (SELECT CAST(NULL AS VARCHAR(100))                     AS category,
             COUNT(*) FILTER (WHERE event_type = 'view')        AS viewers,
             COUNT(*) FILTER (WHERE event_type = 'add_to_cart') AS cart_adders,
             COUNT(*) FILTER (WHERE event_type = 'purchase')    AS purchasers
      FROM rollup_type_users
      UNION ALL
      SELECT category,
             COUNT(*) FILTER (WHERE event_type = 'view'),
             COUNT(*) FILTER (WHERE event_type = 'add_to_cart'),
             COUNT(*) FILTER (WHERE event_type = 'purchase')
      FROM rollup_type_category_users
      GROUP BY category) AS stages;

CREATE OR REPLACE VIEW v_top_products AS
SELECT product_id,
       product_name,
       category,
       SUM(purchase_count)::bigint AS purchase_count,
       ROUND(SUM(revenue), 2)      AS revenue
FROM rollup_hour_purchases
GROUP BY product_id, product_name, category
ORDER BY revenue DESC, purchase_count DESC, product_id;
-- [jooq ignore stop]
