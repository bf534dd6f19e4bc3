package dev.nhncloud.result.agreement;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import dev.nhncloud.result.LogSafeText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Differential property test: generated responses (random JSON before and after the header,
 * random header fields of every type, duplicates and absences), the same responses with random
 * byte mutations, and arbitrary bytes, are read by all three bindings. The answers must be equal
 * (the same header, or a refusal with the same reason) and nothing but a header or a
 * {@code MalformedResponseException} may come out.
 */
class DifferentialPropertyTest {

    private static final EveryBinding BINDINGS = new EveryBinding();

    @Property(tries = 1500)
    void generatedResponsesReadAlike(@ForAll("responses") String response, @ForAll boolean validate) {
        EveryBinding.assertAgree(response, BINDINGS.read(response.getBytes(UTF_8), validate));
    }

    @Property(tries = 1500)
    void mutatedResponsesReadAlike(@ForAll("responses") String response, @ForAll("mutations") List<Mutation> mutations,
            @ForAll boolean validate) {
        byte[] bytes = response.getBytes(UTF_8);
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        EveryBinding.assertAgree(response + " mutated by " + mutations + " into " + LogSafeText.quote(new String(bytes, UTF_8), 1000),
                BINDINGS.read(bytes, validate));
    }

    @Property(tries = 1000)
    void arbitraryBytesReadAlike(@ForAll @Size(max = 48) byte[] bytes, @ForAll boolean validate) {
        EveryBinding.assertAgree(Arrays.toString(bytes), BINDINGS.read(bytes, validate));
    }

    @Provide
    Arbitrary<String> responses() {
        Arbitrary<List<String>> before = member().list().ofMaxSize(3);
        Arbitrary<List<String>> headers = Arbitraries.frequencyOf(
                Tuple.of(12, headerMember().list().ofSize(1)),
                Tuple.of(1, headerMember().list().ofSize(0)),
                Tuple.of(1, headerMember().list().ofSize(2)));
        Arbitrary<List<String>> after = member().list().ofMaxSize(3);
        Arbitrary<String> separator = Arbitraries.of(",", ", ", " ,\n\t");
        Arbitrary<String> trailing = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("")), Tuple.of(3, Arbitraries.of(" ", "\n", "\r\n")),
                Tuple.of(2, Arbitraries.of(" x", "{}", "]", ",", "//", "\u0000", "1", "\"s\"")));
        return Combinators.combine(before, headers, after, separator, trailing).as((b, h, a, sep, t) -> {
            List<String> members = new ArrayList<>(b);
            members.addAll(h);
            members.addAll(a);
            return "{" + String.join(sep, members) + "}" + t;
        });
    }

    private Arbitrary<String> headerMember() {
        Arbitrary<String> fields = Combinators.combine(
                field("isSuccessful", Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("true", "false")), Tuple.of(1, value()))),
                field("resultCode", Arbitraries.frequencyOf(Tuple.of(8, code()), Tuple.of(1, value()))),
                field("resultMessage", Arbitraries.frequencyOf(Tuple.of(8, string()), Tuple.of(1, Arbitraries.just("null")),
                        Tuple.of(1, value()))),
                member().list().ofMaxSize(2),
                Arbitraries.randoms())
                .as((successful, code, message, others, random) -> {
                    List<String> entries = new ArrayList<>(others);
                    successful.forEach(entries::add);
                    code.forEach(entries::add);
                    message.forEach(entries::add);
                    Collections.shuffle(entries, random);
                    return "{" + String.join(",", entries) + "}";
                });
        return Arbitraries.frequencyOf(Tuple.of(12, fields), Tuple.of(1, value())).map(header -> "\"header\":" + header);
    }

    /** A known field: usually once, sometimes absent or twice. */
    private Arbitrary<List<String>> field(String name, Arbitrary<String> values) {
        Arbitrary<String> entry = values.map(value -> "\"" + name + "\":" + value);
        return Arbitraries.frequencyOf(Tuple.of(16, entry.list().ofSize(1)), Tuple.of(1, entry.list().ofSize(0)),
                Tuple.of(1, entry.list().ofSize(2)));
    }

    private Arbitrary<String> member() {
        return Combinators.combine(name(), value()).as((name, value) -> name + ":" + value);
    }

    private Arbitrary<String> name() {
        return Arbitraries.frequencyOf(Tuple.of(6, string()),
                Tuple.of(1, Arbitraries.of("\"header\"", "\"isSuccessful\"", "\"resultCode\"", "\"resultMessage\"", "\"\"")));
    }

    private Arbitrary<String> value() {
        return Arbitraries.recursive(this::scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(values -> "[" + String.join(",", values) + "]"),
                Combinators.combine(name(), inner).as((name, value) -> name + ":" + value).list().ofMaxSize(3)
                        .map(members -> "{" + String.join(",", members) + "}")), 0, 3);
    }

    private Arbitrary<String> scalar() {
        return Arbitraries.oneOf(string(), number(), Arbitraries.of("true", "false", "null"));
    }

    private Arbitrary<String> code() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-0", "-1", "-3", "-8", "20001", "20004", "10404", "50401", "40503", "2147483647",
                        "-2147483648", "2147483648", "-2147483649", "4294967296", "1.0", "1e2", "0e0"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf));
    }

    private Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("-0", "0.0", "1e0", "1E+2", "-1.5e-300", "1e400", "1" + "0".repeat(999), "1" + "0".repeat(1000),
                        "0." + "5".repeat(1100)));
    }

    /** A JSON string of any characters: quotes, backslashes, controls and every surrogate escaped. */
    private Arbitrary<String> string() {
        return Arbitraries.strings().all().ofMaxLength(10).map(text -> text.chars().mapToObj(c -> {
            if (c == '"' || c == '\\') {
                return "\\" + (char) c;
            }
            if (c < 0x20 || Character.isSurrogate((char) c)) {
                return String.format("\\u%04x", c);
            }
            return String.valueOf((char) c);
        }).collect(Collectors.joining("", "\"", "\"")));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '"', (byte) '\\', (byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) ',',
                        (byte) ':', (byte) '0', (byte) 0xC0, (byte) 0xED, (byte) 0xFF, (byte) '\t', (byte) '/'));
        return Combinators.combine(Arbitraries.of(Mutation.Kind.values()), Arbitraries.doubles().between(0, 1), bytes)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }

    /** One change to a document's bytes. */
    record Mutation(Kind kind, double at, byte value) {
        enum Kind { DELETE, INSERT, REPLACE, TRUNCATE, DUPLICATE }

        byte[] apply(byte[] bytes) {
            int i = (int) (at * bytes.length);
            switch (kind) {
                case DELETE:
                    return bytes.length == 0 ? bytes : splice(bytes, Math.min(i, bytes.length - 1), 1, new byte[0]);
                case INSERT:
                    return splice(bytes, i, 0, new byte[] {value});
                case REPLACE:
                    return bytes.length == 0 ? bytes : splice(bytes, Math.min(i, bytes.length - 1), 1, new byte[] {value});
                case TRUNCATE:
                    return Arrays.copyOf(bytes, i);
                default:
                    int length = Math.min(bytes.length - i, 1 + (value & 0x0F));
                    return splice(bytes, i, 0, Arrays.copyOfRange(bytes, i, i + length));
            }
        }

        private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
            byte[] result = new byte[bytes.length - remove + insert.length];
            System.arraycopy(bytes, 0, result, 0, at);
            System.arraycopy(insert, 0, result, at, insert.length);
            System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
            return result;
        }
    }
}
