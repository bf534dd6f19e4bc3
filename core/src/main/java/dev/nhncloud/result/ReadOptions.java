package dev.nhncloud.result;

import dev.nhncloud.result.service.Catalogue;
import dev.nhncloud.result.service.Service;
import java.util.Objects;

/**
 * How a {@link HeaderReader} reads: its limits, whether it checks the whole document, and the
 * catalogue of the service whose answers it reads (Compute's unless set). The same options mean
 * the same thing in every binding, and in every data-binding hook built from them.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder()
 *         .maxDepth(64)
 *         .validateDocument(true)
 *         .build();
 * HeaderReader reader = HeaderReaders.load(options);
 *
 * HeaderReader sms = HeaderReaders.load(ReadOptions.builder().service(Service.SMS).build());
 * }</pre>
 *
 * <p>Besides these limits, a number literal longer than 1,000 characters is always refused as
 * {@link MalformedResponseException.Reason#TOO_LONG}: Gson cannot tokenize numbers of 1,024
 * characters or more, and every binding must give the same answer.
 *
 * <p>Instances are immutable.
 */
public final class ReadOptions {

    /** The default {@link #maxDepth()}: 1,000 levels. */
    public static final int DEFAULT_MAX_DEPTH = 1000;
    /** The default {@link #maxMessageLength()}: 65,536 characters. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 65_536;
    /** The default {@link #maxNameLength()}: 65,536 characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 65_536;

    private static final ReadOptions DEFAULTS = builder().build();

    private final int maxDepth;
    private final int maxMessageLength;
    private final int maxNameLength;
    private final boolean validateDocument;
    private final Catalogue catalogue;

    private ReadOptions(Builder builder) {
        this.maxDepth = builder.maxDepth;
        this.maxMessageLength = builder.maxMessageLength;
        this.maxNameLength = builder.maxNameLength;
        this.validateDocument = builder.validateDocument;
        this.catalogue = builder.catalogue;
    }

    /**
     * The defaults: depth 1,000, messages and member names up to 65,536 characters, reading stops
     * at the end of the header.
     *
     * @return the default options
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxDepth(maxDepth).maxMessageLength(maxMessageLength).maxNameLength(maxNameLength)
                .validateDocument(validateDocument).catalogue(catalogue);
    }

    /**
     * The deepest nesting read: the root object is at depth 1 and the header at depth 2. A
     * value nested deeper, anywhere in what is read, is
     * {@link MalformedResponseException.Reason#TOO_DEEP}.
     *
     * @return the maximum depth, at least 2
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The longest {@code resultMessage} read, in UTF-16 characters; a longer one is
     * {@link MalformedResponseException.Reason#TOO_LONG}.
     *
     * @return the maximum length, at least 0
     */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /**
     * The longest member name read, anywhere in what is read, in UTF-16 characters; a longer one
     * is {@link MalformedResponseException.Reason#TOO_LONG}. The JSON library has built the name
     * by the time core sees it, so the limit refuses a document with a long name rather than
     * saving the memory the name took.
     *
     * @return the maximum length, at least 13
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Whether to read the whole document. When false (the default) reading stops as soon as
     * the header is complete and the rest of the body is not read at all. When true the rest
     * is read and checked too, and a second top-level {@code header}
     * ({@link MalformedResponseException.Reason#DUPLICATE_HEADER}) or anything after the root
     * value ({@link MalformedResponseException.Reason#TRAILING_DATA}) is refused.
     *
     * @return true to validate the whole document
     */
    public boolean validateDocument() {
        return validateDocument;
    }

    /**
     * The catalogue headers are read under: what their codes mean, and so their
     * {@linkplain ResultHeader#verdict() verdict}.
     *
     * @return the catalogue; {@link Service#COMPUTE}'s by default
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReadOptions)) {
            return false;
        }
        ReadOptions that = (ReadOptions) other;
        return maxDepth == that.maxDepth && maxMessageLength == that.maxMessageLength && maxNameLength == that.maxNameLength
                && validateDocument == that.validateDocument && catalogue.equals(that.catalogue);
    }

    @Override
    public int hashCode() {
        return (((maxDepth * 31 + maxMessageLength) * 31 + maxNameLength) * 31 + Boolean.hashCode(validateDocument)) * 31
                + catalogue.hashCode();
    }

    @Override
    public String toString() {
        return "ReadOptions{maxDepth=" + maxDepth + ", maxMessageLength=" + maxMessageLength + ", maxNameLength=" + maxNameLength
                + ", validateDocument=" + validateDocument + (catalogue.isCompute() ? "" : ", catalogue=" + catalogue) + "}";
    }

    /** Builds {@link ReadOptions}; not thread-safe, use one per thread. */
    public static final class Builder {
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxMessageLength = DEFAULT_MAX_MESSAGE_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
        private boolean validateDocument;
        private Catalogue catalogue = Service.COMPUTE.catalogue();

        private Builder() {
        }

        /**
         * Sets {@link ReadOptions#maxDepth()}.
         *
         * @param maxDepth the deepest nesting read; at least 2, the depth of the header
         * @return this builder
         * @throws IllegalArgumentException when {@code maxDepth} is below 2
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 2) {
                throw new IllegalArgumentException("maxDepth must be at least 2 (the header's depth), was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets {@link ReadOptions#maxMessageLength()}.
         *
         * @param maxMessageLength the longest message read, in characters; at least 0
         * @return this builder
         * @throws IllegalArgumentException when {@code maxMessageLength} is negative
         */
        public Builder maxMessageLength(int maxMessageLength) {
            if (maxMessageLength < 0) {
                throw new IllegalArgumentException("maxMessageLength must not be negative, was " + maxMessageLength);
            }
            this.maxMessageLength = maxMessageLength;
            return this;
        }

        /**
         * Sets {@link ReadOptions#maxNameLength()}.
         *
         * @param maxNameLength the longest member name read, in characters; at least 13, the
         *                      length of {@code resultMessage}
         * @return this builder
         * @throws IllegalArgumentException when {@code maxNameLength} is below 13
         */
        public Builder maxNameLength(int maxNameLength) {
            if (maxNameLength < ResultHeader.RESULT_MESSAGE.length()) {
                throw new IllegalArgumentException("maxNameLength must be at least " + ResultHeader.RESULT_MESSAGE.length()
                        + " (the header's own names), was " + maxNameLength);
            }
            this.maxNameLength = maxNameLength;
            return this;
        }

        /**
         * Sets {@link ReadOptions#validateDocument()}.
         *
         * @param validateDocument true to read and check the whole document
         * @return this builder
         */
        public Builder validateDocument(boolean validateDocument) {
            this.validateDocument = validateDocument;
            return this;
        }

        /**
         * Sets {@link ReadOptions#catalogue()} to a shipped service's.
         *
         * @param service the service whose answers are read
         * @return this builder
         */
        public Builder service(Service service) {
            return catalogue(Objects.requireNonNull(service, "service").catalogue());
        }

        /**
         * Sets {@link ReadOptions#catalogue()}: a shipped service's, or one the application built
         * ({@link Catalogue#builder(String)}).
         *
         * @param catalogue the catalogue headers are read under
         * @return this builder
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * The options.
         *
         * @return immutable options with the values set so far
         */
        public ReadOptions build() {
            return new ReadOptions(this);
        }
    }
}
