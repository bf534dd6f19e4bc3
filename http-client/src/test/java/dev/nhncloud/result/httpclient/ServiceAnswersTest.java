package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jackson.JacksonHeaders;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client reading the answers of other services, against the loopback server: the service
 * comes with the reader's options, and nothing else is set. A partial success is delivered, a
 * failure is a {@link FailedRequestException} in the service's words, and neither the retry
 * advice nor the token renewal takes another service's codes for Compute's.
 */
class ServiceAnswersTest {

    private static final ReadOptions EMAIL = ReadOptions.builder().service(Service.EMAIL).build();
    private static final ReadOptions SMS = ReadOptions.builder().service(Service.SMS).build();
    private static final String PARTIAL = "{\"header\":{\"isSuccessful\":true,\"resultCode\":1000,"
            + "\"resultMessage\":\"Some of your requests are successful.\"},\"body\":{\"data\":{\"requestId\":\"r-1\","
            + "\"results\":[{\"receiveMailAddr\":\"a@example.com\",\"resultCode\":0},"
            + "{\"receiveMailAddr\":\"b@example\",\"resultCode\":-2011}]}}}";

    private static FakeComputeApi server;

    /** An Email send answer, as an application binds it with the Jackson module made from the same options. */
    record SendAnswer(ResultHeader header, Body body) {
        record Body(Data data) {
        }

        record Data(String requestId, List<Result> results) {
        }

        record Result(String receiveMailAddr, int resultCode) {
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(JacksonHeaders.module(EMAIL));
    private static final BodyMapper<SendAnswer> SEND_ANSWER = body -> MAPPER.readValue(body, SendAnswer.class);

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest send() {
        return HttpRequest.newBuilder(server.uri("/sender/mail")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static HttpRequest query() {
        return HttpRequest.newBuilder(server.uri("/sender/mails")).GET().build();
    }

    @Test
    void aPartialSuccessIsDeliveredWithItsBody() throws Exception {
        server.respond(json(PARTIAL));
        ComputeApiClient email = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(EMAIL));

        SendAnswer answer = email.send(send(), SEND_ANSWER);
        assertEquals(Verdict.PARTIAL_SUCCESS, answer.header().verdict(), "the hook read it under Email's catalogue");
        assertEquals(List.of(0, -2011), answer.body().data().results().stream().map(SendAnswer.Result::resultCode).toList());

        ResultHeader header = email.send(send());
        assertEquals(Verdict.PARTIAL_SUCCESS, header.verdict());
        assertFalse(header.succeeded());
        assertEquals(Verdict.PARTIAL_SUCCESS, email.sendAsync(send(), SEND_ANSWER).get().header().verdict());
        assertFalse(RetryAdvice.defaults().retryable("GET", header), "a partial success is never sent again");

        // Compute's client reads the same bytes as a failure: 1000 is no code of Compute's.
        ComputeApiClient compute = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        assertFalse(assertThrows(ComputeApiException.class, () -> compute.send(send())).header().isConsistent());
    }

    /** The one pass delivers a partial success with its body, header first or last, from a reader made with Email's options. */
    @Test
    void theOnePassDeliversAPartialSuccess() throws Exception {
        ResponseReader answers = JacksonHeaders.responseReader(new ObjectMapper(), EMAIL);
        ComputeApiClient email = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(EMAIL));
        String header = PARTIAL.substring(1, PARTIAL.indexOf("},\"body\"") + 1);
        String headerLast = "{" + PARTIAL.substring(PARTIAL.indexOf("\"body\""), PARTIAL.length() - 1) + "," + header + "}";
        for (String answer : List.of(PARTIAL, headerLast)) {
            server.respond(json(answer));
            SendAnswer sent = email.send(send(), answers, SendAnswer.class);
            assertEquals(Verdict.PARTIAL_SUCCESS, sent.header().verdict(), answer);
            assertEquals(List.of(0, -2011), sent.body().data().results().stream().map(SendAnswer.Result::resultCode).toList());
            assertEquals("r-1", email.sendAsync(send(), answers, SendAnswer.class).get().body().data().requestId());
        }
    }

