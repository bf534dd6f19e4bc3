package dev.nhncloud.result.httpclient;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jackson.JacksonHeaders;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The body of an instance-list answer, as an application binds it with Jackson. */
record InstanceList(ResultHeader header, List<Instance> instances) {

    /** One instance of the list. */
    record Instance(String id, String name, String status) {
    }

    /** The application's mapper, with the binding's module for the header field. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(JacksonHeaders.module());

    /** The application's mapping of a whole body. */
    static final BodyMapper<InstanceList> MAPPING = body -> MAPPER.readValue(body, InstanceList.class);

    /** The application's one-pass reader of the class. */
    static final ResponseReader RESPONSES = JacksonHeaders.responseReader(MAPPER);

    /**
     * The two ways a {@link ComputeApiClient} reads the class: the mapping after the header
     * ({@code body(...)}) and the one pass ({@code response(...)}). Tests of what must not
     * depend on the way (limits, timeouts, giving up, redirects, renewal) run with both.
     */
    enum Read {
        /** {@code send(request, mapper)}: the header while the body arrives, then the mapping. */
        MAPPING("body(...)") {
            @Override
            InstanceList send(ComputeApiClient api, HttpRequest request) throws IOException, InterruptedException {
                return api.send(request, InstanceList.MAPPING);
            }

            @Override
            CompletableFuture<InstanceList> sendAsync(ComputeApiClient api, HttpRequest request) {
                return api.sendAsync(request, InstanceList.MAPPING);
            }
        },
        /** {@code send(request, reader, type)}: a bounded header search, then the reader's one pass. */
        ONE_PASS("response(...)") {
            @Override
            InstanceList send(ComputeApiClient api, HttpRequest request) throws IOException, InterruptedException {
                return api.send(request, RESPONSES, InstanceList.class);
            }

            @Override
            CompletableFuture<InstanceList> sendAsync(ComputeApiClient api, HttpRequest request) {
                return api.sendAsync(request, RESPONSES, InstanceList.class);
            }
        };

        /** The handler's method as the SDK's messages name it. */
        final String handler;

        Read(String handler) {
            this.handler = handler;
        }

        abstract InstanceList send(ComputeApiClient api, HttpRequest request) throws IOException, InterruptedException;

        abstract CompletableFuture<InstanceList> sendAsync(ComputeApiClient api, HttpRequest request);
    }
}
