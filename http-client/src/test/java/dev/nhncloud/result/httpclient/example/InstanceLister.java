package dev.nhncloud.result.httpclient.example;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.httpclient.ComputeApiClient;
import dev.nhncloud.result.httpclient.RetryAdvice;
import dev.nhncloud.result.httpclient.TokenRenewal;
import dev.nhncloud.result.httpclient.UnexpectedResponseException;
import dev.nhncloud.result.jackson.JacksonHeaders;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Lists the instances of a project with the Compute API v1.0 (the README's example, run by ReadmeExampleTest). */
public final class InstanceLister {

    /** The answer of GET /v1.0/appkeys/{appkey}/instances; JacksonHeaders.module() binds the header. */
    public record InstanceList(ResultHeader header, List<Instance> instances) {}

    /** The members used here; an instance has many more (flavor, addresses, metadata…), which the mapper ignores. */
    public record Instance(String id, String name, String status) {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(JacksonHeaders.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final RetryAdvice ADVICE = RetryAdvice.defaults();
    private static final int MAX_ATTEMPTS = 3;

    private final ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
    private final URI instances;
    private final TokenRenewal tokens;

    /**
     * @param endpoint for example "https://api-compute.cloud.toast.com/compute"
     * @param appkey   the project's appkey
     * @param issuer   the application's token request (POST /v1.0/appkeys/{appkey}/tokens)
     */
    public InstanceLister(String endpoint, String appkey, TokenRenewal.Issuer issuer) {
        this.instances = URI.create(endpoint + "/v1.0/appkeys/" + appkey + "/instances");
        this.tokens = new TokenRenewal(issuer);
    }

    public List<Instance> list() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                // A refused token (-3, or a code with HTTP 401/403) is renewed and the request sent again once.
                InstanceList list = tokens.send(
                        // The timeout bounds the wait for the response headers, and again the body after them.
                        token -> HttpRequest.newBuilder(instances).header("X-Auth-Token", token)
                                .timeout(Duration.ofSeconds(10)).GET().build(),
                        request -> api.send(request, body -> MAPPER.readValue(body, InstanceList.class)));
                return list.instances();
            } catch (ComputeApiException | UnexpectedResponseException e) {
                // Retry only what may succeed unchanged and cannot repeat what the API did (by method:
                // a GET after a 5xx, but a POST only after 429 or 503 with Retry-After).
                if (!ADVICE.test(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(ADVICE.delay(attempt, e).toMillis());
            }
        }
    }

    /** Prints the instances, or what went wrong; returns an exit status. */
    public static int printInstances(InstanceLister lister, PrintStream out) throws InterruptedException {
        try {
            for (Instance instance : lister.list()) {
                out.println(instance.id() + "  " + instance.name() + "  " + instance.status());
            }
            return 0;
        } catch (ComputeApiException e) {
            // The API answered HTTP 200, and its header says the call failed.
            out.println(e.getMessage());
            out.println(e.remedy().description(Locale.ENGLISH));
            return e.code().requiresCredentials() ? 3 : 1;
        } catch (UnexpectedResponseException e) {
            // Something else answered: a proxy's HTML 502, a gateway's 503.
            out.println(e.getMessage());
            return 2;
        } catch (MalformedResponseException e) {
            // HTTP 200, but no readable header: e.reason() says why.
            out.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            // The connection failed, or the body did not map to InstanceList.
            out.println("I/O failure: " + e);
            return 2;
        }
    }
}
