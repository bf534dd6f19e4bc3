package dev.nhncloud.result.springtests;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** An HTTP service client of the Compute API, as an application declares one. */
@HttpExchange
public interface ComputeServers {

    /**
     * The instances at a path of the fake API.
     *
     * @param path the path under the base URL
     * @return the instances
     */
    @GetExchange("/{path}")
    InstanceList instances(@PathVariable("path") String path);
}
