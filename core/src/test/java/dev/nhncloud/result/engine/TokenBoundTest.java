package dev.nhncloud.result.engine;

import static dev.nhncloud.result.engine.MiniTree.arr;
import static dev.nhncloud.result.engine.MiniTree.obj;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a text source's characters prove about names and numbers, and that the rules measure
 * every name and number the proof does not cover, and no other.
 */
class TokenBoundTest {

    private static final String HEADER = "\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\"}";

    private static TokenBound scanned(String... chunks) {
        TokenBound bound = TokenBound.ofText();
        for (String chunk : chunks) {
            char[] chars = ("..." + chunk + "...").toCharArray();
            // Only the chunk, not the characters around it in the buffer.
            bound.scan(chars, 3, 3 + chunk.length());
        }
        return bound;
    }

    @Test
    void theLongestRunWithoutAQuoteBoundsNamesAndNumbers() {
        TokenBound bound = scanned("{\"instances\":[{\"id\":12345}]}");
        // The runs: "{", "instances", ":[{", "id", ":12345}]}"; the last is still open.
        assertTrue(bound.proves(9, 2));
        assertFalse(bound.proves(8, 2));
    }

    /** Gson returns a name when it has seen its opening quote: the bound covers it once it is closed. */
    @Test
    void aNameIsCoveredOnlyOnceItsClosingQuoteIsDelivered() {
        TokenBound bound = scanned("{\"ab");
        assertFalse(bound.proves(100, 1), "the first string is still open");
        char[] more = "cd\":1,\"e".toCharArray();
        bound.scan(more, 0, more.length);
        assertTrue(bound.proves(100, 1));
        assertFalse(bound.proves(100, 2), "the second string is still open");
    }

    @Test
    void aRunCarriesFromOneDeliveryToTheNext() {
        TokenBound bound = scanned("{\"abcd", "efgh\":1}");
        assertTrue(bound.proves(8, 1));
        assertFalse(bound.proves(7, 1));
    }

    @Test
    void aBackslashASurrogateOrARunPastTheNumberLimitProvesNothing() {
        assertFalse(scanned("{\"a\\\"b\":1}").proves(Integer.MAX_VALUE, 0), "an escape may stand for a quote");
        assertFalse(scanned("{\"\uD800\":1}").proves(Integer.MAX_VALUE, 0), "an unpaired surrogate");
        assertFalse(scanned("{\"\uD83D\uDE00\":1}").proves(Integer.MAX_VALUE, 0), "a pair, too: telling them apart is the rules' work");
        String digits = "1".repeat(HeaderRules.MAX_NUMBER_LENGTH);
        assertTrue(scanned("{\"a\":" + digits.substring(2) + "}").proves(HeaderRules.MAX_NUMBER_LENGTH, 0));
        assertFalse(scanned("{\"a\":" + digits + "}").proves(Integer.MAX_VALUE, 0));
        assertFalse(scanned("{\"a\":1}", "\\").proves(Integer.MAX_VALUE, 0), "once broken, later text does not mend it");
        assertFalse(TokenBound.NONE.proves(Integer.MAX_VALUE, 0));
    }

    /**
     * A text source looks at its characters only when asked before the library's first read
     * (a data-binding library reading it has no use for the bound); asked later, it could not
     * cover what was delivered, so it proves nothing.
     */
    @Test
    void aBoundAskedForAfterTheFirstReadProvesNothing() throws IOException {
        String text = "{\"a\":1}";
        TextSource late = TextSource.of(text);
        late.read(new char[4], 0, 4);
        assertFalse(late.tokenBound().proves(100, 0));
        TextSource early = TextSource.of(text);
        TokenBound bound = early.tokenBound();
        char[] buffer = new char[16];
        while (early.read(buffer, 0, buffer.length) >= 0) {
            // the whole text, as a library reads it
        }
        assertTrue(bound.proves(100, 1));
        assertFalse(bound.proves(100, 2), "the text holds one string");
    }