    /**
     * The search reads by the handlers' reader and the pass by the response reader: made with
     * different services (a mistake the javadoc warns of), the answer fails closed either way,
     * never a success.
     */
    @Test
    void readersOfDifferentServicesFailClosed() {
        server.respond(json(PARTIAL));
        ComputeApiClient compute = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        assertFalse(assertThrows(FailedRequestException.class,
                () -> compute.send(send(), JacksonHeaders.responseReader(new ObjectMapper(), EMAIL), SendAnswer.class))
                .header().isConsistent(), "the search reads 1000 as Compute's, which it is not");
        ComputeApiClient email = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(EMAIL));
        FailedRequestException failed = assertThrows(FailedRequestException.class,
                () -> email.send(send(), JacksonHeaders.responseReader(new ObjectMapper()), SendAnswer.class));
        assertFalse(failed.header().isConsistent(), "the pass reads 1000 as Compute's");
        assertTrue(failed.getMessage().startsWith("POST "), failed.getMessage());
    }

    @Test
    void aServicesFailureIsAFailedRequestInItsWords() {
        server.respond(json("{\"header\":{\"isSuccessful\":false,\"resultCode\":-1000,\"resultMessage\":\"Invalid appKey.\"}}"));
        ComputeApiClient sms = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(SMS));
        FailedRequestException failed = assertInstanceOf(FailedRequestException.class,
                assertThrows(ComputeApiException.class, () -> sms.send(send())));
        assertEquals("POST " + server.uri("/sender/mail").toString().replace(FakeComputeApi.APPKEY, "***")
                + ": resultCode -1000 INVALID_APPKEY of sms (remedy CHECK_CREDENTIALS): \"Invalid appKey.\"", failed.getMessage());
        assertEquals(Remedy.CHECK_CREDENTIALS, failed.remedy());
        assertEquals("INVALID_APPKEY", failed.header().meaning().name());
        assertFalse(RetryAdvice.defaults().test(failed));
    }

    /** A retryable code of another service is retried for an idempotent method, never for a send. */
    @Test
    void retryAdviceGoesByTheCataloguesRemedyAndTheMethod() {
        server.respond(json("{\"header\":{\"isSuccessful\":false,\"resultCode\":-2043,"
                + "\"resultMessage\":\"There are too much mail at this time. Please send it at another time.\"}}"));
        ComputeApiClient email = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(EMAIL));
        ComputeApiException busyQuery = assertThrows(ComputeApiException.class, () -> email.send(query()));
        assertTrue(busyQuery.header().meaning().retryable());
        assertTrue(RetryAdvice.defaults().test(busyQuery), "GET: sending it twice does what once does");
        ComputeApiException busySend = assertThrows(ComputeApiException.class, () -> email.send(send()));
        assertFalse(RetryAdvice.defaults().test(busySend), "POST: a second send could mail everyone twice");

        // Push's 50xxx are internal errors to report, and 40401 is "not found": neither is Compute's 5xx or 401.
        ResultHeader internal = ResultHeader.of(Service.PUSH.catalogue(), false, 50503, "Internal Error.");
        assertFalse(RetryAdvice.defaults().retryable("GET", internal));
        assertTrue(RetryAdvice.defaults().retryable("GET", ResultHeader.of(false, 40503, "Internal Error.")), "Compute's 40503 is");
    }

    /** Only Compute's refused tokens are renewed: SMS's refused appkey is no token. */
    @Test
    void anotherServicesRefusedKeyIsNotATokenToRenew() {
        server.respond(json("{\"header\":{\"isSuccessful\":false,\"resultCode\":-1000,\"resultMessage\":\"Invalid appKey.\"}}"));
        AtomicInteger issued = new AtomicInteger();
        TokenRenewal tokens = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
        ComputeApiClient sms = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load(SMS));
        ComputeApiException refused = assertThrows(ComputeApiException.class, () -> tokens.call(token -> sms.send(send())));
        assertEquals("INVALID_APPKEY", refused.header().meaning().name());
        assertEquals(1, issued.get(), "the first token only: no renewal, no replay");
    }
}
