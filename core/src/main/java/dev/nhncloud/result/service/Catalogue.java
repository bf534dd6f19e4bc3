package dev.nhncloud.result.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.internal.Descriptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's result codes: for each code its name, its verdict when a header carries it, its
 * remedy and its description. Every header is read under one catalogue; its
 * {@linkplain dev.nhncloud.result.ResultHeader#verdict() verdict} is this catalogue's answer:
 *
 * <pre>{@code
 * Catalogue sms = Service.SMS.catalogue();
 * CodeEntry entry = sms.lookup(-2016);
 * entry.name();      // TOO_MANY_RECIPIENTS
 * entry.verdict();   // FAILURE
 * entry.remedy();    // FIX_REQUEST
 * }</pre>
 *
 * <p>The SDK ships the catalogues of {@link Service}; an application builds one for a service
 * the SDK does not ship, from a table it keeps as a resource or from calls, and the catalogue is
 * checked when it is built:
 *
 * <pre>{@code
 * Catalogue mail = Catalogue.builder("acme-mail")
 *         .table(new InputStreamReader(App.class.getResourceAsStream("acme-mail.codes"), UTF_8))
 *         .descriptions(Locale.ENGLISH, Map.of("INVALID_APPKEY", "The appkey is not valid."))
 *         .build();
 * HeaderReader reader = HeaderReaders.load(ReadOptions.builder().catalogue(mail).build());
 * }</pre>
 *
 * <p>A table has one code per line: the code (or a range {@code first~last}), the
 * {@code isSuccessful} flag the provider documents, a name, a {@link Remedy}, and
 * {@code PARTIAL_SUCCESS} for a non-zero code the provider documents with {@code isSuccessful}
 * true; blank lines and lines starting with {@code #} are skipped:
 *
 * <pre>
 * # resultCode   isSuccessful  name            remedy
 * 0              true          SUCCESS         NONE
 * 1000           true          SOME_SENT       FIX_REQUEST      PARTIAL_SUCCESS
 * -1000          false         INVALID_APPKEY  CHECK_CREDENTIALS
 * 50001~50501    false         INTERNAL_ERROR  CONTACT_SUPPORT
 * </pre>
 *
 * <p>What is refused, every problem named in one {@code IllegalArgumentException}: no code 0,
 * or code 0 not a success with remedy {@code NONE}; {@code isSuccessful} true on a non-zero code
 * that is not declared a partial success, or on a range; a code listed twice or in two
 * overlapping ranges; a name used twice, not an upper-case identifier, or
 * {@value CodeEntry#UNRECOGNIZED}; remedy {@code NONE} on anything but code 0; a description
 * of a name the table does not have; a malformed line.
 *
 * <p>Immutable and thread-safe. Serializable: a shipped catalogue deserializes as the same
 * instance, an application's as an equal one, checked again.
 */
public final class Catalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Compute: its codes are {@link ResultCode}'s, computed, not a table. */
    static final Catalogue COMPUTE = new Catalogue("compute", null, List.of(), Map.of());

    private static final Pattern CATALOGUE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");
    private static final String PARTIAL_SUCCESS = Verdict.PARTIAL_SUCCESS.name();
    private static final String BUNDLES = "dev.nhncloud.result.service.";
    private static final int QUOTE_LIMIT = 100;

    private final transient String name;
    /** The base name of a shipped catalogue's descriptions; null for Compute and for an application's. */
    private final transient String bundle;
    /** The rows in table order; empty for Compute. */
    private final transient List<CodeEntry> entries;
    /** The rows by first code, for lookup. */
    private final transient CodeEntry[] byFirstCode;
    /** An application's descriptions: language, then name, then text. */
    private final transient Map<String, Map<String, String>> texts;

    private Catalogue(String name, String bundle, List<Row> rows, Map<String, Map<String, String>> texts) {
        this.name = name;
        this.bundle = bundle;
        List<CodeEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            entries.add(new CodeEntry(this, row.first, row.last, row.name, row.verdict(), row.remedy, true));
        }
        this.entries = Collections.unmodifiableList(entries);
        this.byFirstCode = entries.toArray(new CodeEntry[0]);
        Arrays.sort(byFirstCode, Comparator.comparingInt(CodeEntry::firstCode));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        texts.forEach((language, byName) -> copy.put(language, Map.copyOf(byName)));
        this.texts = Collections.unmodifiableMap(copy);
    }

    /**
     * A builder for an application's catalogue.
     *
     * @param name the catalogue's name: lower-case letters and digits, words joined by hyphens,
     *             such as {@code "acme-mail"}; not the identifier of a {@link Service} the SDK ships
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(Objects.requireNonNull(name, "name"), null);
    }

    /** A shipped catalogue, from its table among core's resources. */
    static Catalogue shipped(Service service) {
        String resource = service.id().replace('-', '_');
        try (InputStream in = Catalogue.class.getResourceAsStream(resource + ".codes")) {
            if (in == null) {
                throw new IllegalStateException("core's table of " + service + " (dev/nhncloud/result/service/"
                        + resource + ".codes) is missing from the class path");
            }
            return new Builder(service.id(), BUNDLES + resource).table(new InputStreamReader(in, UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("core's table of " + service + " could not be read", e);
        }
    }

    /**
     * The catalogue's name: the {@link Service#id()} of a shipped service, or the name an
     * application gave its own.
     *
     * @return for example {@code "sms"}
     */
    public String name() {
        return name;
    }

    /**
     * Whether this is Compute's catalogue, whose codes are {@link ResultCode}'s and whose headers
     * answer {@link dev.nhncloud.result.ResultHeader#code()}.
     *
     * @return true for {@link Service#COMPUTE}'s catalogue
     */
    public boolean isCompute() {
        return this == COMPUTE;
    }

    /**
     * The meaning of a code in this catalogue.
     *
     * @param code any integer, as read from a header
     * @return its entry; for a code the catalogue does not document, an undocumented entry named
     *         {@value CodeEntry#UNRECOGNIZED} whose verdict is a failure. A documented code's
     *         entry is a shared instance (Compute's are made on each call)
     */
    public CodeEntry lookup(int code) {
        if (this == COMPUTE) {
            return computeEntry(code);
        }
        int low = 0;
        int high = byFirstCode.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CodeEntry entry = byFirstCode[middle];
            if (entry.lastCode() < code) {
                low = middle + 1;
            } else if (entry.firstCode() > code) {
                high = middle - 1;
            } else {
                return entry;
            }
        }
        return CodeEntry.unrecognized(this, code);
    }

    /**
     * The entry with a name.
     *
     * @param name a code's name, such as {@code "INVALID_APPKEY"}
     * @return the entry, or empty when no documented code has that name (Compute's per-API codes
     *         share the name {@code API_ERROR}: the first is returned)
     */
    public Optional<CodeEntry> entry(String name) {
        Objects.requireNonNull(name, "name");
        return entries().stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    /**
     * Every code the catalogue documents, in the order of its table. For Compute: the fixed
     * codes of {@link Kind}, then the documented per-API codes {@code PP400}-{@code PP499} of
     * every {@link ApiFamily}, one entry each.
     *
     * @return the entries; an immutable list
     */
    public List<CodeEntry> entries() {
        if (this != COMPUTE) {
            return entries;
        }
        List<CodeEntry> compute = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            kind.code().ifPresent(value -> compute.add(computeEntry(value)));
        }
        for (ApiFamily family : ApiFamily.values()) {
            for (int status = 400; status <= 499; status++) {
                compute.add(computeEntry(family.prefix() * 1000 + status));
            }
        }
        return Collections.unmodifiableList(compute);
    }

    private static CodeEntry computeEntry(int code) {
        ResultCode meaning = ResultCode.of(code);
        return new CodeEntry(COMPUTE, code, code, meaning.kind().name(), code == 0 ? Verdict.SUCCESS : Verdict.FAILURE,
                meaning.remedy(), meaning.documented());
    }

    /** The description of one of this catalogue's entries. */
    String describe(CodeEntry entry, Locale locale) {
        if (this == COMPUTE) {
            return ResultCode.of(entry.firstCode()).description(locale);
        }
        if (!entry.documented()) {
            return Descriptions.format("catalogue.UNRECOGNIZED", locale, String.valueOf(entry.firstCode()), name);
        }
        if (bundle != null) {
            return Descriptions.text(bundle, entry.name(), locale);
        }
        String text = textIn(locale.getLanguage(), entry.name());
        if (text == null) {
            text = textIn(Locale.ENGLISH.getLanguage(), entry.name());
        }
        return text != null ? text : Descriptions.format("catalogue.UNDESCRIBED", locale, entry.name(), name);
    }

    private String textIn(String language, String codeName) {
        Map<String, String> byName = texts.get(language);
        return byName == null ? null : byName.get(codeName);
    }

    /** Equal catalogues: the same name, rows and descriptions. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Catalogue)) {
            return false;
        }
        Catalogue that = (Catalogue) other;
        return name.equals(that.name) && Objects.equals(bundle, that.bundle) && table().equals(that.table())
                && texts.equals(that.texts);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + entries.size();
    }

    /**
     * The catalogue's name.
     *
     * @return {@link #name()}
     */
    @Override
    public String toString() {
        return name;
    }

    /** The rows as table lines, as {@link Builder#table(Reader)} reads them. */
    private String table() {
        return entries.stream().map(entry -> (entry.isRange() ? entry.firstCode() + "~" + entry.lastCode()
                : String.valueOf(entry.firstCode())) + " " + entry.isSuccessfulFlag() + " " + entry.name() + " "
                + entry.remedy() + (entry.verdict() == Verdict.PARTIAL_SUCCESS ? " " + PARTIAL_SUCCESS : ""))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Serialized as its name (a shipped catalogue) or its table and descriptions (an
     * application's), so that deserializing goes through the builder's checks.
     *
     * @return the serial form
     */
    private Object writeReplace() {
        if (bundle != null || this == COMPUTE) {
            return new SerialForm(name, null, null);
        }
        HashMap<String, HashMap<String, String>> copy = new HashMap<>();
        texts.forEach((language, byName) -> copy.put(language, new HashMap<>(byName)));
        return new SerialForm(name, table(), copy);
    }

    /**
     * A catalogue is only ever written as its serial form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Catalogue is read from its serial form only");
    }

    /** What a catalogue is serialized as. */
    private static final class SerialForm implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The catalogue's name. */
        private final String name;
        /** An application's table, as lines; null for a shipped catalogue. */
        private final String table;
        /** An application's descriptions; null for a shipped catalogue. */
        private final HashMap<String, HashMap<String, String>> texts;

        SerialForm(String name, String table, HashMap<String, HashMap<String, String>> texts) {
            this.name = name;
            this.table = table;
            this.texts = texts;
        }

        private Object readResolve() throws InvalidObjectException {
            try {
                if (table == null) {
                    return Service.byId(name).catalogue();
                }
                Builder builder = builder(name).table(new StringReader(table));
                if (texts != null) {
                    texts.forEach((language, byName) -> builder.descriptions(Locale.forLanguageTag(language), byName));
                }
                return builder.build();
            } catch (IOException | RuntimeException e) {
                InvalidObjectException invalid = new InvalidObjectException("not a valid catalogue: " + e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
    }

    /** One row as given, before the checks. */
    private static final class Row {
        final String where;
        final int first;
        final int last;
        final boolean isSuccessful;
        final String name;
        final Remedy remedy;
        final boolean partial;

        Row(String where, int first, int last, boolean isSuccessful, String name, Remedy remedy, boolean partial) {
            this.where = where;
            this.first = first;
            this.last = last;
            this.isSuccessful = isSuccessful;
            this.name = name;
            this.remedy = remedy;
            this.partial = partial;
        }

        Verdict verdict() {
            return !isSuccessful ? Verdict.FAILURE : partial ? Verdict.PARTIAL_SUCCESS : Verdict.SUCCESS;
        }

        String codes() {
            return first == last ? "code " + first : "codes " + first + "~" + last;
        }
    }

    /**
     * Builds an application's {@link Catalogue}, from calls, from a table, or both; checks it
     * when it is built. Not thread-safe: one builder per thread.
     */
    public static final class Builder {

        private final String name;
        private final String bundle;
        private final List<Row> rows = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        private int lines;

        private Builder(String name, String bundle) {
            this.name = name;
            this.bundle = bundle;
        }

        /**
         * Adds a code the provider documents as a plain success ({@code isSuccessful} true, which
         * only code 0 may be) or as a failure ({@code isSuccessful} false).
         *
         * @param code         the result code
         * @param isSuccessful the {@code isSuccessful} flag the provider documents with it
         * @param name         the code's name, an upper-case identifier such as {@code INVALID_APPKEY}
         * @param remedy       what a caller should do; {@link Remedy#NONE} for code 0 only
         * @return this builder
         */
        public Builder code(int code, boolean isSuccessful, String name, Remedy remedy) {
            return add(new Row(rowName(), code, code, isSuccessful, name, remedy, false));
        }

        /**
         * Adds a non-zero code the provider documents with {@code isSuccessful} true because part
         * of the request succeeded (Email's {@code 1000}): a header with it is a
         * {@link Verdict#PARTIAL_SUCCESS}.
         *
         * @param code   the result code, not 0
         * @param name   the code's name
         * @param remedy what to do about the part that failed; not {@link Remedy#NONE}
         * @return this builder
         */
        public Builder partialSuccess(int code, String name, Remedy remedy) {
            return add(new Row(rowName(), code, code, true, name, remedy, true));
        }

        /**
         * Adds a range of codes the provider documents together (Push's {@code 50001 ~ 50501}):
         * every code from {@code first} to {@code last} has this name and remedy. A range is
         * never a success.
         *
         * @param first        the first code
         * @param last         the last code, at least {@code first}
         * @param isSuccessful the flag the provider documents; only false is accepted
         * @param name         the name of every code of the range
         * @param remedy       the remedy of every code of the range
         * @return this builder
         */
        public Builder range(int first, int last, boolean isSuccessful, String name, Remedy remedy) {
            return add(new Row(rowName(), first, last, isSuccessful, name, remedy, false));
        }

        /**
         * Adds the codes of a table, in the format of the class comment. A malformed line is a
         * problem reported by {@link #build()}, named by its line number.
         *
         * @param table the table's text; read to its end, not closed
         * @return this builder
         * @throws IOException what reading the table threw
         */
        public Builder table(Reader table) throws IOException {
            BufferedReader reader = new BufferedReader(Objects.requireNonNull(table, "table"));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    parse("line " + number, text);
                }
            }
            return this;
        }

        /**
         * Adds a description of a code, in one language.
         *
         * @param name     the code's name, as in the table
         * @param language the language, such as {@code Locale.KOREAN}; only its language counts.
         *                 A language without a description of a code falls back to English
         * @param text     the description, one sentence
         * @return this builder
         */
        public Builder description(String name, Locale language, String text) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            String tag = Objects.requireNonNull(language, "language").getLanguage();
            if (tag.isEmpty()) {
                problems.add("description of " + quote(name) + ": the locale " + quote(language.toString())
                        + " has no language");
            } else if (text.isBlank()) {
                problems.add("description of " + quote(name) + " in " + tag + ": the text is blank");
            } else {
                texts.computeIfAbsent(tag, key -> new LinkedHashMap<>()).put(name, text.strip());
            }
            return this;
        }

        /**
         * Adds descriptions of codes in one language, for example those of a properties file:
         *
         * <pre>{@code
         * Properties korean = new Properties();
         * korean.load(new InputStreamReader(App.class.getResourceAsStream("acme-mail_ko.properties"), UTF_8));
         * builder.descriptions(Locale.KOREAN, (Map) korean);
         * }</pre>
         *
         * @param language    the language
         * @param textsByName the descriptions, by code name
         * @return this builder
         */
        public Builder descriptions(Locale language, Map<String, String> textsByName) {
            Objects.requireNonNull(textsByName, "textsByName").forEach((codeName, text) -> description(codeName, language, text));
            return this;
        }

        /**
         * The catalogue, once every check has passed.
         *
         * @return the catalogue
         * @throws IllegalArgumentException naming every problem found, each with the line or row it is at
         */
        public Catalogue build() {
            List<String> found = new ArrayList<>(problems);
            checkName(found);
            rows.forEach(row -> checkRow(row, found));
            checkCodes(found);
            checkNames(found);
            if (!found.isEmpty()) {
                throw new IllegalArgumentException("Catalogue " + quote(name) + " is not valid ("
                        + found.size() + (found.size() == 1 ? " problem" : " problems") + "):\n  "
                        + String.join("\n  ", found));
            }
            return new Catalogue(name, bundle, rows, texts);
        }

        private Builder add(Row row) {
            rows.add(row);
            return this;
        }

        private String rowName() {
            return "row " + (rows.size() + 1);
        }

        /** One line of a table: code or range, flag, name, remedy, and PARTIAL_SUCCESS or nothing. */
        private void parse(String where, String text) {
            String[] columns = COLUMNS.split(text);
            if (columns.length < 4 || columns.length > 5) {
                problems.add(where + ": expected 4 or 5 columns (resultCode, isSuccessful, name, remedy[, "
                        + PARTIAL_SUCCESS + "]), found " + columns.length + ": " + quote(text));
                return;
            }
            int size = problems.size();
            int tilde = columns[0].indexOf('~', 1);
            int first = integer(where, tilde < 0 ? columns[0] : columns[0].substring(0, tilde));
            int last = tilde < 0 ? first : integer(where, columns[0].substring(tilde + 1));
            boolean isSuccessful = "true".equals(columns[1]);
            if (!isSuccessful && !"false".equals(columns[1])) {
                problems.add(where + ": isSuccessful must be true or false, found " + quote(columns[1]));
            }
            Remedy remedy = null;
            try {
                remedy = Remedy.valueOf(columns[3]);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": no remedy " + quote(columns[3]) + "; one of " + Arrays.toString(Remedy.values()));
            }
            boolean partial = columns.length == 5;
            if (partial && !PARTIAL_SUCCESS.equals(columns[4])) {
                problems.add(where + ": the fifth column may only be " + PARTIAL_SUCCESS + ", found " + quote(columns[4]));
            }
            if (problems.size() == size) {
                rows.add(new Row(where, first, last, isSuccessful, columns[2], remedy, partial));
            }
        }

        private int integer(String where, String text) {
            if (INTEGER.matcher(text).matches()) {
                long value = Long.parseLong(text);
                if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                    return (int) value;
                }
            }
            problems.add(where + ": " + quote(text) + " is not a resultCode (an int in ASCII digits, or first~last)");
            return 0;
        }

        private void checkName(List<String> found) {
            if (!CATALOGUE_NAME.matcher(name).matches()) {
                found.add("the name " + quote(name) + " must be lower-case letters and digits, words joined by hyphens,"
                        + " such as \"acme-mail\"");
            } else if (bundle == null && Arrays.stream(Service.values()).anyMatch(service -> service.id().equals(name))) {
                found.add("the name " + quote(name) + " is a service the SDK ships (" + Service.ids()
                        + "): use Service." + Service.byId(name).name() + ".catalogue(), or choose another name");
            }
        }

        private static void checkRow(Row row, List<String> found) {
            String where = row.where + ": " + row.codes();
            if (!CODE_NAME.matcher(Objects.requireNonNull(row.name, "name")).matches()) {
                found.add(where + ": the name " + quote(row.name) + " must be an upper-case identifier such as INVALID_APPKEY");
            } else if (row.name.equals(CodeEntry.UNRECOGNIZED)) {
                found.add(where + ": " + CodeEntry.UNRECOGNIZED + " is the name of every undocumented code; choose another");
            }
            if (row.remedy == null) {
                found.add(where + ": no remedy");
                return;
            }
            if (row.first > row.last) {
                found.add(where + ": a range must not end before it starts");
            } else if (row.first != row.last && (row.isSuccessful || row.first <= 0 && row.last >= 0)) {
                found.add(where + ": a range is never a success: give it isSuccessful false, and list code 0 on its own");
            } else if (row.first == 0 && (!row.isSuccessful || row.partial || row.remedy != Remedy.NONE)) {
                found.add(where + ": code 0 is the success of every NHN Cloud header: give it isSuccessful true and remedy NONE,"
                        + " without " + PARTIAL_SUCCESS);
            } else if (row.first != 0 && row.isSuccessful && !row.partial) {
                found.add(where + ": isSuccessful true on a non-zero code, which is not a success: declare it a partial success ("
                        + PARTIAL_SUCCESS + " in a table, partialSuccess(...) in code) if the service documents it as one,"
                        + " or give it the flag false");
            } else if (row.partial && !row.isSuccessful) {
                found.add(where + ": a partial success has isSuccessful true");
            } else if (row.first != 0 && row.remedy == Remedy.NONE) {
                found.add(where + ": remedy NONE is for code 0 only; a " + (row.partial ? "partial success" : "failure")
                        + " always leaves something to do");
            }
        }

        private void checkCodes(List<String> found) {
            if (rows.stream().noneMatch(row -> row.first == 0 && row.last == 0)) {
                found.add("no code 0: every catalogue documents code 0 as its success");
            }
            List<Row> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingInt((Row row) -> row.first).thenComparingInt(row -> row.last));
            Row reach = null;
            for (Row row : sorted) {
                if (reach != null && row.first <= reach.last && row.first <= row.last) {
                    found.add(row.first == reach.first && row.last == reach.last && row.first == row.last
                            ? row.codes() + " is listed twice: " + reach.name + " (" + reach.where + ") and " + row.name
                                    + " (" + row.where + ")"
                            : row.codes() + " (" + row.where + ") overlaps " + reach.codes() + " (" + reach.where + ")");
                }
                if (reach == null || row.last > reach.last) {
                    reach = row;
                }
            }
        }

        private void checkNames(List<String> found) {
            Map<String, Row> byName = new HashMap<>();
            for (Row row : rows) {
                Row earlier = byName.putIfAbsent(row.name, row);
                if (earlier != null) {
                    found.add("the name " + row.name + " is given to " + earlier.codes() + " (" + earlier.where + ") and "
                            + row.codes() + " (" + row.where + "): a name stands for one row");
                }
            }
            texts.forEach((language, byLanguage) -> byLanguage.keySet().stream().filter(key -> !byName.containsKey(key))
                    .forEach(key -> found.add("a description in " + language + " of " + quote(key)
                            + ", which is not a name in the table")));
        }

        private static String quote(String text) {
            return LogSafeText.quote(text, QUOTE_LIMIT);
        }
    }
}
