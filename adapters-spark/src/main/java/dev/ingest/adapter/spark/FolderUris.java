package dev.ingest.adapter.spark;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** The stream's folders as Hadoop {@code FileSystem} URIs: checked, compared and shown the same way everywhere. */
public final class FolderUris {

    private FolderUris() {
    }

    /**
     * An absolute, hierarchical URI, normalized and without a trailing slash, so that folders compare by their text.
     *
     * @throws IllegalArgumentException for a relative or opaque URI, or one with a query or fragment
     */
    public static URI normalized(URI location) {
        if (!location.isAbsolute() || location.isOpaque() || location.getRawQuery() != null
                || location.getRawFragment() != null) {
            throw new IllegalArgumentException("a folder must be an absolute URI such as file:/data/raw, was "
                    + location);
        }
        URI normal = location.normalize();
        String text = normal.toString();
        return normal.getRawPath().length() > 1 && text.endsWith("/")
                ? URI.create(text.substring(0, text.length() - 1)) : normal;
    }

    /** Whether a normalized folder is the other one or lies under it, on the same store. */
    static boolean isInside(URI folder, URI parent) {
        String path = folder.getRawPath();
        String parentPath = parent.getRawPath();
        return onSameStore(folder, parent) && (path.equals(parentPath)
                || path.startsWith(parentPath.endsWith("/") ? parentPath : parentPath + "/"));
    }

    /** Whether two folders are on one file system (same scheme and authority), so that a rename moves between them. */
    static boolean onSameStore(URI one, URI other) {
        return one.getScheme().equalsIgnoreCase(other.getScheme())
                && Objects.equals(lowerCase(one.getRawAuthority()), lowerCase(other.getRawAuthority()));
    }

    /** A location as a message shows it: the local path for the local disk, the URI otherwise. */
    public static String shown(URI location) {
        return "file".equals(location.getScheme()) ? location.getPath() : location.toString();
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
