package dev.nhncloud.result.springtests;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * The application's own endpoint, which calls the Compute API and passes its failures on: with
 * {@code nhncloud.result.problem-details.enabled}, as RFC 9457 problem details.
 */
@RestController
public class InstancesController {

    private final RestClient compute;

    public InstancesController(RestClient.Builder builder, @Value("${compute.url}") String computeUrl) {
        this.compute = builder.baseUrl(computeUrl).build();
    }

    @GetMapping("/names/{path}")
    public List<String> names(@PathVariable("path") String path) {
        InstanceList list = compute.get().uri("/{path}", path).retrieve().body(InstanceList.class);
        return list.instances().stream().map(InstanceList.Instance::name).toList();
    }
}
