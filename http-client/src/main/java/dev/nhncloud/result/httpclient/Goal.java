package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * What a body subscriber reads a body for: the header alone, the whole body after a successful
 * header, or a response class bound in one pass.
 *
 * @param <T> what the call completes with
 */
abstract class Goal<T> {

    /** Whether the whole body is held, for the mapping; otherwise only what comes up to the end of the header. */
    abstract boolean wholeBody();

    /** The handler's method as messages name it: the one whose limit applies. */
    String handler() {
        return wholeBody() ? "body(...)" : "header(...)";
    }

    /**
     * The most bytes at the start of the body that the header is searched for in while the body
     * arrives; past them the search stops, and {@link #onBody} decides.
     */
    long headerSearch() {
        return Long.MAX_VALUE;
    }

    /** Whether the header must have been read before {@link #onBody}: the whole body is read for it when the search did not find it. */
    boolean needsHeaderFirst() {
        return true;
    }

    /**
     * The outcome once the header has been read.
     *
     * @return the outcome, or null when the whole body is needed first
     */
    abstract Outcome<T> onHeader(Exchange exchange, ResultHeader header);

    /** The outcome from the whole body, after {@link #onHeader} returned null or no header was read. */
    Outcome<T> onBody(Exchange exchange, ReceivedBody body) {
        throw new IllegalStateException("only the header is read");
    }

    /** A successful header, or a partially successful one, goes on to the body; a failure is a {@link FailedRequestException}. */
    static <T> Outcome<T> unlessFailed(Exchange exchange, ResultHeader header) {
        return header.verdict() != Verdict.FAILURE ? null : Outcome.failed(exchange.failed(header));
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
                return unlessFailed(exchange, header);
            }

            @Override
            Outcome<T> onBody(Exchange exchange, ReceivedBody body) {
                try {
                    return Outcome.of(mapper.map(body.toArray()));
                } catch (Throwable e) {
                    // The application's mapping failed: what it threw (a Jackson IOException, say) is the outcome.
                    return Outcome.failed(e);
                }
            }
        };
    }

    /** A response class bound by a {@link ResponseReader}: see {@link #response(OnePass)}. */
    static <T> Goal<T> response(ResponseReader reader, Class<T> type) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(type, "type");
        refuseTypeWithoutHeader(reader, type);
        return response(body -> reader.read(body, type));
    }

    /** A response type, generic or not, bound by a {@link ResponseReader}: see {@link #response(OnePass)}. */
    static <T> Goal<T> response(ResponseReader reader, Type type) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(type, "type");
        refuseTypeWithoutHeader(reader, type);
        return response(body -> reader.<T>read(body, type));
    }

    /**
     * The response the reader binds from the whole body in one pass, checking its header as it
     * goes; a {@link FailedRequestException} as soon as the header search finds a failure in the
     * first {@link ComputeBodyHandlers#RESPONSE_HEADER_SEARCH} bytes, or when the reader refuses
     * the header at the end.
     *
     * <p>A type the reader does not bind (no {@code ResultHeader header}) is refused before, when
     * the goal is made, so before any request is sent.
     */
    private static <T> Goal<T> response(OnePass<T> pass) {
        return new Goal<>() {
            @Override
            boolean wholeBody() {
                return true;
            }

            @Override
            String handler() {
                return "response(...)";
            }

            @Override
            long headerSearch() {
                return ComputeBodyHandlers.RESPONSE_HEADER_SEARCH;
            }

            @Override
            boolean needsHeaderFirst() {
                // The one pass reads and checks the header itself.
                return false;
            }

            @Override
            Outcome<T> onHeader(Exchange exchange, ResultHeader header) {
                return unlessFailed(exchange, header);
            }

            @Override
            Outcome<T> onBody(Exchange exchange, ReceivedBody body) {
                try {
                    return Outcome.of(pass.read(body.stream()));
                } catch (ComputeApiException e) {
                    // The reader refused a failed header: the same failure, naming the request, as when the search finds it.
                    return Outcome.failed(exchange.failed(e.header()));
                } catch (MalformedResponseException e) {
                    return Outcome.failed(exchange.unreadable(e, body.head(2)));
                } catch (Throwable e) {
                    // The body does not fit the class (the library's mapping exception), or the reader failed: the outcome as thrown.
                    return Outcome.failed(e);
                }
            }
        };
    }

    /** A type the reader does not bind is refused before any request is sent, worded as the readers word it. */
    private static void refuseTypeWithoutHeader(ResponseReader reader, Type type) {
        if (!reader.binds(type)) {
            throw HeaderBinding.typeWithoutHeader(type);
        }
    }

    /** One read of a whole body by a {@link ResponseReader}, for the type of the goal. */
    @FunctionalInterface
    private interface OnePass<T> {
        T read(InputStream body) throws IOException;
    }
}
