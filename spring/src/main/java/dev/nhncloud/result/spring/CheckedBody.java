package dev.nhncloud.result.spring;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * The body of an answer whose header {@link HeaderCheckingInterceptor} checked and passed: the
 * bytes the header was read from again, then the rest. It marks the body, so that the
 * converters of this package know a body cut off or broken after a good header for what it is,
 * a malformed answer. It supports {@code mark}, so that Spring hands the converter this stream
 * itself rather than a wrapper around it.
 */
final class CheckedBody extends BufferedInputStream {

    CheckedBody(InputStream body) {
        super(body);
    }
}
