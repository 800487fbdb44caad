package dev.ingest.application.generate.usecase;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws user ids from a fixed pool with a Zipf-like skew: a few heavy users produce much of the traffic, most users
 * appear rarely. Ranks are scattered over the ids so the heavy users are not simply the first ids.
 */
final class UserPool {

    private static final double SKEW = 1.0;
    /** A prime above any pool size, so multiplying by it permutes the ranks. */
    private static final long SCATTER = 1_000_003L;

    private final double[] cumulative;
    private final int width;

    UserPool(int users) {
        cumulative = new double[users];
        double total = 0;
        for (int rank = 0; rank < users; rank++) {
            total += 1 / Math.pow(rank + 1, SKEW);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < users; rank++) {
            cumulative[rank] /= total;
        }
        width = Integer.toString(users).length();
    }

    String draw(RandomGenerator random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
        long id = (rank * SCATTER) % cumulative.length + 1;
        return "user_" + pad(id);
    }

    private String pad(long id) {
        String digits = Long.toString(id);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
