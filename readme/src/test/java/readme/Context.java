package readme;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.httpclient.BodyMapper;
import dev.nhncloud.result.httpclient.ComputeApiClient;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * What the README's snippets take as given, as a reader would: a response and its body, a
 * reader, a logger, the application's response class and its own methods. A snippet that uses a
 * name it does not declare and this class does not give does not compile.
 */
public abstract class Context {

    /** The application's response class, as the README declares it. */
    public record InstanceList(ResultHeader header, List<Instance> instances) {
        /** One instance. */
        public record Instance(String id, String name, String status) {}
    }

    protected HttpResponse<InputStream> response;
    protected String body;
    protected InputStream in;
    protected HeaderReader reader = HeaderReaders.named("jackson");
    protected org.slf4j.Logger log;
    protected ComputeApiClient api;
    protected HttpRequest request;
    protected BodyMapper<InstanceList> instances;

    protected void renewToken() {
    }

    protected void retryLater() {
    }

    /** What an application does with the parts of a partial success that failed. */
    protected void resendToTheRecipientsThatFailed(String body) {
    }

    /** The application's own class, whose resources a snippet reads. */
    public static final class App {
    }
}
