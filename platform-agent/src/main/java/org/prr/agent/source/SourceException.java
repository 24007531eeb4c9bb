package org.prr.agent.source;

/** A source could not be read, or gave something the column contract (docs/agent-sources.md) does not allow; the message says where. */
public class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
