package dev.ingest.application.ingest.port.out;

import java.io.Serializable;

/**
 * How the stream's messages are decoded: serializable because it is shipped to every executor, which opens one
 * decoder per partition.
 */
public interface MessageDecoderFactory extends Serializable {

    MessageDecoder open();
}
