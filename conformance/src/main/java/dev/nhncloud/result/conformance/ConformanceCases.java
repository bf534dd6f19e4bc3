package dev.nhncloud.result.conformance;

import static dev.nhncloud.result.MalformedResponseException.Reason.CODE_OUT_OF_RANGE;
import static dev.nhncloud.result.MalformedResponseException.Reason.DUPLICATE_FIELD;
import static dev.nhncloud.result.MalformedResponseException.Reason.DUPLICATE_HEADER;
import static dev.nhncloud.result.MalformedResponseException.Reason.EMPTY_INPUT;
import static dev.nhncloud.result.MalformedResponseException.Reason.HEADER_NOT_OBJECT;
import static dev.nhncloud.result.MalformedResponseException.Reason.MALFORMED_JSON;
import static dev.nhncloud.result.MalformedResponseException.Reason.MISSING_FIELD;
import static dev.nhncloud.result.MalformedResponseException.Reason.MISSING_HEADER;
import static dev.nhncloud.result.MalformedResponseException.Reason.NOT_AN_OBJECT;
import static dev.nhncloud.result.MalformedResponseException.Reason.TOO_DEEP;
import static dev.nhncloud.result.MalformedResponseException.Reason.TOO_LONG;
import static dev.nhncloud.result.MalformedResponseException.Reason.TRAILING_DATA;
import static dev.nhncloud.result.MalformedResponseException.Reason.WRONG_TYPE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The conformance cases: every rule and every reason of DESIGN.md section 3, with the header
 * first, last and after large or deep members, each field in every JSON type, the int range,
 * duplicates, encodings, JSON extensions, truncation, trailing data and the limits at and
 * past their defaults. Every binding must give exactly these answers in every input form.
 */
public final class ConformanceCases {

    /** The provider's success header. */
    public static final ResultHeader SUCCESS = ResultHeader.of(true, 0, "SUCCESS");
    /** {@code "header":{...SUCCESS...}}, a member to place in documents. */
    public static final String HEADER = header("true", "0", "\"SUCCESS\"");
    /** {@code {"header":{...SUCCESS...}}} */
    public static final String DOCUMENT = "{" + HEADER + "}";

    private static final String WIDE = "[" + "{\"id\":\"0f3c9a\",\"ram\":4096,\"on\":true,\"tags\":null},".repeat(2000) + "0]";
    private static final String SYMBOLS = "!#$%&()*+-./:;<=>?@[]^_`{|}~ \\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00";

    private ConformanceCases() {
    }

    /**
     * A header member with the given raw JSON values.
     *
     * @param successful the JSON text of {@code isSuccessful}
     * @param code       the JSON text of {@code resultCode}
     * @param message    the JSON text of {@code resultMessage}
     * @return {@code "header":{...}}
     */
    public static String header(String successful, String code, String message) {
        return "\"header\":{\"isSuccessful\":" + successful + ",\"resultCode\":" + code + ",\"resultMessage\":" + message + "}";
    }

