package dev.ingest.application.generate.usecase;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered ids keep the database's
 * unique index appending at its right edge instead of splitting pages all over it.
 */
final class UuidV7 {

    private UuidV7() {
    }

    static UUID at(long epochMillis, RandomGenerator random) {
        long mostSignificant = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L
                | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
