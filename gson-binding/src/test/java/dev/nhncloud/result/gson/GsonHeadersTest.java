package dev.nhncloud.result.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Gson binding offers beyond the conformance suite: its entry points and data binding. */
class GsonHeadersTest {

    private static final String BODY = "{\"header\":{\"isSuccessful\":false,\"resultCode\":10404,\"resultMessage\":\"Instance not found\"},"
            + "\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}";
    private static final ResultHeader NOT_FOUND = ResultHeader.of(false, 10404, "Instance not found");

    private static final Gson GSON = new GsonBuilder().registerTypeAdapterFactory(GsonHeaders.typeAdapterFactory()).create();

    /** A response class as an application writes it. */
    static final class InstanceList {
        ResultHeader header;
        List<Instance> instances;
    }

    /** One instance. */
    static final class Instance {
        String id;
    }

    /** The same response as a record. */
    record InstancePage(ResultHeader header, List<Instance> instances) {
    }

    private static Reason reasonOf(String json) {
        return assertThrows(MalformedResponseException.class, () -> GSON.fromJson(json, InstanceList.class)).reason();
    }

    @Test
    void theFactoryReadsATreeTheApplicationHolds() {
        assertEquals(NOT_FOUND, GSON.fromJson(JsonParser.parseString(BODY), InstanceList.class).header);
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> GSON.fromJson(
                JsonParser.parseString("{\"header\":{\"isSuccessful\":1,\"resultCode\":0}}"), InstanceList.class));
        assertEquals(Reason.WRONG_TYPE, e.reason());
        assertTrue(e.getMessage().endsWith("at /header/isSuccessful"), e.getMessage());
    }

    @Test
    void theFactoryAppliesItsLimitsAndNotGsons() {
        Gson short3 = new GsonBuilder().registerTypeAdapterFactory(
                GsonHeaders.typeAdapterFactory(ReadOptions.builder().maxMessageLength(3).build())).create();
        MalformedResponseException tooLong = assertThrows(MalformedResponseException.class, () -> short3.fromJson(BODY, InstanceList.class));
        assertEquals(Reason.TOO_LONG, tooLong.reason());
        // Gson's own nesting limit is 255; the header allows the SDK's 1000.
        String deep = "{\"header\":{\"x\":" + "[".repeat(400) + "]".repeat(400) + ",\"isSuccessful\":true,\"resultCode\":0}}";
        assertEquals(ResultHeader.of(true, 0, ""), GSON.fromJson(deep, InstanceList.class).header);
        String tooDeep = "{\"header\":{\"x\":" + "[".repeat(999) + "]".repeat(999) + ",\"isSuccessful\":true,\"resultCode\":0}}";
        assertEquals(Reason.TOO_DEEP, reasonOf(tooDeep));
    }

    @Test
    void theHeaderValueIsStrictJsonWhileTheRestIsTheApplicationsBusiness() throws IOException {
        // fromJson makes readers lenient: a comment outside the header is the application's choice.
        assertEquals(NOT_FOUND, GSON.fromJson(BODY.replace(",\"instances\"", ",/* c */\"instances\""), InstanceList.class).header);
        MalformedResponseException comment = assertThrows(MalformedResponseException.class, () -> GSON.fromJson(
                "{\"header\":{/* c */\"isSuccessful\":true,\"resultCode\":0}}", InstanceList.class));
        assertEquals(Reason.MALFORMED_JSON, comment.reason());
        assertInstanceOf(MalformedJsonException.class, comment.getCause(), "Gson's refusal is the cause");
        // A string the rules skip is still checked: the SDK cannot guard the application's text.
        assertEquals(Reason.MALFORMED_JSON, reasonOf("{\"header\":{\"trace\":\"a\tb\",\"isSuccessful\":true,\"resultCode\":0}}"));
        // Without the guard, strings are decoded in Gson's strict mode, which also refuses unpaired
        // surrogates: unlike the streaming reader, data binding does not read "\ud800".
        assertEquals(Reason.MALFORMED_JSON,
                reasonOf("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\\ud800\"}}"));
        assertEquals("\ud800", GsonHeaders.reader().read(
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\\ud800\"}}").resultMessage());

        JsonReader lenient = new JsonReader(new StringReader(BODY));
        lenient.setStrictness(Strictness.LENIENT);
        lenient.setNestingLimit(7);
        lenient.beginObject();
        lenient.nextName();
        assertEquals(NOT_FOUND, GSON.getAdapter(ResultHeader.class).read(lenient));
        assertEquals(Strictness.LENIENT, lenient.getStrictness(), "the reader's strictness is restored");
        assertEquals(7, lenient.getNestingLimit(), "the reader's nesting limit is restored");
        assertEquals("instances", lenient.nextName(), "the reader stands after the header value");
    }

    /** The kit binds top-level responses; a response object nested in another keeps its own header bookkeeping. */
    @Test
    void nestedResponseObjectsAreCheckedOneByOne() {
        Pages pages = GSON.fromJson("{\"pages\":[{\"header\":{\"isSuccessful\":true,\"resultCode\":0}},"
                + "{\"header\":{\"isSuccessful\":false,\"resultCode\":-5}}]}", Pages.class);
        assertEquals(-5, pages.pages.get(1).header.resultCode());
        assertEquals(Reason.MISSING_HEADER, assertThrows(MalformedResponseException.class, () -> GSON.fromJson(
                "{\"pages\":[{\"header\":{\"isSuccessful\":true,\"resultCode\":0}},{}]}", Pages.class)).reason());
        assertEquals(Reason.DUPLICATE_HEADER, assertThrows(MalformedResponseException.class, () -> GSON.fromJson(
                "{\"pages\":[{\"header\":{\"isSuccessful\":false,\"resultCode\":-3},\"header\":{\"isSuccessful\":true,"
                        + "\"resultCode\":0}}]}", Pages.class)).reason());
    }

    /** A list of response objects. */
    static final class Pages {
        List<InstanceList> pages;
    }

    @Test
    void theFactoryWritesTheHeaderAsTheProviderDoes() {
        String json = GSON.toJson(ResultHeader.of(false, -3, "Permission denied"));
        assertEquals("{\"isSuccessful\":false,\"resultCode\":-3,\"resultMessage\":\"Permission denied\"}", json);
        assertEquals(ResultHeader.of(false, -3, "Permission denied"), GSON.fromJson(json, ResultHeader.class));
        assertEquals("{}", GSON.toJson(new InstanceList()));
        Gson nulls = GSON.newBuilder().serializeNulls().create();
        assertEquals("{\"header\":null,\"instances\":null}", nulls.toJson(new InstanceList()));
    }

    @Test
    void aLenientApplicationGsonStillReadsStrictJsonAndIsNotChanged() throws IOException {
        Gson lenient = new GsonBuilder().setStrictness(Strictness.LENIENT).create();
        String commented = "{/* c */\"header\":{\"isSuccessful\":true,\"resultCode\":0}}";
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> GsonHeaders.reader(lenient, ReadOptions.defaults()).read(commented));
        assertEquals(Reason.MALFORMED_JSON, e.reason());
        assertEquals(Strictness.LENIENT, lenient.newJsonReader(new StringReader("")).getStrictness(), "the application's Gson is unchanged");
        assertEquals(1, lenient.fromJson("{/* c */\"a\":1}", JsonObject.class).get("a").getAsInt());
        assertEquals(ResultHeader.of(true, 0, ""), GsonHeaders.reader(new Gson(), ReadOptions.defaults())
                .read(new ByteArrayInputStream("{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aNullTreeIsAnEmptyDocumentAndJsonNullIsNotAnObject() {
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class, () -> GsonHeaders.read(null)).reason());
        assertEquals(Reason.NOT_AN_OBJECT, assertThrows(MalformedResponseException.class, () -> GsonHeaders.read(JsonNull.INSTANCE)).reason());
    }

    @Test
    void treeNumbersKeepTheirForm() {
        JsonObject header = new JsonObject();
        header.addProperty("isSuccessful", false);
        header.addProperty("resultCode", new BigDecimal("1e0"));
        JsonObject root = new JsonObject();
        root.add("header", header);
        assertEquals(Reason.WRONG_TYPE, assertThrows(MalformedResponseException.class, () -> GsonHeaders.read(root)).reason());
        header.addProperty("resultCode", 0.0);
        assertEquals(Reason.WRONG_TYPE, assertThrows(MalformedResponseException.class, () -> GsonHeaders.read(root)).reason());
        header.addProperty("resultCode", -3);
        assertEquals(ResultHeader.of(false, -3, ""), GsonHeaders.read(root));
        header.addProperty("isSuccessful", "x");
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> GsonHeaders.read(root));
        assertTrue(e.getMessage().endsWith("at /header/isSuccessful"), e.getMessage());
    }
}
