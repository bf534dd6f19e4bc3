package dev.nhncloud.result.conformance;

import static dev.nhncloud.result.MalformedResponseException.Reason.DUPLICATE_FIELD;
import static dev.nhncloud.result.MalformedResponseException.Reason.DUPLICATE_HEADER;
import static dev.nhncloud.result.MalformedResponseException.Reason.WRONG_TYPE;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Catalogue;
import dev.nhncloud.result.service.Service;
import java.util.List;

/**
 * The cases of the other services: the same rules, a header built under the catalogue the
 * options name. Every binding, in every form (stream, tree, data-binding hook), must give the
 * header of that catalogue, which is not equal to Compute's for the same fields, so that a form
 * that dropped the options would be caught; and a flag the catalogue does not document for a
 * code, or a code it does not document, reads as a header whose verdict is a failure.
 */
final class ServiceCases {

    private ServiceCases() {
    }

    private static ReadOptions options(Service service) {
        return ReadOptions.builder().service(service).build();
    }

    private static Case reads(String name, Service service, String json, boolean successful, int code, String message) {
        ResultHeader header = ResultHeader.of(service.catalogue(), successful, code, message);
        return Case.json(service.id() + ": " + name, json).options(options(service)).reads(header);
    }

    /** Adds the cases of every service but Compute, whose cases are the rest of the kit. */
    static void add(List<Case> cases) {
        Catalogue email = Service.EMAIL.catalogue();
        String partial = "{\"header\":{\"isSuccessful\":true,\"resultCode\":1000,\"resultMessage\":\"Some of your requests are successful.\"},"
                + "\"body\":{\"data\":{\"requestId\":\"r-1\",\"results\":[{\"resultCode\":0},{\"resultCode\":-2011}]}}}";
        cases.add(reads("a partial success", Service.EMAIL, partial, true, 1000, "Some of your requests are successful."));
        cases.add(reads("a partial success after the body", Service.EMAIL,
                "{\"body\":{\"data\":[" + "{\"resultCode\":-2011,\"isSuccessful\":false},".repeat(200) + "{}]},"
                        + ConformanceCases.header("true", "1000", "\"partly\"") + "}", true, 1000, "partly"));
        cases.add(reads("1000 without the flag fails closed", Service.EMAIL,
                "{" + ConformanceCases.header("false", "1000", "\"partly\"") + "}", false, 1000, "partly"));
        cases.add(reads("every receiver failed", Service.EMAIL,
                "{" + ConformanceCases.header("false", "-2032", "\"All of receivers are failed to send.\"") + "}",
                false, -2032, "All of receivers are failed to send."));
        cases.add(reads("a success", Service.SMS, "{" + ConformanceCases.header("true", "0", "\"SUCCESS\"") + ",\"body\":{}}",
                true, 0, "SUCCESS"));
        cases.add(reads("an invalid appkey", Service.SMS,
                "{" + ConformanceCases.header("false", "-1000", "\"Invalid appKey.\"") + "}", false, -1000, "Invalid appKey."));
        cases.add(reads("an undocumented code with the flag set fails closed", Service.SMS,
                "{" + ConformanceCases.header("true", "1000", "\"looks fine\"") + "}", true, 1000, "looks fine"));
        cases.add(reads("all recipients failed", Service.KAKAOTALK_BIZMESSAGE,
                "{" + ConformanceCases.header("false", "-1031", "\"All of receivers are failed to send.\"") + ",\"message\":{}}",
                false, -1031, "All of receivers are failed to send."));
        cases.add(reads("a code of the documented range", Service.PUSH,
                "{" + ConformanceCases.header("false", "50123", "\"Internal Error. Please report this.\"") + "}",
                false, 50123, "Internal Error. Please report this."));
        cases.add(reads("a tagged API's 400", Service.PUSH,
                "{" + ConformanceCases.header("false", "400", "null") + "}", false, 400, ""));
        // The rules do not depend on the service.
        // A tree has merged repeated names already (the last one stays), as it has for Compute.
        cases.add(Case.json("email: a repeated resultCode", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultCode\":1000}}")
                .options(options(Service.EMAIL)).fails(DUPLICATE_FIELD).tree(Expectation.header(ResultHeader.of(email, true, 1000, ""))));
        cases.add(Case.json("email: a flag as a string", "{" + ConformanceCases.header("\"true\"", "1000", "\"x\"") + "}")
                .options(options(Service.EMAIL)).fails(WRONG_TYPE));
        cases.add(Case.json("email: a second header", "{" + ConformanceCases.header("true", "1000", "\"x\"") + ","
                + ConformanceCases.header("false", "-2032", "\"y\"") + "}").options(options(Service.EMAIL))
                .early(ResultHeader.of(email, true, 1000, "x")).validate(DUPLICATE_HEADER)
                .tree(Expectation.header(ResultHeader.of(email, false, -2032, "y"))));
    }
}
