package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.bootstrap.wiring.Storage;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a folder option as an absolute Hadoop {@code FileSystem} URI: a plain path means the local disk, a relative
 * one against the working directory ({@code data/raw} becomes {@code file:/<cwd>/data/raw}); anything that starts
 * with a scheme is taken as given ({@code file:/data/raw}, {@code hdfs://namenode:8020/raw}, {@code s3a://bucket/raw}),
 * only without {@code .} and {@code ..} segments and a trailing slash, so that one folder prints one way. A malformed
 * URI, or one whose scheme no file system on the classpath serves, is bad usage.
 */
final class LocationConverter implements ITypeConverter<URI> {

    /** Two characters at least, so that a Windows drive ({@code C:\data}) still reads as a path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    @Override
    public URI convert(String text) {
        if (text.isBlank()) {
            throw new TypeConversionException("a location must not be empty");
        }
        URI location = SCHEME.matcher(text).find() ? uri(text) : localPath(text);
        try {
            Storage.requireFileSystem(location);
        } catch (IllegalArgumentException noFileSystem) {
            throw new TypeConversionException(noFileSystem.getMessage());
        }
        return location;
    }

    private static URI uri(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new TypeConversionException("'" + text + "' is not a URI: " + e.getReason() + " at index "
                    + e.getIndex() + " (escape spaces and the like, e.g. %20)");
        }
        if (uri.isOpaque() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new TypeConversionException("'" + text + "' does not name a folder: write scheme://authority/path or"
                    + " file:/path");
        }
        return FolderUris.normalized(uri);
    }

    private static URI localPath(String text) {
        Path absolute;
        try {
            absolute = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a path: " + e.getReason());
        }
        try {
            // Built from its parts rather than Path.toUri(), which ends an existing folder's URI with a slash.
            return new URI("file", null, absolute.toString(), null);
        } catch (URISyntaxException e) {
            throw new TypeConversionException("'" + text + "' is not a path: " + e.getReason());
        }
    }
}
