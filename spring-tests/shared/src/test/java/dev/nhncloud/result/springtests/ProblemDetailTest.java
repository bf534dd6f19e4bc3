package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application passes a failed call on: its own endpoint on 127.0.0.1 answers with the
 * RFC 9457 problem detail, in the language asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "nhncloud.result.problem-details.enabled=true"})
class ProblemDetailTest {

    private static final FakeCompute API = FakeCompute.start();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("nhncloud.result.base-urls", API::baseUrl);
        registry.add("compute.url", API::baseUrl);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        API.close();
    }

    @Value("${local.server.port}")
    private int port;

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCodeWithAnHttpStatusAnswersWithThatStatus() throws Exception {
        HttpResponse<String> answer = get("/names/failure-10404", "en");
        assertEquals(404, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow());
        String json = answer.body();
        assertTrue(json.contains("\"status\":404"), json);
        assertTrue(json.contains("\"title\":\"NHN Cloud API call failed\""), json);
        assertTrue(json.contains("\"detail\":\"The NHN Cloud API answered with result code 10404. Instance API answered with "
                + "HTTP status 404. Check that the resource exists and its ID is right.\""), json);
        assertTrue(json.contains("\"resultCode\":10404"), json);
        assertTrue(json.contains("\"kind\":\"API_ERROR\""), json);
        assertTrue(json.contains("\"api\":\"INSTANCE\""), json);
        assertTrue(json.contains("\"remedy\":\"CHECK_RESOURCE\""), json);
        assertTrue(json.contains("\"retryable\":false"), json);
    }

    @Test
    void aCodeWithoutHttpStatusIsABadGateway() throws Exception {
        HttpResponse<String> answer = get("/names/failure--3", "en");
        assertEquals(502, answer.statusCode());
        assertTrue(answer.body().contains("\"kind\":\"PERMISSION_DENIED\""), answer.body());
        assertTrue(answer.body().contains("\"remedy\":\"CHECK_CREDENTIALS\""), answer.body());
        assertTrue(answer.body().contains("\"api\":null"), answer.body());
    }

    @Test
    void theTitleIsInTheLanguageAskedFor() throws Exception {
        assertTrue(get("/names/failure-40503", "ko").body().contains("\"title\":\"NHN Cloud API 호출 실패\""));
        assertTrue(get("/names/failure-40503", "ja").body().contains("\"title\":\"NHN Cloud APIの呼び出しに失敗しました\""));
        assertTrue(get("/names/failure-40503", "zh-CN").body().contains("\"title\":\"NHN Cloud API 调用失败\""));
        String retry = get("/names/failure-40503", "ko").body();
        assertTrue(retry.contains("\"status\":503") && retry.contains("\"retryable\":true"), retry);
    }

    @Test
    void aSuccessIsTheApplicationsAnswer() throws Exception {
        HttpResponse<String> answer = get("/names/servers", "en");
        assertEquals(200, answer.statusCode());
        assertEquals("[\"web-1\",\"web-2\",\"web-3\"]", answer.body());
    }
}
