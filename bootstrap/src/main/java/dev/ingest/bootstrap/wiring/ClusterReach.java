package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.spark.StreamSettings;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the stream's executors can reach its database: each executor opens its own connections, so a loopback
 * database address works only while every executor runs on this machine (a local master, or a standalone master on
 * this host).
 */
public final class ClusterReach {

    private ClusterReach() {
    }

    /** @throws IllegalArgumentException naming the master and the database when executors elsewhere could not reach it */
    public static void check(StreamSettings stream, DatabaseSettings database, boolean embedded) {
        if (stream.isLocalMaster() || executorsStayOnThisHost(stream.master()) || !isThisHost(database.host())) {
            return;
        }
        String master = stream.master();
        throw new IllegalArgumentException("the database at " + database.location() + " is on this host's loopback"
                + (embedded ? " (the embedded PostgreSQL listens only there)" : "") + ", which executors of the master "
                + master + " on other hosts cannot reach: give --jdbc-url with an address they can reach");
    }

    /** Whether a cluster master keeps every executor on this host: a standalone master whose hosts are all this one. */
    static boolean executorsStayOnThisHost(String master) {
        if (!master.startsWith("spark://")) {
            return false; // YARN, Kubernetes: the executors run wherever the cluster puts them
        }
        List<String> hosts = Arrays.stream(master.substring("spark://".length()).split(","))
                .map(ClusterReach::hostOf).toList();
        return hosts.stream().allMatch(ClusterReach::isThisHost);
    }

    private static String hostOf(String hostAndPort) {
        String host = hostAndPort.startsWith("[") ? hostAndPort.substring(1, hostAndPort.indexOf(']'))
                : hostAndPort.contains(":") ? hostAndPort.substring(0, hostAndPort.lastIndexOf(':')) : hostAndPort;
        return host;
    }

    /** Loopback, or one of this machine's own addresses; a name that does not resolve is somewhere else. */
    static boolean isThisHost(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
