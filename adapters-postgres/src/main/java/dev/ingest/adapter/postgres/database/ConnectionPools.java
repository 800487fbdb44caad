package dev.ingest.adapter.postgres.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One HikariCP pool per JVM and database settings. Spark executors deserialize the partition writers many times (once
 * per task); looking the pool up here lets every task of a JVM share its connections instead of opening new ones.
 */
public final class ConnectionPools {

    private static final Map<DatabaseSettings, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    private ConnectionPools() {
    }

    public static DataSource pool(DatabaseSettings settings) {
        return POOLS.computeIfAbsent(settings, ConnectionPools::open);
    }

    /** Closes the pool of these settings, if one is open (tests drop their database afterwards). */
    public static void close(DatabaseSettings settings) {
        HikariDataSource pool = POOLS.remove(settings);
        if (pool != null) {
            pool.close();
        }
    }

    private static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ingest-" + settings.location());
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        config.setMinimumIdle(0);
        // The pool must come up while the database is down: the retry policy, not the pool, decides when to give up.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(connectionTimeout(settings.retryDeadline()).toMillis());
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    // Short enough that a connection attempt never overruns the retry deadline by much; Hikari's minimum is 250 ms.
    private static Duration connectionTimeout(Duration retryDeadline) {
        Duration quarter = retryDeadline.dividedBy(4);
        Duration floor = Duration.ofMillis(250);
        Duration ceiling = Duration.ofSeconds(10);
        return quarter.compareTo(floor) < 0 ? floor : quarter.compareTo(ceiling) > 0 ? ceiling : quarter;
    }
}
