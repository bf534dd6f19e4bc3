package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Verdict;

/**
 * What a body subscriber reads a body for: the header alone, or the whole body after a
 * successful header.
 *
 * @param <T> what the call completes with
 */
abstract class Goal<T> {

    /** Whether the whole body is held, for the mapping; otherwise only what comes up to the end of the header. */
    abstract boolean wholeBody();

    /**
     * The outcome once the header has been read.
     *
     * @return the outcome, or null when the whole body is needed first
     */
    abstract Outcome<T> onHeader(Exchange exchange, ResultHeader header);

    /** The outcome from the whole body, after {@link #onHeader} returned null. */
    Outcome<T> onBody(byte[] body) {
        throw new IllegalStateException("only the header is read");
    }

    /** The header as a value, success or failure. */
    static Goal<ResultHeader> header() {
        return new Goal<>() {
            @Override
            boolean wholeBody() {
                return false;
            }

            @Override
            Outcome<ResultHeader> onHeader(Exchange exchange, ResultHeader header) {
                return Outcome.of(header);
            }
        };
    }

    /** The header when it reports success, in whole or in part; a {@link FailedRequestException} for a failure. */
    static Goal<ResultHeader> successfulHeader() {
        return new Goal<>() {
            @Override
            boolean wholeBody() {
                return false;
            }

            @Override
            Outcome<ResultHeader> onHeader(Exchange exchange, ResultHeader header) {
                return header.verdict() != Verdict.FAILURE ? Outcome.of(header) : Outcome.failed(exchange.failed(header));
            }
        };
    }

    /**
     * The mapping of the whole body after a successful header, or a partially successful one
     * (whose body says which parts failed); a {@link FailedRequestException} as soon as it fails.
     */
    static <T> Goal<T> body(BodyMapper<T> mapper) {
        return new Goal<>() {
            @Override
            boolean wholeBody() {
                return true;
            }

            @Override
            Outcome<T> onHeader(Exchange exchange, ResultHeader header) {
                return header.verdict() != Verdict.FAILURE ? null : Outcome.failed(exchange.failed(header));
            }

            @Override
            Outcome<T> onBody(byte[] body) {
                try {
                    return Outcome.of(mapper.map(body));
                } catch (Throwable e) {
                    // The application's mapping failed: what it threw (a Jackson IOException, say) is the outcome.
                    return Outcome.failed(e);
                }
            }
        };
    }
}
