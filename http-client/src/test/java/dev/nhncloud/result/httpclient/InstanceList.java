package dev.nhncloud.result.httpclient;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jackson.JacksonHeaders;
import java.util.List;

/** The body of an instance-list answer, as an application binds it with Jackson. */
record InstanceList(ResultHeader header, List<Instance> instances) {

    /** One instance of the list. */
    record Instance(String id, String name, String status) {
    }

    /** The application's mapper, with the binding's module for the header field. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(JacksonHeaders.module());

    /** The application's mapping of a whole body. */
    static final BodyMapper<InstanceList> MAPPING = body -> MAPPER.readValue(body, InstanceList.class);
}