    /** A body whose header comes last, after members with nested names and numbers. */
    private static String body(String value) {
        return "{\"instances\":[{\"id\":1,\"name\":" + value + "},{\"id\":2,\"ram\":4096}]," + HEADER + "}";
    }

    private static Object tree(String value) {
        return obj("instances", arr(obj("id", 1, "name", value), obj("id", 2, "ram", 4096)),
                "header", obj("isSuccessful", true, "resultCode", 0, "resultMessage", ""));
    }

    @Test
    void namesAndNumbersTheTextBoundsAreNotAskedFor() {
        List<String> asked = new ArrayList<>();
        StreamingHeaderReader reader = reader(tree("web"), asked, ReadOptions.defaults());
        assertEquals(ResultHeader.of(true, 0, ""), reader.read(body("\"web\"")));
        // The root's names, to find the header, and the header's own fields; nothing nested.
        assertEquals(List.of("instances", "header", "isSuccessful", "resultCode", "0", "resultMessage"), asked);
    }

    @Test
    void everyNameAndNumberIsMeasuredOnceTheTextProvesNothing() {
        List<String> asked = new ArrayList<>();
        StreamingHeaderReader reader = reader(tree("w\"b"), asked, ReadOptions.defaults());
        assertEquals(ResultHeader.of(true, 0, ""), reader.read(body("\"w\\\"b\"")));
        assertTrue(asked.containsAll(List.of("id", "name", "1", "2", "ram", "4096")), asked.toString());
    }

    @Test
    void aNameLimitBelowTheBoundStillRefusesALongName() {
        String body = "{\"instances\":[{\"availabilityZone\":\"kr-pub-a\"}]," + HEADER + "}";
        Object tree = obj("instances", arr(obj("availabilityZone", "kr-pub-a")),
                "header", obj("isSuccessful", true, "resultCode", 0, "resultMessage", ""));
        List<String> asked = new ArrayList<>();
        MalformedResponseException refused = assertThrows(MalformedResponseException.class,
                () -> reader(tree, asked, ReadOptions.builder().maxNameLength(15).build()).read(body));
        assertEquals(Reason.TOO_LONG, refused.reason());
        assertTrue(asked.contains("availabilityZone"), asked.toString());
        asked.clear();
        assertEquals(ResultHeader.of(true, 0, ""), reader(tree, asked, ReadOptions.builder().maxNameLength(16).build()).read(body));
        assertFalse(asked.contains("availabilityZone"), asked.toString());
    }

    /**
     * A backend whose cursor reads all of its text (so the source scans it), then plays the tree
     * and notes the text of every name and number the rules ask for.
     */
    private static StreamingHeaderReader reader(Object tree, List<String> asked, ReadOptions options) {
        JsonBackend backend = new JsonBackend() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public JsonCursor open(Reader text) throws IOException {
                char[] buffer = new char[16];
                while (text.read(buffer, 0, buffer.length) >= 0) {
                    // consume, as a library reads ahead
                }
                return new NotingCursor(MiniTree.cursor(tree), asked);
            }
        };
        return new StreamingHeaderReader(backend, options);
    }

    /** Notes each name and number whose text or length is asked for, once per token. */
    private static final class NotingCursor implements JsonCursor {
        private final JsonCursor tree;
        private final List<String> asked;
        private Token current;
        private boolean noted;

        NotingCursor(JsonCursor tree, List<String> asked) {
            this.tree = tree;
            this.asked = asked;
        }

        @Override
        public Token next() throws IOException {
            current = tree.next();
            noted = false;
            return current;
        }

        @Override
        public String text() throws IOException {
            note();
            return tree.text();
        }

        @Override
        public int textLength() throws IOException {
            note();
            return tree.textLength();
        }

        private void note() throws IOException {
            if (!noted && (current == Token.NAME || current == Token.NUMBER)) {
                noted = true;
                asked.add(tree.text());
            }
        }

        @Override
        public boolean atEndOfInput() {
            return true;
        }
    }
}
