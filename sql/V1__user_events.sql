-- The stored events, exactly as the prototype defined them (shared/seed/walkthrough.md), so its reports keep working.
CREATE TABLE IF NOT EXISTS user_events (
    id SERIAL PRIMARY KEY,
    event_id VARCHAR(50) UNIQUE NOT NULL,
    user_id VARCHAR(50) NOT NULL,
    product_id VARCHAR(50) NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    category VARCHAR(100) NOT NULL,
    price DECIMAL(10, 2) NOT NULL,
    event_type VARCHAR(20) NOT NULL CHECK (event_type IN ('view', 'add_to_cart', 'purchase')),
    event_timestamp TIMESTAMP NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_user_events_user_id ON user_events (user_id);
CREATE INDEX IF NOT EXISTS idx_user_events_event_type ON user_events (event_type);
CREATE INDEX IF NOT EXISTS idx_user_events_timestamp ON user_events (event_timestamp);
CREATE INDEX IF NOT EXISTS idx_user_events_type_timestamp ON user_events (event_type, event_timestamp);