    private static String doc(String... members) {
        return "{" + String.join(",", members) + "}";
    }

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static byte[] utf8(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(UTF_8));
        return out.toByteArray();
    }

    /**
     * Every case.
     *
     * @return the cases, in a fixed order
     */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        codes(cases);
        positions(cases);
        root(cases);
        headerValue(cases);
        fields(cases);
        resultCode(cases);
        resultMessage(cases);
        duplicates(cases);
        brokenRuleThenBadSyntax(cases);
        depth(cases);
        extensions(cases);
        truncation(cases);
        trailing(cases);
        encoding(cases);
        numbers(cases);
        ServiceCases.add(cases);
        return Collections.unmodifiableList(cases);
    }

    /** Every code of the table, and codes around it. */
    private static void codes(List<Case> cases) {
        int[] codes = {0, -1, -2, -3, -4, -5, -6, -7, -8, 20001, 20004, 10400, 11401, 12403, 13404, 20408, 21409,
            22429, 23499, 24400, 30404, 40401, 50403, 10100, 10399, 10500, 50599, 10099, 10600, -9, 1, 77777};
        for (int code : codes) {
            boolean success = code == 0;
            String message = success ? "SUCCESS" : "code " + code;
            cases.add(Case.json("code " + code, doc(header(String.valueOf(success), String.valueOf(code), "\"" + message + "\"")))
                    .reads(success, code, message));
        }
        cases.add(Case.json("documented failure with a detail", doc(header("false", "-3", "\"Permission denied: token expired\"")))
                .reads(false, -3, "Permission denied: token expired"));
        cases.add(Case.json("success flag with an error code is kept, inconsistent", doc(header("true", "-4", "\"Invalid parameters\"")))
                .reads(true, -4, "Invalid parameters"));
        cases.add(Case.json("failure flag with code 0 is kept, inconsistent", doc(header("false", "0", "\"SUCCESS\"")))
                .reads(false, 0, "SUCCESS"));
    }

    /** Where the header is, and what comes before it. */
    private static void positions(List<Case> cases) {
        cases.add(Case.json("header only", DOCUMENT).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header first", doc(HEADER, "\"instances\":" + WIDE)).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header last", doc("\"instances\":" + WIDE, HEADER)).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header between members", doc("\"a\":1", HEADER, "\"b\":[true,false,null]")).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header after every JSON type",
                doc("\"s\":\"" + SYMBOLS + "\"", "\"n\":-1.5e-3", "\"t\":true", "\"f\":false", "\"z\":null",
                        "\"o\":{\"header\":1}", "\"a\":[{},[],\"\"]", "\"\":0", HEADER)).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header after a 200,000-character string", doc("\"s\":\"" + "x".repeat(200_000) + "\"", HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header after a 65,536-character name, the default limit", doc("\"" + "n".repeat(65_536) + "\":1", HEADER))
                .reads(true, 0, "SUCCESS"));
        // A limit of the SDK's: a hook leaves names outside the header to the library.
        cases.add(Case.json("a 65,537-character name before the header", doc("\"" + "n".repeat(65_537) + "\":1", HEADER))
                .fails(TOO_LONG).bound(Expectation.refusedOr(SUCCESS)));
        ReadOptions names16 = ReadOptions.builder().maxNameLength(16).build();
        cases.add(Case.json("a name at a configured limit of 16", doc("\"0123456789abcdef\":1", HEADER)).options(names16)
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("a name past a configured limit of 16", doc("\"0123456789abcdefg\":1", HEADER)).options(names16)
                .fails(TOO_LONG).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a member name past a configured limit of 16 in the header",
                doc("\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"traceIdentifierXY\":1}")).options(names16).fails(TOO_LONG));
        cases.add(Case.json("header after members nested to the limit", doc("\"deep\":" + arrays(999), "\"o\":" + objects(999), HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("pretty printed, as the provider documents it", """
                {
                    "header" : {
                        "isSuccessful" : true,
                        "resultCode":  0,
                        "resultMessage" : "SUCCESS"
                    },
                    "instances" : [ ]
                }
                """).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("every JSON whitespace", " \t\r\n{ \t\r\n\"header\" \t\r\n: \t\r\n{\"isSuccessful\"\n:\ttrue\r,\"resultCode\" :0 } \t\r\n} \t\r\n")
                .reads(true, 0, ""));
        cases.add(Case.json("fields in another order with other members",
                doc("\"header\":{\"traceId\":\"t-1\",\"resultMessage\":\"m\",\"extra\":{\"a\":[1,{\"b\":null}]},\"resultCode\":10404,\"isSuccessful\":false}"))
                .reads(false, 10404, "m"));
        cases.add(Case.json("a header inside another member is not the header", doc("\"data\":{" + HEADER + "}")).fails(MISSING_HEADER));
        cases.add(Case.json("a header inside an array is not the header", doc("\"data\":[{" + HEADER + "}]")).fails(MISSING_HEADER));
        cases.add(Case.json("names are case-sensitive: Header", doc("\"Header\":{\"isSuccessful\":true,\"resultCode\":0}")).fails(MISSING_HEADER));
        cases.add(Case.json("a name written with escapes is the same name",
                doc("\"\\u0068eader\":{\"\\u0069sSuccessful\":true,\"resultCod\\u0065\":0}")).reads(true, 0, ""));
    }

    private static void root(List<Case> cases) {
        cases.add(Case.json("empty input", "").fails(EMPTY_INPUT).tree(Expectation.noTree("no document")));
        cases.add(Case.json("only whitespace", " \n\t\r ").fails(EMPTY_INPUT).tree(Expectation.noTree("no document")));
        cases.add(Case.bytes("only a byte order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).fails(EMPTY_INPUT)
                .tree(Expectation.noTree("no document")));
        cases.add(Case.json("root array", "[" + DOCUMENT + "]").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root string", "\"header\"").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root number", " 42 ").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root true", "true").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root false", "false").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root null", "null").fails(NOT_AN_OBJECT));
        cases.add(Case.json("root number with garbage: the root is met first", "2x").fails(NOT_AN_OBJECT)
                .tree(Expectation.noTree("not JSON")));
        cases.add(Case.json("root unterminated string: the root is met first", "\"abc").fails(NOT_AN_OBJECT)
                .tree(Expectation.noTree("not JSON")));
        cases.add(Case.json("root truncated literal", "tru").fails(NOT_AN_OBJECT).tree(Expectation.noTree("not JSON")));
        cases.add(Case.json("root unclosed array", "[1,2").fails(NOT_AN_OBJECT).tree(Expectation.noTree("not JSON")));
        cases.add(Case.json("root leading zero number", "01").fails(NOT_AN_OBJECT).tree(Expectation.noTree("not JSON")));
        cases.add(Case.json("root that is not a JSON value", "@").fails(MALFORMED_JSON));
        cases.add(Case.json("root single-quoted string", "'header'").fails(MALFORMED_JSON));
        cases.add(Case.json("root capitalized literal", "True").fails(MALFORMED_JSON));
        cases.add(Case.json("root object alone is truncated", "{").fails(MALFORMED_JSON));
        cases.add(Case.json("empty root object", "{}").fails(MISSING_HEADER));
        cases.add(Case.json("root without a header", doc("\"instances\":[]", "\"count\":0")).fails(MISSING_HEADER));
    }

    private static void headerValue(List<Case> cases) {
        String[] values = {"[]", "\"{}\"", "0", "true", "false", "null", "[" + DOCUMENT + "]"};
        for (String value : values) {
            cases.add(Case.json("header is " + value, doc("\"header\":" + value)).fails(HEADER_NOT_OBJECT));
        }
        cases.add(Case.json("header is an empty object", doc("\"header\":{}")).fails(MISSING_FIELD));
    }

    private static void fields(List<Case> cases) {
        cases.add(Case.json("isSuccessful missing", doc("\"header\":{\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}")).fails(MISSING_FIELD));
        cases.add(Case.json("resultCode missing", doc("\"header\":{\"isSuccessful\":true,\"resultMessage\":\"SUCCESS\"}")).fails(MISSING_FIELD));
        cases.add(Case.json("resultMessage missing reads as empty", doc("\"header\":{\"isSuccessful\":false,\"resultCode\":-1}"))
                .reads(false, -1, ""));
        cases.add(Case.json("resultMessage null reads as empty", doc(header("false", "-1", "null"))).reads(false, -1, ""));
        String[] notBooleans = {"\"true\"", "1", "0", "null", "{}", "[]", "[true]"};
        for (String value : notBooleans) {
            cases.add(Case.json("isSuccessful is " + value, doc(header(value, "0", "\"SUCCESS\""))).fails(WRONG_TYPE));
        }
        cases.add(Case.json("isSuccessful is an invalid literal", doc(header("TRUE", "0", "\"SUCCESS\""))).fails(MALFORMED_JSON));
        String[] notIntegers = {"\"0\"", "true", "null", "[]", "{}", "[0]", "1.0", "0.0", "-0.5", "1e2", "1E2", "2E-1", "1e+2", "1.5e3"};
        for (String value : notIntegers) {
            cases.add(Case.json("resultCode is " + value, doc(header("true", value, "\"SUCCESS\""))).fails(WRONG_TYPE));
        }
        // A tree that keeps numbers as BigDecimal sees 1e0 as the integer 1 and 0e0 as 0.
        cases.add(Case.json("resultCode is 1e0", doc(header("false", "1e0", "\"x\""))).fails(WRONG_TYPE)
                .treeWithoutNumberForm(Expectation.header(ResultHeader.of(false, 1, "x"))));
        cases.add(Case.json("resultCode is 0e0", doc(header("true", "0e0", "\"SUCCESS\""))).fails(WRONG_TYPE)
                .treeWithoutNumberForm(Expectation.header(SUCCESS)));
        String[] notStrings = {"0", "true", "false", "{}", "[]", "[\"SUCCESS\"]", "{\"text\":\"SUCCESS\"}"};
        for (String value : notStrings) {
            cases.add(Case.json("resultMessage is " + value, doc(header("true", "0", value))).fails(WRONG_TYPE));
        }
    }

    private static void resultCode(List<Case> cases) {
        cases.add(Case.json("resultCode int max", doc(header("false", "2147483647", "\"\""))).reads(false, Integer.MAX_VALUE, ""));
        cases.add(Case.json("resultCode int min", doc(header("false", "-2147483648", "\"\""))).reads(false, Integer.MIN_VALUE, ""));
        cases.add(Case.json("resultCode -0 is 0", doc(header("true", "-0", "\"SUCCESS\""))).reads(true, 0, "SUCCESS"));
        String[] outOfRange = {"2147483648", "-2147483649", "4294967296", "-4294967296", "9223372036854775807",
            "9223372036854775808", "18446744073709551616", "1" + "0".repeat(999)};
        for (String value : outOfRange) {
            String name = value.length() > 30 ? value.length() + "-digit resultCode" : "resultCode " + value;
            cases.add(Case.json(name + " is out of range, never wrapped", doc(header("true", value, "\"SUCCESS\"")))
                    .fails(CODE_OUT_OF_RANGE));
        }
        // Valid JSON past a limit is a limit's reason: Gson cannot tokenize 1,024 characters, so no
        // binding can say a longer code is out of range, and every binding must give one answer.
        cases.add(Case.json("resultCode of 1,001 digits is past the number limit", doc(header("true", "1".repeat(1001), "\"\"")))
                .fails(TOO_LONG).tree(Expectation.fails(TOO_LONG)));
        String[] malformed = {"01", "-01", "+1", ".5", "1.", "-", "0x10", "1_000", "Infinity", "NaN", "-Infinity"};
        for (String value : malformed) {
            cases.add(Case.json("resultCode " + value + " is not JSON", doc(header("true", value, "\"SUCCESS\""))).fails(MALFORMED_JSON));
        }
    }

    private static void resultMessage(List<Case> cases) {
        cases.add(Case.json("message with every escape", doc(header("false", "-1", "\"" + SYMBOLS + "\"")))
                .reads(false, -1, "!#$%&()*+-./:;<=>?@[]^_`{|}~ \" \\ / \b\f\n\r\t \u00e9 \ud83d\ude00"));
        cases.add(Case.json("message in Korean, Japanese and Chinese",
                doc(header("false", "-3", "\"권한 없음: 토큰 만료 / 権限がありません / 权限不足\"")))
                .reads(false, -3, "권한 없음: 토큰 만료 / 権限がありません / 权限不足"));
        // Gson's strict mode refuses an unpaired surrogate in a string it decodes, and a hook cannot
        // guard text it does not own, so a hook may refuse this valid header (never misread it).
        cases.add(Case.json("message with a lone surrogate escape", doc(header("false", "-1", "\"\\ud800x\"")))
                .reads(false, -1, "\ud800x").bound(Expectation.refusedOr(ResultHeader.of(false, -1, "\ud800x"))));
        // Outside the header a hook leaves names to the library, and Gson and JSON-P accept these.
        cases.add(Case.json("a name with a lone high surrogate escape", doc("\"a\\ud800\":1", HEADER)).fails(MALFORMED_JSON)
                .bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a name with a lone low surrogate escape, nested", doc("\"a\":[{\"\\udfaa\":1}]", HEADER))
                .fails(MALFORMED_JSON).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a name in the header with a reversed surrogate pair",
                doc("\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"\\ude00\\ud83d\":1}")).fails(MALFORMED_JSON));
        cases.add(Case.json("a name with a surrogate pair escape", doc("\"\\ud83d\\ude00\":\"\\ud800\"", HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("a name with an unpaired surrogate after the header", doc(HEADER, "\"\\ud800\":1"))
                .early(SUCCESS).validate(MALFORMED_JSON).tree(Expectation.fails(MALFORMED_JSON)));
        cases.add(Case.json("message with an escaped NUL", doc(header("false", "-1", "\"a\\u0000b\""))).reads(false, -1, "a\u0000b"));
        cases.add(Case.json("message with DEL unescaped", doc(header("false", "-1", "\"a\u007fb\""))).reads(false, -1, "a\u007fb"));
        cases.add(Case.json("empty message", doc(header("true", "0", "\"\""))).reads(true, 0, ""));
        cases.add(Case.json("message of 65,536 characters, the default limit", doc(header("false", "-1", "\"" + "m".repeat(65_536) + "\"")))
                .reads(false, -1, "m".repeat(65_536)));
        cases.add(Case.json("message of 65,537 characters", doc(header("false", "-1", "\"" + "m".repeat(65_537) + "\""))).fails(TOO_LONG));
        ReadOptions limit10 = ReadOptions.builder().maxMessageLength(10).build();
        cases.add(Case.json("message at a configured limit of 10", doc(header("false", "-1", "\"0123456789\"")))
                .options(limit10).reads(false, -1, "0123456789"));
        cases.add(Case.json("message past a configured limit of 10", doc(header("false", "-1", "\"0123456789A\"")))
                .options(limit10).fails(TOO_LONG));
        cases.add(Case.json("the limit counts decoded characters, not escapes",
                doc(header("false", "-1", "\"" + "\\u0041".repeat(10) + "\""))).options(limit10).reads(false, -1, "A".repeat(10)));
        cases.add(Case.json("a zero limit allows only the empty message", doc(header("false", "-1", "\"x\"")))
                .options(ReadOptions.builder().maxMessageLength(0).build()).fails(TOO_LONG));
        cases.add(Case.json("message with a raw tab", doc(header("false", "-1", "\"a\tb\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message with a raw newline", doc(header("false", "-1", "\"a\nb\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message with an invalid escape", doc(header("false", "-1", "\"a\\xb\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message with an escaped single quote", doc(header("false", "-1", "\"a\\'b\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message with a short unicode escape", doc(header("false", "-1", "\"a\\u12\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message with an escaped line break", doc(header("false", "-1", "\"a\\\nb\""))).fails(MALFORMED_JSON));
        cases.add(Case.json("message unterminated", "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\"abc")
                .fails(MALFORMED_JSON));
    }

    private static void duplicates(List<Case> cases) {
        ResultHeader last = ResultHeader.of(false, -1, "second");
        cases.add(Case.json("isSuccessful twice",
                doc("\"header\":{\"isSuccessful\":true,\"resultCode\":-1,\"resultMessage\":\"second\",\"isSuccessful\":false}"))
                .fails(DUPLICATE_FIELD).tree(Expectation.header(last)));
        cases.add(Case.json("resultCode twice",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":0,\"resultMessage\":\"second\",\"resultCode\":-1}"))
                .fails(DUPLICATE_FIELD).tree(Expectation.header(last)));
        cases.add(Case.json("resultMessage twice",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\"first\",\"resultMessage\":\"second\"}"))
                .fails(DUPLICATE_FIELD).tree(Expectation.header(last)));
        cases.add(Case.json("resultMessage twice, null then string",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":null,\"resultMessage\":\"second\"}"))
                .fails(DUPLICATE_FIELD).tree(Expectation.header(last)));
        cases.add(Case.json("a wrong type before a duplicate is met first",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":\"x\",\"resultMessage\":\"second\",\"resultCode\":-1}"))
                .fails(WRONG_TYPE).tree(Expectation.header(last)));
        cases.add(Case.json("a duplicate before a wrong type is met first",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":0,\"resultCode\":-1,\"resultMessage\":2}"))
                .fails(DUPLICATE_FIELD).tree(Expectation.fails(WRONG_TYPE)));
        cases.add(Case.json("other members of the header may repeat",
                doc("\"header\":{\"trace\":1,\"trace\":2,\"isSuccessful\":true,\"resultCode\":0}")).reads(true, 0, ""));
        cases.add(Case.json("members of other objects may repeat", doc("\"a\":{\"x\":1,\"x\":2}", "\"a\":[]", HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("header twice: the first is read, validation refuses the second",
                doc(HEADER, header("false", "-1", "\"second\"")))
                .early(SUCCESS).validate(DUPLICATE_HEADER).tree(Expectation.header(last)));
        ResultHeader denied = ResultHeader.of(false, -3, "Permission denied");
        cases.add(Case.json("header twice, a failure then a success: never read as the success",
                doc(header("false", "-3", "\"Permission denied\""), HEADER))
                .early(denied).validate(DUPLICATE_HEADER).tree(Expectation.header(SUCCESS)));
        cases.add(Case.json("header twice with members between, a success then a failure",
                doc("\"a\":1", HEADER, "\"instances\":[{\"id\":\"x\"}]", header("false", "-3", "\"Permission denied\""), "\"b\":2"))
                .early(SUCCESS).validate(DUPLICATE_HEADER).tree(Expectation.header(denied)));
        cases.add(Case.json("header twice, the second not an object",
                doc(HEADER, "\"header\":null")).early(SUCCESS).validate(DUPLICATE_HEADER).tree(Expectation.fails(HEADER_NOT_OBJECT)));
    }

    /**
     * A rule broken in the header is reported once its value has been read (a field's at the
     * header's closing brace, the header member's at the end of the root), so that JSON errors
     * the libraries see at different times (Jackson reads a member's colon and scalar value along
     * with its name, Gson the character after a number) give one reason in every binding.
     */
    private static void brokenRuleThenBadSyntax(List<Case> cases) {
        cases.add(Case.json("a duplicate field whose colon is doubled",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultCode\"::-1}")).fails(MALFORMED_JSON));
        cases.add(Case.json("a duplicate field whose value is not JSON",
                doc("\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultCode\":-1x}")).fails(MALFORMED_JSON));
        cases.add(Case.json("a wrong type, then an invalid escape later in the header",
                doc("\"header\":{\"resultCode\":\"x\",\"isSuccessful\":false,\"resultMessage\":\"a\\qb\"}")).fails(MALFORMED_JSON));
        cases.add(Case.json("a code out of range, then the header truncated",
                "{\"header\":{\"resultCode\":4294967296,\"isSuccessful\":false").fails(MALFORMED_JSON));
        cases.add(Case.json("a wrong type, then the header closes well",
                doc("\"header\":{\"resultCode\":\"x\",\"isSuccessful\":false}", "\"a\"::1")).early(WRONG_TYPE).validate(WRONG_TYPE)
                .tree(Expectation.fails(MALFORMED_JSON)));
        cases.add(Case.json("header is a number with a letter after it", doc("\"header\":5x")).fails(MALFORMED_JSON));
        cases.add(Case.json("header is a number, the next member's colon doubled", doc("\"header\":5", "\"a\"::1"))
                .fails(MALFORMED_JSON));
        cases.add(Case.json("header is a number, the document truncated", "{\"header\":5,\"a\":[1,").fails(MALFORMED_JSON));
        cases.add(Case.json("header is an array, then the document closes well", doc("\"header\":[1,{\"resultCode\":0}]", "\"a\":[]"))
                .fails(HEADER_NOT_OBJECT));
        cases.add(Case.json("header is a number, then data after the root", "{\"header\":5}}")
                .fails(HEADER_NOT_OBJECT).tree(Expectation.noTree("not one JSON document")));
        cases.add(Case.json("no header, then data after the root", "{\"a\":1}}")
                .fails(MISSING_HEADER).tree(Expectation.noTree("not one JSON document")));
        cases.add(Case.json("header twice, the second with its colon doubled", doc(HEADER, "\"header\"::{}"))
                .early(SUCCESS).validate(MALFORMED_JSON));
    }

    private static void depth(List<Case> cases) {
        cases.add(Case.json("arrays to depth 1000 before the header", doc("\"a\":" + arrays(999), HEADER)).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("arrays to depth 1001 before the header", doc("\"a\":" + arrays(1000), HEADER)).fails(TOO_DEEP));
        cases.add(Case.json("objects to depth 1000 before the header", doc("\"a\":" + objects(999), HEADER)).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("objects to depth 1001 before the header", doc("\"a\":" + objects(1000), HEADER)).fails(TOO_DEEP));
        cases.add(Case.json("depth 1001 inside the header",
                doc("\"header\":{\"x\":" + arrays(999) + ",\"isSuccessful\":true,\"resultCode\":0}")).fails(TOO_DEEP));
        cases.add(Case.json("depth 1000 inside the header",
                doc("\"header\":{\"x\":" + arrays(998) + ",\"isSuccessful\":true,\"resultCode\":0}")).reads(true, 0, ""));
        cases.add(Case.json("depth 1001 after the header: only validation reads it", doc(HEADER, "\"a\":" + arrays(1000)))
                .early(SUCCESS).validate(TOO_DEEP));
        // Past the limit, yet within what every library can build as a tree: Parsson builds trees
        // recursively and overflowed the stack at 2,000 levels in a test JVM. Streams are read far
        // deeper in the robustness tests.
        cases.add(Case.json("depth 1,500 before the header", doc("\"a\":" + arrays(1500), HEADER)).fails(TOO_DEEP));
        ReadOptions depth2 = ReadOptions.builder().maxDepth(2).build();
        cases.add(Case.json("maxDepth 2 reads a flat header", doc("\"a\":1", HEADER)).options(depth2).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("maxDepth 2 reads an empty array member", doc("\"a\":[]", HEADER)).options(depth2).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("maxDepth 2 refuses a nested array member", doc("\"a\":[[]]", HEADER)).options(depth2).fails(TOO_DEEP));
        cases.add(Case.json("maxDepth 2 refuses an object inside the header",
                doc("\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"x\":{}}")).options(depth2).fails(TOO_DEEP));
        ReadOptions depth5 = ReadOptions.builder().maxDepth(5).build();
        cases.add(Case.json("maxDepth 5 at its limit", doc("\"a\":" + arrays(4), HEADER)).options(depth5).reads(true, 0, "SUCCESS"));
        cases.add(Case.json("maxDepth 5 past its limit", doc("\"a\":" + arrays(5), HEADER)).options(depth5).fails(TOO_DEEP));
    }

    /** JSON extensions some libraries accept when asked: refused everywhere, before the header and after it. */
    private static void extensions(List<Case> cases) {
        String[][] members = {
            {"line comment", "//c\n\"a\":1"},
            {"block comment", "/*c*/\"a\":1"},
            {"hash comment", "#c\n\"a\":1"},
            {"single-quoted name", "'a':1"},
            {"single-quoted value", "\"a\":'b'"},
            {"unquoted name", "a:1"},
            {"unquoted value", "\"a\":b"},
            {"NaN", "\"a\":NaN"},
            {"Infinity", "\"a\":Infinity"},
            {"negative Infinity", "\"a\":-Infinity"},
            {"leading zero", "\"a\":01"},
            {"leading plus", "\"a\":+1"},
            {"leading decimal point", "\"a\":.5"},
            {"trailing decimal point", "\"a\":5."},
            {"hexadecimal number", "\"a\":0x1F"},
            {"trailing comma in an array", "\"a\":[1,]"},
            {"missing array value", "\"a\":[1,,2]"},
            {"trailing comma in an object", "\"a\":{\"b\":1,}"},
            {"semicolon separator", "\"a\":1;\"b\":2"},
            {"equals instead of colon", "\"a\"=1"},
            {"raw tab in a string", "\"a\":\"x\ty\""},
            {"raw control character in a string", "\"a\":\"x\u0001y\""},
            {"raw newline in a name", "\"a\nb\":1"},
            {"invalid escape in a string", "\"a\":\"\\x41\""},
            {"escaped single quote", "\"a\":\"\\'\""},
            {"capitalized literal", "\"a\":True"},
            {"form feed as whitespace", "\"a\":\f1"},
            {"vertical tab as whitespace", "\"a\":\u000b1"},
            {"no-break space as whitespace", "\"a\":\u00a01"},
        };
        for (String[] member : members) {
            // Outside the header a hook leaves the text to the library, which may skip what it never decodes.
            cases.add(Case.json(member[0] + " before the header", "{" + member[1] + "," + HEADER + "}").fails(MALFORMED_JSON)
                    .bound(Expectation.refusedOr(SUCCESS)));
            cases.add(Case.json(member[0] + " after the header", "{" + HEADER + "," + member[1] + "}")
                    .early(SUCCESS).validate(MALFORMED_JSON));
        }
        for (String[] member : members) {
            cases.add(Case.json(member[0] + " inside the header",
                    "{\"header\":{\"isSuccessful\":true,\"resultCode\":0," + member[1] + "}}").fails(MALFORMED_JSON)
                    .strictInsideHeader());
        }
        cases.add(Case.json("trailing comma at the end of the root", "{" + HEADER + ",}").early(SUCCESS).validate(MALFORMED_JSON));
        cases.add(Case.json("trailing comma at the end of the header",
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,}}").fails(MALFORMED_JSON).strictInsideHeader());
        String[][] inHeaderFields = {
            {"a comment before a field", "{\"header\":{/*c*/\"isSuccessful\":true,\"resultCode\":0}}"},
            {"a single-quoted field name", "{\"header\":{'isSuccessful':true,\"resultCode\":0}}"},
            {"an unquoted field name", "{\"header\":{isSuccessful:true,\"resultCode\":0}}"},
            {"a single-quoted message", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":'x'}}"},
            {"code +0", "{\"header\":{\"isSuccessful\":true,\"resultCode\":+0}}"},
            {"code 007", "{\"header\":{\"isSuccessful\":false,\"resultCode\":007}}"},
            {"code NaN", "{\"header\":{\"isSuccessful\":false,\"resultCode\":NaN}}"},
            {"an escaped single quote in the message", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\\'\"}}"},
            {"a raw control character in the message", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"a\u0001\"}}"},
        };
        for (String[] field : inHeaderFields) {
            cases.add(Case.json(field[0] + " in the header", field[1]).fails(MALFORMED_JSON).strictInsideHeader());
        }
    }

    private static void truncation(List<Case> cases) {
        String full = doc("\"a\":[1,{\"b\":\"c\"}]", HEADER);
        for (int cut : new int[] {1, 5, 10, 14, 20, 30, 45, 60, 75, full.length() - 2}) {
            cases.add(Case.json("truncated after " + cut + " characters", full.substring(0, cut)).fails(MALFORMED_JSON));
        }
        cases.add(Case.json("truncated after the header", "{" + HEADER + ",\"instances\":[{\"id\":")
                .early(SUCCESS).validate(MALFORMED_JSON));
        cases.add(Case.json("truncated right after the header", "{" + HEADER).early(SUCCESS).validate(MALFORMED_JSON));
    }

    private static void trailing(List<Case> cases) {
        cases.add(Case.json("whitespace after the root", DOCUMENT + " \n\t\r\n").reads(true, 0, "SUCCESS"));
        String[][] after = {
            {"text", " x"}, {"a second object", " {}"}, {"a second document", DOCUMENT}, {"a closing bracket", "]"},
            {"a closing brace", "}"}, {"a comma", ","}, {"a number", " 1"}, {"a comment", " // end"},
            {"a NUL character", "\u0000"}, {"a string", "\"x\""},
        };
        for (String[] data : after) {
            cases.add(Case.json(data[0] + " after the root", DOCUMENT + data[1]).early(SUCCESS).validate(TRAILING_DATA));
        }
        // Gson refuses the first character after the root; Jackson and JSON-P read the token and meet the bytes.
        cases.add(Case.bytes("a number running into invalid UTF-8 after the root", utf8(DOCUMENT + "67", new int[] {0xF5}, "96"))
                .early(SUCCESS).validate(TRAILING_DATA).tree(Expectation.noTree("not one JSON document")));
        cases.add(Case.bytes("whitespace, then invalid UTF-8 after the root", utf8(DOCUMENT + " ", new int[] {0xFF}, ""))
                .early(SUCCESS).validate(TRAILING_DATA).tree(Expectation.noTree("not one JSON document")));
    }

    private static void encoding(List<Case> cases) {
        cases.add(Case.bytes("a byte order mark before the document", utf8("", new int[] {0xEF, 0xBB, 0xBF}, DOCUMENT))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.bytes("two byte order marks", utf8("", new int[] {0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF}, DOCUMENT))
                .fails(MALFORMED_JSON).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.bytes("a byte order mark inside the document", utf8("{\"a\":1,", new int[] {0xEF, 0xBB, 0xBF}, HEADER + "}"))
                .fails(MALFORMED_JSON));
        cases.add(Case.json("two-, three- and four-byte characters in skipped values",
                doc("\"é\":\"é中😀\"", "\"中\":[\"😀\"]", HEADER)).reads(true, 0, "SUCCESS"));
        int[][] invalid = {
            {0xFF}, {0x80}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
            {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xE2, 0x28, 0xA1}, {0xC3},
        };
        for (int[] sequence : invalid) {
            String hex = hex(sequence);
            cases.add(Case.bytes("invalid UTF-8 " + hex + " in a skipped string",
                    utf8("{\"a\":\"x", sequence, "y\"," + HEADER + "}")).fails(MALFORMED_JSON));
            cases.add(Case.bytes("invalid UTF-8 " + hex + " in the message",
                    utf8("{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\"x", sequence, "\"}}"))
                    .fails(MALFORMED_JSON));
        }
        cases.add(Case.bytes("invalid UTF-8 in a skipped name", utf8("{\"", new int[] {0xC0, 0x80}, "\":1," + HEADER + "}"))
                .fails(MALFORMED_JSON));
        cases.add(Case.bytes("invalid UTF-8 after the header", utf8(DOCUMENT.substring(0, DOCUMENT.length() - 1) + ",\"a\":\"",
                new int[] {0xFF}, "\"}")).early(SUCCESS).validate(MALFORMED_JSON));
        cases.add(Case.bytes("invalid UTF-8 after the root", utf8(DOCUMENT, new int[] {0xFF}, ""))
                .early(SUCCESS).validate(TRAILING_DATA).tree(Expectation.noTree("not one JSON document")));
        cases.add(Case.bytes("UTF-16LE with a byte order mark", utf16le(true)).fails(MALFORMED_JSON));
        cases.add(Case.bytes("UTF-16LE without a byte order mark", utf16le(false)).fails(MALFORMED_JSON));
        cases.add(Case.bytes("ISO-8859-1 in a string", utf8("{\"a\":\"caf", new int[] {0xE9}, "\"," + HEADER + "}"))
                .fails(MALFORMED_JSON));
    }

    private static void numbers(List<Case> cases) {
        cases.add(Case.json("numbers of every form before the header",
                doc("\"n\":[0,-0,1,-1,1.5,-1.5e-300,1E400,1e-400,0.0e0,123456789012345678901234567890]", HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("a 1,000-character number before the header", doc("\"n\":" + "9".repeat(1000), HEADER))
                .reads(true, 0, "SUCCESS"));
        cases.add(Case.json("a 1,000-character fraction before the header", doc("\"n\":0." + "5".repeat(998), HEADER))
                .reads(true, 0, "SUCCESS"));
        // Valid JSON past a limit: TOO_LONG, never MALFORMED_JSON. A data-binding hook sees only the
        // header: a library may skip a long number it never binds.
        cases.add(Case.json("a 1,001-character number before the header", doc("\"n\":" + "9".repeat(1001), HEADER))
                .fails(TOO_LONG).tree(Expectation.fails(TOO_LONG)).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a 5,000-character number before the header", doc("\"n\":-" + "9".repeat(4999), HEADER))
                .fails(TOO_LONG).tree(Expectation.fails(TOO_LONG)).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a 100,000-character number before the header", doc("\"n\":" + "9".repeat(100_000), HEADER))
                .fails(TOO_LONG).tree(Expectation.fails(TOO_LONG)).bound(Expectation.refusedOr(SUCCESS)));
        cases.add(Case.json("a 1,001-character number after the header", doc(HEADER, "\"n\":" + "9".repeat(1001)))
                .early(SUCCESS).validate(TOO_LONG).tree(Expectation.fails(TOO_LONG)).bound(Expectation.refusedOr(SUCCESS)));
    }

    private static byte[] utf16le(boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(0xFF);
            out.write(0xFE);
        }
        out.writeBytes(DOCUMENT.getBytes(UTF_16LE));
        return out.toByteArray();
    }

    private static String hex(int[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b));
        }
        return text.toString();
    }
}
