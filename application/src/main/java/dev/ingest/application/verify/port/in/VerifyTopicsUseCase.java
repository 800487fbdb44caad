package dev.ingest.application.verify.port.in;

/** Reconciles log topics with what the store recorded of them, topic-partition by topic-partition. */
public interface VerifyTopicsUseCase {

    TopicsAccount verify(VerifyTopicsCommand command);
}
