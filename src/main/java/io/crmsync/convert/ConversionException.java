package io.crmsync.convert;

/** A value that cannot be written to the other side; the record gets {@link #failure()}. */
public class ConversionException extends RuntimeException {

    private final transient ConversionFailure failure;

    public ConversionException(ConversionFailure failure) {
        super(failure.message());
        this.failure = failure;
    }

    public ConversionFailure failure() {
        return failure;
    }
}
