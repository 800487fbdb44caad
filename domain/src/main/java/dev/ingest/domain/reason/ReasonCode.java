package dev.ingest.domain.reason;

/** Why a record was quarantined. The names are a public vocabulary: quarantine files and metrics use them verbatim. */
public enum ReasonCode {
    MISSING_EVENT_ID,
    MISSING_USER_ID,
    MISSING_PRODUCT_ID,
    MISSING_PRODUCT_NAME,
    MISSING_CATEGORY,
    MISSING_PRICE,
    MISSING_EVENT_TYPE,
    MISSING_TIMESTAMP,
    INVALID_PRICE,
    NON_POSITIVE_PRICE,
    PRICE_OUT_OF_RANGE,
    INVALID_EVENT_TYPE,
    INVALID_TIMESTAMP,
    FIELD_TOO_LONG,
    INVALID_CHARACTERS,
    MALFORMED_RECORD,
    SCHEMA_MISMATCH
}
