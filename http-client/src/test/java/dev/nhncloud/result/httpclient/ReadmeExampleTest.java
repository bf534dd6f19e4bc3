package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.fullInstances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.httpclient.example.InstanceLister;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's example, against the loopback server: each outcome and what it prints. */
class ReadmeExampleTest {

    private FakeComputeApi server;
    private InstanceLister lister;
    private String masked;

    @BeforeEach
    void start() throws IOException {
        server = new FakeComputeApi();
        server.requireTokens();
        ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        String endpoint = server.uri("").toString().replace("/v1.0/appkeys/" + APPKEY, "");
        lister = new InstanceLister(endpoint, APPKEY, () -> api.send(
                HttpRequest.newBuilder(server.uri("/tokens")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                body -> InstanceList.MAPPER.readTree(body).at("/token/id").asText()));
        masked = "GET " + server.uri("/instances").toString().replace(APPKEY, "***");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String run(int expectedStatus) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(expectedStatus, InstanceLister.printInstances(lister, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains(APPKEY), printed);
        assertFalse(printed.contains("token-"), printed);
        return printed;
    }

    @Test
    void theInstancesAfterATokenRenewal() throws Exception {
        // As the API sends them, with members the example does not bind: its mapper ignores them.
        server.respond(fullInstances(2));
        String printed = run(0);
        assertEquals("00000000-1c2b-4a5e-9f00-3d2e1f0a9b8c  web-0  ACTIVE\n00000001-1c2b-4a5e-9f00-3d2e1f0a9b8c  web-1  ACTIVE\n",
                printed.replace(System.lineSeparator(), "\n"));
        server.expireTokens();
        assertEquals(printed, run(0));
        assertEquals(2, server.tokensIssued());
    }

    @Test
    void aFailedHeader() throws Exception {
        server.respond(header(10404, "Instance not found"));
        assertEquals(masked + ": resultCode 10404 API_ERROR INSTANCE HTTP 404 (remedy CHECK_RESOURCE): \"Instance not found\"\n"
                + "Check that the resource exists and its ID is right.\n", run(1).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void refusedCredentialsAfterTheRenewal() throws Exception {
        server.respond(header(-3, "Permission denied: not a member of this project"));
        assertEquals(masked + ": resultCode -3 PERMISSION_DENIED (remedy CHECK_CREDENTIALS): \"Permission denied: not a member"
                + " of this project\"; refused with a token issued N ms before to replace a refused one: a missing permission"
                + " or wrong credentials, not an expired token, so the token is not renewed again\n"
                + "Renew the token or check the account's permissions.\n",
                run(3).replace(System.lineSeparator(), "\n").replaceFirst("issued \\d+ ms", "issued N ms"));
        assertEquals(2, server.tokensIssued());
    }

    @Test
    void aTemporaryFailureIsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.respond(exchange -> (calls.getAndIncrement() == 0 ? header(10503, "Service unavailable") : instances(1)).respond(exchange));
        assertEquals("00000000-1c2b-4a5e-9f00-3d2e1f0a9b8c  web-0  ACTIVE\n", run(0).replace(System.lineSeparator(), "\n"));
        assertEquals(2, calls.get());
    }

    @Test
    void aProxysErrorPage() throws Exception {
        server.respond(page(502, "text/html", BAD_GATEWAY));
        assertEquals(masked + ": HTTP 502 with content type text/html is not a Compute API answer: the API answers every call"
                + " with HTTP 200 and a JSON header; the body was not read\n", run(2).replace(System.lineSeparator(), "\n"));
        assertEquals(3, server.seen().stream().filter(seen -> seen.path().endsWith("/instances")).count(), "retried twice");
    }

    @Test
    void anAnswerWithoutAHeader() throws Exception {
        server.respond(json("{\"header\":{\"isSuccessful\":true}}"));
        assertEquals("MISSING_FIELD: " + masked + ": HTTP 200 with content type application/json;charset=UTF-8: header: missing"
                + " resultCode at line 1, column 31 (byte offset 30)\n", run(2).replace(System.lineSeparator(), "\n"));
    }

    /** The README shows the example as it is compiled and run here: editing one without the other fails. */
    @Test
    void theReadmeShowsThisExample() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String source = Files.readString(module.resolve(
                "src/test/java/dev/nhncloud/result/httpclient/example/InstanceLister.java"), StandardCharsets.UTF_8);
        String shown = source.substring(source.indexOf("import ")).strip();
        String readme = Files.readString(module.getParent().resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + shown + "\n```"),
                "README.md's HttpClient example differs from example/InstanceLister.java: copy the class (from its imports) into it");
    }
}
